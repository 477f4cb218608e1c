/**
 * „So lesen Sie …“: a closed `<details>` under a widget that says in words how its drawing
 * encodes the data, and how to use it. Native `<details>` opens with Enter or Space and tells
 * screen readers whether it is open, with nothing added. Each widget builds its sentences from
 * what it shows (`widgets/<name>/how-to-read.ts`); this is only the box.
 */
import { css, html, type TemplateResult } from 'lit';

/**
 * The box's lists of sentences: how to read the drawing, then how to use it. They have no titles
 * of their own; the summary names both („So lesen und bedienen Sie …“), and a title in bold that
 * is not a heading would only look like one (WCAG 1.3.1).
 */
export type ReadingSection = readonly string[];

/** The box, closed until the visitor opens it; Lit leaves its `open` state alone on re-render. */
export function renderHowToRead(title: string, sections: readonly ReadingSection[]): TemplateResult {
  return html`<details class="help">
    <summary>${title}</summary>
    ${sections.map(
      (lines) =>
        html`<ul>
          ${lines.map((line) => html`<li>${line}</li>`)}
        </ul>`,
    )}
  </details>`;
}

/** Its styles, for the widgets that show it. */
export const howToReadStyles = css`
  .help {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .help ul {
    margin: 0.25em 0;
    padding-left: 1.25em;
  }
`;
