/**
 * What a reader who enlarges, spaces or narrows the text would notice, measured in a widget's
 * shadow DOM: text cut off by a box that hides its overflow, labels drawn over each other, parts
 * that stick out of the widget, and the controls that Tab reaches.
 */
import { sendKeys } from '@web/test-runner-commands';

/** Every element of `host`'s shadow root, nested shadow roots included. */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode): void => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return found;
}

/** Hidden on purpose (screen-reader text, closed parts) or not rendered at all. */
export function notShown(element: Element): boolean {
  if (element.closest('.visually-hidden, [hidden]')) return true;
  // A skip link is clipped to one pixel until it has focus.
  const box = element.getBoundingClientRect();
  if (box.width <= 1 && box.height <= 1) return true;
  return element.getClientRects().length === 0 || getComputedStyle(element).visibility !== 'visible';
}

const describe = (element: Element): string =>
  `${element.localName}${element.id ? `#${element.id}` : ''}${typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/**
 * Boxes that hide their overflow (`hidden`/`clip`) and hold more text than they show: their
 * scroll size exceeds their client size. SVG is left out (its text is checked by overlap).
 */
export function clippedText(host: Element): string[] {
  return shadowElements(host)
    .filter((element) => element instanceof HTMLElement && !notShown(element) && element.textContent!.trim())
    .filter((element) => {
      const style = getComputedStyle(element);
      const hides = (value: string): boolean => value === 'hidden' || value === 'clip';
      const cutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      return cutX || cutY || (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1);
    })
    .map(
      (element) => `${describe(element)}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
    );
}

/** Pairs of `elements` (shown ones) whose boxes overlap by more than `tolerance` px each way. */
export function overlapping(elements: readonly Element[], tolerance = 0.5): string[] {
  const boxes = elements.filter((element) => !notShown(element)).map((element) => [element, element.getBoundingClientRect()] as const);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [[ea, a], [eb, b]] = [boxes[i]!, boxes[j]!];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > tolerance && y > tolerance) found.push(`${describe(ea)} / ${describe(eb)}`);
    }
  }
  return found;
}

/** Elements that hold text themselves and show it. */
export function textElements(widget: Element): Element[] {
  return shadowElements(widget).filter(
    (element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) && !notShown(element),
  );
}

/** Line boxes of the shown text, per text node: text of different nodes must not share pixels. */
export function textOverlaps(widget: Element, within?: Element): string[] {
  const lines: Element[] = [];
  const boxes: DOMRect[] = [];
  for (const element of textElements(widget).filter((e) => !within || within.contains(e))) {
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) if (box.width > 0) (lines.push(element), boxes.push(box));
    }
  }
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (lines[i] === lines[j]) continue;
      const [a, b] = [boxes[i]!, boxes[j]!];
      // Line boxes of neighbouring lines may touch by a pixel: only a real overlap counts.
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 2) found.push(`"${lines[i]!.textContent!.trim().slice(0, 30)}" / "${lines[j]!.textContent!.trim().slice(0, 30)}"`);
    }
  }
  return found;
}

/**
 * Shown elements that reach outside `host` to the left or right. What a scrolling or clipping box
 * holds is that box's business (the table scrolls, the map's drawing pans): only the box counts.
 */
export function stickingOut(host: Element): string[] {
  const { left, right } = host.getBoundingClientRect();
  const flatParent = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  const inScroller = (element: Element): boolean => {
    for (let node = flatParent(element); node && node !== host; node = flatParent(node)) {
      if (!(node instanceof SVGElement) && getComputedStyle(node).overflowX !== 'visible') return true;
    }
    return false;
  };
  return shadowElements(host)
    .filter((element) => !(element instanceof SVGElement && element.ownerSVGElement) && !notShown(element) && !inScroller(element))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < left - 1 || box.right > right + 1);
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      return `${describe(element)}: ${Math.round(box.left - left)}…${Math.round(box.right - left)} of ${Math.round(right - left)}`;
    });
}

/** The focused element, looked up through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The controls of `host` a keyboard user can use: enabled, shown, and not taken out of the Tab order. */
export function controls(host: Element): Element[] {
  return shadowElements(host).filter(
    (element) =>
      element.matches('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]') &&
      !element.closest('[inert], dialog:not([open])') &&
      element.getClientRects().length > 0 &&
      getComputedStyle(element).visibility === 'visible',
  );
}

/**
 * Tabs from `start` (focused first) until focus leaves `host`; gives the elements it rested on.
 * A button after `host` keeps the last Tab in the page: a Tab out of the document moves the
 * browser's focus to its own UI, and later test files (new pages) then get no focus events.
 */
export async function tabStops(host: Element, start: HTMLElement, limit = 60): Promise<Element[]> {
  const after = document.createElement('button');
  after.textContent = 'nachher';
  host.after(after);
  start.focus();
  const stops: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || !(host.shadowRoot!.contains(active) || host.contains(active))) break;
    stops.push(active);
  }
  after.remove();
  return stops;
}
