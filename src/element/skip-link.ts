/**
 * A link past the widget for keyboard users: the map alone takes 16 Tab presses. It is the
 * widget's first focusable element, hidden until it has focus (styles in `baseStyles`), and
 * moves focus to a marker at the widget's end, so the next Tab goes on to the page. A fragment
 * link cannot reach into a shadow root, so the click handler moves focus itself.
 */
import { html, type TemplateResult } from 'lit';

const SKIP_TARGET_ID = 'skip-target';

/**
 * Focus on the marker. Chromium sends Tab from a `tabindex="-1"` element at the end of a shadow
 * root back to the root's first stop, so the marker is a Tab stop for as long as it has focus.
 */
function skip(event: Event): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  const target = root.querySelector<HTMLElement>(`#${SKIP_TARGET_ID}`);
  if (!target) return;
  target.tabIndex = 0;
  target.addEventListener('blur', () => (target.tabIndex = -1), { once: true });
  target.focus();
}

/** „Karte überspringen“: the first thing in the widget. */
export function renderSkipLink(label: string): TemplateResult {
  return html`<a class="skip-link" href=${`#${SKIP_TARGET_ID}`} @click=${skip}>${label}</a>`;
}

/**
 * The marker after the widget's last focusable element; screen readers hear where they are („Ende der Karte“).
 * Hidden until it has focus, then shown like the skip link, so a sighted keyboard user sees where focus went.
 */
export function renderSkipTarget(label: string): TemplateResult {
  return html`<p class="skip-target" id=${SKIP_TARGET_ID} tabindex="-1">${label}</p>`;
}
