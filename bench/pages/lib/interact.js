// Interactions driven by real input from playwright (mouse.move, mouse.click, keyboard.press).
// The clock starts in a capture listener on window, the first code to see the event, and stops
// at the painted frame that shows the result (lib/paint.js).
import { toPaint } from './paint.js';

/** What "drawn" means after each kind of interaction. */
const CHECKS = {
  // The hovered Gemeinde is outlined and the tooltip is shown.
  hover: (root, { key }) => {
    const d = root.querySelector(`path[data-key="${key}"]`)?.getAttribute('d');
    return !!d && root.querySelector('.highlight.hover path.line')?.getAttribute('d') === d && !!root.querySelector('.tooltip');
  },
  // The layer's class on the map's <svg> matches the wanted state.
  toggle: (root, { layer, shown }) => root.querySelector('svg.map')?.classList.contains(`hide-${layer}`) === !shown,
  // The chart's tooltip names another date than before.
  step: (root, { before }) => {
    const date = root.querySelector('.tooltip .tooltip-date')?.textContent;
    return !!date && date !== before;
  },
  // The map's timeline slider shows the wanted stop, set by a Lit update after the key.
  timeline: (root, { index, armed, tracker }) =>
    tracker.lastUpdate > armed && root.querySelector('input[type="range"]')?.value === String(index),
};

export function armInteraction(type, view, check) {
  const root = view.element.shadowRoot;
  if (check.kind === 'step') check.before = root.querySelector('.tooltip .tooltip-date')?.textContent;
  if (check.kind === 'timeline') Object.assign(check, { armed: performance.now(), tracker: view.tracker });
  return new Promise((resolve, reject) => {
    addEventListener(
      type,
      () => {
        const t0 = performance.now();
        // The frame is requested now: rAF-aligned input (pointermove) is measured in its own frame.
        toPaint(
          t0,
          () => Math.max(t0, view.tracker.lastUpdate),
          () => CHECKS[check.kind](root, check),
        ).then(resolve, reject);
      },
      { capture: true, once: true },
    );
  });
}

/** A point inside the Gemeinde's shape, in page coordinates (the map may scale the SVG). */
export function pointInside(element, key) {
  const path = element.shadowRoot.querySelector(`path[data-key="${key}"]`);
  const box = path.getBBox();
  const matrix = path.getScreenCTM();
  const steps = 12;
  // The grid point nearest the box centre that lies in the fill.
  let best;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / steps, box.y + (box.height * j) / steps);
      if (!path.isPointInFill(p)) continue;
      const distance = Math.abs(i - steps / 2) + Math.abs(j - steps / 2);
      if (!best || distance < best.distance) best = { p, distance };
    }
  }
  if (!best) return undefined;
  const screen = best.p.matrixTransform(matrix);
  // Only if nothing covers it (symbols, tooltips): the hover must land on this Gemeinde.
  const hit = element.shadowRoot.elementFromPoint(screen.x, screen.y);
  return hit?.closest?.('[data-key]')?.getAttribute('data-key') === key ? { x: screen.x, y: screen.y } : undefined;
}

export function checkboxCentre(element, layer) {
  const box = element.shadowRoot.querySelector(`input[name="layer"][value="${layer}"]`).getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function focusPlot(element) {
  element.shadowRoot.querySelector('.plot').focus();
  return element.updateComplete;
}
