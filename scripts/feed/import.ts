/**
 * The spreadsheet files back into the feed: every row read with the German problems of its
 * cells, the feed built in the key order of data/asskomm.json, then checked with the feed's own
 * validator, the map's geometry and the plausibility checks, whose findings are turned back into
 * file, row and column.
 */
import { validateFeed } from '../../src/feed/validate.js';
import { checkPlaceKeys } from '../../src/feed/places.js';
import { checkDocumentedAgainstOfficial } from '../../src/geo/check-official.js';
import { BODIES, EVENTS, INDICATORS, META, PLACES, POINTS, TABLES, type TableSpec } from './columns.js';
import { didYouMean } from './cells.js';
import { type CsvTable, decode, parseTable } from './csv.js';
import type { Gazetteer } from './gazetteer.js';
import { readBodies, readPlaces, withStatuses } from './import-places.js';
import { readEvents, readIndicators, readMeta, readPoints } from './import-records.js';
import { at, type Problem } from './problems.js';
import { Locations } from './locations.js';
import { warnAfterAsOf } from './plausibility.js';

type Json = Record<string, unknown>;

export interface ImportResult {
  /** The feed, only when there is no error. */
  feed?: Json;
  problems: Problem[];
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
  const bodies = readBodies(tables.get(BODIES)!, gazetteer, problems, locations);
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
