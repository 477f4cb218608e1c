/**
 * The feed as spreadsheet files: one CSV per kind of record (columns.ts), written from the
 * feed's JSON as it is, so that an absent field stays an empty cell and comes back absent.
 */
import {
  BODIES,
  EVENTS,
  INDICATORS,
  LIST_SEPARATOR,
  META,
  META_FIELDS,
  NO,
  PLACES,
  POINTS,
  TABLES,
  YES,
  type TableSpec,
  type Words,
} from './columns.js';
import { ACTION_WORDS, FORMAT_WORDS, LAYER_ORDER, LAYER_WORDS, PRIORITY_WORDS, QUALIFIER_WORDS, STATE_WORDS } from './columns.js';
import { formatTable } from './csv.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (value === undefined ? '' : String(value));
/** German decimal comma, so that German Excel reads 1,5 as a number and not as a date. */
export const number = (value: unknown): string => (typeof value === 'number' ? String(value).replace('.', ',') : '');
const flag = (value: unknown): string => (value === undefined ? '' : value ? YES : NO);
const list = (value: unknown): string => (Array.isArray(value) ? value.join(LIST_SEPARATOR) : '');
function word<T extends string | number>(vocabulary: Words<T>, value: unknown): string {
  return value === undefined ? '' : (vocabulary.get(value as T) ?? String(value));
}
const de = (value: unknown): string => text((value as Json | undefined)?.de);
const en = (value: unknown): string => text((value as Json | undefined)?.en);

/** Cells in the order of the table's columns, from a header → value record. */
function row(spec: TableSpec, cells: Record<string, string>): string[] {
  return spec.columns.map((column) => cells[column.header] ?? '');
}

function metaRows(meta: Json): string[][] {
  const contact = (meta.contact ?? {}) as Json;
  return META_FIELDS.filter(({ field }) => {
    const value = field.startsWith('contact.') ? contact[field.slice(8)] : meta[field];
    return value !== undefined;
  }).map(({ field, label }) => [label, text(field.startsWith('contact.') ? contact[field.slice(8)] : meta[field])]);
}

function statusRow(
  place: { name?: string; ags?: string; body?: string },
  layer: string | undefined,
  status: Json,
  note?: unknown,
): string[] {
  const body = (status.body ?? {}) as Json;
  return row(PLACES, {
    Gemeinde: text(place.name),
    AGS: text(place.ags),
    Gremium: text(place.body),
    Baustein: layer === undefined ? '' : word(LAYER_WORDS, layer),
    Datum: text(status.date),
    Notiz: text(note ?? status.note),
    Quelle: text(status.source),
    'Rat: Art': word(ACTION_WORDS, status.action),
    'Rat: Name': text(body.name),
    'Rat: Link': text(body.url),
    'Rat: E-Mail': text(body.email),
    'Rat: Telefon': text(body.phone),
    Partner: list(status.partners),
    'Analyse: Stand': word(STATE_WORDS, status.state),
    'Förderung: Betrag (EUR)': number(status.amountEur),
    'Förderung: Genauigkeit': word(QUALIFIER_WORDS, status.amountQualifier),
    'Förderung: Projekt': text(status.project),
  });
}

/** The status rows of one place or body, in layer order; funding has one row per item. */
function statusRows(record: Json, place: { name?: string; ags?: string; body?: string }): string[][] {
  const rows: string[][] = [];
  for (const layer of LAYER_ORDER) {
    const status = record[layer];
    if (status === undefined) continue;
    for (const item of Array.isArray(status) ? status : [status]) rows.push(statusRow(place, layer, item as Json));
  }
  return rows;
}

function placeRows(municipalities: Json): string[][] {
  const rows: string[][] = [];
  for (const [ags, entry] of Object.entries(municipalities)) {
    const record = entry as Json;
    const place = { name: text(record.name), ags };
    const statuses = statusRows(record, place);
    // The place's own note, or a place without any building block, needs a row of its own.
    if (record.note !== undefined || statuses.length === 0) rows.push(statusRow(place, undefined, {}, record.note));
    rows.push(...statuses);
  }
  return rows;
}

/** The CSV files (name → text) and LIESMICH.txt for a feed given as parsed JSON. */
export function exportFeed(feed: Json): Map<string, string> {
  const indicators = (feed.indicators ?? []) as Json[];
  const bodies = Object.entries((feed.bodies ?? {}) as Json) as [string, Json][];
  const rows = new Map<TableSpec, string[][]>([
    [META, metaRows((feed.meta ?? {}) as Json)],
    [
      INDICATORS,
      indicators.map((indicator) =>
        row(INDICATORS, {
          Kennung: text(indicator.id),
          Name: de(indicator.label),
          'Name (englisch)': en(indicator.label),
          Einheit: de(indicator.unit),
          'Einheit (englisch)': en(indicator.unit),
          Format: word(FORMAT_WORDS, indicator.format),
          Fortlaufend: flag(indicator.cumulative),
          Beschreibung: de(indicator.description),
          'Beschreibung (englisch)': en(indicator.description),
          'Karten-Ebene': word(LAYER_WORDS, indicator.layer),
        }),
      ),
    ],
    [
      POINTS,
      indicators.flatMap((indicator) =>
        ((indicator.points ?? []) as Json[]).map((point) =>
          row(POINTS, {
            Kennzahl: text(indicator.id),
            Datum: text(point.date),
            Wert: number(point.value),
            Genauigkeit: word(QUALIFIER_WORDS, point.qualifier),
            Geplant: flag(point.planned),
            Umstritten: flag(point.disputed),
            Notiz: text(point.note),
            Quelle: text(point.source),
          }),
        ),
      ),
    ],
    [
      EVENTS,
      ((feed.events ?? []) as Json[]).map((event) =>
        row(EVENTS, {
          Datum: text(event.date),
          Titel: de(event.label),
          'Titel (englisch)': en(event.label),
          Priorität: word(PRIORITY_WORDS, event.priority),
          Notiz: text(event.note),
          Quelle: text(event.source),
        }),
      ),
    ],
    [
      BODIES,
      bodies.map(([key, body]) =>
        row(BODIES, { Kennung: key, Name: text(body.name), Mitglieder: list(body.members), Notiz: text(body.note) }),
      ),
    ],
    [PLACES, [...placeRows((feed.municipalities ?? {}) as Json), ...bodies.flatMap(([key, body]) => statusRows(body, { body: key }))]],
  ]);
  const files = new Map<string, string>();
  for (const spec of TABLES) {
    files.set(
      spec.file,
      formatTable(
        spec.columns.map((column) => column.header),
        rows.get(spec) ?? [],
      ),
    );
  }
  files.set('LIESMICH.txt', readme());
  return files;
}

/** LIESMICH.txt: every file, every column and its allowed values, in German. */
export function readme(): string {
  const lines = [
    'ASSKomm-Feed als Tabellen',
    '=========================',
    '',
    'Diese Dateien sind der Feed data/asskomm.json in Tabellenform. Sie lassen sich in Excel oder LibreOffice',
    'öffnen, bearbeiten und wieder als CSV speichern (am besten „CSV UTF-8“, Trennzeichen Semikolon; Komma geht auch).',
    'Danach prüft und übernimmt ein Befehl die Änderungen:',
    '',
    '    npm run feed -- import <Ordner> --out data/asskomm.json',
    '',
    'Jeder Fehler nennt Datei, Zeile (wie in der Tabelle), Spalte und, wo möglich, die Korrektur. Bei einem',
    'Fehler wird nichts geschrieben. Zeile 1 ist die Kopfzeile: die Spaltennamen bitte nicht ändern; die',
    'Reihenfolge der Spalten ist egal, leere Zeilen werden übersprungen.',
    '',
    'Leere Zellen bedeuten „nicht angegeben“. „ja“/„nein“ und die übrigen Wörter unten sind fest vorgegeben.',
    '',
    'Datumsangaben: Excel wandelt 2021-11-05 beim Öffnen in ein Datum um und speichert es als 05.11.2021; das',
    'wird beim Import zurückgewandelt. „2021-11“ kann Excel aber zu „Nov 21“ machen. Sicherer: die Datei über',
    'Daten › Aus Text/CSV öffnen bzw. in LibreOffice im Öffnen-Dialog die Spalte „Datum“ als „Text“ setzen.',
    '',
    "Text, der mit =, +, -, @ beginnt, steht hinter einem Apostroph ('=…): so führt die Tabellenkalkulation ihn",
    'nicht als Formel aus. Der Import nimmt den Apostroph wieder weg.',
    '',
  ];
  for (const spec of TABLES) {
    lines.push(spec.file, '-'.repeat(spec.file.length), `Eine Zeile ist ${spec.row}`, '');
    for (const column of spec.columns) {
      lines.push(`  ${column.header}${column.required ? ' (Pflicht)' : ''}`, `      ${column.help}`);
    }
    if (spec === META) {
      lines.push('', '  Die Felder von meta.csv:');
      for (const field of META_FIELDS) lines.push(`  ${field.label}${field.required ? ' (Pflicht)' : ''}`, `      ${field.help}`);
    }
    lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}
