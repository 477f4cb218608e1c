import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { hasResizeObserver } from '../../element/resize-controller.js';
import { LAYER_IDS } from '../../feed/schema.js';
import type { FeedIssue, LayerId, PartialDate } from '../../feed/types.js';
import { DEFAULT_TOPOLOGY_URL } from '../../geo/default-topology.js';
import { de, mapHints, type StatusMapStrings } from '../../i18n/status-map.js';
import { editorHints, listIssues } from '../../i18n/strings.js';
import { attributeText, readDate, readList } from '../../element/attributes.js';
import { AsskommElement, baseStyles } from '../../element/base-element.js';
import { warn } from '../../util/warn.js';
import { readFocusKey, resolveTopologyUrl, topologyFallbackHint } from './attributes.js';
import { MapDerivations, type MapSnapshot } from './derived.js';
import { DETAILS_TITLE_ID, renderDetails } from './details.js';
import { renderFrame } from './frame.js';
import { GeometryController } from './geometry-controller.js';
import { MapKeyboard, type KeyboardHost } from './keyboard.js';
import { renderLegend } from './legend.js';
import type { PlaceView } from './map-data.js';
import { MapSearch } from './search.js';
import { statusMapStyles } from './status-map.styles.js';
import { renderCredits, renderTable, summaryText, SUMMARY_ID } from './summary.js';
import { MapZoom, ZOOM_STEP } from './zoom.js';
import { PLACES } from '../../feed/read-places.js';
import { INDICATORS } from '../../feed/read-indicators.js';

/**
 * @summary Karte der 419 sächsischen Gemeinden nach ASSKomm-Baustein: Ebenen zum Ein- und Ausblenden,
 * Tooltip und Detailansicht je Gemeinde, Suche, Zoom, vollständig mit Tastatur und Screenreader bedienbar.
 *
 * Die Karte zeigt die Orte mit veröffentlichtem Einzelnachweis. Ist eine Ebene im Feed mit einer Kennzahl
 * verbunden (`layer`), nennt die Legende neben der Zahl auf der Karte die amtliche Zahl zum selben Datum mit
 * ihrem Stand („23 auf der Karte · 29 insgesamt (Stand: November 2021)“), nach derselben Regel wie Zähler und
 * Diagramm. Ein Gremium mehrerer Gemeinden (`bodies`) erscheint auf jeder Mitgliedsgemeinde und zählt einmal.
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
 * @attr {string} focus - Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern), auf den die Karte
 *   anfangs zoomt. Standard: keiner (ganz Sachsen).
 * @attr {'de' | 'en'} lang - `de` (Standard) oder `en` (auch `en-GB` usw.); ohne Attribut gilt das nächste `lang` der
 *   Seite. Ein anderer Wert (z. B. `fr`) zeigt Deutsch mit einem Hinweis; lassen sich die englischen Texte nicht
 *   laden, ist das Widget ganz deutsch, mit einem Hinweis.
 * @attr {string} heading - Sichtbare Überschrift über der Karte. Standard: keine.
 *
 * @event asskomm-select - Eine Gemeinde (oder ein Kreis) wurde gewählt: per Klick, Eingabe oder Suche.
 *   `detail: { ags: string, name: string }`; bubbles, composed.
 *
 * @csspart base - Der ganze Inhalt des Widgets.
 * @csspart heading - Die Überschrift (`heading`).
 * @csspart hint - Hinweise für die Redaktion zu falschen Attributen und Feed-Einträgen.
 * @csspart search - Das Suchfeld „Gemeinde suchen“ mit seinen Vorschlägen.
 * @csspart map - Der Kartenrahmen.
 * @csspart controls - Die Zoom-Schaltflächen.
 * @csspart tooltip - Der Tooltip an der Gemeinde unter Maus oder Tastaturfokus.
 * @csspart details - Die Detailansicht einer Gemeinde.
 * @csspart legend - Die Legende mit den Ebenen-Schaltern.
 * @csspart credits - Stand, Quelle und Geometrie-Nachweis unter der Karte.
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
export class StatusMap extends AsskommElement implements KeyboardHost {
  static override styles = [baseStyles, statusMapStyles];
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

  @state() private hiddenLayers: ReadonlySet<LayerId> = new Set();
  @state() private hovered?: { key: string; x: number; y: number };
  @state() private activeKey?: string;
  @state() private keyboardFocus = false;
  @state() private detailsKey?: string;
  @state() private frameWidth = 0;

  @query('.viewport') private viewport?: HTMLElement;
  @query('dialog.details') private dialog?: HTMLDialogElement;

  private topologyUrl = DEFAULT_TOPOLOGY_URL;
  private shownDate?: PartialDate;
  private focusTarget?: string;
  private focusApplied?: string;
  private layersAttribute?: string | null;
  private returnFocus?: HTMLElement;
  private frameObserver?: ResizeObserver;
  private observedFrame?: Element;

  private readonly geometry = new GeometryController(this, () => this.topologyUrl);
  private readonly zoom = new MapZoom(this);
  private readonly keyboard = new MapKeyboard(this);
  private readonly derived = new MapDerivations((issues) => warn(`<${this.localName}>: ${issues.length} Einträge nicht auf der Karte: ${listIssues(issues)}`));
  private readonly search = new MapSearch(this, {
    entries: () => (this.geometry.geometry ? this.derived.searchEntries(this.geometry.geometry) : []),
    choose: (key, input) => this.choose(key, input, true),
  });

  /** Texts of the map in the widget's language. */
  get mapStrings(): StatusMapStrings {
    return this.texts(de, 'map');
  }

  /** Feed entries the map could not place (unknown keys, duplicates, merged Gemeinden), in German. */
  get placeIssues(): readonly FeedIssue[] {
    return this.snapshot()?.joined.issues ?? [];
  }

  private snapshot(): MapSnapshot | undefined {
    return this.derived.snapshot(this.model, this.geometry.geometry, this.shownDate, this.hiddenLayers, this.mapStrings, this.language);
  }

  /** `focus` is checked against the geometry, and a topology that fell back is named in a hint. */
  protected override readingInputs(): readonly unknown[] {
    return [this.geometry.geometry, this.geometry.fallback];
  }

  protected readAttributes(): void {
    // Properties set from script may hold numbers (`map.date = 2021`): read them as attribute text.
    const layers = readList('layers', attributeText(this.layers), LAYER_IDS, LAYER_IDS);
    this.hint(layers.hint);
    if (this.layers !== this.layersAttribute) {
      this.layersAttribute = this.layers;
      this.hiddenLayers = new Set(LAYER_IDS.filter((id) => !layers.value.includes(id)));
    }
    const date = readDate('date', attributeText(this.date));
    this.hint(date.hint);
    this.shownDate = date.value;
    const topology = resolveTopologyUrl(attributeText(this.topology), document.baseURI, location.origin, DEFAULT_TOPOLOGY_URL);
    this.hint(topology.hint);
    this.topologyUrl = topology.value;
    this.hint(topologyFallbackHint(this.geometry.fallback));
    const focus = readFocusKey(attributeText(this.focusKey), this.geometry.geometry);
    this.hint(focus.hint);
    this.focusTarget = focus.value;
    this.applyFocusAttribute();
  }

  /** Resolves once feed and geometry have loaded (or failed) and the map is drawn. */
  override async whenReady(): Promise<void> {
    await super.whenReady();
    await this.geometry.settled;
    await this.updateComplete;
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frameObserver?.disconnect();
    this.frameObserver = undefined;
    this.observedFrame = undefined;
  }

  // ---- what a visitor does -------------------------------------------------------------

  private toggleLayer(layer: LayerId, shown: boolean): void {
    const hidden = new Set(this.hiddenLayers);
    if (shown) hidden.delete(layer);
    else hidden.add(layer);
    this.hiddenLayers = hidden;
  }

  /** A place was chosen (click, Enter, search): highlight it, open its details, tell the page. */
  choose(key: string, returnFocus: HTMLElement | undefined, zoomTo = false): void {
    const place = this.snapshot()?.view(key);
    if (!place) return;
    this.activeKey = key;
    if (zoomTo) this.zoomTo(place);
    this.returnFocus = returnFocus;
    this.detailsKey = key;
    // Focus moves into the panel; the map's keyboard tooltip goes with it.
    this.keyboardFocus = false;
    this.dispatchEvent(new CustomEvent('asskomm-select', { bubbles: true, composed: true, detail: { ags: key, name: place.name } }));
  }

  /** Closes the details and puts focus back where it was before they opened. */
  closeDetails(): void {
    if (this.detailsKey === undefined) return;
    this.detailsKey = undefined;
    const target = this.returnFocus?.isConnected ? this.returnFocus : this.viewport;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => target?.focus());
  }

  /** Moves the keyboard focus on the map to `key` and keeps it in view. */
  activate(key: string): void {
    const place = this.snapshot()?.view(key);
    if (!place) return;
    this.activeKey = key;
    this.keyboardFocus = true;
    this.zoom.keepInView(place.point);
  }

  private zoomTo(place: PlaceView): void {
    this.zoom.zoomToBounds(place.bounds, place.level === 'municipality' ? 6 : 3);
  }

  /** @internal What the keyboard controller needs to move on the map. */
  get keyboardState(): KeyboardHost['keyboardState'] {
    return { navigation: this.snapshot()?.navigation, activeKey: this.activeKey, detailsOpen: this.detailsKey !== undefined };
  }

  /** @internal */
  get zoomControl(): MapZoom {
    return this.zoom;
  }

  // ---- rendering -----------------------------------------------------------------------

  protected renderWidget(): TemplateResult {
    const loading = this.textsPending || (!this.feed.model && this.feed.error === undefined);
    return html`<div class="status-map" part="base">
      ${this.heading ? html`<h2 class="heading" part="heading">${this.heading}</h2>` : nothing}
      ${this.renderHints()}
      ${loading ? this.renderPlaceholder() : this.renderFeed(() => this.renderMapView())}
    </div>`;
  }

  /**
   * Same boxes as the finished map (search, frame, legend, summary and credits lines), so that
   * nothing around the widget moves when the data arrive.
   */
  private renderPlaceholder(): TemplateResult {
    return html`<div class="layout">
        <div class="main">
          ${this.search.render(this.mapStrings, true)}
          <div class="frame placeholder" part="loading" role="status">${this.mapStrings.loadingMap}</div>
          <p class="summary placeholder" aria-hidden="true"></p>
        </div>
        <div class="side">
          ${renderLegend({ hidden: this.hiddenLayers, s: this.mapStrings, lang: this.language, toggle: () => undefined })}
        </div>
      </div>
      <div part="credits"><footer class="credits placeholder" aria-hidden="true"></footer></div>
      <details class="help placeholder" aria-hidden="true"><summary>${this.mapStrings.keyboardTitle}</summary></details>`;
  }

  private renderMapView(): TemplateResult {
    const snapshot = this.snapshot();
    if (!snapshot) {
      if (this.geometry.error === undefined) return this.renderPlaceholder();
      return html`<div class="state error" part="error" role="alert">
        <p><strong>${this.mapStrings.errorGeometry}</strong></p>
        <button type="button" @click=${() => this.geometry.retry()}>${this.strings.retry}</button>
      </div>`;
    }
    const { data, hidden, context, model, geometry } = snapshot;
    const s = context.s;
    const shown = (id: LayerId): boolean => !hidden.has(id);
    const errors = snapshot.joined.issues.filter((issue) => issue.severity !== 'warning');
    const details = snapshot.view(this.detailsKey);
    return html`
      <div class="layout">
        <div class="main">
          ${this.search.render(s)}
          ${renderFrame({
            snapshot,
            width: this.frameWidth,
            zoom: this.zoom.state,
            animate: this.zoom.animate,
            wheelHint: this.zoom.wheelHint,
            hovered: this.hovered,
            activeKey: this.activeKey,
            keyboardFocus: this.keyboardFocus,
            showActive: this.keyboardFocus || this.detailsKey !== undefined,
            on: this.frameHandlers,
          })}
          <p class="summary" id=${SUMMARY_ID}>${summaryText(data, snapshot.figures, shown, context)}</p>
        </div>
        <div class="side">
          <dialog class="details" part="details" aria-labelledby=${DETAILS_TITLE_ID} @keydown=${this.onDetailsKeyDown}>
            ${details
              ? renderDetails({
                  place: details,
                  context,
                  close: () => this.closeDetails(),
                  showOnMap: () => {
                    this.activeKey = details.key;
                    this.zoomTo(details);
                  },
                })
              : nothing}
          </dialog>
          ${renderLegend({ figures: { counts: data.counts, texts: snapshot.figures }, hidden, s, lang: context.lang, toggle: (id, on) => this.toggleLayer(id, on) })}
        </div>
      </div>
      ${errors.length
        ? html`<div class="hints" part="hint" role="note">
            <p><strong>${editorHints.hintPrefix}</strong> ${mapHints.placeIssues}</p>
            ${errors.slice(0, 5).map((issue) => html`<p>${issue.message}</p>`)}
            ${errors.length > 5 ? html`<p>${mapHints.moreIssues(errors.length - 5)}</p>` : nothing}
          </div>`
        : nothing}
      <div part="credits">${renderCredits(model.meta, geometry.meta, data.date, context)}</div>
      <details class="help">
        <summary>${s.keyboardTitle}</summary>
        <ul>${s.keyboardHelp.map((line) => html`<li>${line}</li>`)}</ul>
      </details>
      ${guard([data, hidden, context], () => renderTable(data, shown, context))}
    `;
  }

  // ---- events ---------------------------------------------------------------------------

  private readonly frameHandlers = {
    keydown: (event: KeyboardEvent) => this.keyboard.onKeyDown(event),
    focus: () => {
      if (!this.viewport?.matches(':focus-visible')) return;
      this.keyboardFocus = true;
      this.activeKey ??= this.snapshot()?.navigation.ordered[0]?.key;
    },
    blur: () => (this.keyboardFocus = false),
    pointermove: (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key') ?? undefined;
      if (!key) {
        this.hovered = undefined;
        return;
      }
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      this.hovered = { key, x: event.clientX - box.left, y: event.clientY - box.top };
    },
    pointerleave: () => (this.hovered = undefined),
    click: (event: MouseEvent) => {
      const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
      if (key) this.choose(key, this.viewport);
    },
    zoomIn: () => this.zoom.scaleBy(ZOOM_STEP),
    zoomOut: () => this.zoom.scaleBy(1 / ZOOM_STEP),
    zoomReset: () => this.zoom.reset(),
  };

  private readonly onDetailsKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeDetails();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.map'));
    this.observeFrame();
    const dialog = this.dialog;
    if (!dialog) return;
    const title = (): HTMLElement | null => dialog.querySelector<HTMLElement>(`#${DETAILS_TITLE_ID}`);
    if (this.detailsKey !== undefined && !dialog.open) {
      dialog.show();
      title()?.focus();
    } else if (this.detailsKey !== undefined && changed.has('detailsKey')) {
      title()?.focus();
    } else if (dialog.open && this.detailsKey === undefined) {
      dialog.close();
    }
  }

  /** The symbols keep their on-screen size, so the map needs its drawn width. */
  private observeFrame(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return;
    if (!hasResizeObserver()) {
      const width = Math.round(frame.getBoundingClientRect().width);
      if (width && width !== this.frameWidth) this.frameWidth = width;
      return;
    }
    if (frame === this.observedFrame) return;
    this.observedFrame = frame;
    this.frameObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width && width !== this.frameWidth) this.frameWidth = width;
    });
    this.frameObserver.disconnect();
    this.frameObserver.observe(frame);
  }

  /** Zooms to the `focus` place once feed and geometry are there (and when `focus` changes). */
  private applyFocusAttribute(): void {
    if (!this.geometry.geometry || !this.model || this.focusTarget === this.focusApplied) return;
    this.focusApplied = this.focusTarget;
    const place = this.snapshot()?.view(this.focusTarget);
    if (!place) return;
    this.zoomTo(place);
    this.zoom.animate = false;
    this.activeKey = place.key;
  }
}
