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
    // The 960:700 frame plus search, summary, legend below it and credits, as in an article column.
    space: { width: '60rem', css: 'padding-bottom: calc(72.9% + 36em)' },
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
    space: { width: '52.5rem', css: 'min-height: 400px' },
  },
];

/**
 * The fields the script-tag entry reads. The build ships only these (rollup.config.js): the
 * others serve the demo, scripts and tests and would cost about 100 B gzip on every page.
 */
export const BUNDLED_FIELDS = ['tag', 'space'];
