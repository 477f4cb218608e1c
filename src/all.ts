/**
 * The script-tag entry: `<script type="module" src=".../asskomm-widgets.js"></script>`.
 *
 * It registers nothing heavy up front. Each widget's code (and the map's geometry) is loaded
 * the first time such an element is on the page, including elements a CMS adds later and
 * elements in open shadow roots, so a page with only a counter never downloads map or chart
 * code. Details, and what happens when a download fails, in loader/loader.ts.
 */
import { startLoader, type Root } from './loader/loader.js';
import { WIDGETS, type BundledWidget } from './widgets/registry.js';

// One literal import() per widget, so rollup splits each into its own chunk; test/node/registry.test.mjs
// checks that these are the registry's widgets.
const loaders: Record<string, () => Promise<unknown>> = {
  'asskomm-milestone-counter': () => import('./widgets/milestone-counter/define.js'),
  'asskomm-progress-chart': () => import('./widgets/progress-chart/define.js'),
  'asskomm-status-map': () => import('./widgets/status-map/define.js'),
};

/**
 * Until a widget's code has arrived its element is an unknown inline element of no height:
 * give it about the box it will have (its `space` in the registry), so the page does not jump
 * when it draws. Where the page sizes it by its content (a table cell, a float), the width it
 * will ask for: the `::before` of `baseStyles` with the widget's `--_preferred-width`. A
 * constructed stylesheet needs no 'unsafe-inline' in the page's CSP.
 */
let reserved: CSSStyleSheet | undefined;
/** The build ships only these fields of the registry (rollup.config.js): read no others here. */
const widgets: readonly BundledWidget[] = WIDGETS;

function reserveSpace(root: Root): void {
  if (!('adoptedStyleSheets' in document)) return;
  if (!reserved) {
    reserved = new CSSStyleSheet();
    reserved.replaceSync(
      widgets
        .map(({ tag, space }) => {
          const undefinedTag = `${tag}:not(:defined)`;
          // Flat rules: `&` in the registry's text stands for the undefined element (no CSS nesting).
          return space
            ? space.css.replace(/&/g, undefinedTag) +
                `${undefinedTag}::before{content:'';display:grid;grid-template-columns:minmax(17.5rem,${space.width});max-width:100%}`
            : '';
        })
        .join(''),
    );
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, reserved];
}

/**
 * Loads the widgets in `root` and watches it for more: for widgets in a closed shadow root, which
 * the loader cannot see (open roots are found by themselves). Nothing happens once every widget's
 * code has run, since defined elements upgrade everywhere.
 *
 * ```js
 * import { watch } from '/asskomm/asskomm-widgets.js';
 * watch(this.attachShadow({ mode: 'closed' }));
 * ```
 */
export const watch: (root: Document | ShadowRoot) => void = startLoader(loaders, reserveSpace);
