// The page side of `npm run bench`. bench.html?renderer=…&feed=…&topology=… loads one renderer
// and preloads its data; the Node side then calls window.bench.* through playwright.
import { preload, preloaded } from './lib/preload.js';
import { toPaint, trackUpdates } from './lib/paint.js';
import { armInteraction, pointInside, checkboxCentre, focusPlot } from './lib/interact.js';
import { playThrough, timelineStart } from './lib/timeline.js';
import { ours } from './renderers/ours.js';
import { leaflet } from './renderers/leaflet.js';
import { vega } from './renderers/vega.js';
import { floor } from './renderers/floor.js';

const RENDERERS = { counter: ours('counter'), chart: ours('chart'), map: ours('map'), leaflet, vega, floor };

const params = new URLSearchParams(location.search);
const renderer = RENDERERS[params.get('renderer')];
const options = {
  feed: params.get('feed') ?? '/dist/asskomm.json',
  topology: params.get('topology') ?? '/dist/sachsen.topo.json',
  metrics: params.get('metrics') ?? undefined,
  // The map with its timeline (issue 15).
  timeline: params.has('timeline'),
  text: preloaded,
};
const stage = document.getElementById('stage');
let view;
// The last 100 removed elements, weakly: allocated once, so watching them does not grow the heap.
const removed = Array.from({ length: 100 }, () => new WeakRef(stage));
let removedCount = 0;

async function prepare() {
  if (!renderer) throw new Error(`unknown renderer ${params.get('renderer')}`);
  const inputs = renderer.inputs(options);
  await preload(inputs);
  if (inputs.includes(options.topology))
    options.municipalities = JSON.parse(preloaded(options.topology)).objects.gemeinden.geometries.length;
  await renderer.load();
}

window.bench = {
  ready: prepare().then(() => true),

  /** One render from attach to the painted frame; see lib/paint.js for work and wall. */
  async render() {
    stage.replaceChildren();
    // Start in a task of the page's own (a timer), not inside the DevTools call, so that the
    // traces of the profile section show the render as script.
    await new Promise((resolve) => setTimeout(resolve));
    const t0 = performance.now();
    view = await renderer.render(stage, options);
    const ready = performance.now();
    return toPaint(t0, () => ready, view.done);
  },

  /** Starts watching for the next `type` event; `bench.measured` then resolves with its timing. */
  arm(type, check) {
    if (!view.tracker) view.tracker = trackUpdates(view.element);
    this.measured = armInteraction(type, view, check);
  },

  /** Nodes of the drawn result by type: Lit's marker comments and template whitespace count too. */
  domCounts() {
    const counts = { elements: 0, comments: 0, text: 0 };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.ELEMENT_NODE) counts.elements += 1;
        else if (child.nodeType === Node.COMMENT_NODE) counts.comments += 1;
        else if (child.nodeType === Node.TEXT_NODE) counts.text += 1;
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    walk(stage);
    return counts;
  },

  pointInside: (key) => pointInside(view.element, key),
  checkboxCentre: (layer) => checkboxCentre(view.element, layer),
  focusPlot: () => focusPlot(view.element),
  timelineStart: () => timelineStart(view.element),
  playThrough: (timeoutMs) => playThrough(view.element, timeoutMs),

  /** n create/attach/detach cycles of a fresh element, each drawn (whenReady and a frame) before it leaves. */
  async cycles(n) {
    for (let i = 0; i < n; i++) {
      const element = renderer.create(options);
      stage.append(element);
      await element.whenReady();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      element.remove();
      removed[removedCount++ % removed.length] = new WeakRef(element);
    }
    stage.replaceChildren();
  },

  /** How many of the last removed elements (up to 100) are still in memory; call after a full GC. */
  retained() {
    const watched = Math.min(removedCount, removed.length);
    return { watched, alive: removed.filter((ref) => ![undefined, stage].includes(ref.deref())).length };
  },
};
