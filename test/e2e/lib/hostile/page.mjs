// The part of the hostile-feed suite that runs inside the page: render one feed in every widget
// of the registry and read what a person sees. Both functions are passed to page.evaluate, so they
// use nothing from this module's scope.
import { WIDGETS } from '../../../../src/widgets/registry.js';

const COUNTER_METRICS = 'advised,kpr,funding-eur,annual-budget-eur';

/** The widgets each case renders, with their attributes besides `src`: the counter shows several figures since 2021. */
export const CASE_WIDGETS = WIDGETS.map(({ tag, starters }) => ({
  tag,
  attributes: tag === 'asskomm-milestone-counter' ? { ...starters, metric: COUNTER_METRICS, since: '2021' } : { ...starters },
}));

/**
 * Replaces the stage's widgets by new ones (`widgets`: tag and attributes) on `url`, waits until each has settled (feed,
 * texts and for the map the geometry, then two frames for size-driven drawing) and returns what
 * they show. `places`: map keys whose details are opened (links in the panel are checked too).
 */
export async function renderCase({ url, widgets: specs, places, forbidden, openTable, ownTags }) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  window.__pwned = undefined;
  performance.clearResourceTimings();
  const make = (tag, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const widgets = specs.map(({ tag, attributes }) => make(tag, { ...attributes, src: url }));
  const start = performance.now();
  stage.append(...widgets);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  await Promise.all(
    widgets.map(async (widget) => {
      await customElements.whenDefined(widget.localName);
      await widget.whenReady();
    }),
  );
  await frame();
  await frame();
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  const settled = performance.now();
  const absolute = new URL(url, location.href).href;
  const timing = performance.getEntriesByType('resource').find((entry) => entry.name === absolute);

  const injected = [];
  const badLinks = [];
  let linksChecked = 0;
  // Elements a payload would bring, less those the widgets draw themselves (`ownTags`, read from
  // the unchanged feed).
  const DANGEROUS = new Set([
    'script',
    'iframe',
    'img',
    'object',
    'embed',
    'math',
    'noscript',
    'animate',
    'frame',
    'frameset',
    'base',
    'link',
    'meta',
    'form',
    'details',
    'marquee',
    'style',
  ]);
  for (const tag of ownTags ?? []) DANGEROUS.delete(tag);
  const tagsSeen = new Set();
  const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const inspect = (root, where) => {
    for (const element of root.querySelectorAll('*')) {
      const tag = element.localName;
      tagsSeen.add(tag);
      if (DANGEROUS.has(tag)) injected.push(`${where}: <${tag}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) injected.push(`${where}: <${tag} ${attribute.name}>`);
        if (attribute.name === 'srcdoc') injected.push(`${where}: <${tag} srcdoc>`);
      }
      if (tag === 'a' && element.hasAttribute('href')) {
        linksChecked += 1;
        const href = element.getAttribute('href');
        let protocol;
        try {
          protocol = new URL(href, location.href).protocol;
        } catch {
          protocol = 'ungültig';
        }
        if (!href.startsWith('#') && !SAFE_PROTOCOLS.has(protocol)) badLinks.push(`${where}: ${href.slice(0, 80)}`);
      }
      if (element.shadowRoot) inspect(element.shadowRoot, `${where}>${tag}`);
    }
  };

  // Whether a person sees anything: a text node with a box (not the screen-reader-only copies) or
  // a drawn SVG shape.
  const firstVisible = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('.visually-hidden, style, script, title, desc')) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width >= 1 && box.height >= 1) return `Text „${node.data.trim().slice(0, 60)}“`;
    }
    for (const shape of root.querySelectorAll('svg path, svg text, svg line, svg circle, svg rect, svg polygon, svg polyline')) {
      if (shape.closest('defs, .visually-hidden')) continue;
      const box = shape.getBoundingClientRect();
      if ((box.width >= 1 || box.height >= 1) && shape.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return `SVG <${shape.localName}>`;
    }
    return undefined;
  };
  // All text a person sees (SVG labels included), up to 200,000 characters; without hints and
  // errors, which quote the feed's wrong values on purpose.
  const visibleText = (root) => {
    const parts = [];
    let length = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && length < 200_000; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('.visually-hidden, style, script, title, desc, [part~="hint"], [part~="error"]'))
        continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      parts.push(node.data);
      length += node.data.length;
    }
    return parts.join(' ');
  };
  const texts = (root, selector) =>
    [...root.querySelectorAll(selector)]
      .filter((node) => node.checkVisibility())
      .map((node) => node.innerText.replace(/\s+/g, ' ').trim().slice(0, 300));

  const read = (widget) => {
    const root = widget.shadowRoot;
    const box = widget.getBoundingClientRect();
    const result = { tag: widget.localName, width: Math.round(box.width), height: Math.round(box.height) };
    if (!root) return { ...result, visible: undefined, loading: false, errors: [], hints: [] };
    result.visible = box.width >= 1 && box.height >= 1 ? firstVisible(root) : undefined;
    result.loading = texts(root, '[part~="loading"]').length > 0;
    result.errors = texts(root, '[part~="error"]');
    result.hints = texts(root, '[part~="hint"]');
    const all = root.textContent ?? '';
    result.forbidden = forbidden.filter((text) => all.includes(text));
    // Words a broken computation prints; the caller ignores those the feed itself contains.
    const shownText = visibleText(root);
    result.oddWords = [/\bNaN\b/, /\bundefined\b/, /\[object \w+\]/, /\bInfinity\b/]
      .map((word) => shownText.match(word)?.[0])
      .filter(Boolean);
    result.nanShapes = [...root.querySelectorAll('svg *')]
      .filter((node) =>
        ['d', 'transform', 'x', 'y', 'cx', 'cy', 'x1', 'x2', 'y1', 'y2', 'width', 'height'].some((name) =>
          /NaN|Infinity/.test(node.getAttribute(name) ?? ''),
        ),
      )
      .map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}">`)
      .slice(0, 3);
    if (widget.localName === 'asskomm-milestone-counter') {
      result.metrics = [...root.querySelectorAll('[part~="metric"]')].map((metric) => ({
        value: metric.querySelector('.final')?.textContent?.trim(),
        label: metric.querySelector('[part~="label"]')?.textContent?.trim(),
        date: metric.querySelector('[part~="date"]')?.textContent?.trim(),
      }));
    } else if (widget.localName === 'asskomm-progress-chart') {
      result.series = [...root.querySelectorAll('svg g.series')].map((series) => series.getAttribute('data-series'));
      result.yTicks = [...root.querySelectorAll('.y-axis text')].map((tick) => tick.textContent.trim());
      result.xTicks = [...root.querySelectorAll('.x-axis text')].map((tick) => tick.textContent.trim());
      result.badPaths = [...root.querySelectorAll('svg path, svg g')]
        .filter((node) => /NaN|Infinity/.test(`${node.getAttribute('d') ?? ''} ${node.getAttribute('transform') ?? ''}`))
        .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)
        .slice(0, 5);
      result.noData = texts(root, '.no-data');
    } else if (widget.localName === 'asskomm-status-map') {
      result.municipalities = root.querySelectorAll('path.municipality').length;
      result.layers = Object.fromEntries(
        [...root.querySelectorAll('.layer-count[data-layer]')].map((count) => [count.getAttribute('data-layer'), count.textContent.trim()]),
      );
    }
    return result;
  };

  const shown = widgets.map(read);
  for (const widget of widgets) if (widget.shadowRoot) inspect(widget.shadowRoot, widget.localName);

  // Links and text of the panels a visitor opens: the chart's table, a few places' details.
  const chart = widgets.find((widget) => widget.localName === 'asskomm-progress-chart');
  const map = widgets.find((widget) => widget.localName === 'asskomm-status-map');
  if (openTable) chart.shadowRoot?.querySelector('.table-toggle')?.click();
  await chart.updateComplete;
  if (chart.shadowRoot) inspect(chart.shadowRoot, 'progress-chart (Tabelle)');
  for (const key of places) {
    const target = map.shadowRoot?.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (!target) continue;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await map.updateComplete;
    inspect(map.shadowRoot, `status-map (Details ${key})`);
    map.shadowRoot.querySelector('dialog.details .close')?.click();
    await map.updateComplete;
  }

  const polluted = [];
  for (const key in {}) polluted.push(key);
  const extra = document.querySelectorAll('body iframe, body img, body object, body embed, body script').length;
  if (extra) injected.push(`Seite: ${extra} fremde Elemente`);
  return {
    widgets: shown,
    pwned: window.__pwned !== undefined,
    tagsSeen: ownTags ? undefined : [...tagsSeen],
    polluted,
    injected: [...new Set(injected)].slice(0, 10),
    badLinks: [...new Set(badLinks)].slice(0, 10),
    linksChecked,
    settleMs: Math.round(settled - start),
    afterResponseMs: timing ? Math.round(settled - timing.responseEnd) : undefined,
    responseBytes: timing?.encodedBodySize,
  };
}

/** After a hang: what each widget shows now (answers only if the page's main thread is free). */
export function describeStuck() {
  const feed = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/feeds/'));
  const response = feed ? `Antwort nach ${Math.round(feed.responseEnd - feed.startTime)} ms vollständig` : 'Antwort nicht vollständig';
  const widgets = [...document.querySelectorAll('#stage > *')].map((widget) => {
    const root = widget.shadowRoot;
    if (!customElements.get(widget.localName)) return `${widget.localName}: nicht definiert`;
    if (!root) return `${widget.localName}: ohne Shadow Root`;
    const part = (name) => root.querySelector(`[part~="${name}"]`);
    const state = part('error')
      ? `Fehler „${part('error').innerText.replace(/\s+/g, ' ').slice(0, 120)}“`
      : part('loading')
        ? 'lädt noch'
        : 'gezeichnet';
    return `${widget.localName}: ${state}`;
  });
  return [response, ...widgets];
}
