/**
 * `npm run import:facts`: one-time import of the research fact set (`../shared/facts/*.csv`)
 * into the default feed `data/asskomm.json`.
 *
 * Every CSV row must be covered by a decision in `scripts/import-facts/`: a figure row becomes
 * an indicator point or is left out with a reason, a municipality row becomes a building block
 * of its place. The output is deterministic (fixed indicator order, points and events by date,
 * places by key) and is checked with the feed validator before it is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCsv, type CsvRow } from './import-facts/csv.js';
import { publicSource } from './import-facts/sources.js';
import { FIGURES, INDICATORS, METRIC_TO_INDICATOR, type FigureDecision, type LeftOutKind } from './import-facts/indicators.js';
import { EVENTS } from './import-facts/events.js';
import { EVENT_TO_LAYER, KPR_BODIES, ROWS, type RowSpec } from './import-facts/municipalities.js';
import { loadGazetteer, resolvePlace } from './import-facts/places.js';
import { validateFeed } from '../src/feed/validate.js';
import { checkPlaceKeys, placeIndexFromTopology } from '../src/feed/places.js';
import { LAYER_IDS } from '../src/feed/schema.js';

const FACTS = new URL('../../shared/facts/', import.meta.url);
const TOPOLOGY = new URL('../data/sachsen.topo.json', import.meta.url);
const OUT = new URL('../data/asskomm.json', import.meta.url);

type Json = Record<string, unknown>;

function readCsv(name: string): CsvRow[] {
  return parseCsv(readFileSync(new URL(name, FACTS), 'utf8'), name);
}

/** Drops `undefined` fields so that the JSON has no empty keys. */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

const byDate = (a: { date?: string }, b: { date?: string }): number => (a.date ?? '').localeCompare(b.date ?? '');

// ---------------------------------------------------------------------------------------------
// Indicators from figures.csv

function matches(decision: FigureDecision, row: CsvRow): boolean {
  return (
    decision.metric === row.metric &&
    decision.date === row.date &&
    decision.value === Number(row.value) &&
    (decision.source === undefined || row.source_url!.includes(decision.source))
  );
}

function importFigures(rows: CsvRow[], leftOut: Map<LeftOutKind, string[]>) {
  const points = new Map<string, Json[]>(INDICATORS.map((indicator) => [indicator.id, []]));
  const used = new Set<FigureDecision>();
  for (const row of rows) {
    const found = FIGURES.filter((decision) => matches(decision, row));
    const label = `${row.metric} ${row.date} = ${row.value}`;
    if (found.length !== 1) throw new Error(`figures.csv: ${found.length} decisions for row ${label} (${row.source_url})`);
    const decision = found[0]!;
    used.add(decision);
    if ('leftOut' in decision) {
      const list = leftOut.get(decision.leftOut) ?? [];
      list.push(`figures.csv ${label}: ${decision.reason}`);
      leftOut.set(decision.leftOut, list);
      continue;
    }
    const id = METRIC_TO_INDICATOR[row.metric!];
    const series = id === undefined ? undefined : points.get(id);
    if (!series) throw new Error(`figures.csv: no indicator for metric ${row.metric}`);
    const { point } = decision;
    series.push(
      compact({
        date: row.date!,
        value: point.value ?? Number(row.value),
        qualifier: point.qualifier,
        planned: point.planned,
        note: point.note,
        source: point.source ?? publicSource(row.source_url!),
      }),
    );
  }
  const unused = FIGURES.filter((decision) => !used.has(decision));
  if (unused.length > 0) throw new Error(`Decisions without a CSV row: ${unused.map((d) => `${d.metric} ${d.date}`).join(', ')}`);

  return INDICATORS.map((head) => {
    const series = points.get(head.id)!.sort(byDate);
    const dates = series.map((point) => point.date as string);
    const twice = dates.find((date, i) => dates.indexOf(date) !== i);
    if (twice) throw new Error(`Indicator ${head.id} has two points for ${twice}`);
    return compact({ ...head, points: series });
  });
}

// ---------------------------------------------------------------------------------------------
// Municipalities from municipalities.csv

interface PlaceRecord {
  name: string;
  statuses: Map<string, Json | Json[]>;
}

function statusFor(layer: string, row: CsvRow, spec: RowSpec): Json {
  const common = { date: row.date || undefined, note: spec.note, source: publicSource(row.source_url!) };
  switch (layer) {
    case 'kpr': {
      const body = KPR_BODIES[row.municipality!];
      const action = spec.action ?? (row.event === 'kpr_reactivated' ? 'reactivated' : 'founded');
      return compact({ action, ...common, body: body && compact({ ...body }) });
    }
    case 'agreement':
      return compact({ ...common, partners: spec.partners });
    case 'analysis':
      return compact({ ...common, state: spec.state ?? 'completed' });
    case 'funding':
      return compact({ ...common, amountEur: spec.amountEur, project: spec.project });
    default:
      return compact(common);
  }
}

function importMunicipalities(rows: CsvRow[]) {
  const { gazetteer, from } = loadGazetteer();
  const places = new Map<string, PlaceRecord>();
  const usedSpecs = new Set<string>();
  for (const row of rows) {
    const rowKey = `${row.municipality}|${row.event}`;
    const spec = ROWS[rowKey];
    const layer = EVENT_TO_LAYER[row.event!];
    if (!spec) throw new Error(`municipalities.csv: no note for ${rowKey}`);
    if (!layer) throw new Error(`municipalities.csv: unknown event ${row.event}`);
    if (usedSpecs.has(rowKey)) throw new Error(`municipalities.csv: ${rowKey} appears twice; give each row its own key`);
    usedSpecs.add(rowKey);

    const { key, name } = resolvePlace(row.municipality!, row.district!, gazetteer);
    const place = places.get(key) ?? { name, statuses: new Map() };
    places.set(key, place);
    const status = statusFor(layer, row, spec);
    if (layer === 'funding') {
      const list = (place.statuses.get('funding') as Json[] | undefined) ?? [];
      list.push(status);
      place.statuses.set('funding', list.sort(byDate));
      continue;
    }
    const earlier = place.statuses.get(layer) as Json | undefined;
    if (earlier) {
      // Two rows for one building block: keep the earliest dated one, name the other in its note.
      const [keep, other] = byDate(earlier, status) <= 0 && earlier.date ? [earlier, status] : [status, earlier];
      keep.note = `${keep.note} Außerdem gemeldet${other.date ? ` (${other.date})` : ''}: ${other.note}`;
      place.statuses.set(layer, keep);
    } else {
      place.statuses.set(layer, status);
    }
  }
  const unused = Object.keys(ROWS).filter((key) => !usedSpecs.has(key));
  if (unused.length > 0) throw new Error(`Notes without a CSV row: ${unused.join(', ')}`);

  // Districts (5 digits) first, then Gemeinden, each ascending: the order JSON.stringify keeps.
  const keys = [...places.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const municipalities: Json = {};
  for (const key of keys) {
    const place = places.get(key)!;
    const record: Json = { name: place.name };
    for (const layer of LAYER_IDS) {
      const status = place.statuses.get(layer);
      if (status) record[layer] = status;
    }
    municipalities[key] = record;
  }
  return { municipalities, from };
}

// ---------------------------------------------------------------------------------------------

function latestDate(indicators: Json[], municipalities: Json): string {
  const dates: string[] = [];
  for (const indicator of indicators) {
    for (const point of indicator.points as Json[]) if (!point.planned) dates.push(point.date as string);
  }
  for (const record of Object.values(municipalities) as Json[]) {
    for (const layer of LAYER_IDS) {
      const status = record[layer] as Json | Json[] | undefined;
      for (const s of Array.isArray(status) ? status : status ? [status] : []) if (s.date) dates.push(s.date as string);
    }
  }
  return dates.sort().at(-1)!;
}

function main(): void {
  const figureRows = readCsv('figures.csv');
  const municipalityRows = readCsv('municipalities.csv');
  const leftOut = new Map<LeftOutKind, string[]>();
  const indicators = importFigures(figureRows, leftOut);
  const { municipalities, from } = importMunicipalities(municipalityRows);
  const events = [...EVENTS].sort((a, b) => byDate(a, b) || a.priority - b.priority).map((event) => compact({ ...event }));
  for (const event of EVENTS) {
    if (event.label.de.length > 28 || event.label.en.length > 28)
      throw new Error(`Event label too long: ${event.label.de} / ${event.label.en}`);
  }

  const feed = {
    schemaVersion: 1,
    meta: {
      title: 'Allianz Sichere Sächsische Kommunen (ASSKomm) – Kennzahlen und Standorte',
      publisher: 'Landespräventionsrat Sachsen',
      asOf: latestDate(indicators, municipalities),
      source: 'ASSKomm-Webseite, Medieninformationen des SMI, Kommunen und Presse',
      sourceUrl: 'https://www.asskomm.sachsen.de/',
      license:
        'Zusammenstellung durch das Projekt asskomm-widgets; die Zahlen stammen aus den bei jedem Wert genannten öffentlichen Quellen.',
      contact: {
        name: 'Landespräventionsrat Sachsen',
        url: 'https://www.lpr.sachsen.de/29279.htm',
        email: 'lpr@smi.sachsen.de',
      },
    },
    indicators,
    events,
    municipalities,
  };

  const { model, issues } = validateFeed(feed);
  if (model && existsSync(TOPOLOGY)) {
    issues.push(...checkPlaceKeys(model, placeIndexFromTopology(JSON.parse(readFileSync(TOPOLOGY, 'utf8')))).issues);
  }
  for (const issue of issues) console.log(`${issue.severity}: ${issue.path}: ${issue.message}`);
  if (!model || issues.some((issue) => issue.severity !== 'warning'))
    throw new Error('The generated feed does not validate; nothing written.');

  writeFileSync(OUT, `${JSON.stringify(feed, null, 2)}\n`);

  const points = indicators.reduce((sum, indicator) => sum + (indicator.points as Json[]).length, 0);
  const inEvents = leftOut.get('in Ereignis-Notiz')?.length ?? 0;
  const dropped = [...leftOut].filter(([kind]) => kind !== 'in Ereignis-Notiz').reduce((sum, [, list]) => sum + list.length, 0);
  console.log(`Wrote data/asskomm.json (Stand ${feed.meta.asOf}; Gemeinden aus ${from}).`);
  console.log(
    `  indicators: ${indicators.length}, points: ${points}, events: ${events.length}, places: ${Object.keys(municipalities).length}`,
  );
  console.log(`  figures.csv: ${figureRows.length} rows: ${points} as points, ${inEvents} in event notes, ${dropped} left out`);
  console.log(`  municipalities.csv: ${municipalityRows.length} rows: ${municipalityRows.length} as building blocks, 0 left out`);
  console.log(`  rows used: ${points + inEvents + municipalityRows.length}, rows left out: ${dropped}`);
  for (const [kind, list] of leftOut) {
    console.log(`  ${kind === 'in Ereignis-Notiz' ? 'moved' : 'left out'} – ${kind} (${list.length}):`);
    for (const line of list) console.log(`    ${line}`);
  }
}

main();
