/**
 * Texts of `<asskomm-status-map>`, one table per language (the shared ones are in `strings.ts`).
 * Editor hints are German on every page, so `de` also holds those.
 */
import type { LayerId } from '../feed/types.js';

type LayerTexts = Record<LayerId, string>;

export const de = {
  /** Legend and summary: the layer as a group of places. */
  layerTitle: {
    contacted: 'Kontaktierte Kommunen',
    model: 'Modellkommunen',
    kpr: 'Kommunale Präventionsräte',
    'pre-agreement': 'Vorvereinbarungen',
    agreement: 'Kooperationsvereinbarungen',
    coaching: 'Coaching',
    analysis: 'Sicherheitsanalysen',
    funding: 'Förderung durch ASSKomm',
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
  /** How the layer is drawn, for the legend (never colour alone). */
  layerEncoding: {
    contacted: 'blaue Fläche',
    model: 'dunkelblaue Fläche mit Punkten',
    kpr: 'roter Kreis',
    'pre-agreement': 'orange Schraffur von links oben',
    agreement: 'grüne Schraffur von links unten',
    coaching: 'lila Dreieck',
    analysis: 'türkises Quadrat, hohl wenn geplant',
    funding: 'gelbe Raute',
  } satisfies LayerTexts,
  kprAction: { founded: 'gegründet', reactivated: 'reaktiviert', existing: 'bestehend' },
  analysisState: { planned: 'geplant', running: 'läuft', completed: 'abgeschlossen' },
  mapLabel: 'Karte der Gemeinden Sachsens nach ASSKomm-Baustein',
  legendTitle: 'Ebenen (ein- und ausblenden)',
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
  summary: (date: string, parts: string[]) =>
    `Stand ${date}. ${parts.length ? `${parts.join('; ')}.` : 'Keine Ebene ist eingeblendet.'} ` +
    'Die Karte zeigt die einzeln veröffentlichten Einträge; die offiziellen Gesamtzahlen können höher sein.',
  summaryPart: (title: string, n: string, districts: number) =>
    `${title}: ${n}${districts ? ` (davon ${districts === 1 ? '1 Kreis' : `${districts} Kreise`})` : ''}`,
  keyboardTitle: 'Bedienung mit Tastatur und Maus',
  keyboardHelp: [
    'Tabulator: in die Karte; Pfeiltasten: zur benachbarten Gemeinde; Bild ab / Bild auf: nächste / vorige Gemeinde nach Kreis und Name; Pos1 / Ende: erste / letzte.',
    'Eingabe oder Leertaste: Details öffnen; Escape: Details schließen.',
    '+ und −: vergrößern und verkleinern; Umschalt + Pfeiltasten: Karte verschieben; 0: ganze Karte.',
    'Maus: Strg (⌘) + Mausrad oder Doppelklick zoomt, Ziehen verschiebt; auf Touchscreens mit zwei Fingern.',
  ],
  keyboardShort: 'Pfeiltasten wählen eine Gemeinde, Eingabe öffnet die Details, Plus und Minus zoomen.',
  wheelHint: 'Zum Zoomen Strg (⌘) gedrückt halten und das Mausrad drehen.',
  asOf: 'Stand',
  geometry: 'Geometrie',
  license: 'Lizenz dl-de/by-2-0',
  loadingMap: 'Karte wird geladen …',
  errorGeometry: 'Die Kartengrundlage konnte nicht geladen werden.',
  placeIssues: 'Einträge im Feed, die nicht auf der Karte stehen:',
  // Editor hints (always German).
  hintTopologyOrigin: (origin: string) =>
    `Das Attribut „topology“ zeigt auf einen anderen Server (${origin}). Die Karte lädt Geometrie nur vom eigenen Server; es wird die mitgelieferte Geometrie verwendet.`,
  hintTopologyUrl: (value: string) => `Das Attribut „topology“ ist keine gültige Adresse („${value}“); es wird die mitgelieferte Geometrie verwendet.`,
  hintFocus: (value: string) =>
    `Das Attribut „focus“ erwartet einen Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern) aus Sachsen, nicht „${value}“. Es wird ignoriert.`,
  hintFocusUnknown: (value: string) => `Den Schlüssel „${value}“ im Attribut „focus“ gibt es auf der Karte nicht. Es wird ignoriert.`,
};

export type StatusMapStrings = typeof de;

export const en: StatusMapStrings = {
  layerTitle: {
    contacted: 'Municipalities contacted',
    model: 'Model municipalities',
    kpr: 'Local prevention councils',
    'pre-agreement': 'Pre-agreements',
    agreement: 'Cooperation agreements',
    coaching: 'Coaching',
    analysis: 'Security analyses',
    funding: 'Funded by ASSKomm',
  },
  layerStatus: {
    contacted: 'Contacted',
    model: 'Model municipality',
    kpr: 'Local prevention council',
    'pre-agreement': 'Pre-agreement',
    agreement: 'Cooperation agreement',
    coaching: 'Coaching',
    analysis: 'Security analysis',
    funding: 'Funding',
  },
  layerEncoding: {
    contacted: 'blue area',
    model: 'dark blue area with dots',
    kpr: 'red circle',
    'pre-agreement': 'orange hatching from top left',
    agreement: 'green hatching from bottom left',
    coaching: 'purple triangle',
    analysis: 'teal square, hollow when planned',
    funding: 'yellow diamond',
  },
  kprAction: { founded: 'founded', reactivated: 'reactivated', existing: 'existing' },
  analysisState: { planned: 'planned', running: 'running', completed: 'completed' },
  mapLabel: 'Map of the municipalities of Saxony by ASSKomm building block',
  legendTitle: 'Layers (show or hide)',
  countLabel: (n) => (n === 1 ? '1 entry' : `${n} entries`),
  searchLabel: 'Find a municipality',
  searchPlaceholder: 'Name, e.g. Zittau',
  searchNoResult: 'No municipality found',
  searchResults: (n) => (n === 1 ? '1 suggestion' : `${n} suggestions`),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole map',
  noStatus: 'no ASSKomm building block',
  undated: 'undated',
  since: (date) => `since ${date}`,
  districtLevel: 'Entry for the whole district',
  detailsClose: 'Close',
  detailsShowOnMap: 'Show on the map',
  partners: 'Partners',
  contact: 'Contact',
  website: 'Website',
  email: 'E-mail',
  phone: 'Phone',
  source: 'Source',
  note: 'Note',
  fundingItem: (project, amount, date) => [project ?? 'Project', amount, date].filter(Boolean).join(', '),
  fundingTotal: (n, amount) => `${n === 1 ? '1 project' : `${n} projects`}${amount ? `, ${amount} in total` : ''}`,
  tableCaption: (date) => `Municipalities and districts with an ASSKomm building block, as of ${date}`,
  tableName: 'Name',
  tableDistrict: 'District',
  tableStatuses: 'Building blocks',
  summary: (date, parts) =>
    `As of ${date}. ${parts.length ? `${parts.join('; ')}.` : 'No layer is shown.'} ` +
    'The map shows the individually published entries; the official totals may be higher.',
  summaryPart: (title, n, districts) => `${title}: ${n}${districts ? ` (${districts === 1 ? '1 district' : `${districts} districts`})` : ''}`,
  keyboardTitle: 'Using keyboard and mouse',
  keyboardHelp: [
    'Tab: into the map; arrow keys: to the neighbouring municipality; Page Down / Page Up: next / previous by district and name; Home / End: first / last.',
    'Enter or Space: open details; Escape: close details.',
    '+ and −: zoom in and out; Shift + arrow keys: pan the map; 0: whole map.',
    'Mouse: Ctrl (⌘) + wheel or double-click zooms, dragging pans; on touch screens use two fingers.',
  ],
  keyboardShort: 'Arrow keys choose a municipality, Enter opens the details, plus and minus zoom.',
  wheelHint: 'Hold Ctrl (⌘) and turn the mouse wheel to zoom.',
  asOf: 'As of',
  geometry: 'Geometry',
  license: 'Licence dl-de/by-2-0',
  loadingMap: 'Loading the map …',
  errorGeometry: 'The map geometry could not be loaded.',
  placeIssues: 'Feed entries that are not on the map:',
  hintTopologyOrigin: de.hintTopologyOrigin,
  hintTopologyUrl: de.hintTopologyUrl,
  hintFocus: de.hintFocus,
  hintFocusUnknown: de.hintFocusUnknown,
};

export const STATUS_MAP_STRINGS = { de, en } as const;
