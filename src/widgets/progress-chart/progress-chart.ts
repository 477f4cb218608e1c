import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '../../controllers/resize.js';
import { chartDates } from '../../chart/chart-dates.js';
import { dateRange, type DateRange } from '../../chart/date-range.js';
import { eventsInRange } from '../../chart/events-in-range.js';
import { selectSeries } from '../../chart/select-series.js';
import type { FeedModel } from '../../feed/types.js';
import { startOf } from '../../format/date.js';
import { PROGRESS_CHART_STRINGS, de as chartDe } from '../../i18n/progress-chart.js';
import { attributeText, readChoice, readDate, readList, readNumber } from '../../internal/attributes.js';
import { AsskommElement, baseStyles } from '../../internal/base-element.js';
import { layoutChart, type ChartDateX } from './progress-chart.layout.js';
import { renderLegend, renderPlot } from './progress-chart.render.js';
import { progressChartStyles } from './progress-chart.styles.js';
import { renderMeta, renderTable, renderTableToggle } from './progress-chart.table.js';
import { cssProps } from '../../internal/css-props.js';
import { announceDate, describeChart } from './progress-chart.text.js';

export const DEFAULT_METRICS = ['advised', 'kpr', 'cooperation-agreements'] as const;
export const DEFAULT_HEIGHT = 320;
const MIN_HEIGHT = 160;


/** Detail of the `asskomm-date` event. */
export interface AsskommDateDetail {
  /** The date as the feed gives it: `2021`, `2021-11` or `2021-11-05`. */
  date: string;
}

/**
 * @summary How ASSKomm grew over time: indicator series from the feed as steps over a time
 * axis, with the feed's events, planned figures, a crosshair tooltip and a data table.
 *
 * Cumulative indicators are drawn as steps (the figure holds until the next report) with a
 * marker at every reported date; planned figures as a dashed segment to a hollow marker labelled
 * "geplant". The plot is one tab stop: ←/→ step through the dates with figures, Home/End jump
 * to the first and last. Screen readers get a summary and a table; "Tabelle anzeigen" shows the
 * table to everyone.
 *
 * @slot - Fallback content, e.g. a sentence with the latest figures: shown while the feed loads and when it
 *   cannot be shown; hidden once the chart is there.
 *
 * @attr {string} src - Feed URL (relative to the page) or `#id` of a `<script type="application/json">`. Required.
 * @attr {string} metrics - Comma list of indicator ids, drawn in this order (colour and marker shape follow it).
 *   Default: `advised,kpr,cooperation-agreements`. Unknown ids are left out with an editor hint; if none is
 *   left, the default is drawn.
 * @attr {string} from - First date shown: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Default: the first figure. A
 *   cumulative series enters the range with the value it had reached.
 * @attr {string} to - Last date shown, inclusive by period (`2021` keeps `2021-11`). Default: the last figure.
 *   A malformed date, or `from` after `to`, gives an editor hint and the whole series.
 * @attr {'on' | 'off'} events - Show the feed's events on the time axis. Default: `on`.
 * @attr {number} height - Height of the plot in px; legend, source line and table come on top. Default: `320`;
 *   at least `160`.
 * @attr {'de' | 'en'} lang - Language of texts, dates and numbers. Default: the nearest `lang` on the page, else `de`.
 * @attr {string} heading - Title above the chart; also names the plot and the table for screen readers.
 *   Default: none (the plot is then called "Entwicklung der Kennzahlen").
 *
 * @event {CustomEvent<{date: string}>} asskomm-date - The hovered or keyboard-chosen date changed. Bubbles and
 *   is composed; `detail.date` is the date as the feed writes it (`2021`, `2021-11`, `2021-11-05`). Not fired
 *   when the crosshair goes away.
 *
 * @csspart legend - The series toggles (a `fieldset` of checkboxes).
 * @csspart tooltip - The crosshair tooltip.
 * @csspart table - The data table and the events table.
 * @csspart meta - The "Stand" and source line.
 * @csspart heading - The title from `heading`.
 * @csspart hint - Editor hints for wrong attributes (German).
 * @csspart fallback - The wrapper of the editor's fallback content.
 * @csspart loading - The loading message (only without fallback content).
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty [--asskomm-series-1=#0072b2] - Colour of the first series (blue).
 * @cssproperty [--asskomm-series-2=#d55e00] - Colour of the second series (vermillion).
 * @cssproperty [--asskomm-series-3=#009e73] - Colour of the third series (bluish green).
 * @cssproperty [--asskomm-series-4=#cc79a7] - Colour of the fourth series (reddish purple).
 * @cssproperty [--asskomm-series-5=#a86b00] - Colour of the fifth series (dark orange).
 * @cssproperty [--asskomm-series-6=#000000] - Colour of the sixth series; a seventh takes the first colour again.
 * @cssproperty [--asskomm-font=inherit] - Font family of the whole widget.
 * @cssproperty [--asskomm-text=#1a1a1a] - Text colour; also the crosshair and the direct labels.
 * @cssproperty [--asskomm-muted=#555] - Colour of secondary text ("Stand", source, tooltip notes).
 * @cssproperty [--asskomm-grid=#dcdcdc] - Colour of the grid lines and table rules.
 * @cssproperty [--asskomm-axis=#555] - Colour of the axes and their labels.
 * @cssproperty [--asskomm-annotation=#6b6b6b] - Colour of the event rules and marks.
 * @cssproperty [--asskomm-annotation-text=#1a1a1a] - Colour of the event labels.
 * @cssproperty [--asskomm-background=#fff] - Fill of hollow (planned) markers and marker outlines.
 * @cssproperty [--asskomm-tooltip-background=#fff] - Background of the tooltip.
 * @cssproperty [--asskomm-tooltip-border=#767676] - Border of the tooltip.
 * @cssproperty [--asskomm-focus=#005fcc] - Focus outline and checkbox colour.
 * @cssproperty [--asskomm-link=#00457d] - Colour of the source link.
 */
export class ProgressChart extends AsskommElement {
  static override styles = [baseStyles, progressChartStyles];

  /** Comma list of indicator ids. */
  @property() metrics: string | null = null;
  /** First date shown. */
  @property() from: string | null = null;
  /** Last date shown. */
  @property() to: string | null = null;
  /** `on` or `off`. */
  @property() events: string | null = null;
  /** Plot height in px. */
  @property() height: string | null = null;
  /** Title above the chart. */
  @property() heading: string | null = null;

  @state() private hiddenSeries: ReadonlySet<string> = new Set();
  @state() private activeTime?: number;
  @state() private tableOpen = false;
  @state() private announcement = '';

  private readonly size = new ResizeController(this);
  private metricIds: string[] = [...DEFAULT_METRICS];
  private range: DateRange = dateRange();
  private showEvents = true;
  private plotHeight = DEFAULT_HEIGHT;

  protected readAttributes(): void {
    if (this.feed.model) this.readMetrics(this.feed.model);
    this.readRange();
    const events = readChoice('events', attributeText(this.events), ['on', 'off'] as const, 'on');
    this.showEvents = events.value === 'on';
    this.hint(events.hint);
    const height = readNumber('height', attributeText(this.height), DEFAULT_HEIGHT);
    this.hint(height.hint);
    if (height.value < MIN_HEIGHT) this.hint(chartDe.hintHeight(height.value, MIN_HEIGHT));
    this.plotHeight = Math.max(MIN_HEIGHT, Math.round(height.value));
  }

  /** Metric ids are checked against the feed, so only once it is there. */
  private readMetrics(model: FeedModel): void {
    const available = [...model.indicators.keys()];
    const defaults = DEFAULT_METRICS.filter((id) => available.includes(id));
    const metrics = readList('metrics', attributeText(this.metrics), available, defaults.length ? defaults : available.slice(0, 3));
    this.metricIds = metrics.value;
    this.hint(metrics.hint);
    // Euros and counts on one value axis would make one of them unreadable.
    const withFormat = (format: string): string[] => this.metricIds.filter((id) => model.indicators.get(id)?.format === format);
    const [euros, counts] = [withFormat('eur'), withFormat('count')];
    if (euros.length && counts.length) this.hint(chartDe.hintMixedFormats(euros.join(', '), counts.join(', ')));
  }

  private readRange(): void {
    const from = readDate('from', attributeText(this.from));
    const to = readDate('to', attributeText(this.to));
    this.hint(from.hint);
    this.hint(to.hint);
    if (from.value && to.value && startOf(from.value) > startOf(to.value)) {
      this.hint(chartDe.hintRange(from.value, to.value));
      this.range = dateRange();
    } else {
      this.range = dateRange(from.value, to.value);
    }
  }

  protected override render(): TemplateResult {
    const heading = attributeText(this.heading)?.trim();
    const count = this.requestedCount();
    // Keeps the loaded chart's height while the feed loads (see the styles).
    const reserve = {
      '--plot-height': `${this.plotHeight}px`,
      ...Object.fromEntries([1, 2, 3].map((columns) => [`--legend-rows-${columns}`, String(Math.ceil(count / columns))])),
    };
    const model = this.feed.model;
    return html`${this.renderHints()}
      <figure>
        ${heading ? html`<figcaption class="heading" part="heading">${heading}</figcaption>` : nothing}
        <div class="frame" ${cssProps(reserve)}>${model ? this.renderModel(model, heading) : this.renderWaiting()}</div>
      </figure>`;
  }

  /** The editor's fallback content stands for the chart until it is there; loading and errors as usual. */
  private renderWaiting(): TemplateResult {
    const quiet = this.hasFallback() && this.feed.pending;
    return html`<div class="fallback" part="fallback"><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      ${quiet ? nothing : this.renderFeed(() => nothing)}`;
  }

  private hasFallback(): boolean {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  private renderModel(model: FeedModel, heading: string | undefined): TemplateResult {
    const lang = this.language;
    const s = PROGRESS_CHART_STRINGS[lang];
    const name = heading || s.defaultHeading;
    const series = selectSeries(model.indicators, this.metricIds, lang, this.range);
    const allDates = chartDates(series);
    const events = this.showEvents ? eventsInRange(model.events, this.range, allDates) : [];
    const layout = layoutChart({
      series,
      hidden: this.hiddenSeries,
      events,
      range: this.range,
      width: this.size.width,
      height: this.plotHeight,
      lang,
    });
    const visible = series.filter((one) => !this.hiddenSeries.has(one.id));
    const plot = layout
      ? renderPlot(
          { layout, lang, label: s.plotLabel(name), describedBy: 'summary', ...(this.activeTime !== undefined ? { activeTime: this.activeTime } : {}) },
          {
            activate: (date, via) => this.activate(date, via === 'keyboard' ? announceDate(date, visible, lang) : undefined),
            focus: () => {
              const last = layout.dates.at(-1);
              if (this.activeTime === undefined && last) this.activate(last, announceDate(last, visible, lang));
            },
            leave: () => {
              if (this.shadowRoot?.activeElement?.classList.contains('plot')) return;
              this.activeTime = undefined;
            },
            blur: () => {
              this.activeTime = undefined;
            },
          },
        )
      : allDates.length
        ? nothing
        : html`<p class="no-data">${s.noData}</p>`;
    const table = { id: 'data', heading: name, series, dates: allDates, events, lang, open: this.tableOpen };
    return html`${series.length ? renderLegend({ series, hidden: this.hiddenSeries, lang }, (id, shown) => this.toggleSeries(id, shown)) : nothing}
      <div class="plot-area" ${cssProps({ height: `${this.plotHeight}px` })}>${plot}</div>
      <p id="summary" class="visually-hidden">${describeChart(series, allDates, events, lang)}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="after">
        ${renderMeta(model.meta, lang)} ${allDates.length ? renderTableToggle(table, () => (this.tableOpen = !this.tableOpen)) : nothing}
      </div>
      ${allDates.length ? renderTable(table) : nothing}`;
  }

  /** How many series the legend will list: what the editor asked for, or the default. */
  private requestedCount(): number {
    return this.feed.model ? this.metricIds.length : (attributeText(this.metrics)?.split(',').filter((id) => id.trim()).length || DEFAULT_METRICS.length);
  }

  private activate(date: ChartDateX, announcement?: string): void {
    if (announcement !== undefined) this.announcement = announcement;
    if (date.time === this.activeTime) return;
    this.activeTime = date.time;
    this.dispatchEvent(new CustomEvent<AsskommDateDetail>('asskomm-date', { detail: { date: date.date }, bubbles: true, composed: true }));
  }

  private toggleSeries(id: string, shown: boolean): void {
    const next = new Set(this.hiddenSeries);
    if (shown) next.delete(id);
    else next.add(id);
    this.hiddenSeries = next;
  }
}
