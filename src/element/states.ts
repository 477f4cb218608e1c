/**
 * The states every widget shows besides its drawing: the error box with its retry button and the
 * editor's hint box. Pure templates, used by the base element and by widgets with errors of their
 * own (the map's geometry).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FeedError } from '../feed/load.js';
import { editorHints, type Strings } from '../i18n/strings.js';

/** What an error box says, with a German hint for the editor shown beside it (in the hint box). */
export interface ErrorMessage {
  text: string;
  editorHint: string;
}

/** German (or English) sentence for a feed failure; for an inline feed a CMS damaged, also what it inserted. */
export function feedErrorMessage(error: unknown, strings: Strings): string | ErrorMessage {
  if (!(error instanceof FeedError)) return strings.errorNetwork;
  switch (error.kind) {
    case 'missing-src':
      return strings.errorMissingSrc;
    case 'element-not-found':
      return strings.errorElementNotFound(error.detail);
    case 'http':
      return strings.errorHttp(error.status ?? 0);
    case 'timeout':
      return strings.errorTimeout;
    case 'not-json':
      return error.cmsDamageHint ? { text: strings.errorNotJson, editorHint: error.cmsDamageHint } : strings.errorNotJson;
    case 'invalid':
      return strings.errorInvalid(error.detail);
    case 'too-large':
      return strings.errorTooLarge(error.detail);
    case 'network':
      return strings.errorNetwork;
  }
}

/**
 * An error state: what failed (`title`, and `message` where there is more to say), and a button
 * that tries again; a hint for the editor follows the box, in German whatever the widget's language.
 */
export function renderError(
  strings: Strings,
  retry: () => void,
  message?: string | ErrorMessage,
  title = strings.errorTitle,
): TemplateResult {
  const { text, editorHint } = typeof message === 'object' ? message : { text: message, editorHint: undefined };
  return html`<div class="state error" part="error" role="alert">
      <p><strong>${title}</strong></p>
      ${text === undefined ? nothing : html`<p>${text}</p>`}
      <button type="button" @click=${retry}>${strings.retry}</button>
    </div>
    ${editorHint === undefined ? nothing : renderHintBox([editorHint])}`;
}

/** The editor's hint box: German on every page, since it addresses the LPR's web editors. */
export function renderHintBox(lines: readonly unknown[], lead: unknown = nothing): TemplateResult {
  return html`<div class="hints" part="hint" role="note" lang="de">
    <p><strong>${editorHints.hintPrefix}</strong> ${lead}</p>
    ${lines.map((line) => html`<p>${line}</p>`)}
  </div>`;
}
