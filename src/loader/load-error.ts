/**
 * The German message the script-tag loader puts into a widget element whose code did not arrive.
 * The element is not defined yet, so the message is a plain child in its light DOM: a box with its
 * own shadow root (page CSS cannot hide or restyle its text, no innerHTML under Trusted Types),
 * removed before the element upgrades (the counter and chart slot their light DOM).
 */

/** Marks our message boxes; the loader does not look into their shadow roots. */
export const LOAD_ERROR = 'data-asskomm-load-error';

let sheet: CSSStyleSheet | undefined;

/** Puts the message (and `detail`, or else „Erneut versuchen“ calling `retry`) into `element` unless it has one. */
export function showLoadError(element: Element, detail: string | undefined, retry: () => void): void {
  if (element.querySelector(`:scope>[${LOAD_ERROR}]`)) return;
  const box = document.createElement('div');
  box.setAttribute(LOAD_ERROR, '');
  box.setAttribute('role', 'alert');
  const root = box.attachShadow({ mode: 'open' });
  // The look and the properties of the widgets' own error state (base-element.ts). The entry does not
  // import the tokens (they would become a chunk of their own): `docs --check` holds these defaults to them.
  if (!sheet)
    (sheet = new CSSStyleSheet()).replaceSync(
      ':host{display:block;padding:1em;text-align:center;border:1px solid var(--asskomm-error,#b00020);border-radius:4px;' +
        'background:var(--asskomm-error-background,#fff5f5);color:var(--asskomm-text,#1a1a1a)}p{margin:0 0 .5em}',
    );
  root.adoptedStyleSheets = [sheet];
  const text = document.createElement('p');
  text.textContent = 'Dieser Inhalt konnte nicht geladen werden.';
  const more = document.createElement(detail ? 'p' : 'button');
  more.textContent = detail ?? 'Erneut versuchen';
  if (!detail) more.onclick = retry;
  root.append(text, more);
  element.prepend(box);
}

/** Removes the messages from the `tag` elements directly in `root`. */
export function clearLoadErrors(root: ParentNode, tag: string): void {
  root.querySelectorAll(`${tag}>[${LOAD_ERROR}]`).forEach((box) => box.remove());
}
