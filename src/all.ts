/**
 * The script-tag entry: `<script type="module" src=".../asskomm-widgets.js"></script>`.
 *
 * It registers nothing heavy up front. Each widget's code (and the map's geometry) is loaded
 * the first time such an element is on the page, including elements a CMS adds later, so a
 * page with only a counter never downloads map or chart code.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'asskomm-milestone-counter': () => import('./widgets/milestone-counter/define.js'),
  'asskomm-progress-chart': () => import('./widgets/progress-chart/define.js'),
  'asskomm-status-map': () => import('./widgets/status-map/define.js'),
};

/**
 * Until a widget's code has arrived its element is an unknown inline element of no height:
 * give it about the box it will have, so the page does not jump when it draws (the map: its
 * 960:700 frame plus search, summary, legend below it and credits, as in an article column). A constructed
 * stylesheet needs no 'unsafe-inline' in the page's CSP.
 */
function reserveSpace(): void {
  if (!('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    asskomm-status-map:not(:defined), asskomm-progress-chart:not(:defined) { display: block; }
    asskomm-status-map:not(:defined) { padding-bottom: calc(72.9% + 36em); }
    asskomm-progress-chart:not(:defined) { min-height: 400px; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const pending = new Set(Object.keys(loaders).filter((tag) => !customElements.get(tag)));

function loadWhatIsOnThePage(): void {
  for (const tag of pending) {
    if (!document.getElementsByTagName(tag).length) continue;
    pending.delete(tag);
    loaders[tag]!().catch((error: unknown) => {
      pending.add(tag);
      console.error(`[asskomm-widgets] <${tag}> konnte nicht geladen werden`, error);
    });
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(loadWhatIsOnThePage);
if (pending.size) {
  reserveSpace();
  observer.observe(document.documentElement, { childList: true, subtree: true });
  loadWhatIsOnThePage();
}
