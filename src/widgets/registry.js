// The widgets of this package, one record each: the one list that the script-tag entry, the
// build, the size report, the configurator and the tests read (types and field docs in
// registry.d.ts). Plain data without imports, so TypeScript, Node and the browser (the demo,
// under a CSP without inline scripts) all read this file as it is. What cannot read it (package.json,
// README, src/index.ts, the entry's import() per widget) is checked against it by
// test/node/registry.test.mjs. The order is the order editors see (configurator, README).

/** Every widget, in the order editors see them. */
export const WIDGETS = [
  {
    tag: 'asskomm-status-map',
    name: 'status-map',
    id: 'map',
    title: 'Karte',
    // The loading placeholder's height (test/widgets/status-map/reserved-space.test.ts): under
    // 46rem one column, the 960:700 frame plus the rows under it (controls, summary, legend button,
    // credits, table buttons, help); from 46rem the frame beside the 19rem legend, at least the
    // legend's height. The last term switches between the two where the layout does (+∞ below
    // 46rem). Flat rules, each for `&` (the entry writes `<tag>:not(:defined)` for it; no CSS
    // nesting, which older browsers and CMS style sanitizers drop): `timeline` adds its row
    // (0.5em + 4.0875em, and the play button's 2.4em + 2px above the slider under 25.75em, see
    // status-map/timeline.ts); `heading` sets its text in the `::after`, unseen, at the heading's
    // size, so it takes the lines the heading will take.
    space: {
      width: '60rem',
      // Without spaces where CSS needs none: the entry ships this text on every page.
      css:
        '&{display:block;padding-bottom:min(72.92% + 19.236em,max(72.92% + 1.399em,46.929em) + max(0px,(46rem - 100%) * 999))}' +
        '&[timeline]{padding-bottom:min(72.92% + 23.824em + min(2.4em + 2px,max(0px,(25.75em - 100%) * 999)),' +
        'max(72.92% + 5.987em,46.929em) + max(0px,(46rem - 100%) * 999))}' +
        "&[heading]:not([heading=''])::after{content:attr(heading);display:block;visibility:hidden;contain:inline-size;" +
        'margin:0 0 0.5em;font-family:var(--asskomm-font,inherit);font-size:1.25em;font-weight:bold;line-height:1.45;' +
        'overflow-wrap:break-word;hyphens:auto}',
    },
  },
  {
    tag: 'asskomm-milestone-counter',
    name: 'milestone-counter',
    id: 'counter',
    title: 'Kennzahlen',
    starters: { metric: 'advised' },
  },
  {
    tag: 'asskomm-progress-chart',
    name: 'progress-chart',
    id: 'chart',
    title: 'Verlauf (Diagramm)',
    space: { width: '52.5rem', css: '&{display:block;min-height:400px}' },
  },
];

/**
 * The fields the script-tag entry reads. The build ships only these (rollup.config.js): the
 * others serve the demo, scripts and tests and would cost about 100 B gzip on every page.
 */
export const BUNDLED_FIELDS = ['tag', 'space'];
