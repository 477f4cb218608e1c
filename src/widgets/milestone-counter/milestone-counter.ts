import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Notation } from '../../format/number.js';
import { COUNTER_STRINGS } from '../../i18n/milestone-counter.js';
import { attributeText, readChoice, readDate, readNumber } from '../../internal/attributes.js';
import { AsskommElement, baseStyles } from '../../internal/base-element.js';
import { CountUp } from './count-up.js';
import { FirstVisibleController } from './first-visible.js';
import { renderCounter } from './milestone-counter.render.js';
import { counterStyles } from './milestone-counter.styles.js';
import { selectFigure, type Figure } from './select-value.js';

const NOTATIONS = ['standard', 'compact'] as const;
const DEFAULT_DURATION_MS = 1500;


function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * @summary Headline figures of ASSKomm ("126 Kommunen beraten", "über 420.000 € Fördermittel
 * bewilligt") with their "Stand", counting up once when they first scroll into view.
 *
 * Each figure is the latest reported point of an indicator in the feed (planned points are
 * never shown), or the latest on or before `date`. Several metrics form a grid that falls to
 * one column in a narrow container. Whatever the editor writes inside the element is shown
 * until the data is there and stays when the script or the feed fails (then with a small
 * error and a retry button). With `prefers-reduced-motion: reduce`, `duration="0"` or without
 * IntersectionObserver the final values appear at once. Screen readers read each final value
 * with its label and date once. The element fires no events.
 *
 * @slot - Fallback text, e.g. `126 Kommunen beraten`: shown while loading and when the data
 *   cannot be shown; hidden once the figures are there.
 *
 * @attr {string} src - Feed URL (relative to the page) or `#id` of a `<script type="application/json">`. Required.
 * @attr {string} metric - Indicator id or comma list of ids, e.g. `advised,kpr,cooperation-agreements`. Required;
 *   a wrong id shows an editor hint naming the available ids.
 * @attr {string} label - Replaces the feed's label (only with a single metric). Default: the feed's label in the
 *   element's language.
 * @attr {string} date - Show the values as of this date (`2021`, `2021-11`, `2021-11-05`; `2021-11` means by the
 *   end of November 2021). Default: the latest reported value.
 * @attr {string} since - Also show the change since the latest value at or before this date ("+24 seit
 *   6. Februar 2021"), and count up from that value. Hidden when the series has no such point. Default: none.
 * @attr {number} duration - Length of the count-up in milliseconds; `0` shows the final value at once. Default: `1500`.
 * @attr {'standard' | 'compact'} notation - `compact` writes "1,3 Mio. €". Default: `standard`.
 * @attr {'de' | 'en'} lang - Language of texts and number formats. Default: the nearest `lang` on the page, else `de`.
 *
 * @csspart metrics - The grid (a list) of figures.
 * @csspart metric - One figure with its texts.
 * @csspart value - The number, with "über"/"rund" when the feed marks it so.
 * @csspart unit - The unit words after the number (e.g. "Kommunen").
 * @csspart label - The label ("Kommunen beraten").
 * @csspart delta - The change since `since`.
 * @csspart date - "Stand: November 2021".
 * @csspart fallback - The wrapper of the editor's fallback text.
 * @csspart hint - Editor hints for wrong attributes (German).
 * @csspart loading - The loading message (only without fallback text).
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty [--asskomm-counter-number-size=2.5rem] - Font size of the numbers.
 * @cssproperty [--asskomm-counter-number-font=inherit] - Font family of the numbers.
 * @cssproperty [--asskomm-counter-number-weight=700] - Font weight of the numbers.
 * @cssproperty [--asskomm-counter-number-color=#00457d] - Colour of the numbers.
 * @cssproperty [--asskomm-counter-label-size=1.125rem] - Font size of the labels.
 * @cssproperty [--asskomm-counter-label-color=inherit] - Colour of the labels.
 * @cssproperty [--asskomm-counter-delta-color=#1a6b32] - Colour of the change since `since`.
 * @cssproperty [--asskomm-counter-date-color=#555] - Colour of "Stand: …" (falls back to `--asskomm-muted`).
 * @cssproperty [--asskomm-counter-column-min=13rem] - Narrowest grid column; fewer columns fit below it.
 * @cssproperty [--asskomm-counter-gap=1.5rem 2rem] - Gap between the figures (rows, columns).
 * @cssproperty [--asskomm-font=inherit] - Font family of the whole widget.
 * @cssproperty [--asskomm-text=#1a1a1a] - Text colour.
 */
export class MilestoneCounter extends AsskommElement {
  static override styles = [baseStyles, counterStyles];

  /** Indicator id or comma list of ids. */
  @property() metric: string | null = null;
  /** Label replacing the feed's (single metric only). */
  @property() label: string | null = null;
  /** Values as of this date. */
  @property() date: string | null = null;
  /** Show the change since this date. */
  @property() since: string | null = null;
  /** Count-up length in ms. */
  @property() duration: string | null = null;
  /** `standard` or `compact`. */
  @property() notation: string | null = null;

  /** Eased progress of the count-up: 0 shows the start values, 1 the final ones. */
  @state() private progress = 0;

  private figures: Figure[] = [];
  private view: { notation: Notation; duration: number } = { notation: 'standard', duration: DEFAULT_DURATION_MS };
  /** The count-up plays once per element: waiting for data and view, running, done. */
  private phase: 'waiting' | 'running' | 'done' = 'waiting';
  private readonly visibility = new FirstVisibleController(this);
  private readonly countUp = new CountUp();

  protected readAttributes(): void {
    const notation = readChoice('notation', attributeText(this.notation), NOTATIONS, 'standard');
    const duration = readNumber('duration', attributeText(this.duration), DEFAULT_DURATION_MS);
    const date = readDate('date', attributeText(this.date));
    const since = readDate('since', attributeText(this.since));
    for (const parsed of [notation, duration, date, since]) this.hint(parsed.hint);
    this.view = { notation: notation.value, duration: duration.value };

    const ids = [...new Set((attributeText(this.metric) ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
    const label = attributeText(this.label)?.trim() || undefined;
    const hints = COUNTER_STRINGS.de;
    if (label && ids.length > 1) this.hint(hints.hintLabelNeedsOneMetric);

    this.figures = [];
    const model = this.feed.model;
    if (!model) return;
    const available = [...model.indicators.keys()];
    if (!ids.length) this.hint(hints.hintMissingMetric(available));
    for (const id of ids) {
      const indicator = model.indicators.get(id);
      if (!indicator) {
        this.hint(hints.hintUnknownMetric(id, available));
        continue;
      }
      const figure = selectFigure(indicator, { date: date.value, since: since.value });
      if (!figure) {
        this.hint(hints.hintNoValue(id, date.value));
        continue;
      }
      this.figures.push(ids.length === 1 && label ? { ...figure, label } : figure);
    }

    if (this.figures.length && this.phase === 'waiting' && !this.mayAnimate()) this.finish();
  }

  private mayAnimate(): boolean {
    return (
      this.view.duration > 0 &&
      typeof IntersectionObserver === 'function' &&
      typeof requestAnimationFrame === 'function' &&
      !reducedMotion()
    );
  }

  private finish(): void {
    this.countUp.cancel();
    this.phase = 'done';
    this.progress = 1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Starts on the first update that has figures and follows the first sighting.
    if (this.phase !== 'waiting' || !this.figures.length || !this.visibility.visible) return;
    this.phase = 'running';
    this.countUp.start(this.view.duration, (progress) => {
      this.progress = progress;
      if (progress >= 1) this.phase = 'done';
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A count-up cut short is not replayed: back on the page, the final values stand.
    if (this.phase === 'running') this.finish();
  }

  /** Whether the editor wrote fallback content inside the element. */
  private hasFallback(): boolean {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  protected override render(): unknown {
    if (this.figures.length) {
      return html`${this.renderHints()}${renderCounter(this.figures, {
        lang: this.language,
        notation: this.view.notation,
        progress: this.progress,
      })}`;
    }
    // No figures (yet): the editor's text stands for them, with loading or error state only
    // where it helps. Unknown metrics leave the text and a hint.
    const fallback = this.hasFallback();
    const quiet = this.feed.model !== undefined || (fallback && this.feed.pending);
    return html`${this.renderHints()}
      <div class="fallback" part="fallback"><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      ${quiet ? nothing : html`<div class=${fallback ? 'with-fallback' : ''}>${this.renderFeed(() => nothing)}</div>`}`;
  }
}
