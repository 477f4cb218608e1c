import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { de, type CounterStrings } from '../../i18n/milestone-counter.js';
import { AsskommElement, baseStyles } from '../../element/base-element.js';
import { renderHeading } from '../../element/heading.js';
import { CountUp } from './count-up.js';
import { memoCounterFigures } from './derived.js';
import { FirstVisibleController } from './first-visible.js';
import { renderCounter } from './milestone-counter.render.js';
import { counterStyles } from './milestone-counter.styles.js';
import { readCounterOptions, type CounterOptions } from './options.js';
import type { Figure } from './select-value.js';
import { INDICATORS } from '../../feed/read-indicators.js';
import type { PartialDate } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * @summary Kennzahlen von ASSKomm in großer Schrift („134 Kommunen beraten“, „über 420.000 € Fördermittel
 * bewilligt“) mit ihrem Stand; sie zählen einmal hoch, sobald sie beim Scrollen zum ersten Mal sichtbar werden.
 *
 * Jede Kennzahl zeigt den neuesten gemeldeten Wert aus dem Feed (geplante Werte nie), mit `date` den neuesten
 * am oder vor diesem Datum. Mehrere Kennzahlen stehen in einem Raster, das bei wenig Platz zu einer Spalte wird.
 * Text, den die Redaktion in das Element schreibt, ist zu sehen, bis die Daten da sind, und bleibt stehen, wenn
 * Script oder Feed ausfallen (beim Feed dann mit kurzer Fehlermeldung und „Erneut versuchen“). Bei reduzierter
 * Bewegung (`prefers-reduced-motion: reduce`), mit `duration="0"` oder in Browsern ohne IntersectionObserver
 * stehen die Endwerte sofort da. Screenreader lesen jeden Endwert einmal mit Beschriftung und Stand vor. Das
 * Element löst keine Ereignisse aus.
 *
 * @slot - Ersatztext, z. B. `134 Kommunen beraten`: zu sehen beim Laden und wenn die Daten nicht angezeigt
 *   werden können; ausgeblendet, sobald die Kennzahlen da sind.
 *
 * @attr {string} src - Feed-Adresse (relativ zur Seite) oder `#id` eines `<script type="application/json">`. Pflicht.
 * @attr {string} metric - Kennzahl oder Komma-Liste von Kennzahlen, z. B. `advised,kpr,cooperation-agreements`.
 *   Pflicht; bei einer unbekannten Kennzahl nennt ein Hinweis für die Redaktion die verfügbaren.
 * @attr {string} label - Ersetzt die Beschriftung aus dem Feed (nur bei einer einzigen Kennzahl). Standard: die
 *   Beschriftung aus dem Feed in der Sprache des Elements.
 * @attr {string} date - Zeigt die Werte mit Stand dieses Datums (`2021`, `2021-11`, `2021-11-05`; `2021-11` heißt
 *   „bis Ende November 2021“). Ein Wert zählt erst, wenn sein Datum abgelaufen ist (ein Wert von `2021` ab dem
 *   31.12.2021), nach derselben Regel wie Karte und Diagramm; „über …“ oder „rund …“ ersetzt einen genauen Wert nur,
 *   wenn er neuer und größer ist, widerlegte Werte nie. Standard: der neueste gemeldete Wert. Erlaubt sind die Jahre
 *   1900 bis 2199; ein anderes oder ungültiges Datum wird mit einem Hinweis für die Redaktion übergangen (auch bei
 *   `since`).
 * @attr {string} group - Name einer Gruppe verbundener Widgets, z. B. `verlauf`: Alle Widgets mit demselben Namen zeigen
 *   dasselbe Datum. Zeigt ein Diagramm der Gruppe auf ein Datum oder hält es fest, zeigt die Kennzahl den Wert zu
 *   diesem Datum (wie mit `date`, ohne erneutes Hochzählen); ein eigenes `date` bleibt fest. Standard: keine Gruppe.
 * @attr {boolean} url-state - Die Adresse der Seite hält das festgehaltene Datum der Gruppe fest (`#asskomm=datum:2021-11`),
 *   damit ein Link es wiederherstellt; beim Laden gelesen, bevor die Daten da sind. Für eine Gruppe ohne Karte und
 *   Diagramm; wirkt nur mit `group`. Standard: aus (die Adresse bleibt unberührt).
 * @attr {string} since - Zeigt zusätzlich die Veränderung seit dem neuesten Wert am oder vor diesem Datum („+24
 *   seit 6. Februar 2021“) und zählt von diesem Wert aus hoch. Gibt es keinen solchen Wert, entfällt die Angabe.
 *   Standard: keine.
 * @attr {number} duration - Dauer des Hochzählens in Millisekunden (ganze Zahl, `ms` dahinter erlaubt); `0` zeigt
 *   sofort den Endwert. Standard: `1500`; erlaubt `0` bis `10000`: ein Wert außerhalb gilt als die nächste Grenze,
 *   ein Text wie `0x10` oder `12px` als `1500`, jeweils mit einem Hinweis für die Redaktion.
 * @attr {'standard' | 'compact'} notation - `compact` schreibt kurz: „1,3 Mio. €“. Standard: `standard`.
 * @attr {string} heading - Sichtbare Überschrift über den Kennzahlen, z. B. „ASSKomm in Zahlen“. Standard: keine.
 * @attr {number} heading-level - Ebene der Überschrift in der Gliederung der Seite: `2` bis `6` (für `h2` bis `h6`).
 *   Standard: `2`. Ein anderer Wert gilt als `2`, mit einem Hinweis für die Redaktion.
 * @attr {'de' | 'en'} lang - Sprache der Texte und Zahlenformate: `de` oder `en` (auch `en-GB` usw.). Standard: das
 *   nächste `lang` der Seite, sonst `de`. Ein anderer Wert (z. B. `fr`) zeigt Deutsch mit einem Hinweis; lassen sich
 *   die englischen Texte nicht laden, ist das Widget ganz deutsch, mit einem Hinweis.
 *
 * @csspart heading - Die Überschrift (`heading`).
 * @csspart metrics - Das Raster (eine Liste) der Kennzahlen.
 * @csspart metric - Eine Kennzahl mit ihren Texten.
 * @csspart value - Die Zahl, mit „über“ oder „rund“, wenn der Feed den Wert so kennzeichnet.
 * @csspart unit - Die Einheit nach der Zahl (z. B. „Kommunen“).
 * @csspart label - Die Beschriftung („Kommunen beraten“).
 * @csspart delta - Die Veränderung seit `since`.
 * @csspart date - Der Stand, z. B. „Stand: November 2021“.
 * @csspart fallback - Der Bereich mit dem Ersatztext der Redaktion.
 * @csspart hint - Hinweise für die Redaktion zu falschen Attributen (immer auf Deutsch).
 * @csspart loading - Die Meldung beim Laden (nur ohne Ersatztext).
 * @csspart error - Die Fehlermeldung mit der Schaltfläche „Erneut versuchen“.
 *
 * @cssproperty --asskomm-counter-number-size - Schriftgröße der Zahlen.
 * @cssproperty --asskomm-counter-number-font - Schriftart der Zahlen.
 * @cssproperty --asskomm-counter-number-weight - Schriftstärke der Zahlen.
 * @cssproperty --asskomm-counter-number-color - Farbe der Zahlen.
 * @cssproperty --asskomm-counter-label-size - Schriftgröße der Beschriftungen.
 * @cssproperty --asskomm-counter-label-color - Farbe der Beschriftungen.
 * @cssproperty --asskomm-counter-delta-color - Farbe der Veränderung seit `since`.
 * @cssproperty --asskomm-counter-date-color - Farbe von „Stand: …“ (ohne Angabe gilt `--asskomm-muted`).
 * @cssproperty --asskomm-counter-column-min - Mindestbreite einer Spalte des Rasters; ist weniger Platz,
 *   stehen weniger Spalten nebeneinander.
 * @cssproperty --asskomm-counter-gap - Abstand zwischen den Kennzahlen (Zeilen, Spalten).
 * @cssproperty --asskomm-font - Schrift des ganzen Widgets.
 * @cssproperty --asskomm-text - Textfarbe.
 * @cssproperty --asskomm-muted - Die Meldung beim Laden; ohne `--asskomm-counter-date-color` auch „Stand: …“.
 * @cssproperty --asskomm-focus - Fokusrahmen (Schaltfläche „Erneut versuchen“).
 * @cssproperty --asskomm-state-min-height - Mindesthöhe der Anzeige beim Laden und bei Fehlern (nur ohne Ersatztext).
 * @cssproperty --asskomm-error - Rahmen der Fehlermeldung.
 * @cssproperty --asskomm-error-background - Hintergrund der Fehlermeldung.
 * @cssproperty --asskomm-button-background - Hintergrund der Schaltflächen.
 * @cssproperty --asskomm-button-text - Schrift und Rahmen der Schaltflächen.
 * @cssproperty --asskomm-hint - Randlinie der Hinweise für die Redaktion.
 * @cssproperty --asskomm-hint-background - Hintergrund der Hinweise für die Redaktion.
 */
export class MilestoneCounter extends AsskommElement {
  static override styles = [baseStyles, counterStyles];
  protected static override readonly feedParts = [INDICATORS];

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
  /** Optional visible heading over the figures. */
  @property() heading: string | null = null;
  /** Level of the heading, `2` to `6` (attribute `heading-level`). */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  /** Eased progress of the count-up: 0 shows the start values, 1 the final ones. */
  @state() private progress = 0;

  private options: CounterOptions = readCounterOptions({}).options;
  private readonly figuresOf = memoCounterFigures();
  /** The count-up plays once per element: waiting for data and view, running, done. */
  private phase: 'waiting' | 'running' | 'done' = 'waiting';
  private readonly visibility = new FirstVisibleController(this);
  private readonly countUp = new CountUp();

  protected readAttributes(): void {
    const { options, hints } = readCounterOptions(this);
    this.options = options;
    for (const hint of hints) this.hint(hint);
    // The metrics are checked against the feed: their hints follow those about the attribute values.
    const model = this.model;
    if (model) for (const hint of this.figuresOf(model, options).hints) this.hint(hint);
  }

  /**
   * The date the figures stand for: the counter's own `date`, else its group's (the count-up stays
   * the first one); `undefined` for the feed's `asOf`.
   */
  private get shownDate(): PartialDate | undefined {
    return this.options.date ?? this.groupDate;
  }

  /** The figures to show: none until feed and texts are there. */
  private get figures(): readonly Figure[] {
    const model = this.model;
    return model ? this.figuresOf(model, { ...this.options, date: this.shownDate }).figures : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Without motion the final values stand from the first rendering of the figures.
    if (this.phase === 'waiting' && this.figures.length && !this.mayAnimate()) this.finish();
  }

  private mayAnimate(): boolean {
    return (
      this.options.duration > 0 &&
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
    this.countUp.start(this.options.duration, (progress) => {
      this.progress = progress;
      if (progress >= 1) this.phase = 'done';
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A count-up cut short is not replayed: back on the page, the final values stand.
    if (this.phase === 'running') this.finish();
  }

  /** The counter's own texts in its language. */
  private get counterStrings(): CounterStrings {
    return this.texts(de, 'counter');
  }

  /** The editor's heading, over the figures and over the text that stands in for them alike. */
  private renderCounterHeading(): unknown {
    const { heading, headingLevel } = this.options;
    return heading ? renderHeading(headingLevel, heading, { className: 'heading', part: 'heading' }) : nothing;
  }

  protected renderWidget(): unknown {
    if (this.figures.length) {
      return html`${this.renderCounterHeading()}${this.renderHints()}${renderCounter(this.figures, {
        lang: this.language,
        s: this.counterStrings,
        strings: this.strings,
        notation: this.options.notation,
        progress: this.progress,
      })}`;
    }
    // A group date before the first figure: the editor's text (today's figures) would be wrong for
    // it. A metric without figures today (unknown, or not in the feed) keeps the text and its hint.
    // `groupDate` is unset for a counter with a `date` of its own.
    const model = this.model;
    const date = this.groupDate;
    if (model && date !== undefined && this.figuresOf(model, { ...this.options, date: undefined }).figures.length) {
      return html`${this.renderCounterHeading()}${this.renderHints()}
        <p class="date" part="date">${this.counterStrings.noValueYet(formatDate(date, this.language))}</p>`;
    }
    // No figures (yet): the editor's text stands for them, with loading or error state only
    // where it helps. Unknown metrics leave the text and a hint.
    const fallback = this.hasFallbackContent();
    const quiet = this.model !== undefined || (fallback && this.pending);
    return html`${this.renderCounterHeading()}${this.renderHints()}
      <div class="fallback" part="fallback"><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      ${quiet ? nothing : html`<div class=${fallback ? 'with-fallback' : ''}>${this.renderFeed(() => nothing)}</div>`}`;
  }
}
