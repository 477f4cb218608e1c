/**
 * The spreadsheet files back into the feed: every row read with the German problems of its
 * cells, the feed built in the key order of data/asskomm.json, then checked with the feed's own
 * validator, the map's geometry and the plausibility checks, whose findings are turned back into
 * file, row and column.
 */
import { validateFeed } from '../../src/feed/validate.js';
import { checkPlaceKeys } from '../../src/feed/places.js';
import { checkDocumentedAgainstOfficial } from '../../src/geo/check-official.js';
import type { LayerId } from '../../src/feed/types.js';
import {
  BODIES,
  EVENTS,
  FORMAT_WORDS,
  INDICATORS,
  LAYER_WORDS,
  META,
  META_FIELDS,
  PLACES,
  POINTS,
  PRIORITY_WORDS,
  QUALIFIER_WORDS,
  TABLES,
} from './columns.js';
import type { TableSpec } from './columns.js';
import { RowReader } from './cells.js';
import { type CsvTable, decode, parseTable } from './csv.js';
import { editDistance, type Gazetteer } from './gazetteer.js';
import { compact, readStatus, resolvePlace, withStatuses } from './import-places.js';
import { at, type Problem } from './problems.js';
import { Locations } from './locations.js';
import { warnAfterAsOf } from './plausibility.js';

type Json = Record<string, unknown>;

export interface ImportResult {
  /** The feed, only when there is no error. */
  feed?: Json;
  problems: Problem[];
}

/** The closest of `known` to `value`, as a hint: ` Meinten Sie „x“?`. */
function didYouMean(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let distance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best !== undefined && distance <= Math.max(2, value.length / 3) ? ` Meinten Sie „${best}“?` : '';
}

/** Reads a file's table and checks its header row: required columns present, unknown ones named. */
function readTable(spec: TableSpec, files: ReadonlyMap<string, Uint8Array>, problems: Problem[]): CsvTable | undefined {
  const bytes = files.get(spec.file);
  if (!bytes) {
    problems.push({ severity: 'error', where: spec.file, message: 'fehlt im Ordner (Dateiname genau so, klein geschrieben).' });
    return undefined;
  }
  const table = parseTable(decode(bytes, spec.file, problems), spec.file, problems);
  if (!table) return undefined;
  const known = spec.columns.map((column) => column.header);
  let complete = true;
  for (const column of spec.columns) {
    if (table.headers.includes(column.header)) continue;
    if (!column.required && table.headers.length > 0) {
      // An optional column may be left out as a whole.
      continue;
    }
    complete = false;
    problems.push({
      severity: 'error',
      where: at(spec.file, 1),
      message: `Die Spalte „${column.header}“ fehlt (Pflichtspalte).${didYouMean(column.header, table.headers)} Vorhandene Spalten: ${table.headers.map((h) => `„${h}“`).join(', ')}.`,
    });
  }
  for (const header of table.headers) {
    if (header !== '' && !known.includes(header)) {
      problems.push({
        severity: 'warning',
        where: at(spec.file, 1, header),
        message: `unbekannte Spalte, wird ignoriert.${didYouMean(header, known)}`,
      });
    }
  }
  return complete ? table : undefined;
}

/** Names a row that repeats an earlier one by `key`; true when it is a duplicate. */
function duplicate(seen: Map<string, number>, key: string, reader: RowReader, column: string, what: string): boolean {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, reader.row.row);
    return false;
  }
  reader.error(column, `${what} steht schon in Zeile ${first} (doppelte Zeile). Bitte eine der beiden Zeilen löschen oder ändern.`);
  return true;
}

function readMeta(table: CsvTable, problems: Problem[], locations: Locations): Json {
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
    locations.set(`$.meta.${field.field}`, table.file, row.row, 'Wert');
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

function readIndicators(table: CsvTable, problems: Problem[], locations: Locations): Map<string, Json> {
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
    locations.set(`$.indicators[${indicators.size}]`, table.file, row.row);
    indicators.set(id, indicator);
  }
  return indicators;
}

function readPoints(table: CsvTable, indicators: Map<string, Json>, problems: Problem[], locations: Locations): void {
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
    locations.set(`$.indicators[${ids.indexOf(id!)}].points[${points.length}]`, table.file, row.row);
    points.push(point);
  }
}

function readEvents(table: CsvTable, problems: Problem[], locations: Locations): Json[] {
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
    locations.set(`$.events[${events.length}]`, table.file, row.row);
    events.push(event);
  }
  return events;
}

interface PlaceRecord {
  head: Json;
  statuses: Map<LayerId, Json | Json[]>;
  /** Row of each building block (funding: of the first item), for duplicates. */
  rows: Map<LayerId | 'head', number>;
}

function readBodies(table: CsvTable, gazetteer: Gazetteer, problems: Problem[]): Map<string, PlaceRecord> {
  const bodies = new Map<string, PlaceRecord>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const id = reader.required('Kennung');
    if (id === undefined || duplicate(seen, id, reader, 'Kennung', `Das Gremium „${id}“`)) continue;
    const members = (reader.list('Mitglieder') ?? []).map((item) =>
      /^\d+$/.test(item) ? item : resolvePlace(reader, gazetteer, { name: 'Mitglieder' }, { municipalityOnly: true, value: item })?.key,
    );
    if (members.length < 2) reader.error('Mitglieder', 'braucht mindestens zwei Gemeinden (AGS oder Namen, getrennt durch „|“)');
    const head = compact({ name: reader.required('Name'), members: members.filter((m) => m !== undefined), note: reader.text('Notiz') });
    bodies.set(id, { head, statuses: new Map(), rows: new Map([['head', row.row]]) });
  }
  return bodies;
}

/** Adds one building block to a place's or body's record; a second one of the same kind is an error (funding excepted). */
function addStatus(record: PlaceRecord, layer: LayerId, status: Json, reader: RowReader, who: string): boolean {
  if (layer === 'funding') {
    const items = (record.statuses.get('funding') as Json[] | undefined) ?? [];
    record.statuses.set('funding', [...items, status]);
    return true;
  }
  const first = record.rows.get(layer);
  if (first !== undefined) {
    reader.error(
      'Baustein',
      `„${LAYER_WORDS.get(layer)}“ für ${who} steht schon in Zeile ${first} (doppelte Zeile). Jeder Baustein nur einmal je Ort, nur „Förderung“ mehrfach.`,
    );
    return false;
  }
  record.rows.set(layer, reader.row.row);
  record.statuses.set(layer, status);
  return true;
}

function readPlaces(
  table: CsvTable,
  bodies: Map<string, PlaceRecord>,
  gazetteer: Gazetteer,
  problems: Problem[],
  locations: Locations,
): Map<string, PlaceRecord> {
  const places = new Map<string, PlaceRecord>();
  for (const row of table.rows) {
    const reader = new RowReader(table.file, row, problems);
    const bodyId = reader.text('Gremium');
    const layer = reader.word('Baustein', LAYER_WORDS);
    let record: PlaceRecord | undefined;
    let path: string;
    let who: string;
    if (bodyId !== undefined) {
      record = bodies.get(bodyId);
      if (!record) reader.error('Gremium', `„${bodyId}“ steht nicht in gremien.csv.${didYouMean(bodyId, bodies.keys())}`);
      if (reader.text('Gemeinde') !== undefined || reader.text('AGS') !== undefined) {
        reader.error(
          'Gremium',
          'Gremium und Gemeinde/AGS zugleich: eine Zeile gehört entweder einer Gemeinde oder einem Gremium; bitte eines leeren',
        );
      }
      if (reader.text('Baustein') === undefined)
        reader.error('Baustein', 'ist leer; bei einem Gremium steht hier der Baustein (Notiz und Mitglieder stehen in gremien.csv)');
      path = `$.bodies[${JSON.stringify(bodyId)}]`;
      who = `das Gremium „${bodyId}“`;
    } else {
      const place = resolvePlace(reader, gazetteer, { name: 'Gemeinde', key: 'AGS' });
      if (!place) {
        readStatus(reader, layer ?? 'contacted');
        continue;
      }
      record = places.get(place.key);
      if (!record) {
        record = { head: { name: place.name }, statuses: new Map(), rows: new Map() };
        places.set(place.key, record);
      }
      path = `$.municipalities[${JSON.stringify(place.key)}]`;
      who = `${record.head.name} (${place.key})`;
      if (reader.text('Baustein') === undefined) {
        const first = record.rows.get('head');
        if (first !== undefined)
          reader.error('Baustein', `Die Zeile ohne Baustein für ${who} steht schon in Zeile ${first} (doppelte Zeile).`);
        record.rows.set('head', row.row);
        record.head = compact({ name: record.head.name, note: reader.text('Notiz') });
        locations.set(path, table.file, row.row);
        continue;
      }
    }
    if (!record || layer === undefined) continue;
    const status = readStatus(reader, layer);
    if (!addStatus(record, layer, status, reader, who)) continue;
    const items = record.statuses.get(layer);
    locations.set(`${path}.${layer}${Array.isArray(items) ? `[${items.length - 1}]` : ''}`, table.file, row.row);
    if (!locations.has(path)) locations.set(path, table.file, row.row);
  }
  return places;
}

/** Builds the feed from the files of a folder (name → bytes) and checks it; `feed` only when valid. */
export function importFeed(files: ReadonlyMap<string, Uint8Array>, gazetteer: Gazetteer): ImportResult {
  const problems: Problem[] = [];
  const locations = new Locations();
  const tables = new Map(TABLES.map((spec) => [spec, readTable(spec, files, problems)]));
  for (const name of files.keys()) {
    if (name.toLowerCase().endsWith('.csv') && !TABLES.some((spec) => spec.file === name)) {
      problems.push({
        severity: 'warning',
        where: name,
        message: `unbekannte Datei, wird ignoriert.${didYouMean(
          name,
          TABLES.map((spec) => spec.file),
        )}`,
      });
    }
  }
  if ([...tables.values()].some((table) => !table)) return { problems };

  const meta = readMeta(tables.get(META)!, problems, locations);
  const indicators = readIndicators(tables.get(INDICATORS)!, problems, locations);
  readPoints(tables.get(POINTS)!, indicators, problems, locations);
  const events = readEvents(tables.get(EVENTS)!, problems, locations);
  const bodies = readBodies(tables.get(BODIES)!, gazetteer, problems);
  [...bodies.keys()].forEach((id, i) => locations.set(`$.bodies[${JSON.stringify(id)}]`, BODIES.file, tables.get(BODIES)!.rows[i]!.row));
  const places = readPlaces(tables.get(PLACES)!, bodies, gazetteer, problems, locations);

  // Integer-like keys: JSON.stringify writes them in ascending order whatever the row order.
  const municipalities = Object.fromEntries([...places].map(([key, record]) => [key, withStatuses(record.head, record.statuses)]));
  const feed: Json = { schemaVersion: 1, meta, indicators: [...indicators.values()], events, municipalities };
  if (bodies.size > 0)
    feed.bodies = Object.fromEntries([...bodies].map(([id, record]) => [id, withStatuses(record.head, record.statuses)]));
  if (problems.some((problem) => problem.severity === 'error')) return { problems };

  const { model, issues } = validateFeed(feed);
  if (model) issues.push(...checkPlaceKeys(model, gazetteer.index).issues.filter((issue) => issue.severity === 'error'));
  if (model) issues.push(...checkDocumentedAgainstOfficial(model));
  problems.push(...issues.map((issue) => locations.problemOf(issue)));
  if (model) problems.push(...warnAfterAsOf(feed, locations));
  return problems.some((problem) => problem.severity === 'error') ? { problems } : { feed, problems };
}
