// Shared by the feed-*.test.mjs files: the feed tool's modules (TypeScript, loaded through tsx),
// its command line, and folders of CSV files to edit the way a data clerk would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const { exportFeed } = await import('../../scripts/feed/export.ts');
export const { importFeed } = await import('../../scripts/feed/import.ts');
export const { diffFeeds } = await import('../../scripts/feed/diff.ts');
export const { gazetteerFromTopology, MERGED_GEMEINDEN } = await import('../../scripts/feed/gazetteer.ts');
export const { formatProblem } = await import('../../scripts/feed/problems.ts');

export const topology = JSON.parse(readFileSync(join(root, 'data/sachsen.topo.json'), 'utf8'));
export const gazetteer = gazetteerFromTopology(topology);
export const defaultFeedText = readFileSync(join(root, 'data/asskomm.json'), 'utf8');

/** The feed as the project writes it. */
export const serialize = (feed) => `${JSON.stringify(feed, null, 2)}\n`;

/** The exported files of a feed as bytes, name → Uint8Array, ready to edit and import. */
export function exported(feed = JSON.parse(defaultFeedText)) {
  return new Map([...exportFeed(feed)].map(([name, text]) => [name, new TextEncoder().encode(text)]));
}

/** Reads a file of `files` as text. */
export const textOf = (files, name) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files.get(name));

/** Replaces file `name` in `files` by `edit(text)`. */
export function edit(files, name, change) {
  const text = change(textOf(files, name));
  return new Map([...files, [name, new TextEncoder().encode(text)]]);
}

/** Imports `files`; the problems as the command line prints them. */
export function importLines(files) {
  const { feed, problems } = importFeed(files, gazetteer);
  return { feed, lines: problems.map(formatProblem) };
}

const folders = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes `files` into a new temporary folder (removed after the test file) and returns its path. */
export function folderOf(files) {
  const folder = mkdtempSync(join(tmpdir(), 'asskomm-feed-'));
  folders.push(folder);
  for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
  return folder;
}

/** Runs `npm run feed -- …` as the data staff do (through tsx). */
export function feedCli(...args) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feed.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The spreadsheet row (1 = header) of the first line of `file` that contains `needle`. */
export function rowOf(files, name, needle) {
  const lines = textOf(files, name).split('\r\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${name}`);
  return index + 1;
}
