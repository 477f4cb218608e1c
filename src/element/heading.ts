/**
 * Headings at the level the page needs. A widget sits somewhere in the page's outline, so its
 * heading level is the editor's choice (`heading-level`); Lit cannot bind a tag name, and
 * `unsafeHTML` would not pass the strict CSP, so each level is a template of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './attributes.js';
import { hyphenated } from './hyphenated.js';

export { DEFAULT_HEADING_LEVEL, type HeadingLevel } from './attributes.js';

/** The level of a heading inside a section headed at `level`: one below, `h6` at the deepest. */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

/** What a heading carries besides its level and text. */
export interface HeadingAttributes {
  className?: string;
  part?: string;
  id?: string;
  /** `-1`: focusable from script (a dialog puts focus on its title). */
  tabindex?: number;
}

/** `<h2>`…`<h6>` around `text`; a string breaks at the joints of its long compounds (`hyphenated`). */
export function renderHeading(
  level: HeadingLevel,
  text: unknown,
  { className, part, id, tabindex }: HeadingAttributes = {},
): TemplateResult {
  const content = typeof text === 'string' ? hyphenated(text) : text;
  const c = className ?? nothing;
  const p = part ?? nothing;
  const i = id ?? nothing;
  const t = tabindex ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h5>`;
    case 6:
      return html`<h6 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h6>`;
  }
}
