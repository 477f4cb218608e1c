/**
 * Registers a custom element unless the tag is taken: the script may be included twice on a
 * CMS page, and a second `customElements.define` would throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
