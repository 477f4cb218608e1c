/** Headings as a screen reader lists them: role `heading` and a level, from the markup's semantics. */

export interface Heading {
  element: Element;
  level: number;
}

/** The heading level an element has for assistive technology, or `undefined` when it is no heading. */
export function headingLevel(element: Element): number | undefined {
  const role = element.getAttribute('role');
  const native = /^h([1-6])$/.exec(element.localName)?.[1];
  if (role !== null && role !== 'heading') return undefined;
  if (role === null && native === undefined) return undefined;
  const aria = Number(element.getAttribute('aria-level'));
  return Number.isInteger(aria) && aria > 0 ? aria : Number(native ?? 2);
}

/** The heading in a widget's shadow root whose text is `name`. */
export function headingNamed(widget: Element, name: string): Heading | undefined {
  for (const element of widget.shadowRoot!.querySelectorAll('*')) {
    const level = headingLevel(element);
    if (level !== undefined && element.textContent?.replace(/\s+/g, ' ').trim() === name) return { element, level };
  }
  return undefined;
}
