import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterFirstPaint } from '../../element/after-first-paint.js';
import { AsskommElement, baseStyles } from '../../element/base-element.js';
import { renderError } from '../../element/states.js';
import { DEFAULT_HEADING_LEVEL, renderHeading, subheadingLevel } from '../../element/heading.js';
import { ResizeController } from '../../element/resize-controller.js';
import { renderSkipLink, renderSkipTarget } from '../../element/skip-link.js';
import type { TableSort } from '../../element/sortable-table.js';
import { INDICATORS } from '../../feed/read-indicators.js';
import { PLACES } from '../../feed/read-places.js';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId, PartialDate } from '../../feed/types.js';
import type { UrlState } from '../../element/url-state.js';
import type { UrlViewPart } from '../../element/url-state-controller.js';
import { DEFAULT_TOPOLOGY_URL } from '../../geo/default-topology.js';
import { de, type StatusMapStrings } from '../../i18n/status-map.js';
import { listIssues } from '../../i18n/strings.js';
import { warn } from '../../util/warn.js';
import { MapDerivations, type MapSnapshot } from './derived.js';
import { MapNames } from './map-names.js';
import { renderFrame } from './frame.js';
import { GeometryController } from './geometry-controller.js';
import { readMapOptions, type MapOptions } from './options.js';
import { MapSearch } from './search.js';
import { MapSelection } from './selection-controller.js';
import { statusMapStyles } from './status-map.styles.js';
import { renderMapView, renderPlaceholder } from './view.js';
import { timelineStyles } from './timeline.js';
import { TimelineController } from './timeline-controller.js';
import { MapZoom } from './zoom.js';

/**
 * @summary Karte der 419 sächsischen Gemeinden nach ASSKomm-Baustein: Ebenen zum Ein- und Ausblenden,
 * Tooltip und Detailansicht je Gemeinde, Suche, Zoom, vollständig mit Tastatur und Screenreader bedienbar.
 *
 * Die Karte zeigt die Orte mit veröffentlichtem Einzelnachweis. Ist eine Ebene im Feed mit einer Kennzahl
 * verbunden (`layer`), nennt die Legende neben der Zahl auf der Karte die amtliche Zahl zum selben Datum mit
 * ihrem Stand („23 auf der Karte · 29 insgesamt (Stand: November 2021)“), nach derselben Regel wie Zähler und
 * Diagramm. Ein Gremium mehrerer Gemeinden (`bodies`) erscheint auf jeder Mitgliedsgemeinde und zählt einmal.
 * „Tabelle anzeigen“ zeigt die Orte der eingeblendeten Ebenen als Tabelle, nach Kreis und Name; ein Klick auf eine
 * Spaltenüberschrift sortiert sie um. „CSV herunterladen“ und „JSON herunterladen“ geben dieselben Orte als Datei,
 * immer nach Kreis und Name geordnet, wie auch immer die Tabelle gerade sortiert ist.
 *
 * @tag asskomm-status-map
 *
 * @attr {string} src - Feed-Adresse (relativ zur Seite) oder `#id` eines `<script type="application/json">`. Pflicht.
 * @attr {string} topology - Adresse einer anderen Geometrie (TopoJSON wie `sachsen.topo.json`), nur vom eigenen
 *   Server. Standard: die mitgelieferte Geometrie neben dem Script. Lässt sich die Adresse nicht laden (Tippfehler,
 *   Fehler 404, keine Geometrie), zeigt die Karte die mitgelieferte mit einem Hinweis, der die Adresse nennt.
 * @attr {string} layers - Komma-Liste der anfangs eingeblendeten Ebenen; die Legende bietet immer alle an.
 *   Standard: `contacted,model,kpr,pre-agreement,agreement,coaching,analysis,funding` (alle).
 * @attr {string} date - Stand der Darstellung (`JJJJ`, `JJJJ-MM` oder `JJJJ-MM-TT`, gelesen bis zum Ende des
 *   Zeitraums): ein Eintrag zählt erst, wenn sein Datum abgelaufen ist (`2021` ab 31.12.2021, ein Zeitraum ab
 *   seinem Ende); undatierte Einträge zählen erst zum Stand des Feeds, die Legende nennt die ausgelassenen.
 *   Standard: der Stand des Feeds (`meta.asOf`). Erlaubt sind die Jahre 1900 bis 2199; ein anderes oder ungültiges
 *   Datum wird mit einem Hinweis für die Redaktion übergangen.
 * @attr {string} group - Name einer Gruppe verbundener Widgets, z. B. `verlauf`: Alle Widgets mit demselben Namen zeigen
 *   dasselbe Datum. Zeigt ein Diagramm der Gruppe auf ein Datum oder hält es fest, zeigt die Karte den Stand zu diesem
 *   Datum (wie mit `date`: Legende, Zusammenfassung, amtliche Zahlen, Stand); ein eigenes `date` bleibt fest.
 *   Standard: keine Gruppe.
 * @attr {string} focus - Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern), auf den die Karte
 *   anfangs zoomt. Standard: keiner (ganz Sachsen).
 * @attr {'de' | 'en'} lang - `de` (Standard) oder `en` (auch `en-GB` usw.); ohne Attribut gilt das nächste `lang` der
 *   Seite. Ein anderer Wert (z. B. `fr`) zeigt Deutsch mit einem Hinweis; lassen sich die englischen Texte nicht
 *   laden, ist das Widget ganz deutsch, mit einem Hinweis.
 * @attr {string} heading - Sichtbare Überschrift über der Karte. Standard: keine.
 * @attr {boolean} timeline - Zeitleiste unter der Karte: ein Schieberegler über die Daten, an denen sich etwas geändert
 *   hat (und jeden 1. Januar), vom Start am 6. Februar 2019 bis zum Stand des Feeds, mit „Abspielen“ (etwa ein Schritt
 *   je Sekunde). Das Abspielen hält am Ende an und sobald Maus oder Fokus auf der Karte sind. Pfeiltasten: ein Schritt;
 *   Bild auf / Bild ab: ein Jahr; Pos1 / Ende: Anfang und Stand des Feeds. Legende, Zusammenfassung, amtliche Zahlen
 *   und Stand folgen dem Regler; ruht er, sagt ein Screenreader das Datum und die geänderten Zahlen an. `date` ist der
 *   Startpunkt. Den Platz der Zeitleiste hält die Seite schon frei, bevor das Skript läuft, nur wenn `timeline` im
 *   HTML steht (per Skript gesetzt, rückt der Inhalt darunter beim Laden nach unten). Standard: aus.
 * @attr {boolean} url-state - Die Adresse der Seite hält die Ansicht fest, damit ein Link sie wiederherstellt: das
 *   festgehaltene Datum der Gruppe (ohne Gruppe das der Karte), die eingeblendeten Ebenen und die gewählte Gemeinde, z. B.
 *   `#asskomm=datum:2021-11;ebenen:kpr;gemeinde:14626610`. Beim Laden gelesen: das Datum sofort, Ebenen und Gemeinde,
 *   sobald die Karte gezeichnet ist. Ein Link im Text der Seite (`<a href="#asskomm=datum:2020-02;ebenen:kpr">`) stellt
 *   die Ansicht ebenso ein; ohne `datum` zeigt er „Heute“. Unbekanntes oder Fehlerhaftes wird mit einem Hinweis in der
 *   Konsole übergangen. Der übrige Teil der Adresse (`#anker`) bleibt. Standard: aus (die Adresse bleibt unberührt).
 * @attr {number} heading-level - Ebene der Überschrift in der Gliederung der Seite: `2` bis `6` (für `h2` bis `h6`);
 *   die Überschrift der Detailansicht steht eine Ebene tiefer (höchstens `h6`). Standard: `2`. Ein anderer Wert
 *   gilt als `2`, mit einem Hinweis für die Redaktion.
 *
 * @event {CustomEvent<{ags: string, name: string}>} asskomm-select - Eine Gemeinde (oder ein Kreis) wurde gewählt: per
 *   Klick, Eingabe oder Suche. `ags` ist der Gemeinde- oder Kreisschlüssel, `name` der Name; bubbles, composed.
 *
 * @csspart base - Der ganze Inhalt des Widgets.
 * @csspart heading - Die Überschrift (`heading`).
 * @csspart hint - Hinweise für die Redaktion zu falschen Attributen und Feed-Einträgen.
 * @csspart search - Das Suchfeld „Gemeinde suchen“ mit seinen Vorschlägen.
 * @csspart map - Der Kartenrahmen.
 * @csspart controls - Die Zoom-Schaltflächen, in einer Zeile unter dem Kartenrahmen (nicht darin: sie verdecken keine Gemeinde).
 * @csspart tooltip - Der Tooltip an der Gemeinde unter Maus oder Tastaturfokus.
 * @csspart details - Die Detailansicht einer Gemeinde.
 * @csspart legend - Die Legende mit den Ebenen-Schaltern; auf schmalem Platz (unter 46rem) unter der Karte und zugeklappt
 *   hinter der Schaltfläche „Legende (8 Ebenen)“.
 * @csspart credits - Stand, Quelle und Geometrie-Nachweis unter der Karte.
 * @csspart timeline - Die Zeitleiste (`timeline`).
 * @csspart loading - Der Platzhalter beim Laden.
 * @csspart error - Die Fehlermeldung.
 *
 * @cssproperty --asskomm-font - Schrift.
 * @cssproperty --asskomm-text - Textfarbe.
 * @cssproperty --asskomm-muted - Nebentexte (Kreis, Legendenbeschreibung, Nachweise).
 * @cssproperty --asskomm-link - Links (Quelle, Kontakt, Lizenz).
 * @cssproperty --asskomm-map-background - Hintergrund des Kartenrahmens.
 * @cssproperty --asskomm-map-land - Fläche einer Gemeinde ohne Baustein.
 * @cssproperty --asskomm-map-border - Gemeindegrenzen.
 * @cssproperty --asskomm-map-district-border - Kreisgrenzen.
 * @cssproperty --asskomm-map-state-border - Landesgrenze.
 * @cssproperty --asskomm-map-contacted - Beratene Kommunen (Fläche ohne Muster).
 * @cssproperty --asskomm-map-model - Modellkommunen (Fläche mit Punkten).
 * @cssproperty --asskomm-map-kpr - Kommunale Präventionsräte (Kreissymbol).
 * @cssproperty --asskomm-map-pre-agreement - Vorvereinbarungen (Schraffur von links oben).
 * @cssproperty --asskomm-map-agreement - Kooperationsvereinbarungen (Schraffur von links unten).
 * @cssproperty --asskomm-map-coaching - Kommunen mit Coaching (Dreieck).
 * @cssproperty --asskomm-map-analysis - Sicherheitsanalysen (Quadrat).
 * @cssproperty --asskomm-map-funding - Geförderte Kommunen (Raute).
 * @cssproperty --asskomm-map-highlight - Umriss der Gemeinde unter der Maus.
 * @cssproperty --asskomm-focus - Fokusrahmen und Umriss der mit der Tastatur gewählten Gemeinde.
 * @cssproperty --asskomm-state-min-height - Mindesthöhe der Anzeige beim Laden und bei Fehlern.
 * @cssproperty --asskomm-error - Rahmen der Fehlermeldung.
 * @cssproperty --asskomm-error-background - Hintergrund der Fehlermeldung.
 * @cssproperty --asskomm-button-background - Hintergrund der Schaltflächen.
 * @cssproperty --asskomm-button-text - Schrift und Rahmen der Schaltflächen.
 * @cssproperty --asskomm-hint - Randlinie der Hinweise für die Redaktion.
 * @cssproperty --asskomm-hint-background - Hintergrund der Hinweise für die Redaktion.
 */
export class StatusMap extends AsskommElement {
  static override styles = [baseStyles, statusMapStyles, timelineStyles];
  protected static override readonly feedParts = [PLACES, INDICATORS];

  /** URL of another topology (same origin only); default the bundled one. */
  @property({ reflect: true }) topology: string | null = null;
  /** Comma list of the layers shown at first. */
  @property() layers: string | null = null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: show the state as of this date. */
  @property() date: string | null = null;
  /** AGS of a Gemeinde or key of a Kreis to zoom to at first (attribute `focus`). */
  @property({ attribute: 'focus' }) focusKey: string | null = null;
  /** Optional visible heading. */
  @property() heading: string | null = null;
  /** Level of the heading, `2` to `6` (attribute `heading-level`). */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;
  /** Show the timeline under the map (attribute `timeline`). */
  @property({ type: Boolean }) timeline = false;

  @state() private hiddenLayers: ReadonlySet<LayerId> = new Set();
  @state() private tableOpen = false;
  /** A narrow map's legend is one button until the visitor opens it. */
  @state() private legendOpen = false;
  /** The table's order, chosen with its column headers; kept while the feed re-renders. */
  @state() private tableSort?: TableSort;
  /**
   * The date the slider or a link chose, over the `date` attribute; cleared when `date` changes or
   * the timeline goes off. In a group it counts only for a map with its own `date` (see `shownDate`).
   */
  @state() private localDate?: PartialDate;
  private dateAttribute?: PartialDate;
  /** The place last chosen (or read from the address): the one a link carries. */
  private chosenPlace?: string;

  private options?: MapOptions;
  private focusApplied?: string;
  private layersAttribute?: string | null;

  private readonly geometry = new GeometryController(this, () => this.options?.topologyUrl ?? DEFAULT_TOPOLOGY_URL);
  /**
   * The symbols (with the Kreis-level entries they draw) and the place names are built in the first
   * idle period after the coloured Gemeinden are painted, not before (issue 17), and the screen-reader
   * table in the idle period after that: in one task they kept a visitor's first input waiting up to
   * 97 ms on Saxony's map (56 ms split). Both at once when a visitor focuses the map or someone awaits
   * `whenReady()`; the table alone when a visitor opens it.
   */
  private readonly extras = new AfterFirstPaint(this, () => this.model !== undefined && this.geometry.geometry !== undefined);
  private readonly table = new AfterFirstPaint(this, () => this.extras.built);
  private readonly zoom = new MapZoom(this);
  /** The symbols keep their on-screen size, so the map needs its drawn width; hidden, it keeps the last one. */
  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector('.frame'));
  /** Font size and place the names follow. */
  private readonly placeNames = new MapNames(this);
  private readonly derived = new MapDerivations((issues) =>
    warn(`<${this.localName}>: ${issues.length} Einträge nicht auf der Karte: ${listIssues(issues)}`),
  );
  private readonly selection = new MapSelection(this, {
    snapshot: () => this.snapshot(),
    zoom: this.zoom,
    selected: (place) => {
      this.chosenPlace = place.key;
      this.placeNames.place = place.key;
      this.emit('asskomm-select', { ags: place.key, name: place.name });
    },
  });
  private readonly search = new MapSearch(this, {
    entries: () => this.snapshot()?.searchEntries ?? [],
    choose: (key, input) => this.selection.choose(key, input, true),
  });
  private readonly frameHandlers = { ...this.selection.frameHandlers, ...this.zoom.buttons };
  private readonly player = new TimelineController(this, {
    snapshot: () => this.snapshot(),
    show: (date) => this.showTimelineDate(date),
    shown: () => this.timeline,
    previewed: () => !this.hasAttribute('date') && this.dates.state.preview !== undefined,
  });

  /** The map's part of a link (`url-state`): applied once drawn, written when it changes and the slider rests. */
  private readonly linkedViewPart: UrlViewPart = {
    ready: () => this.snapshot() !== undefined,
    apply: (state) => this.applyLinkedView(state),
    current: () => (this.player.moving ? undefined : this.currentView()),
  };

  constructor() {
    super();
    // A keyboard user arriving before the idle period finds every option and the table there.
    this.addEventListener('focusin', () => this.buildAll());
  }

  /** Texts of the map in the widget's language. */
  private get mapStrings(): StatusMapStrings {
    return this.texts(de, 'map');
  }

  /** The date the map shows: its own chosen date, else its `date`, else the group's (`groupDate`), else `asOf`. */
  private get shownDate(): PartialDate | undefined {
    const own = this.dates.group === undefined || this.hasAttribute('date');
    return (own ? this.localDate : undefined) ?? this.options?.date ?? this.groupDate;
  }

  private snapshot(): MapSnapshot | undefined {
    return this.derived.snapshot(this.model, this.geometry.geometry, this.shownDate, this.hiddenLayers, this.mapStrings, this.language);
  }

  /**
   * `focus` is checked against the geometry, a topology that fell back is named in a hint, and a
   * relative `topology` is resolved against the page's address (a CMS may change it with pushState).
   */
  protected override readingInputs(): readonly unknown[] {
    return [this.geometry.geometry, this.geometry.fallback, document.baseURI];
  }

  protected readAttributes(): void {
    const page = { baseUri: document.baseURI, origin: location.origin };
    const { options, hints } = readMapOptions(this, this.geometry.geometry, this.geometry.fallback, page);
    for (const hint of hints) this.hint(hint);
    // The legend switches layers from here on; a new `layers` attribute starts them afresh.
    if (this.layers !== this.layersAttribute) {
      this.layersAttribute = this.layers;
      this.hiddenLayers = new Set(LAYER_IDS.filter((id) => !options.layers.includes(id)));
    }
    // A changed `date` attribute is the timeline's new starting point. The first reading changes
    // nothing: a link's date (`url-state`, read on connecting) stays.
    if (options.date !== this.dateAttribute) {
      if (this.options) this.localDate = undefined;
      this.dateAttribute = options.date;
    }
    this.options = options;
    this.applyFocusAttribute();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The timeline switched off: the map shows its `date` (or the group's) again.
    if (changed.get('timeline') === true && !this.timeline) this.localDate = undefined;
    super.willUpdate(changed);
  }

  /**
   * Resolves once feed and geometry have loaded (or failed) and the map is drawn, with its symbols,
   * names and table (built at once here, so also in a background tab, where no idle period comes).
   */
  override async whenReady(): Promise<void> {
    await super.whenReady();
    await this.geometry.settled;
    await this.updateComplete;
    if (this.model && this.geometry.geometry) {
      this.buildAll();
      await Promise.all([this.extras.done, this.table.done]);
    }
    await this.updateComplete;
  }

  /** What the idle periods would build, built in the coming update. */
  private buildAll(): void {
    this.extras.now();
    this.table.now();
  }

  private toggleLayer(layer: LayerId, shown: boolean): void {
    const hidden = new Set(this.hiddenLayers);
    if (shown) hidden.delete(layer);
    else hidden.add(layer);
    this.hiddenLayers = hidden;
  }

  protected renderWidget(): TemplateResult {
    const loading = this.textsPending || (!this.feed.model && this.feed.error === undefined);
    const level = this.options?.headingLevel ?? DEFAULT_HEADING_LEVEL;
    return html`<div class="status-map" part="base">
      <div class="em" aria-hidden="true"></div>
      ${this.heading ? renderHeading(level, this.heading, { className: 'heading', part: 'heading' }) : nothing} ${this.renderHints()}
      ${renderSkipLink(this.mapStrings.skipLink)} ${loading ? this.renderPlaceholder() : this.renderFeed(() => this.renderMapView())}
      ${renderSkipTarget(this.mapStrings.skipTarget)}
    </div>`;
  }

  private renderPlaceholder(): TemplateResult {
    const s = this.mapStrings;
    return renderPlaceholder({ search: this.search.render(s, true), s, hidden: this.hiddenLayers, lang: this.language });
  }

  private renderMapView(): TemplateResult {
    const snapshot = this.snapshot();
    if (!snapshot) {
      if (this.geometry.error === undefined) return this.renderPlaceholder();
      return renderError(this.strings, () => this.geometry.retry(), undefined, this.mapStrings.errorGeometry);
    }
    const selection = this.selection;
    return renderMapView({
      snapshot,
      search: this.search.render(snapshot.context.s),
      frame: renderFrame({
        snapshot,
        extras: this.extras.built,
        width: this.size.width,
        fontSize: this.placeNames.fontSize,
        zoom: this.zoom.state,
        animate: this.zoom.animate,
        wheelHint: this.zoom.wheelHint,
        hoveredKey: selection.hoveredKey,
        activeKey: selection.activeKey,
        namedKey: this.placeNames.place,
        tooltipDismissed: selection.tooltipDismissed,
        tooltipHeld: selection.tooltipHeld,
        placeTooltip: selection.placeTooltip,
        keyboardFocus: selection.keyboardFocus,
        showActive: selection.showActive,
        on: this.frameHandlers,
      }),
      timeline: this.timeline && snapshot.stops.length ? this.player.render(snapshot, this.size.width) : undefined,
      dialog: selection.renderDialog(snapshot, subheadingLevel(this.options?.headingLevel ?? DEFAULT_HEADING_LEVEL)),
      toggleLayer: (layer, shown) => this.toggleLayer(layer, shown),
      legendOpen: this.legendOpen,
      toggleLegend: () => (this.legendOpen = !this.legendOpen),
      tableOpen: this.tableOpen,
      tableBuilt: this.table.built,
      toggleTable: () => {
        this.tableOpen = !this.tableOpen;
        this.table.now();
      },
      tableSort: this.tableSort,
      sortTable: (sort) => (this.tableSort = sort),
    });
  }

  /**
   * The one place the slider's date is set (slider, keys, play): the map shows it, and its group
   * (`group`) is pinned on it. In a group the map then follows the group's date, so a chart's
   * crosshair moves map and slider too; a map with its own `date` keeps the slider's date itself.
   */
  private showTimelineDate(date: PartialDate): void {
    // The feed's own date is "Heute": no pin (and no date in the address) that goes stale with the next feed.
    const today = date === this.model?.meta.asOf;
    if (today) this.dates.reset();
    else this.dates.pin(date);
    this.localDate = today ? undefined : date;
  }

  /** A link's date (`url-state`) pins the group, and is the map's own where it keeps one (no group, or its own `date`). */
  protected override showLinkedDate(date: PartialDate | undefined): void {
    super.showLinkedDate(date);
    this.localDate = date;
  }

  /** The date a link carries: the group's pin; outside a group the map's own. */
  protected override linkedDate(): PartialDate | undefined {
    return this.dates.group === undefined ? this.localDate : super.linkedDate();
  }

  protected override linkedView(): UrlViewPart {
    return this.linkedViewPart;
  }

  /** Shows the layers and the place a link carried (`url-state`): the place marked, not opened. */
  private applyLinkedView({ layers, place }: UrlState): void {
    if (layers) this.hiddenLayers = new Set(LAYER_IDS.filter((id) => !layers.includes(id)));
    const view = this.snapshot()?.view(place);
    if (!view) return;
    this.chosenPlace = view.key;
    this.placeNames.place = view.key;
    this.selection.showOnMap(view);
    this.zoom.animate = false;
  }

  /** The layers and place a link carries: the shown layers, the chosen place. */
  private currentView(): UrlState {
    const layers = LAYER_IDS.filter((id) => !this.hiddenLayers.has(id));
    return { layers, place: this.chosenPlace };
  }

  /** Zooms to the `focus` place once feed and geometry are there (and when `focus` changes). */
  private applyFocusAttribute(): void {
    const target = this.options?.focusKey;
    if (!this.geometry.geometry || !this.model || target === this.focusApplied) return;
    this.focusApplied = target;
    const place = this.snapshot()?.view(target);
    if (!place) return;
    this.placeNames.place = place.key;
    this.selection.showOnMap(place);
    this.zoom.animate = false;
  }
}

/** Detail of the `asskomm-select` event: the chosen Gemeinde (8-digit AGS) or Kreis (5-digit key) and its name. */
export interface AsskommSelectDetail {
  ags: string;
  name: string;
}

declare global {
  interface HTMLElementEventMap {
    'asskomm-select': CustomEvent<AsskommSelectDetail>;
  }
}
