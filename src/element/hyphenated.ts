/**
 * Text that breaks at the joints of its long German compounds with a hyphen, where the browser
 * has no German dictionary to hyphenate it (see `format/hyphenate.ts`). Each joint is an empty
 * `.joint` span whose generated soft hyphen (`baseStyles`) shows only where a line breaks there;
 * the text itself stays as written, in `textContent`, in the accessible name and in a copy.
 */
import { html } from 'lit';
import { compoundPieces } from '../format/hyphenate.js';

/** `text` with a break point at each compound joint, for a template. */
export function hyphenated(text: string): unknown {
  const [first, ...rest] = compoundPieces(text);
  return rest.length ? [first, ...rest.map((piece) => html`<span class="joint"></span>${piece}`)] : text;
}
