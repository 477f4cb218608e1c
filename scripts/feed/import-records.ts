/**
 * meta.csv, kennzahlen.csv, werte.csv and ereignisse.csv into the feed's `meta`, `indicators` and
 * `events`, each in the key order of data/asskomm.json, each row's JSON path noted for findings.
 */
import { FORMAT_WORDS, LAYER_WORDS, META_FIELDS, PRIORITY_WORDS, QUALIFIER_WORDS } from './columns.js';
import { didYouMean, duplicate, RowReader } from './cells.js';
import type { CsvTable } from './csv.js';
import { compact } from './import-places.js';
import type { Locations } from './locations.js';
import type { Problem } from './problems.js';

type Json = Record<string, unknown>;

export function readMeta(table: CsvTable, problems: Problem[], locations: Locations): Json {
  const values = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const label = reader.required('Feld');
    if (label === undefined) continue;
    const field = META_FIELDS.find((f) => f.label.toLowerCase() === label.toLowerCase());
    if (!field) {
      reader.error(
        'Feld',
        `„${label}“ ist kein Feld von meta.csv.${didYouMean(
          label,
          META_FIELDS.map((f) => f.label),
        )} Erlaubt: ${META_FIELDS.map((f) => `„${f.label}“`).join(', ')}.`,
      );
      continue;
    }
    if (duplicate(seen, field.field, reader, 'Feld', `Das Feld „${field.label}“`)) continue;
    const value = field.field === 'asOf' ? reader.date('Wert', { required: true }) : reader.text('Wert');
    if (value !== undefined) values.set(field.field, value);
    locations.set(`$.meta.${field.field}`, table.file, row, 'Wert');
  }
  for (const field of META_FIELDS) {
    if (field.required && !values.has(field.field)) {
      problems.push({ severity: 'error', where: table.file, message: `Das Feld „${field.label}“ fehlt oder ist leer (Pflicht).` });
    }
  }
  const get = (field: string): string | undefined => values.get(field);
  const contact = compact({ name: get('contact.name'), url: get('contact.url'), email: get('contact.email'), phone: get('contact.phone') });
  return compact({
    title: get('title'),
    publisher: get('publisher'),
    asOf: get('asOf'),
    source: get('source'),
    sourceUrl: get('sourceUrl'),
    license: get('license'),
    contact,
  });
}

/** Both languages or none: `label`, `unit`, `description` are always given in German and English. */
function localized(reader: RowReader, de: string, en: string): Json | undefined {
  const [textDe, textEn] = [reader.text(de), reader.text(en)];
  if (textDe === undefined && textEn === undefined) return undefined;
  if (textDe === undefined) return reader.error(de, `ist leer, aber „${en}“ ist ausgefüllt; bitte beide Sprachen angeben`);
  if (textEn === undefined) return reader.error(en, `ist leer, aber „${de}“ ist ausgefüllt; bitte beide Sprachen angeben`);
  return { de: textDe, en: textEn };
}

export function readIndicators(table: CsvTable, problems: Problem[], locations: Locations): Map<string, Json> {
  const indicators = new Map<string, Json>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const id = reader.required('Kennung');
    if (id === undefined || duplicate(seen, id, reader, 'Kennung', `Die Kennzahl „${id}“`)) continue;
    const label = { de: reader.required('Name'), en: reader.required('Name (englisch)') };
    const indicator = compact({
      id,
      label,
      unit: localized(reader, 'Einheit', 'Einheit (englisch)'),
      format: reader.word('Format', FORMAT_WORDS),
      cumulative: reader.flag('Fortlaufend'),
      description: localized(reader, 'Beschreibung', 'Beschreibung (englisch)'),
      layer: reader.word('Karten-Ebene', LAYER_WORDS),
      points: [],
    });
    locations.set(`$.indicators[${indicators.size}]`, table.file, row);
    indicators.set(id, indicator);
  }
  return indicators;
}

export function readPoints(table: CsvTable, indicators: Map<string, Json>, problems: Problem[], locations: Locations): void {
  const seen = new Map<string, number>();
  const ids = [...indicators.keys()];
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const id = reader.required('Kennzahl');
    const indicator = id === undefined ? undefined : indicators.get(id);
    if (id !== undefined && !indicator) {
      reader.error('Kennzahl', `„${id}“ steht nicht in kennzahlen.csv.${didYouMean(id, ids)} Vorhanden: ${ids.join(', ')}.`);
    }
    const point = compact({
      date: reader.date('Datum', { required: true }),
      value: reader.number('Wert', { required: true }),
      qualifier: reader.word('Genauigkeit', QUALIFIER_WORDS),
      planned: reader.flag('Geplant'),
      disputed: reader.flag('Umstritten'),
      note: reader.text('Notiz'),
      source: reader.text('Quelle'),
    });
    if (!indicator) continue;
    const key = JSON.stringify([id, point.date, point.value, point.qualifier, point.planned, point.disputed]);
    if (duplicate(seen, key, reader, 'Kennzahl', `Derselbe Wert (${id}, ${point.date}, ${row.cells.get('Wert')})`)) continue;
    const points = indicator.points as Json[];
    locations.set(`$.indicators[${ids.indexOf(id!)}].points[${points.length}]`, table.file, row);
    points.push(point);
  }
}

export function readEvents(table: CsvTable, problems: Problem[], locations: Locations): Json[] {
  const events: Json[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const event = compact({
      date: reader.date('Datum', { required: true }),
      label: { de: reader.required('Titel'), en: reader.required('Titel (englisch)') },
      priority: reader.word('Priorität', PRIORITY_WORDS),
      note: reader.text('Notiz'),
      source: reader.text('Quelle'),
    });
    if (
      duplicate(
        seen,
        JSON.stringify([event.date, row.cells.get('Titel')]),
        reader,
        'Titel',
        `Das Ereignis „${row.cells.get('Titel')}“ am ${event.date}`,
      )
    )
      continue;
    locations.set(`$.events[${events.length}]`, table.file, row);
    events.push(event);
  }
  return events;
}
