/**
 * orte.csv and gremien.csv into the feed's `municipalities` and `bodies`: each row's place
 * resolved by name or AGS against the gazetteer, each building block built with only the
 * fields that belong to it.
 */
import { ACTION_WORDS, LAYER_ORDER, LAYER_WORDS, QUALIFIER_WORDS, STATE_WORDS } from './columns.js';
import { didYouMean, duplicate, RowReader } from './cells.js';
import type { CsvTable } from './csv.js';
import type { Locations } from './locations.js';
import type { Problem } from './problems.js';
import { closestNames, describe, type Gazetteer, keysNamed, MERGED_GEMEINDEN } from './gazetteer.js';
import type { LayerId } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

/** Drops empty fields, keeping the order the keys are written in. */
export function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Columns that belong to one building block only. */
const LAYER_COLUMNS: [string, LayerId[]][] = [
  ['Rat: Art', ['kpr']],
  ['Rat: Name', ['kpr']],
  ['Rat: Link', ['kpr']],
  ['Rat: E-Mail', ['kpr']],
  ['Rat: Telefon', ['kpr']],
  ['Partner', ['agreement', 'funding']],
  ['Analyse: Stand', ['analysis']],
  ['Förderung: Betrag (EUR)', ['funding']],
  ['Förderung: Genauigkeit', ['funding']],
  ['Förderung: Projekt', ['funding']],
];

/** A place a row points to: its key and the name the feed writes. */
export interface ResolvedPlace {
  key: string;
  name: string;
}

/**
 * Resolves a Gemeinde given by AGS, by name or both. A merged Gemeinde's name leads to its
 * successor, a merged key stays (the map's crosswalk moves it), each with a warning.
 */
export function resolvePlace(
  reader: RowReader,
  gazetteer: Gazetteer,
  columns: { name: string; key?: string },
  options: { municipalityOnly?: boolean; value?: string } = {},
): ResolvedPlace | undefined {
  const name = options.value ?? reader.text(columns.name);
  const key = columns.key ? reader.text(columns.key) : undefined;
  if (key !== undefined) {
    const pattern = options.municipalityOnly ? /^14\d{6}$/ : /^14\d{3}(\d{3})?$/;
    const wanted = options.municipalityOnly
      ? 'Gemeindeschlüssel (8 Ziffern, beginnt mit 14)'
      : 'Gemeindeschlüssel (8 Ziffern, beginnt mit 14) oder Kreisschlüssel (5 Ziffern)';
    if (!pattern.test(key)) return reader.error(columns.key, `${key} ist kein sächsischer ${wanted}`);
    const entry = gazetteer.byKey.get(key);
    if (!entry) {
      const hint = name ? ` Ähnliche Namen zu „${name}“: ${closestNames(gazetteer, name).join(', ')}.` : '';
      return reader.error(columns.key, `${key} gibt es auf der Karte (Gebietsstand 2021) nicht.${hint}`);
    }
    if (name !== undefined && entry.name.toLowerCase() !== name.toLowerCase() && !keysNamed(gazetteer, name).includes(key)) {
      const named = keysNamed(gazetteer, name).map((k) => describe(gazetteer.byKey.get(k)!));
      return reader.error(
        columns.name,
        `„${name}“ passt nicht zur AGS ${key}, das ist ${describe(entry)}.` +
          (named.length ? ` „${name}“ hat die AGS ${named.join(' oder ')}.` : '') +
          ' Bitte Name oder AGS korrigieren (eines von beiden genügt).',
      );
    }
    const merged = MERGED_GEMEINDEN[key];
    if (merged) {
      const successor = gazetteer.byKey.get(gazetteer.index.crosswalk.get(key) ?? '');
      reader.warn(
        columns.key,
        `${key} (${merged.name}) gehört seit ${merged.year} zu ${successor ? describe(successor) : '?'}; die Karte zeigt den Eintrag dort.`,
      );
    }
    return { key, name: name ?? entry.name };
  }
  if (name === undefined)
    return reader.error(columns.name, `ist leer: bitte Gemeinde oder AGS angeben${columns.key ? ' (oder ein Gremium)' : ''}`);
  const keys = keysNamed(gazetteer, name).filter((k) => !options.municipalityOnly || k.length === 8);
  if (keys.length === 0) {
    return reader.error(
      columns.name,
      `Gemeinde „${name}“ ist unbekannt. Ähnliche Namen: ${closestNames(gazetteer, name).join(', ')}. Bitte den Namen wie auf der Karte schreiben oder die AGS angeben.`,
    );
  }
  if (keys.length > 1) {
    return reader.error(
      columns.name,
      `„${name}“ gibt es mehrmals: ${keys.map((k) => describe(gazetteer.byKey.get(k)!)).join(', ')}. Bitte die AGS angeben.`,
    );
  }
  const found = keys[0]!;
  const merged = MERGED_GEMEINDEN[found];
  if (merged) {
    const successor = gazetteer.byKey.get(gazetteer.index.crosswalk.get(found) ?? '')!;
    reader.warn(columns.name, `„${name}“ gehört seit ${merged.year} zu ${describe(successor)}; der Eintrag wird dort geführt.`);
    return { key: successor.key, name: successor.name };
  }
  return { key: found, name: gazetteer.byKey.get(found)!.name };
}

/** The building block of one row, its fields in the feed's order; wrong cells are reported and left out. */
export function readStatus(reader: RowReader, layer: LayerId): Json {
  for (const [column, layers] of LAYER_COLUMNS) {
    if (reader.text(column) !== undefined && !layers.includes(layer)) {
      const names = layers.map((l) => `„${LAYER_WORDS.get(l)}“`).join(' und ');
      reader.error(
        column,
        `gilt nur für den Baustein ${names}, nicht für „${LAYER_WORDS.get(layer)}“; bitte leeren oder den Baustein ändern`,
      );
    }
  }
  const common = { date: reader.date('Datum', { record: true }), note: reader.text('Notiz'), source: reader.text('Quelle') };
  let status: Json;
  if (layer === 'kpr') {
    const body = compact({
      name: reader.text('Rat: Name'),
      url: reader.text('Rat: Link'),
      email: reader.text('Rat: E-Mail'),
      phone: reader.text('Rat: Telefon'),
    });
    if (Object.keys(body).length > 0 && body.name === undefined) {
      reader.error('Rat: Name', 'ist leer, muss aber ausgefüllt sein, wenn Link, E-Mail oder Telefon des Rats angegeben sind');
    }
    status = { action: reader.word('Rat: Art', ACTION_WORDS), ...common, body: Object.keys(body).length ? body : undefined };
  } else if (layer === 'agreement') {
    status = { ...common, partners: reader.list('Partner') };
  } else if (layer === 'analysis') {
    status = { ...common, state: reader.word('Analyse: Stand', STATE_WORDS) };
  } else if (layer === 'funding') {
    status = {
      ...common,
      amountEur: reader.number('Förderung: Betrag (EUR)'),
      amountQualifier: reader.word('Förderung: Genauigkeit', QUALIFIER_WORDS),
      project: reader.text('Förderung: Projekt'),
      partners: reader.list('Partner'),
    };
  } else {
    status = common;
  }
  return compact(status);
}

/** A place's or body's record with its statuses in layer order. */
export function withStatuses(head: Json, statuses: Map<LayerId, Json | Json[]>): Json {
  const record: Json = { ...head };
  for (const layer of LAYER_ORDER) if (statuses.has(layer)) record[layer] = statuses.get(layer);
  return record;
}

export interface PlaceRecord {
  head: Json;
  statuses: Map<LayerId, Json | Json[]>;
  /** Row of each building block (funding: of the first item), for duplicates. */
  rows: Map<LayerId | 'head', number>;
}

export function readBodies(table: CsvTable, gazetteer: Gazetteer, problems: Problem[], locations: Locations): Map<string, PlaceRecord> {
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
    locations.set(`$.bodies[${JSON.stringify(id)}]`, table.file, row);
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

export function readPlaces(
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
        locations.set(path, table.file, row);
        continue;
      }
    }
    if (!record || layer === undefined) continue;
    const status = readStatus(reader, layer);
    if (!addStatus(record, layer, status, reader, who)) continue;
    const items = record.statuses.get(layer);
    locations.set(`${path}.${layer}${Array.isArray(items) ? `[${items.length - 1}]` : ''}`, table.file, row);
    if (!locations.has(path)) locations.set(path, table.file, row);
  }
  return places;
}
