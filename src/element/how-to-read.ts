/**
 * „So lesen Sie …“: a closed `<details>` under a widget that says in words how its drawing
 * encodes the data, and how to use it. Native `<details>` opens with Enter or Space and tells
 * screen readers whether it is open, with nothing added. Each widget builds its sentences from
 * what it shows (`widgets/<name>/how-to-read.ts`); this is only the box.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/** A list of sentences, under a line of its own when it has a title. */
export interface ReadingSection {
  title?: string;
  lines: readonly string[];
}

/** The box, closed until the visitor opens it; Lit leaves its `open` state alone on re-render. */
export function renderHowToRead(title: string, sections: readonly ReadingSection[]): TemplateResult {
  return html`<details class="help">
    <summary>${title}</summary>
    ${sections.map(
      (section) =>
        html`${section.title ? html`<p class="help-title">${section.title}</p>` : nothing}
          <ul>
            ${section.lines.map((line) => html`<li>${line}</li>`)}
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
  .help-title {
    margin: 0.5em 0 0;
    font-weight: bold;
  }
`;
