/** Texts of `<asskomm-status-map>` in German (shared texts are in `strings.ts`, English in `en.ts`). */
import type { LayerId } from '../feed/types.js';
import { clip } from './strings.js';
import { de as mapChart } from './map-chart.js';

type LayerTexts = Record<LayerId, string>;

/** What the legend's two figures per layer mean: in the legend (fixed, under the switches) and in the summary. */
const countsNote = 'Die Karte zeigt nur Orte, zu denen ein Einzelnachweis veröffentlicht ist; „insgesamt“ ist die amtliche Zahl.';

export const de = {
  ...mapChart,
  /**
   * Legend and summary: the layer as a group of places. A feed that ties a layer to an indicator
   * (`layer`) names it with the indicator's label instead, so one concept has one name everywhere.
   */
  layerTitle: {
    contacted: 'Beratene Kommunen',
    model: 'Modellkommunen',
    kpr: 'Kommunale Präventionsräte',
    'pre-agreement': 'Vorvereinbarungen',
    agreement: 'Kooperationsvereinbarungen',
    coaching: 'Kommunen mit Coaching',
    analysis: 'Sicherheitsanalysen',
    funding: 'Geförderte Kommunen',
  } satisfies LayerTexts,
  /** Tooltip and details: the status of one place. */
  layerStatus: {
    contacted: 'Kontaktiert',
    model: 'Modellkommune',
    kpr: 'Kommunaler Präventionsrat',
    'pre-agreement': 'Vorvereinbarung',
    agreement: 'Kooperationsvereinbarung',
    coaching: 'Coaching',
    analysis: 'Sicherheitsanalyse',
    funding: 'Förderung',
  } satisfies LayerTexts,
  /**
   * How the layer is drawn, for the legend: shape or pattern only, never the colour, which a page
   * may theme (`--asskomm-map-*`); the swatch beside the words shows the colour in use.
   */
  layerEncoding: {
    contacted: 'Fläche ohne Muster',
    model: 'Fläche mit Punkten',
    kpr: 'Kreissymbol',
    'pre-agreement': 'Schraffur von links oben',
    agreement: 'Schraffur von links unten',
    coaching: 'Dreieck',
    analysis: 'Quadrat, hohl wenn geplant',
    funding: 'Raute',
  } satisfies LayerTexts,
  kprAction: { founded: 'gegründet', reactivated: 'reaktiviert', existing: 'bestehend' },
  analysisState: { planned: 'geplant', running: 'läuft', completed: 'abgeschlossen' },
  mapLabel: 'Karte der Gemeinden Sachsens nach ASSKomm-Baustein',
  legendTitle: 'Ebenen (ein- und ausblenden)',
  /** The legend's button on a narrow map, with how many layers are shown. */
  legendToggle: (shown: number, total: number) =>
    shown === total ? `Legende (${total} Ebenen)` : `Legende (${shown} von ${total} Ebenen)`,
  countLabel: (n: number) => (n === 1 ? '1 Eintrag' : `${n} Einträge`),
  searchLabel: 'Gemeinde suchen',
  searchPlaceholder: 'Name, z. B. Zittau',
  searchNoResult: 'Keine Gemeinde gefunden',
  searchResults: (n: number) => (n === 1 ? '1 Vorschlag' : `${n} Vorschläge`),
  zoomIn: 'Karte vergrößern',
  zoomOut: 'Karte verkleinern',
  zoomReset: 'Ganze Karte zeigen',
  noStatus: 'kein ASSKomm-Baustein',
  undated: 'ohne Datum',
  /** A date known only to the year. */
  yearOnly: (year: string) => `${year} (Monat unbekannt)`,
  /** A date known only as a span, or as an upper bound. */
  dateBetween: (start: string, end: string) => `zwischen ${start} und ${end}`,
  dateByLatest: (end: string) => `spätestens ${end}`,
  /** The body of several Gemeinden a status belongs to. */
  viaBody: (name: string, members: string) => `gemeinsam: ${name} (${members})`,
  fundingPartners: 'Partnergemeinden (ohne eigene Förderung)',
  /** Legend: the documented records, the Gemeinden they cover, and the official figure. */
  onMap: 'auf der Karte',
  inMunicipalities: (n: number) => (n === 1 ? 'in 1 Gemeinde' : `in ${n} Gemeinden`),
  ofWhichDistricts: (n: number) => (n === 1 ? 'davon 1 Kreis' : `davon ${n} Kreise`),
  official: (value: string, date: string) => `${value} insgesamt (Stand: ${date})`,
  countsNote,
  undatedLeftOut: (n: number, asOf: string) =>
    n === 1 ? `1 Eintrag ohne Datum zählt erst zum Stand ${asOf}` : `${n} Einträge ohne Datum zählen erst zum Stand ${asOf}`,
  since: (date: string) => `seit ${date}`,
  districtLevel: 'Eintrag für den ganzen Kreis',
  detailsClose: 'Schließen',
  detailsShowOnMap: 'Auf der Karte zeigen',
  partners: 'Partner',
  contact: 'Kontakt',
  website: 'Webseite',
  email: 'E-Mail',
  phone: 'Telefon',
  source: 'Quelle',
  note: 'Hinweis',
  fundingItem: (project: string | undefined, amount: string | undefined, date: string | undefined) =>
    [project ?? 'Projekt', amount, date].filter(Boolean).join(', '),
  fundingTotal: (n: number, amount: string | undefined) =>
    `${n === 1 ? '1 Projekt' : `${n} Projekte`}${amount ? `, zusammen ${amount}` : ''}`,
  tableCaption: (date: string) => `Gemeinden und Kreise mit ASSKomm-Baustein, Stand ${date}`,
  tableName: 'Name',
  tableDistrict: 'Kreis',
  tableStatuses: 'Bausteine',
  tableKey: 'AGS',
  summary: (date: string, parts: string[]) =>
    `Stand ${date}. ${countsNote} ` + (parts.length ? `${parts.join('; ')}.` : 'Keine Ebene ist eingeblendet.'),
  summaryPart: (title: string, figures: string) => `${title}: ${figures}`,
  /** „So lesen Sie die Karte“: how the shown layers are drawn, each as „title (layerEncoding)“, the legend's words. */
  howToReadTitle: 'So lesen und bedienen Sie die Karte',
  howToReadFills: (layers: string) => `Flächen färben die ganze Gemeinde, die spätere Stufe über der früheren: ${layers}.`,
  howToReadHatches: (layers: string) => `Schraffuren liegen über der Fläche: ${layers}.`,
  howToReadSymbols: (layers: string) => `Symbole stehen in der Mitte der Gemeinde, jedes an seinem festen Platz: ${layers}.`,
  howToReadEmpty: 'Eine Gemeinde ohne Fläche, Schraffur und Symbol hat keinen der eingeblendeten Bausteine.',
  howToReadDistricts: 'Ein größeres Symbol in der Mitte eines Kreises gilt für den ganzen Kreis, nicht für eine einzelne Gemeinde.',
  howToReadBodies: 'Ein Baustein, den mehrere Gemeinden gemeinsam haben, steht bei jeder von ihnen und zählt nur einmal.',
  howToReadAsOf: (date: string) => `Stand ${date}: Die Karte zeigt jeden Baustein mit einem Datum bis zu diesem Stand.`,
  howToReadUndated: (asOf: string) => `Einträge ohne Datum zählen erst ab dem Stand der Daten (${asOf}).`,
  howToReadHidden: (layers: string) => `Ausgeblendet: ${layers}; die Legende blendet sie wieder ein.`,
  keyboardHelp: [
    'Tabulator: in die Karte; Pfeiltasten: zur benachbarten Gemeinde; Bild ab / Bild auf: nächste / vorige Gemeinde nach Kreis und Name; Pos1 / Ende: erste / letzte.',
    'Eingabe oder Leertaste: Details öffnen; Escape: Details schließen, sonst den Tooltip ausblenden.',
    '+ und −: vergrößern und verkleinern; Umschalt + Pfeiltasten: Karte verschieben; 0: ganze Karte.',
    'Maus: Strg (⌘) + Mausrad oder Doppelklick zoomt, Ziehen verschiebt; auf Touchscreens mit zwei Fingern.',
  ],
  /** Said in the keyboard help only while the timeline (attribute `timeline`) is shown. */
  keyboardHelpTimeline:
    'Zeitleiste: Pfeiltasten: ein Schritt; Bild auf / Bild ab: ein Jahr; Pos1 / Ende: Anfang / Stand der Daten; „Abspielen“ geht Schritt für Schritt vor.',
  keyboardShort: 'Pfeiltasten wählen eine Gemeinde, Eingabe öffnet die Details, Plus und Minus zoomen.',
  wheelHint: 'Zum Zoomen Strg (⌘) gedrückt halten und das Mausrad drehen.',
  asOf: 'Stand',
  geometry: 'Geometrie',
  license: 'Lizenz dl-de/by-2-0',
  loadingMap: 'Karte wird geladen …',
  errorGeometry: 'Die Kartengrundlage konnte nicht geladen werden.',
  skipLink: 'Karte überspringen',
  skipTarget: 'Ende der Karte',
  /** The timeline (attribute `timeline`): the slider's name, the play button, what the live region says once it rests. */
  timelineLabel: 'Stand der Karte',
  timelinePlay: 'Abspielen',
  timelinePause: 'Anhalten',
  timelineAnnouncement: (date: string, changes: string[]) =>
    `Stand ${date}. ${changes.length ? `${changes.join('; ')}.` : 'Keine Änderung auf der Karte.'}`,
  timelineChange: (title: string, count: string, before: string) => `${title}: ${count} auf der Karte (vorher ${before})`,
};

export type StatusMapStrings = typeof de;

/** Hints for editors, German on every page (they address the LPR's web editors). */
export const mapHints = {
  placeIssues: 'Einträge im Feed, die nicht auf der Karte stehen:',
  moreIssues: (count: number) => `… und ${count} weitere (alle nennt „npm run validate“).`,
  hintTopologyOrigin: (origin: string) =>
    `Das Attribut „topology“ zeigt auf einen anderen Server (${origin}). Die Karte lädt Geometrie nur vom eigenen Server; es wird die mitgelieferte Geometrie verwendet.`,
  hintTopologyFailed: (url: string, reason: string) =>
    `Die Geometrie aus dem Attribut „topology“ (${clip(url, 200)}) konnte nicht geladen werden (${reason}); es wird die mitgelieferte Geometrie verwendet.`,
  topologyReason: {
    http: (status: number) => `Fehler ${status}`,
    network: 'nicht erreichbar',
    invalid: 'keine gültige TopoJSON-Geometrie',
    timeout: 'keine Antwort',
  },
  hintTopologyUrl: (value: string) =>
    `Das Attribut „topology“ ist keine gültige Adresse („${clip(value)}“); es wird die mitgelieferte Geometrie verwendet.`,
  hintFocus: (value: string) =>
    `Das Attribut „focus“ erwartet einen Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern) aus Sachsen, nicht „${clip(value)}“. Es wird ignoriert.`,
  hintFocusUnknown: (value: string) => `Den Schlüssel „${clip(value)}“ im Attribut „focus“ gibt es auf der Karte nicht. Es wird ignoriert.`,
};
