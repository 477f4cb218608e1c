/**
 * What every ASSKomm widget shares: its feed, its language and the texts in it, editor hints for
 * wrong attributes, and the loading and error states. Subclasses render the model; they never fetch.
 */
import { css, html, LitElement, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DateGroupController } from './date-group-controller.js';
import { EnglishController } from './english-controller.js';
import { FeedController } from './feed-controller.js';
import { feedErrorMessage, renderError, renderHintBox } from './states.js';
import { SHARED_TOKENS, tokenDeclarations } from './tokens.js';
import { UrlStateController, type UrlViewPart } from './url-state-controller.js';
import type { FeedModel, PartialDate } from '../feed/types.js';
import { isPartialDate } from '../feed/schema.js';
import type { FeedPart } from '../feed/validate-parts.js';
import type { EnglishTables } from '../i18n/english.js';
import { de, editorHints, supportedLang, toLang, type Lang, type Strings } from '../i18n/strings.js';
import { sameValues } from '../util/memo.js';
import { reportFailure, warn } from '../util/warn.js';

/**
 * Shared styles (CSS comments would ship in the bundle, so the reasons are here):
 * - No `container-type` on the host: size containment would leave the host without a width of
 *   its own, and it collapses to 0 px in a table cell, a flex item, a float or any box sized by
 *   its content. Widgets with container queries make an inner wrapper the container.
 * - `:host::before` says what the widget asks for where the page sizes it by its content: at
 *   least `--_min-width`, at best `--_preferred-width` (an empty grid track has exactly these
 *   min- and max-content sizes). It has no height and is never wider than the widget.
 * - The font size keeps a floor: where the page's is 0 (`body { font-size: 0 }` against gaps
 *   between inline-blocks) the widget takes the root size, 1rem, and it is never below 0.75rem.
 * - The skip link (`skip-link.ts`) is positioned absolutely without offsets: shown on focus, it
 *   lies over the widget's top where it stands instead of pushing the widget down.
 * - `thead` and `tfoot` (the screen-reader tables) set `break-inside` themselves: Chromium's own
 *   value for it depends on a media query that it parses anew for each such element and keeps
 *   for the life of the page, one more per table every time a widget is drawn (issue 12).
 * - Editors write long German headings; they wrap inside a phone-wide column: hyphenated where
 *   the browser knows the language, with a hyphen at compound joints where it has no dictionary
 *   (`.joint`, see `hyphenated.ts`), broken inside a word only as the last resort. The joint's
 *   soft hyphen has empty alternative text, so the accessible name stays as written (a browser
 *   without alternative text drops the rule and hyphenates with its own dictionary).
 */
export const baseStyles = css`
  ${unsafeCSS(tokenDeclarations(SHARED_TOKENS))}
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: max(0.75rem, 1em + (1 - sign(1em)) * 1rem);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :host::before {
    content: '';
    display: grid;
    grid-template-columns: minmax(var(--_min-width, 17.5rem), var(--_preferred-width, 17.5rem));
    max-width: 100%;
    height: 0;
    overflow: hidden;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  thead,
  tfoot {
    break-inside: avoid;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .heading {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .joint::after {
    content: '\\ad' / '';
  }
  .skip-link:not(:focus),
  .skip-target:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip-link:focus,
  .skip-target:focus {
    position: absolute;
    z-index: 2;
    margin: 0;
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--_button-background);
    color: var(--_button-text);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_state-min-height);
    padding: 1em;
    text-align: center;
  }
  .state.loading {
    color: var(--_muted);
  }
  .state.error {
    border: 1px solid var(--_error);
    border-radius: 4px;
    background: var(--_error-background);
  }
  .state.error p {
    margin: 0;
  }
  button {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--_button-background);
    color: var(--_button-text);
    cursor: pointer;
  }
  .hints {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_hint);
    background: var(--_hint-background);
    color: #3d2800;
    font-size: 0.875em;
  }
  .hints p {
    margin: 0.25em 0;
  }
`;

/** The declared (non-state) properties of each widget class: what its options are read from. */
const optionPropertyNames = new WeakMap<typeof LitElement, PropertyKey[]>();

function optionProperties(widget: typeof LitElement): PropertyKey[] {
  let names = optionPropertyNames.get(widget);
  if (!names) {
    names = [...widget.elementProperties].filter(([, options]) => !options.state).map(([name]) => name);
    optionPropertyNames.set(widget, names);
  }
  return names;
}

/** The hint about a model's skipped records, built once per model: every widget on the feed shares it. */
const skippedHints = new WeakMap<FeedModel, string | undefined>();

function skippedRecordsHint(model: FeedModel): string | undefined {
  if (!skippedHints.has(model)) {
    const skipped = model.issues.filter((issue) => issue.severity === 'error');
    skippedHints.set(model, skipped.length ? editorHints.hintSkippedRecords(skipped) : undefined);
  }
  return skippedHints.get(model);
}

export abstract class AsskommElement extends LitElement {
  /** Feed URL (relative to the page) or `#id` of a `<script type="application/json">` on the page. */
  @property({ reflect: true }) src: string | null = null;

  /**
   * The parts of the feed this widget shows; only these are validated, so a page downloads and
   * runs the checks of nothing else. One constant array per class (it keys the shared cache).
   */
  protected static readonly feedParts: readonly FeedPart[] = [];

  /**
   * Name of the widget's date group (`util/date-group.ts`): widgets with the same name share one
   * date. Read with the other attributes, so a change moves the widget to the other group.
   */
  @property() group: string | null = null;

  /**
   * The widget's date group: the chart previews and pins dates in it, the others show its date
   * (`groupDate`). A widget with a `date` attribute of its own stays in the group but is not moved.
   */
  protected readonly dates = new DateGroupController(this, { group: () => this.group, fixed: () => this.hasAttribute('date') });

  /**
   * The date the group shows this widget; `undefined` for "Heute" (the feed's `asOf`), outside a
   * group and for a widget with its own `date`. Another copy of the library on the page may have
   * set it: a text that is no date counts as "Heute".
   */
  protected get groupDate(): PartialDate | undefined {
    const date = this.hasAttribute('date') ? undefined : this.dates.date;
    return typeof date === 'string' && isPartialDate(date) ? date : undefined;
  }

  /** Keep the group's pinned date (the map: also its layers and place) in the page address (attribute `url-state`). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** The view in the page address (`url-state`). */
  private readonly address: UrlStateController;

  constructor() {
    super();
    // Made after the field `dates`, so that on connecting the group is joined before a link's date pins it.
    this.address = new UrlStateController(this, {
      enabled: () => this.urlState && this.hasUrlPart(),
      showDate: (date) => this.showLinkedDate(date),
      date: () => this.linkedDate(),
      group: () => this.dates.group ?? '',
      view: () => this.linkedView(),
      hint: (text) => warn(`<${this.localName}>: ${text}`),
      lang: () => this.language,
    });
  }

  /** Shows the date a link carried: the group is pinned on it, or back at "Heute" for none. (The map also shows it outside a group.) */
  protected showLinkedDate(date: PartialDate | undefined): void {
    if (date === undefined) this.dates.reset();
    else this.dates.pin(date);
  }

  /** The date a link carries: the group's pin; outside a group none (the map: its own). */
  protected linkedDate(): PartialDate | undefined {
    const pinned = this.dates.state.pinned;
    return pinned !== undefined && isPartialDate(pinned) ? pinned : undefined;
  }

  /** What a link carries beyond the date: the map's layers and place; nothing for the other widgets. */
  protected linkedView(): UrlViewPart | undefined {
    return undefined;
  }

  protected readonly feed = new FeedController(this, () => this.src, (this.constructor as typeof AsskommElement).feedParts);

  /** The English texts, keyed by the language asked for: `language` falls back on their failure. */
  private readonly english = new EnglishController(this, () => this.requestedLanguage);

  /** Editor hints of the current attribute values, rebuilt whenever they are read again. */
  private hints: string[] = [];

  /** `lang` is a global attribute, not a reactive property: observe it so a change re-renders. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The language asked for: the element's `lang`, else the nearest `lang` on the page, else German. */
  private get requestedLanguage(): Lang {
    const own = this.getAttribute('lang');
    if (own?.trim()) return toLang(own);
    return toLang(this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /**
   * Language of the texts and of number and date formats: the one asked for, but German when the
   * English texts could not be loaded, so a widget never mixes the two.
   */
  get language(): Lang {
    return this.english.failed ? 'de' : this.requestedLanguage;
  }

  /** Hints about the language: an own `lang` the widgets do not speak, English texts that failed. */
  private languageHints(): void {
    const own = this.getAttribute('lang');
    if (own?.trim() && !supportedLang(own)) this.hint(editorHints.hintBadLang(own.trim()));
    if (this.english.failed) this.hint(editorHints.hintEnglishFailed);
  }

  /** Whether the widget has something to keep in the address: a group's date, or a view of its own (the map). */
  private hasUrlPart(): boolean {
    return !!this.group?.trim() || this.linkedView() !== undefined;
  }

  /** `url-state` on a widget that has nothing to keep in the address: it is left alone, and the editor told. */
  private urlStateHints(): void {
    if (this.urlState && !this.hasUrlPart()) this.hint(editorHints.hintUrlStateWithoutGroup);
    const holder = this.address.blockedBy;
    if (this.urlState && holder !== undefined) this.hint(editorHints.hintUrlStateTaken(holder));
  }

  /** The shared texts (loading, errors, "Stand") in the widget's language. */
  get strings(): Strings {
    return this.texts(de, 'strings');
  }

  /**
   * The one place a widget asks for its texts: `german`, or the English table `key` when the
   * widget speaks English and those texts have arrived (until then it shows its loading state).
   */
  protected texts<K extends keyof EnglishTables>(german: EnglishTables[K], key: K): EnglishTables[K] {
    return this.english.tables?.[key] ?? german;
  }

  /** Whether the widget speaks English and its texts are still on their way. */
  protected get textsPending(): boolean {
    return this.english.pending;
  }

  /** The feed's model once the texts are there too: what the widget renders from. */
  protected get model(): FeedModel | undefined {
    return this.textsPending ? undefined : this.feed.model;
  }

  /** Whether the widget still waits for its feed or its texts. */
  protected get pending(): boolean {
    return this.feed.pending || this.textsPending;
  }

  /** Whether the editor wrote fallback content inside the element (shown until the data is there). */
  protected hasFallbackContent(): boolean {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  /**
   * Subclasses read their attributes here into typed options and report wrong values through
   * `hint()`. It runs once per change of what it reads (see `readingInputs()`), not on every
   * update: a hover or a zoom step re-renders without reading a single attribute.
   */
  protected abstract readAttributes(): void;

  /**
   * What `readAttributes()` depends on beyond the element's declared properties, its language
   * and its feed: a widget with another async input adds it here (the map: its geometry).
   */
  protected readingInputs(): readonly unknown[] {
    return [];
  }

  /** The inputs of the last successful reading; `undefined` forces the next one. */
  private lastReading?: readonly unknown[];

  /** Runs on every update (hover included): the property names are listed once per class. */
  private currentReadingInputs(): unknown[] {
    const properties = optionProperties(this.constructor as typeof LitElement).map((name) => this[name as keyof this]);
    return [this.getAttribute('lang'), this.language, this.textsPending, this.feed.model, ...properties, ...this.readingInputs()];
  }

  protected hint(message: string | undefined): void {
    if (!message) return;
    this.hints.push(message);
    warn(`<${this.localName}>: ${message}`);
  }

  /** What went wrong while the widget read its attributes or rendered: shown instead of a blank box. */
  private failure: unknown;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A render that failed is tried again on the next update (the retry button); a reading that
    // failed left no reading behind, so it runs again too.
    this.failure = undefined;
    const inputs = this.currentReadingInputs();
    if (this.lastReading && sameValues(inputs, this.lastReading)) return;
    this.lastReading = undefined;
    this.hints = [];
    try {
      this.languageHints();
      this.readAttributes();
      this.urlStateHints();
      this.feedHints();
      this.lastReading = inputs;
    } catch (error) {
      this.failure = error;
    }
  }

  /** The widget's own rendering; `render()` guards it. */
  protected abstract renderWidget(): unknown;

  /**
   * A bug, a feed nobody foresaw or a hostile page (one that breaks `Intl`, say) must not leave a
   * blank box or a widget stuck on "loading": the widget says it failed and offers to try again.
   */
  protected override render(): unknown {
    if (this.failure === undefined) {
      try {
        return this.renderWidget();
      } catch (error) {
        this.failure = error;
      }
    }
    reportFailure(`<${this.localName}> konnte nicht gezeigt werden`, this.failure);
    let strings = de;
    try {
      strings = this.strings;
    } catch {
      // The texts themselves may be what failed.
    }
    return renderError(strings, () => this.requestUpdate(), strings.errorRender);
  }

  /**
   * Records of the feed that were skipped as broken: the widget shows the rest, and says so where
   * the editor sees it, so an older figure never silently stands in for a newer broken one.
   */
  private feedHints(): void {
    const model = this.feed.model;
    if (model) this.hint(skippedRecordsHint(model));
  }

  /** The hints about the attribute values and the skipped records. */
  protected renderHints(): TemplateResult | typeof nothing {
    return this.hints.length ? renderHintBox(this.hints) : nothing;
  }

  /** Loading, error or the widget's own rendering of the model. */
  protected renderFeed(render: (model: FeedModel) => unknown): unknown {
    const model = this.model;
    if (model) return render(model);
    // A failure is told in the widget's language, so it too waits for the texts.
    const error = this.textsPending ? undefined : this.feed.error;
    if (error !== undefined) return renderError(this.strings, () => this.feed.retry(), feedErrorMessage(error, this.strings));
    return html`<div class="state loading" part="loading" role="status">${this.strings.loading}</div>`;
  }

  /** Resolves once the feed, the texts and the address part (`url-state`) have loaded (or failed) and the result is rendered. */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await Promise.all([this.feed.settled, this.english.settled, this.address.settled]);
    await this.updateComplete;
  }

  /** Tells the page: an event that bubbles out of the shadow root, its detail typed by `HTMLElementEventMap`. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
