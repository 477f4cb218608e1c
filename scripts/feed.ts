/**
 * `npm run feed -- export <Ordner>`: the feed as CSV files for Excel or LibreOffice.
 * `npm run feed -- import <Ordner> [--out data/asskomm.json]`: the CSV files back into the feed,
 *   checked; written only when there is no error (exit 1 and nothing written otherwise).
 * `npm run feed -- diff <alt.json> <neu.json>`: what changed, in German.
 *
 * The default feed is kept as CSV in data/feed/ (the source) and data/asskomm.json (generated,
 * committed): `npm run feed:build` regenerates the JSON and prints what changed; README „Für die
 * Datenpflege“. A test keeps the two equal.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFeed } from './feed/export.js';
import { importFeed } from './feed/import.js';
import { diffFeeds } from './feed/diff.js';
import { type Gazetteer, gazetteerFromTopology } from './feed/gazetteer.js';
import { formatProblem } from './feed/problems.js';

const DEFAULT_FEED = new URL('../data/asskomm.json', import.meta.url).pathname;
const TOPOLOGY = new URL('../data/sachsen.topo.json', import.meta.url);
const USAGE = [
  'Aufruf:',
  '  npm run feed -- export <Ordner> [--feed data/asskomm.json]',
  '  npm run feed -- import <Ordner> [--out data/asskomm.json]',
  '  npm run feed -- diff <alt.json> <neu.json>',
].join('\n');

/** The feed as this project writes it: two-space JSON with a final line break. */
export function serializeFeed(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(path), 'utf8')) as Record<string, unknown>;
}

const readGazetteer = (): Gazetteer => gazetteerFromTopology(JSON.parse(readFileSync(TOPOLOGY, 'utf8')));

function runExport(folder: string, feedPath: string): number {
  const original = readJson(feedPath);
  const files = exportFeed(original);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  console.log(`${files.size} Dateien nach ${folder} geschrieben: ${[...files.keys()].join(', ')}.`);
  // A feed with fields the spreadsheets have no column for (or with errors) would not come back as it was: say what.
  const encoded = new Map([...files].map(([name, text]) => [name, new TextEncoder().encode(text)]));
  const { feed } = importFeed(encoded, readGazetteer());
  const lost = feed ? diffFeeds(original, feed) : ['Die Tabellen ergeben keinen gültigen Feed; `npm run feed -- import` nennt die Fehler.'];
  if (feed && lost.length === 1) return 0;
  console.log(`\nHinweis: Der Feed kommt aus diesen Tabellen nicht unverändert zurück:\n${lost.map((line) => `  ${line}`).join('\n')}`);
  return 0;
}

function runImport(folder: string, out: string | undefined): number {
  const files = new Map(readdirSync(folder).map((name) => [name, new Uint8Array(readFileSync(join(folder, name)))]));
  const { feed, problems } = importFeed(files, readGazetteer());
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const summary = `${errors} Fehler, ${problems.length - errors} Hinweise`;
  if (!feed) {
    console.log(`\n${summary}: nichts geschrieben. Bitte die Fehler in den Tabellen beheben und den Befehl wiederholen.`);
    return 1;
  }
  const text = serializeFeed(feed);
  if (!out) {
    console.log(`\n${summary}: gültig. Mit --out <datei.json> wird der Feed geschrieben.`);
    return 0;
  }
  // What the reviewer should look at before publishing: the change against the file replaced.
  if (existsSync(resolve(out))) {
    const changes = diffFeeds(readJson(out), feed);
    console.log(`\nÄnderungen gegenüber dem bisherigen ${out}:\n${changes.map((line) => `  ${line}`).join('\n')}`);
  }
  writeFileSync(resolve(out), text);
  console.log(`\n${summary}: ${out} geschrieben.`);
  return 0;
}

function main(argv: string[]): number {
  const [command, first, second] = argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (command === 'export' && first) return runExport(first, option(argv, '--feed') ?? DEFAULT_FEED);
  if (command === 'import' && first) return runImport(first, option(argv, '--out'));
  if (command === 'diff' && first && second) {
    for (const line of diffFeeds(readJson(first), readJson(second))) console.log(line);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
