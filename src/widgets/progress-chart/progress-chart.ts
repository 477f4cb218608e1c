import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { EscapeController } from '../../element/escape-controller.js';
import { ResizeController } from '../../element/resize-controller.js';
import { EmProbe } from '../../element/em-probe.js';
import type { FeedModel, PartialDate } from '../../feed/types.js';
import type { ChartSeries } from '../../chart/select-series.js';
import { de, type ProgressChartStrings } from '../../i18n/progress-chart.js';
import { AfterFirstPaint } from '../../element/after-first-paint.js';
import { AsskommElement, baseStyles } from '../../element/base-element.js';
import { ChartDerivations, type ChartSnapshot } from './derived.js';
import { keepStable, readChartOptions, type ChartOptions } from './options.js';
import { chartFontSize, type ChartDateX } from './progress-chart.layout.js';
import { dateInForce, fullestDate } from './keyboard.js';
import { renderLegend, renderPlot } from './progress-chart.render.js';
import { progressChartStyles } from './progress-chart.styles.js';
import { downloadTable, renderMeta, renderTable, renderTableToggle, type TableView } from './progress-chart.table.js';
import type { TableSort } from '../../element/sortable-table.js';
import { renderDownloads } from '../../element/download.js';
import { renderChartHowToRead } from './how-to-read.js';
import { cssProps } from '../../element/css-props.js';
import { renderHeading } from '../../element/heading.js';
import { renderSkipLink, renderSkipTarget } from '../../element/skip-link.js';
import { announceDate, announceSeries } from './progress-chart.text.js';
import { EVENTS } from '../../feed/read-events.js';
import { INDICATORS } from '../../feed/read-indicators.js';
import { formatDate } from '../../format/date.js';

/** Detail of the `asskomm-date` event. */
export interface AsskommDateDetail {
  /** The date as the feed gives it: `2021`, `2021-11` or `2021-11-05`. */
  date: string;
}

/**
 * @summary Verlauf von ASSKomm: Kennzahlen aus dem Feed als Stufenlinien über einer Zeitachse, mit den
 * Ereignissen aus dem Feed, geplanten Werten, einer Hilfslinie mit Tooltip und einer Datentabelle.
 *
 * Fortlaufend gezählte Kennzahlen erscheinen als Stufen (ein Wert gilt bis zur nächsten Meldung) mit einer
 * Markierung an jedem gemeldeten Datum (liegen die Meldungen einer Kennzahl so dicht, dass sich ihre Markierungen
 * verdecken würden, etwa täglich über Jahre, zeigt die Linie sie ohne Markierung; markiert bleiben die letzte Meldung sowie ungefähre, Mindest- und umstrittene Werte, davon je Art höchstens einer je Markierungsbreite; die Tabelle nennt jede); geplante
 * Werte als gestrichelte Linie zu einer hohlen Markierung mit der Beschriftung „geplant“. Das Diagramm ist ein einziger Tab-Stopp: ←/→ wechseln zwischen den Daten mit Werten,
 * Pos1/Ende springen zum ersten und letzten, ↑/↓ zwischen den Kennzahlen; der erste Fokus wählt das letzte Datum mit
 * den meisten Werten. Escape blendet den Tooltip aus, und der Mauszeiger kann auf ihm ruhen. Die Schrift im Diagramm
 * wächst mit der Schriftgröße der Seite (drei Viertel davon, mindestens 12 px). Screenreader bekommen eine
 * Zusammenfassung und eine Tabelle der Kennzahlen, die die Legende zeigt; „Tabelle anzeigen“ zeigt die Tabelle allen,
 * ein Klick auf eine Spaltenüberschrift sortiert sie. „CSV herunterladen“ und „JSON herunterladen“ geben die Werte
 * der eingeblendeten Kennzahlen als Datei, immer nach Datum geordnet, wie auch immer die Tabelle gerade sortiert ist.
 *
 * @slot - Ersatzinhalt, z. B. ein Satz mit den neuesten Zahlen: zu sehen, solange der Feed lädt und wenn das
 *   Diagramm nicht angezeigt werden kann; ausgeblendet, sobald das Diagramm da ist.
 *
 * @attr {string} src - Feed-Adresse (relativ zur Seite) oder `#id` eines `<script type="application/json">`. Pflicht.
 * @attr {string} metrics - Komma-Liste der Kennzahlen, in dieser Reihenfolge gezeichnet (danach richten sich Farbe
 *   und Form der Markierung). Standard: `advised,kpr,cooperation-agreements`. Unbekannte Kennzahlen fallen mit
 *   einem Hinweis für die Redaktion weg; bleibt keine übrig, gilt der Standard.
 * @attr {string} from - Erstes gezeigtes Datum: `JJJJ`, `JJJJ-MM` oder `JJJJ-MM-TT`. Standard: das Datum des
 *   ersten Werts. Eine fortlaufend gezählte Kennzahl beginnt im Zeitraum mit dem Wert, den sie bis dahin
 *   erreicht hatte.
 * @attr {string} to - Letztes gezeigtes Datum (`JJJJ`, `JJJJ-MM` oder `JJJJ-MM-TT`), einschließlich (`2021` heißt „bis Ende 2021“ und schließt
 *   `2021-11` ein). Standard: das Datum des letzten Werts. Erlaubt sind bei `from` und `to` die Jahre 1900 bis 2199;
 *   ein anderes oder ungültiges Datum wird mit einem Hinweis für die Redaktion übergangen; liegt `from` nach `to`, erscheinen ein Hinweis und der ganze Verlauf.
 * @attr {'on' | 'off'} events - Ereignisse aus dem Feed auf der Zeitachse zeigen. Standard: `on`.
 * @attr {number} height - Höhe des Diagramms in Pixeln (ganze Zahl, `px` dahinter erlaubt); Legende, Zeile mit Stand
 *   und Quelle und die Tabelle kommen hinzu. Standard: `320`; erlaubt `160` bis `2000`: ein Wert außerhalb gilt als
 *   die nächste Grenze, ein Text wie `0x10` als `320`, jeweils mit einem Hinweis für die Redaktion.
 * @attr {'de' | 'en'} lang - Sprache der Texte, Datumsangaben und Zahlen: `de` oder `en` (auch `en-GB` usw.).
 *   Standard: das nächste `lang` der Seite, sonst `de`. Ein anderer Wert (z. B. `fr`) zeigt Deutsch mit einem
 *   Hinweis; lassen sich die englischen Texte nicht laden, ist das Widget ganz deutsch, mit einem Hinweis.
 * @attr {string} heading - Sichtbare Überschrift über dem Diagramm; benennt für Screenreader auch Diagramm und
 *   Tabelle. Standard: keine (das Diagramm heißt dann „Entwicklung der Kennzahlen“).
 * @attr {number} heading-level - Ebene der Überschrift in der Gliederung der Seite: `2` bis `6` (für `h2` bis `h6`).
 *   Standard: `2`. Ein anderer Wert gilt als `2`, mit einem Hinweis für die Redaktion.
 *
 * @attr {string} group - Name einer Gruppe verbundener Widgets, z. B. `verlauf`: Alle Widgets mit demselben Namen zeigen
 *   dasselbe Datum. Zeigt die Hilfslinie (per Maus oder Tastatur) auf ein Datum, zeigen Karte und Kennzahlen der
 *   Gruppe den Stand dieses Datums, solange sie dort steht; ein Klick oder die Eingabetaste hält das Datum fest.
 *   Wählt ein anderes Widget der Gruppe ein Datum, rückt die Hilfslinie auf das Datum des Diagramms, das dann galt.
 *   Solange ein Datum festgehalten ist, führt „Zurück zu heute“ die Gruppe zum Stand des Feeds zurück.
 *   Standard: keine Gruppe.
 * @attr {boolean} url-state - Die Adresse der Seite hält das festgehaltene Datum der Gruppe fest (`#asskomm=datum:2021-11`),
 *   damit ein Link es wiederherstellt: beim Laden gelesen, bevor die Daten da sind, und bei jedem Festhalten oder „Zurück
 *   zu heute“ ersetzt (ohne neuen Eintrag im Verlauf). Wirkt nur mit `group`; was eine Karte derselben Gruppe in die
 *   Adresse schreibt (Ebenen, Gemeinde), bleibt. Standard: aus (die Adresse bleibt unberührt).
 *
 * @event {CustomEvent<{date: string}>} asskomm-date - Die Hilfslinie steht auf einem anderen Datum, per Maus oder
 *   Tastatur gewählt. `detail.date` ist das Datum, wie es im Feed steht (`2021`, `2021-11`, `2021-11-05`); bubbles,
 *   composed. Verschwindet die Hilfslinie, wird das Ereignis nicht ausgelöst.
 *
 * @csspart legend - Die Legende mit den Schaltern der Kennzahlen (ein `fieldset` mit Kontrollkästchen).
 * @csspart tooltip - Der Tooltip an der Hilfslinie.
 * @csspart table - Die Datentabelle und die Tabelle der Ereignisse.
 * @csspart meta - Die Zeile mit Stand und Quelle.
 * @csspart heading - Die Überschrift (`heading`).
 * @csspart hint - Hinweise für die Redaktion zu falschen Attributen (immer auf Deutsch).
 * @csspart fallback - Der Bereich mit dem Ersatzinhalt der Redaktion.
 * @csspart loading - Die Meldung beim Laden (nur ohne Ersatzinhalt).
 * @csspart error - Die Fehlermeldung mit der Schaltfläche „Erneut versuchen“.
 *
 * @cssproperty --asskomm-series-1 - Farbe der ersten Kennzahl.
 * @cssproperty --asskomm-series-2 - Farbe der zweiten Kennzahl.
 * @cssproperty --asskomm-series-3 - Farbe der dritten Kennzahl.
 * @cssproperty --asskomm-series-4 - Farbe der vierten Kennzahl.
 * @cssproperty --asskomm-series-5 - Farbe der fünften Kennzahl.
 * @cssproperty --asskomm-series-6 - Farbe der sechsten Kennzahl; eine siebte bekommt wieder die erste Farbe.
 * @cssproperty --asskomm-font - Schrift des ganzen Widgets.
 * @cssproperty --asskomm-text - Textfarbe; auch Hilfslinie und Beschriftungen am Ende der Linien.
 * @cssproperty --asskomm-muted - Nebentexte (Stand, Quelle, Anmerkungen im Tooltip).
 * @cssproperty --asskomm-grid - Gitterlinien und Linien der Tabellen.
 * @cssproperty --asskomm-axis - Achsen und ihre Beschriftung.
 * @cssproperty --asskomm-annotation - Linien und Marken der Ereignisse.
 * @cssproperty --asskomm-annotation-text - Beschriftungen der Ereignisse.
 * @cssproperty --asskomm-background - Füllung der hohlen (geplanten) Markierungen und Umriss der Markierungen.
 * @cssproperty --asskomm-tooltip-background - Hintergrund des Tooltips.
 * @cssproperty --asskomm-tooltip-border - Rahmen des Tooltips.
 * @cssproperty --asskomm-focus - Fokusrahmen und Farbe der Kontrollkästchen.
 * @cssproperty --asskomm-link - Link zur Quelle.
 * @cssproperty --asskomm-state-min-height - Mindesthöhe der Fehlermeldung, wenn das Diagramm nicht gezeigt werden kann;
 *   beim Laden und bei Fehlern der Daten hält das Widget die Höhe frei, die das Diagramm brauchen wird.
 * @cssproperty --asskomm-error - Rahmen der Fehlermeldung.
 * @cssproperty --asskomm-error-background - Hintergrund der Fehlermeldung.
 * @cssproperty --asskomm-button-background - Hintergrund der Schaltflächen.
 * @cssproperty --asskomm-button-text - Schrift und Rahmen der Schaltflächen.
 * @cssproperty --asskomm-hint - Randlinie der Hinweise für die Redaktion.
 * @cssproperty --asskomm-hint-background - Hintergrund der Hinweise für die Redaktion.
 */
export class ProgressChart extends AsskommElement {
  static override styles = [baseStyles, progressChartStyles];
  protected static override readonly feedParts = [INDICATORS, EVENTS];

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
  /** Level of the heading, `2` to `6` (attribute `heading-level`). */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  @state() private hiddenSeries: ReadonlySet<string> = new Set();
  @state() private activeTime?: number;
  @state() private tableOpen = false;
  /** The data table's order, chosen with its column headers; kept while the feed re-renders. */
  @state() private tableSort?: TableSort;
  @state() private announcement = '';
  /** The series chosen with ↑/↓, by id. */
  @state() private activeSeries?: string;
  /** Escape hid the tooltip (WCAG 1.4.13); the next step or pointer move shows it again. */
  @state() private tooltipDismissed = false;

  /** The group date the crosshair last followed (`followGroup`). */
  private followedDate?: PartialDate;

  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector('figure'));
  private readonly derived = new ChartDerivations();
  private options: ChartOptions = readChartOptions({}, undefined).options;
  /**
   * The data table (for screen readers, and for everyone once opened) is built in the first idle
   * period after the chart is drawn, not before its first paint; at once when a visitor opens it.
   */
  private readonly table = new AfterFirstPaint(this, () => this.model !== undefined);
  /**
   * A hidden block 1em wide: its width is the host's font size in px, measured again when the
   * page's text size changes (the root font size, a reader's text-only zoom).
   */
  private readonly em = new EmProbe(this);

  constructor() {
    super();
    // Escape anywhere hides the tooltip, also one shown by the pointer while focus is elsewhere.
    new EscapeController(this, () => this.dismissTooltip());
  }

  /** Hides the tooltip if one shows; `false` when there was none. */
  private dismissTooltip(): boolean {
    if (this.activeTime === undefined || this.tooltipDismissed) return false;
    this.tooltipDismissed = true;
    return true;
  }

  protected readAttributes(): void {
    const { options, hints } = readChartOptions(this, this.feed.model);
    this.options = keepStable(options, this.options);
    for (const hint of hints) this.hint(hint);
  }

  /**
   * Also builds the data table at once, so whoever waits for the chart finds it complete, even for
   * a chart taken out of the page or in a background tab, where no idle period comes.
   */
  override async whenReady(): Promise<void> {
    await super.whenReady();
    if (this.model) {
      this.table.now();
      await this.table.done;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.followGroup();
  }

  /**
   * When the group's date changes, the crosshair moves to the chart date in force then, without the
   * tooltip, an announcement or an `asskomm-date` (the chart's own previews land on their own date:
   * nothing moves, nothing is sent back). Without a drawing yet, it follows once there is one.
   */
  private followGroup(): void {
    const date = this.groupDate;
    const model = this.model;
    if (date === this.followedDate || !model) return;
    const layout = this.snapshot(model).layout;
    if (!layout) return;
    this.followedDate = date;
    const time = date === undefined ? undefined : dateInForce(layout.dates, date)?.time;
    if (time === this.activeTime) return;
    this.activeTime = time;
    this.tooltipDismissed = true;
  }

  private snapshot(model: FeedModel): ChartSnapshot {
    // Before the first measurement only, the host's style is asked (a style recalculation).
    const fontSize = chartFontSize(this.em.fontSize);
    return this.derived.snapshot(model, this.options, this.size.width, this.hiddenSeries, this.chartStrings, this.language, fontSize);
  }

  protected renderWidget(): TemplateResult {
    const { heading, headingLevel, height, legendCount } = this.options;
    // Keeps the loaded chart's height while the feed loads (see the styles).
    const reserve = {
      '--plot-height': `${height}px`,
      ...Object.fromEntries([1, 2, 3].map((columns) => [`--legend-rows-${columns}`, String(Math.ceil(legendCount / columns))])),
    };
    const model = this.model;
    // The heading inside the caption: a caption alone never shows in a screen reader's list of headings.
    return html`${this.renderHints()} ${renderSkipLink(this.chartStrings.skipLink)}
      <div class="em" aria-hidden="true"></div>
      <figure>
        ${heading ? html`<figcaption>${renderHeading(headingLevel, heading, { className: 'heading', part: 'heading' })}</figcaption>` : nothing}
        <div class="frame" ${cssProps(reserve)}>${model ? this.renderModel(model) : this.renderWaiting()}</div>
      </figure>
      ${renderSkipTarget(this.chartStrings.skipTarget)}`;
  }

  /** The editor's fallback content stands for the chart until it is there; loading and errors as usual. */
  private renderWaiting(): TemplateResult {
    const quiet = this.hasFallbackContent() && this.pending;
    return html`<div class="fallback" part="fallback"><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      ${quiet ? nothing : this.renderFeed(() => nothing)}`;
  }

  private renderModel(model: FeedModel): TemplateResult {
    const lang = this.language;
    const snapshot = this.snapshot(model);
    const { series, dates, events, text, name } = snapshot;
    const built = this.table.built;
    const table: TableView = {
      id: 'data',
      heading: name,
      series,
      get rows() {
        return snapshot.rows;
      },
      built,
      visible: snapshot.visible,
      events,
      text,
      open: this.tableOpen,
      sort: this.tableSort,
      onSort: (sort, announcement) => {
        this.tableSort = sort;
        // The chart's status region: its keyboard announcements come only while the chart has focus.
        this.announcement = announcement;
      },
    };
    return html`${series.length ? renderLegend({ series, hidden: this.hiddenSeries, text }, (id, shown) => this.toggleSeries(id, shown)) : nothing}
      <div class="plot-area" ${cssProps({ height: `${this.options.height}px` })}>${this.renderPlotArea(snapshot)}</div>
      <p id="summary" class="visually-hidden">${snapshot.summary}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="after">
        ${renderMeta(model.meta, this.strings, lang)} ${this.renderBackToToday(model.meta.asOf, text.s)}
        ${dates.length ? renderTableToggle(table, () => this.toggleTable()) : nothing}
      </div>
      ${dates.length ? renderDownloads(() => downloadTable(snapshot.visible, dates, model.meta.asOf, text), text.s) : nothing}
      ${dates.length ? renderChartHowToRead(snapshot.layout, series, text, this.dates.group !== undefined) : nothing}
      ${dates.length && built ? guard([snapshot.rows, snapshot.visible, events, name, this.tableOpen, this.tableSort], () => renderTable(table)) : nothing}`;
  }

  private renderPlotArea({ layout, visible, text, name, dates }: ChartSnapshot): unknown {
    if (!layout) return dates.length ? nothing : html`<p class="no-data">${text.s.noData}</p>`;
    const active = this.activeTime !== undefined ? { activeTime: this.activeTime } : {};
    const chosen = this.activeSeries !== undefined ? { activeSeries: this.activeSeries } : {};
    const chosenSeries = (): ChartSeries | undefined => visible.find((one) => one.id === this.activeSeries);
    const announce = (date: ChartDateX): string => {
      const one = chosenSeries();
      return one ? announceSeries(date, one, text) : announceDate(date, visible, text);
    };
    return renderPlot(
      {
        layout,
        text,
        label: text.s.plotLabel(name),
        describedBy: 'summary',
        tooltipDismissed: this.tooltipDismissed,
        ...active,
        ...chosen,
      },
      {
        activate: (date, via) => this.activate(date, via === 'keyboard' ? announce(date) : undefined),
        chooseSeries: (id) => {
          this.activeSeries = id;
          const date = layout.dates.find((d) => d.time === this.activeTime) ?? fullestDate(layout.dates, visible);
          if (date) this.activate(date, announce(date));
        },
        focus: () => {
          if (this.activeTime !== undefined) return;
          // The latest date with the most figures, not one where most series say "keine Angabe".
          const start = fullestDate(layout.dates, visible);
          if (start) this.activate(start, announce(start));
        },
        leave: () => {
          if (this.shadowRoot?.activeElement?.classList.contains('plot')) return;
          this.endPreview();
        },
        blur: () => {
          this.activeSeries = undefined;
          this.endPreview();
        },
        pin: () => {
          const date = layout.dates.find((one) => one.time === this.activeTime);
          if (date) this.dates.pin(date.date);
        },
      },
    );
  }

  /**
   * „Zurück zu heute“ while the group holds a date other than the feed's `asOf` (not for a mere
   * preview: it would come and go under the pointer). It vanishes with its click, so the focus
   * moves on to the next button (or the plot, without one) instead of falling to the page, and the
   * status region confirms the return.
   */
  private renderBackToToday(asOf: PartialDate, s: ProgressChartStrings): TemplateResult | typeof nothing {
    const pinned = this.dates.state.pinned;
    if (pinned === undefined || pinned === asOf) return nothing;
    const reset = async (): Promise<void> => {
      this.dates.reset();
      await this.updateComplete;
      const root = this.renderRoot;
      (root.querySelector<HTMLElement>('.after button') ?? root.querySelector<HTMLElement>('.plot'))?.focus();
      // After the focus: the plot's own announcement on focus must not replace the confirmation.
      this.announcement = s.backToTodayDone(formatDate(asOf, this.language));
    };
    return html`<button type="button" class="back-to-today" @click=${reset}>${s.backToToday}</button>`;
  }

  /** The chart's own texts in its language. */
  private get chartStrings(): ProgressChartStrings {
    return this.texts(de, 'chart');
  }

  /**
   * Ends the chart's own preview. The group's date may not change with it (it stays on a pinned
   * date), so `followGroup` is told to place the crosshair on that date again.
   */
  private endPreview(): void {
    this.activeTime = undefined;
    this.followedDate = undefined;
    this.dates.preview(undefined);
  }

  private activate(date: ChartDateX, announcement?: string): void {
    if (announcement !== undefined) this.announcement = announcement;
    this.tooltipDismissed = false;
    if (date.time === this.activeTime) return;
    this.activeTime = date.time;
    this.emit('asskomm-date', { date: date.date });
    this.dates.preview(date.date);
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
    this.table.now();
  }

  private toggleSeries(id: string, shown: boolean): void {
    const next = new Set(this.hiddenSeries);
    if (shown) next.delete(id);
    else next.add(id);
    this.hiddenSeries = next;
  }
}
