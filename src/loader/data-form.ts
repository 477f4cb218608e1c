/**
 * The embed form that survives CMS editors: a plain element with data attributes, which content
 * filters (WordPress for Authors, CKEditor 5) keep where they strip unknown elements,
 *
 *   <div data-asskomm="status-map" data-src="/asskomm/asskomm.json" data-layers="kpr">Ersatztext</div>
 *
 * becomes the widget inside that element: `<asskomm-status-map src=… layers=…>` with the editor's
 * fallback content moved into it, as if written in the element form (the counter and chart show it
 * while loading). The outer element stays, with the CMS's classes and ids. A later change of a
 * `data-` attribute (a block editor's live preview) reaches the widget.
 *
 * `data-asskomm` names the widget: `status-map`, `milestone-counter`, `progress-chart` (or the full
 * tag). This file is loaded only on pages with the data form, by `loader.ts`, which passes the
 * attribute's name and the tags (importing them would pull the loader into this file's chunk).
 *
 * Attributes named `on…` are never copied: a `data-onclick` that a filter lets through would
 * otherwise become an event handler, script from someone who may not post script.
 */

/** How the loader calls the data form: the attribute naming the widget (`data-asskomm`) and the widget tags. */
export interface DataForm {
  attribute: string;
  tags: readonly string[];
}

/** Marks our hint about an unknown widget name. */
const HINT = 'data-asskomm-hint';

const attributeMirrors = new WeakMap<Element, MutationObserver>();

/**
 * Puts the widget that `holder` (an element with `data-asskomm`) asks for into it, unless it holds
 * it already (another copy of the library may have been first). Returns the widget element, or
 * `undefined` for a name that is no widget, which gets a visible German hint instead.
 */
export function upgradeDataForm(holder: Element, { attribute, tags }: DataForm): Element | undefined {
  const name = holder.getAttribute(attribute)?.trim().toLowerCase() ?? '';
  const tag = tags.find((known) => known === name || known === `asskomm-${name}`);
  if (!tag) {
    showUnknownName(holder, `${attribute}="${name.slice(0, 60)}"`, tags);
    return undefined;
  }
  const existing = [...holder.children].find((child) => child.localName === tag);
  if (existing) return existing;
  holder.querySelector(`:scope>[${HINT}]`)?.remove();
  const widget = holder.ownerDocument.createElement(tag);
  for (const { name: held, value } of holder.attributes) {
    const own = widgetAttribute(held, attribute);
    if (own) widget.setAttribute(own, value);
  }
  widget.append(...holder.childNodes);
  holder.append(widget);
  mirrorAttributes(holder, widget, attribute);
  return widget;
}

/** The widget's attribute for `data-<name>`; none for the `naming` attribute, other attributes and event handlers. */
function widgetAttribute(attribute: string, naming: string): string | undefined {
  if (!attribute.startsWith('data-') || attribute === naming) return undefined;
  const name = attribute.slice(5);
  return /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on') ? name : undefined;
}

/** Changes of the holder's `data-` attributes after the upgrade go to the widget. */
function mirrorAttributes(holder: Element, widget: Element, naming: string): void {
  if (attributeMirrors.has(holder)) return;
  const observer = new MutationObserver((records) => {
    for (const { attributeName } of records) {
      const own = attributeName && widgetAttribute(attributeName, naming);
      if (!own) continue;
      const value = holder.getAttribute(attributeName);
      if (value === null) widget.removeAttribute(own);
      else widget.setAttribute(own, value);
    }
  });
  observer.observe(holder, { attributes: true });
  attributeMirrors.set(holder, observer);
}

/** A visible, plain German hint in place of a widget the name does not exist for; the fallback content stays. */
function showUnknownName(holder: Element, written: string, tags: readonly string[]): void {
  if (holder.querySelector(`:scope>[${HINT}]`)) return;
  const hint = holder.ownerDocument.createElement('p');
  hint.setAttribute(HINT, '');
  hint.setAttribute('role', 'note');
  const names = tags.map((tag) => tag.replace(/^asskomm-/, '')).join(', ');
  hint.textContent = `Hinweis für die Redaktion: ${written} ist kein ASSKomm-Widget. Möglich: ${names}.`;
  holder.prepend(hint);
}
