// Our three widgets, loaded from dist/ as a bundler user would (one entry per widget).
const WIDGETS = {
  counter: {
    module: '/dist/milestone-counter.js',
    tag: 'asskomm-milestone-counter',
    // duration="0": the final value at once, no count-up animation.
    attributes: (o) => ({ src: o.feed, metric: o.metrics ?? 'advised,kpr,cooperation-agreements', duration: '0' }),
    done: (root, o) =>
      root.querySelectorAll('[part~="metric"]').length === (o.metrics ?? 'advised,kpr,cooperation-agreements').split(',').length,
  },
  chart: {
    module: '/dist/progress-chart.js',
    tag: 'asskomm-progress-chart',
    attributes: (o) => ({ src: o.feed, metrics: o.metrics ?? 'advised,kpr,cooperation-agreements' }),
    done: (root, o) =>
      root.querySelectorAll('.plot svg .series').length === (o.metrics ?? 'advised,kpr,cooperation-agreements').split(',').length,
    // The chart's whenReady() also waits for the table it builds after the first paint (issue 17):
    // the render is measured to the first update that draws the series.
    firstPaintOnly: true,
  },
  map: {
    module: '/dist/status-map.js',
    tag: 'asskomm-status-map',
    attributes: (o) => ({ src: o.feed, topology: o.topology, timeline: o.timeline ? 'timeline' : undefined }),
    done: (root, o) => root.querySelectorAll('path.municipality').length === o.municipalities && root.querySelector('.legend') !== null,
    // Likewise the map's: its symbols, names and table come in the first idle period after the
    // coloured Gemeinden (issue 17); the render is measured to the update that draws those, as the
    // peers' (Leaflet, Vega-Lite, the floor) draw the same paths and nothing more.
    firstPaintOnly: true,
  },
};

export function ours(kind) {
  const widget = WIDGETS[kind];
  return {
    inputs: (o) => (kind === 'map' ? [o.feed, o.topology] : [o.feed]),
    load: () => import(widget.module),
    /** Attaches the element and waits for `whenReady()`; the caller waits for the painted frame. */
    async render(container, o) {
      const element = create(widget, o);
      container.append(element);
      const done = () => widget.done(element.shadowRoot, o);
      // Not raced with whenReady(): that builds the deferred parts at once (its promise), so the
      // measured render would include them.
      await (widget.firstPaintOnly ? withTimeout(drawn(element, done), DRAWN_TIMEOUT_MS, `${widget.tag} not drawn`) : element.whenReady());
      return { element, done };
    },
    /** Like render, for the create/attach/detach cycles of the memory run. */
    create: (o) => create(widget, o),
  };
}

/** A render that never draws (an error state) fails the run instead of hanging it. */
const DRAWN_TIMEOUT_MS = 60_000;

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves after the Lit update in which `done()` first holds. */
async function drawn(element, done) {
  while (!done()) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(element.shadowRoot, { childList: true, subtree: true });
    });
    await element.updateComplete;
  }
}

function create(widget, o) {
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.attributes(o))) if (value) element.setAttribute(name, value);
  return element;
}
