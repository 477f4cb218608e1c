/**
 * The embed form that survives CMS editors: a plain element with data attributes, which content
 * filters (WordPress for Authors, CKEditor 5) keep where they strip unknown elements,
 *
 *   <div data-asskomm="status-map" data-src="/asskomm/asskomm.json" data-layers="kpr">Ersatztext</div>
 *
 * becomes the widget inside that element: `<asskomm-status-map src=… layers=…>` with the editor's
 * fallback content moved into it, as if written in the element form (the counter and chart show it
 * while loading). The outer element stays, with the CMS's classes and ids. A later change of a
 * `data-` attribute (a block editor's live preview) reaches the widget; a preview that writes the
 * holder's content anew (`innerHTML`) gets a new widget around that content.
 *
 * `data-asskomm` names the widget: `status-map`, `milestone-counter`, `progress-chart` (or the full
 * tag). This file is loaded only on pages with the data form, by `loader.ts`, which passes the
 * attribute's name and the tags (importing them would pull the loader into this file's chunk).
 *
 * Only the widgets' documented attributes are copied (`WIDGET_ATTRIBUTES`): a `data-onclick` or
 * `data-style` that a filter lets through would otherwise become an event handler or cover the
 * page, from someone who may not post script or styles.
 */

/** How the loader calls the data form: the attribute naming the widget (`data-asskomm`) and the widget tags. */
export interface DataForm {
  attribute: string;
  tags: readonly string[];
}

/**
 * The widgets' documented attributes, the only ones copied: a global attribute that a content
 * filter strips from an editor's own markup (`style`, `id`, `tabindex`, `hidden`, `popover`, event
 * handlers) must not come in as `data-style` and the like. test/node/data-form.test.mjs keeps this
 * list equal to custom-elements.json.
 */
export const WIDGET_ATTRIBUTES: ReadonlySet<string> = new Set([
  'date',
  'duration',
  'events',
  'focus',
  'from',
  'group',
  'heading',
  'heading-level',
  'height',
  'label',
  'lang',
  'layers',
  'metric',
  'metrics',
  'notation',
  'since',
  'src',
  'timeline',
  'to',
  'topology',
  'url-state',
]);

/** The widget in each upgraded holder: the one its attribute changes go to. */
const upgraded = new WeakMap<Element, Element>();

/** Marks our hint about an unknown widget name. */
const HINT = 'data-asskomm-hint';

/** The holders already followed for changes. */
const followed = new WeakSet<Element>();

/**
 * Puts the widget that `holder` (an element with `data-asskomm`) asks for into it, unless it holds
 * it already (another copy of the library may have been first). Returns the widget element, or
 * `undefined` for a name that is no widget, which gets a visible German hint instead, and for a
 * holder in editable text, which stays as written.
 */
export function upgradeDataForm(holder: Element, { attribute, tags }: DataForm): Element | undefined {
  // Inside text being edited (a Classic block's TinyMCE, CKEditor's inline editing) the editor
  // saves what it sees: the widget would be written into the post in place of the data form.
  if ((holder as HTMLElement).isContentEditable) return undefined;
  const name = holder.getAttribute(attribute)?.trim().toLowerCase() ?? '';
  const tag = tags.find((known) => known === name || known === `asskomm-${name}`);
  if (!tag) {
    showUnknownName(holder, `${attribute}="${name.slice(0, 60)}"`, tags);
    return undefined;
  }
  const existing = [...holder.children].find((child) => tags.includes(child.localName));
  // Ours from before, another copy's, or one a preview wrote back into the holder: it takes the
  // holder's attributes of this moment and follows their changes from now on.
  if (existing?.localName === tag) return adopt(holder, existing, { attribute, tags });
  // Another widget was asked for (a name changed in a block editor's preview): it gives its fallback back and goes.
  if (existing) {
    holder.append(...existing.childNodes);
    existing.remove();
  }
  holder.querySelector(`:scope>[${HINT}]`)?.remove();
  const widget = holder.ownerDocument.createElement(tag);
  widget.append(...holder.childNodes);
  holder.append(widget);
  return adopt(holder, widget, { attribute, tags });
}

/** `widget` as the holder's: with the holder's widget attributes, and following their changes. */
function adopt(holder: Element, widget: Element, form: DataForm): Element {
  for (const { name: held, value } of holder.attributes) {
    const own = widgetAttribute(held, form.attribute);
    if (own) widget.setAttribute(own, value);
  }
  upgraded.set(holder, widget);
  follow(holder, form);
  return widget;
}

/** The widget's attribute for `data-<name>`: only the widgets' own (`WIDGET_ATTRIBUTES`), never the `naming` one. */
function widgetAttribute(attribute: string, naming: string): string | undefined {
  if (!attribute.startsWith('data-') || attribute === naming) return undefined;
  const name = attribute.slice(5);
  return WIDGET_ATTRIBUTES.has(name) ? name : undefined;
}

/**
 * After the upgrade: changes of the holder's `data-` attributes go to the widget, and a widget
 * taken out of the holder (a preview that re-renders the holder's inner HTML) is made anew
 * around what the holder now holds.
 */
function follow(holder: Element, form: DataForm): void {
  if (followed.has(holder)) return;
  followed.add(holder);
  new MutationObserver((records) => {
    const widget = upgraded.get(holder);
    if (!widget) return;
    if (widget.parentNode !== holder && holder.hasAttribute(form.attribute)) {
      upgradeDataForm(holder, form);
      return;
    }
    for (const { attributeName } of records) {
      const own = attributeName && widgetAttribute(attributeName, form.attribute);
      if (!own) continue;
      const value = holder.getAttribute(attributeName);
      if (value === null) widget.removeAttribute(own);
      else widget.setAttribute(own, value);
    }
  }).observe(holder, { attributes: true, childList: true });
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
