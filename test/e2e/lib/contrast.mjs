// WCAG 2.x contrast measured in the page from computed styles: the arithmetic, what lies behind an
// element, and the measurements of a widget's texts and marks (WCAG 1.4.3 and 1.4.11). The same
// code serves forced and normal colours (test/e2e/forced-colors.test.mjs).

/**
 * Puts WCAG 2.x colour arithmetic on the page as `window.wcagContrast`: colours as computed
 * ("rgb(…)"/"rgba(…)"), a translucent one (Chromium's Highlight) measured as drawn over what is
 * below it, and the background of an element: the first opaque one up the flat tree (across shadow
 * roots; SVG has none), translucent ones on the way laid over it, the page's Canvas at the end.
 * Runs in the page (`page.evaluate(installContrast)`).
 */
export function installContrast() {
  const channels = (colour) => colour.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const over = ([r, g, b, alpha = 1], below) => [r, g, b].map((v, i) => alpha * v + (1 - alpha) * below[i]);
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const canvas = document.createElement('div');
  canvas.style.setProperty('background-color', 'Canvas');
  document.body.append(canvas);
  const pageBackground = channels(getComputedStyle(canvas).backgroundColor);
  canvas.remove();
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      if (node instanceof SVGElement) continue;
      const colour = channels(getComputedStyle(node).backgroundColor);
      if (colour.length === 4 && colour[3] === 0) continue;
      layers.push(colour);
      if (colour.length < 4 || colour[3] === 1) break;
    }
    if (!layers.length || (layers.at(-1).length === 4 && layers.at(-1)[3] < 1)) layers.push(pageBackground);
    return layers.reduceRight((below, layer) => over(layer, below));
  };
  window.wcagContrast = { channels, over, ratio, background };
}

/**
 * In the page (after `installContrast`): for each part [name, selector, property, kind] of
 * `host`'s shadow root, the lowest contrast of that property against the element's background.
 */
export function measureParts(host, parts) {
  const { channels, over, ratio, background } = window.wcagContrast;
  const root = host.shadowRoot;
  return parts.map(([name, selector, property, kind]) => {
    const found = [...root.querySelectorAll(selector)];
    const ratios = found.map((element) => {
      const below = background(element);
      return ratio(over(channels(getComputedStyle(element).getPropertyValue(property)), below), below);
    });
    const colours = [...new Set(found.map((element) => getComputedStyle(element).getPropertyValue(property)))];
    return { name, kind, count: found.length, lowest: ratios.length ? Math.min(...ratios) : undefined, colours };
  });
}

/**
 * In the page (after `installContrast`): the ratio of every text `host` shows, grouped by the first
 * of `groups` ([name, selector]) it lies in, and the lowest of every mark of `marks`: [name,
 * selector, property, neighbours (selector, property: each distinct colour shown is measured;
 * none: the background up the tree), kind].
 */
export function measureTextsAndMarks(host, { groups, marks }) {
  const { channels, over, ratio, background } = window.wcagContrast;
  const root = host.shadowRoot;
  const rendered = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || element.closest('.visually-hidden, [hidden]')) return false;
    return element.getClientRects().length > 0;
  };
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || !rendered(element)) continue;
    const svgText = element instanceof SVGElement;
    const colour = getComputedStyle(element).getPropertyValue(svgText ? 'fill' : 'color');
    const below = background(element);
    const group = groups.find(([, selector]) => element.closest(selector))?.[0] ?? `other text (${element.localName}.${element.className})`;
    texts.push({ group, colour, ratio: ratio(over(channels(colour), below), below), text: node.textContent.trim().slice(0, 30) });
  }
  const input = root.querySelector('#search-input');
  if (input && !input.value) {
    const colour = getComputedStyle(input, '::placeholder').color;
    const below = background(input);
    texts.push({ group: 'search', colour, ratio: ratio(over(channels(colour), below), below), text: input.placeholder });
  }
  const measured = marks.map(([name, selector, property, against]) => {
    const found = [...root.querySelectorAll(selector)];
    const behind = against
      ? [
          ...new Set(
            [...root.querySelectorAll(against[0])]
              .filter((e) => getComputedStyle(e).display !== 'none')
              .map((e) => getComputedStyle(e).getPropertyValue(against[1])),
          ),
        ]
      : [];
    const ratios = found.flatMap((element) => {
      const colour = channels(getComputedStyle(element).getPropertyValue(property));
      const belows = against ? behind.map((b) => over(channels(b), background(element))) : [background(element)];
      return belows.map((below) => ratio(over(colour, below), below));
    });
    const colours = [...new Set(found.map((element) => getComputedStyle(element).getPropertyValue(property)))];
    return { name, count: found.length, lowest: ratios.length ? Math.min(...ratios) : undefined, colours, behind };
  });
  return { texts, marks: measured };
}

/**
 * Several states' `measureTextsAndMarks` results as one: per text group the lowest ratio (with its
 * text and every colour seen), per mark the state where it was drawn at its lowest.
 */
export function lowestOverStates(states) {
  const texts = new Map();
  for (const { group, colour, ratio, text } of states.flatMap((state) => state.texts)) {
    const row = texts.get(group) ?? { lowest: Infinity, colours: new Set(), count: 0 };
    row.count++;
    row.colours.add(colour);
    if (ratio < row.lowest) Object.assign(row, { lowest: ratio, weakest: text });
    texts.set(group, row);
  }
  const marks = new Map();
  for (const mark of states.flatMap((state) => state.marks)) {
    const seen = marks.get(mark.name);
    if (mark.count && (!seen?.count || mark.lowest < seen.lowest)) marks.set(mark.name, mark);
    else if (!seen) marks.set(mark.name, mark);
  }
  return { texts, marks };
}

/** A table cell: the lowest ratio, or why there is none. */
export function ratioCell(row) {
  if (!row?.count) return 'not drawn';
  return row.lowest === undefined ? 'nothing shown behind' : `${row.lowest.toFixed(2)}:1`;
}
