/**
 * The spreadsheet form of the feed: one file per kind of record, its German column headers,
 * the words allowed in each column and what each column means (written to LIESMICH.txt). Export
 * and import both read this table, so the two cannot disagree about a header.
 */
import { LAYER_IDS } from '../../src/feed/schema.js';
import type { LayerId } from '../../src/feed/types.js';

export interface Column {
  header: string;
  /** Must be filled in every row. */
  required?: boolean;
  /** For LIESMICH.txt: what goes in, and the allowed values. */
  help: string;
}

export interface TableSpec {
  file: string;
  /** For LIESMICH.txt: what one row is. */
  row: string;
  columns: readonly Column[];
}

/** A vocabulary: the German word in the spreadsheet for each value of the feed. */
export type Words<T extends string | number> = ReadonlyMap<T, string>;

/** The building blocks by the names the map's tooltip gives them. */
export const LAYER_WORDS: Words<LayerId> = new Map<LayerId, string>([
  ['contacted', 'Kontaktiert'],
  ['model', 'Modellkommune'],
  ['kpr', 'Kommunaler Präventionsrat'],
  ['pre-agreement', 'Vorvereinbarung'],
  ['agreement', 'Kooperationsvereinbarung'],
  ['coaching', 'Coaching'],
  ['analysis', 'Sicherheitsanalyse'],
  ['funding', 'Förderung'],
]);
export const QUALIFIER_WORDS: Words<'exact' | 'at-least' | 'approx'> = new Map([
  ['exact', 'genau'],
  ['at-least', 'mindestens'],
  ['approx', 'ungefähr'],
] as const);
export const FORMAT_WORDS: Words<'count' | 'eur'> = new Map([
  ['count', 'Anzahl'],
  ['eur', 'Euro'],
] as const);
export const ACTION_WORDS: Words<'founded' | 'reactivated' | 'existing'> = new Map([
  ['founded', 'gegründet'],
  ['reactivated', 'wiederbelebt'],
  ['existing', 'bestand schon'],
] as const);
export const STATE_WORDS: Words<'planned' | 'running' | 'completed'> = new Map([
  ['planned', 'geplant'],
  ['running', 'läuft'],
  ['completed', 'abgeschlossen'],
] as const);
export const PRIORITY_WORDS: Words<1 | 2 | 3> = new Map([
  [1, '1'],
  [2, '2'],
  [3, '3'],
] as const);
export const YES = 'ja';
export const NO = 'nein';

/** Lists in one cell (partners, members) are separated by this; a line break in the cell works too. */
export const LIST_SEPARATOR = ' | ';

const words = (vocabulary: Words<string | number>): string => [...vocabulary.values()].map((word) => `„${word}“`).join(', ');

const DATE_HELP =
  'Datum als JJJJ-MM-TT (2021-11-05), JJJJ-MM (2021-11) oder JJJJ (2021), wenn nur Monat oder Jahr bekannt sind; ' +
  'TT.MM.JJJJ (05.11.2021) und MM.JJJJ werden umgewandelt.';
const RECORD_DATE_HELP = `${DATE_HELP} Ist nur ein Zeitraum bekannt: 2020-07/2021-05; „spätestens November 2021“: ../2021-11. Leer: gilt ab dem Stand (meta.csv).`;
const NOTE_HELP = 'Freitext: Erläuterung, Herkunft der Angabe. Zeilenumbrüche im Feld sind erlaubt.';
const SOURCE_HELP = 'Link (https://…) oder Zitat der öffentlichen Quelle.';

export const META: TableSpec = {
  file: 'meta.csv',
  row: 'eine Angabe zum Feed als Ganzes (Feld und Wert).',
  columns: [
    { header: 'Feld', required: true, help: 'Name der Angabe; die Namen stehen fest (siehe unten).' },
    { header: 'Wert', help: 'Inhalt der Angabe.' },
  ],
};

/** The rows of meta.csv: field of `meta` → its name in the spreadsheet, and its help. */
/** A row of meta.csv. */
export interface MetaField {
  field: string;
  label: string;
  required?: boolean;
  help: string;
}

export const META_FIELDS: readonly MetaField[] = [
  { field: 'title', label: 'Titel', required: true, help: 'Titel des Feeds.' },
  { field: 'publisher', label: 'Herausgeber', required: true, help: 'Wer den Feed herausgibt.' },
  { field: 'asOf', label: 'Stand', required: true, help: `Stand der Daten als Ganzes. ${DATE_HELP}` },
  { field: 'source', label: 'Quelle', required: true, help: 'Quellenzeile unter jedem Widget.' },
  { field: 'sourceUrl', label: 'Quelle (Link)', help: 'Link zur Quelle (optional).' },
  { field: 'license', label: 'Lizenz', required: true, help: 'Lizenz oder Nutzungshinweis.' },
  { field: 'contact.name', label: 'Kontakt', required: true, help: 'Stelle, die Fragen zu den Daten beantwortet.' },
  { field: 'contact.url', label: 'Kontakt (Link)', help: 'Webseite der Stelle (optional).' },
  { field: 'contact.email', label: 'Kontakt (E-Mail)', help: 'E-Mail-Adresse der Stelle (optional).' },
  { field: 'contact.phone', label: 'Kontakt (Telefon)', help: 'Telefonnummer der Stelle (optional).' },
];

export const INDICATORS: TableSpec = {
  file: 'kennzahlen.csv',
  row: 'eine Kennzahl (eine Zeitreihe), z. B. „Kommunen mit Kooperationsvereinbarung“. Ihre Werte stehen in werte.csv.',
  columns: [
    {
      header: 'Kennung',
      required: true,
      help: 'Kurzname der Kennzahl: Kleinbuchstaben, Ziffern, Bindestriche (agreements). Nicht ändern: Webseiten nennen sie.',
    },
    { header: 'Name', required: true, help: 'Bezeichnung auf Deutsch.' },
    { header: 'Name (englisch)', required: true, help: 'Bezeichnung auf Englisch.' },
    {
      header: 'Einheit',
      help: 'Wort nach der Zahl auf Deutsch (Kommunen); leer bei Euro-Beträgen. Mit Einheit (englisch) zusammen ausfüllen.',
    },
    { header: 'Einheit (englisch)', help: 'Dasselbe auf Englisch (municipalities).' },
    { header: 'Format', help: `${words(FORMAT_WORDS)}; leer: „Anzahl“.` },
    { header: 'Fortlaufend', help: `„${YES}“: die Zahl wächst nur (Summe seit Beginn); „${NO}“: sie kann fallen. Leer: „${YES}“.` },
    { header: 'Beschreibung', help: 'Erläuterung auf Deutsch (optional; mit Beschreibung (englisch) zusammen).' },
    { header: 'Beschreibung (englisch)', help: 'Dasselbe auf Englisch.' },
    {
      header: 'Karten-Ebene',
      help: `Baustein der Karte, dessen amtliche Zahl diese Kennzahl ist: ${words(LAYER_WORDS)}; leer: keiner. Jeder Baustein höchstens einmal.`,
    },
  ],
};

export const POINTS: TableSpec = {
  file: 'werte.csv',
  row: 'ein gemeldeter (oder geplanter) Wert einer Kennzahl zu einem Datum.',
  columns: [
    { header: 'Kennzahl', required: true, help: 'Kennung aus kennzahlen.csv.' },
    { header: 'Datum', required: true, help: DATE_HELP },
    { header: 'Wert', required: true, help: 'Zahl ohne Tausenderpunkt oder mit (420000 oder 420.000); Dezimalkomma erlaubt.' },
    { header: 'Genauigkeit', help: `${words(QUALIFIER_WORDS)} („über 420.000 €“ ist „mindestens“); leer: „genau“.` },
    { header: 'Geplant', help: `„${YES}“ für ein Ziel oder einen Plan, nie eine gemeldete Zahl; leer: „${NO}“.` },
    { header: 'Umstritten', help: `„${YES}“, wenn spätere Quellen den Wert widerlegen (bleibt dokumentiert, zählt nicht); leer: „${NO}“.` },
    { header: 'Notiz', help: NOTE_HELP },
    { header: 'Quelle', help: SOURCE_HELP },
  ],
};

export const EVENTS: TableSpec = {
  file: 'ereignisse.csv',
  row: 'ein Ereignis, das im Verlaufsdiagramm markiert wird.',
  columns: [
    { header: 'Datum', required: true, help: DATE_HELP },
    { header: 'Titel', required: true, help: 'Kurzer Titel auf Deutsch (höchstens etwa 28 Zeichen, er steht im Diagramm).' },
    { header: 'Titel (englisch)', required: true, help: 'Dasselbe auf Englisch.' },
    {
      header: 'Priorität',
      help: `${words(PRIORITY_WORDS)}: 1 wird immer gezeigt, 2 und 3 weichen zuerst, wenn der Platz knapp ist; leer: 2.`,
    },
    { header: 'Notiz', help: NOTE_HELP },
    { header: 'Quelle', help: SOURCE_HELP },
  ],
};

export const BODIES: TableSpec = {
  file: 'gremien.csv',
  row: 'ein Gremium mehrerer Gemeinden (gemeinsamer Präventionsrat, Verwaltungsverband, Städtebund). Seine Bausteine stehen in orte.csv mit seiner Kennung in der Spalte „Gremium“.',
  columns: [
    { header: 'Kennung', required: true, help: 'Kurzname: Kleinbuchstaben, Ziffern, Bindestriche (vg-olbersdorf).' },
    { header: 'Name', required: true, help: 'Name des Gremiums.' },
    {
      header: 'Mitglieder',
      required: true,
      help: `Mindestens zwei Gemeinden, getrennt durch „${LIST_SEPARATOR.trim()}“ oder Zeilenumbruch: Gemeindeschlüssel (AGS, 8 Ziffern) oder Namen.`,
    },
    { header: 'Notiz', help: NOTE_HELP },
  ],
};

export const PLACES: TableSpec = {
  file: 'orte.csv',
  row:
    'ein Baustein, den eine Gemeinde, ein Landkreis oder ein Gremium erreicht hat (z. B. eine Kooperationsvereinbarung). ' +
    'Eine Zeile mit leerem „Baustein“ trägt nur die Notiz zur Gemeinde selbst.',
  columns: [
    {
      header: 'Gemeinde',
      help: 'Name der Gemeinde (oder des Landkreises) wie auf der Karte; mit AGS oder statt AGS. Leer bei einem Gremium.',
    },
    { header: 'AGS', help: 'Amtlicher Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern); leer: wird aus dem Namen bestimmt.' },
    { header: 'Gremium', help: 'Kennung aus gremien.csv, wenn der Baustein einem Gremium gehört; dann Gemeinde und AGS leer lassen.' },
    { header: 'Baustein', help: `${words(LAYER_WORDS)}. Jeder Baustein einmal je Ort, nur „Förderung“ mehrfach.` },
    { header: 'Datum', help: RECORD_DATE_HELP },
    { header: 'Notiz', help: NOTE_HELP },
    { header: 'Quelle', help: SOURCE_HELP },
    { header: 'Rat: Art', help: `nur bei „Kommunaler Präventionsrat“: ${words(ACTION_WORDS)}; leer: „gegründet“.` },
    {
      header: 'Rat: Name',
      help: 'nur bei „Kommunaler Präventionsrat“: Name der Geschäftsstelle (nie eine Privatperson). Nötig, wenn Link, E-Mail oder Telefon angegeben sind.',
    },
    { header: 'Rat: Link', help: 'nur bei „Kommunaler Präventionsrat“: Webseite (https://…).' },
    { header: 'Rat: E-Mail', help: 'nur bei „Kommunaler Präventionsrat“: dienstliche E-Mail-Adresse.' },
    { header: 'Rat: Telefon', help: 'nur bei „Kommunaler Präventionsrat“: dienstliche Telefonnummer.' },
    {
      header: 'Partner',
      help: `nur bei „Kooperationsvereinbarung“ (Unterzeichner) und „Förderung“ (Partnergemeinden des Projekts): getrennt durch „${LIST_SEPARATOR.trim()}“ oder Zeilenumbruch.`,
    },
    { header: 'Analyse: Stand', help: `nur bei „Sicherheitsanalyse“: ${words(STATE_WORDS)}; leer: „abgeschlossen“.` },
    { header: 'Förderung: Betrag (EUR)', help: 'nur bei „Förderung“: Betrag in Euro, Zahl wie in werte.csv.' },
    { header: 'Förderung: Genauigkeit', help: `nur bei „Förderung“: ${words(QUALIFIER_WORDS)}; leer: „genau“.` },
    { header: 'Förderung: Projekt', help: 'nur bei „Förderung“: Name des geförderten Projekts.' },
  ],
};

/** The column of each field of the feed, per file (for findings and the diff). */
export const FIELD_COLUMNS: Record<string, Record<string, string>> = {
  'kennzahlen.csv': {
    id: 'Kennung',
    label: 'Name',
    unit: 'Einheit',
    format: 'Format',
    cumulative: 'Fortlaufend',
    description: 'Beschreibung',
    layer: 'Karten-Ebene',
  },
  'werte.csv': {
    date: 'Datum',
    value: 'Wert',
    qualifier: 'Genauigkeit',
    planned: 'Geplant',
    disputed: 'Umstritten',
    note: 'Notiz',
    source: 'Quelle',
  },
  'ereignisse.csv': { date: 'Datum', label: 'Titel', priority: 'Priorität', note: 'Notiz', source: 'Quelle' },
  'gremien.csv': { name: 'Name', members: 'Mitglieder', note: 'Notiz' },
  'orte.csv': {
    name: 'Gemeinde',
    date: 'Datum',
    note: 'Notiz',
    source: 'Quelle',
    action: 'Rat: Art',
    'body.name': 'Rat: Name',
    'body.url': 'Rat: Link',
    'body.email': 'Rat: E-Mail',
    'body.phone': 'Rat: Telefon',
    partners: 'Partner',
    state: 'Analyse: Stand',
    amountEur: 'Förderung: Betrag (EUR)',
    amountQualifier: 'Förderung: Genauigkeit',
    project: 'Förderung: Projekt',
  },
};

/** Every file, in the order they are read (a value names its indicator, a place row its body). */
export const TABLES = [META, INDICATORS, POINTS, EVENTS, BODIES, PLACES] as const;

/** The layers in the feed's order, for the statuses of a place. */
export const LAYER_ORDER: readonly LayerId[] = LAYER_IDS;
