/**
 * `npm run validate -- <feed.json> [--topology data/sachsen.topo.json]`
 *
 * Checks a feed with the same validator the widgets use, prints every finding in German with
 * its JSON path, and exits 1 when the feed is unusable or a record would be skipped, 0 when it
 * is valid (warnings allowed). With the geometry (default: the bundled one) it also names
 * municipality keys that are not on the map (`--topology none` skips that check), and warns where a map
 * layer documents more records than its official figure on the same date.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFeedText } from '../src/feed/validate.js';
import { checkPlaceKeys, placeIndexFromTopology } from '../src/feed/places.js';
import type { FeedIssue } from '../src/feed/types.js';
import { checkDocumentedAgainstOfficial } from '../src/geo/check-official.js';

const LABELS: Record<FeedIssue['severity'], string> = {
  fatal: 'FEHLER (Feed unbrauchbar)',
  error: 'FEHLER (Eintrag übersprungen)',
  warning: 'Hinweis',
};

async function main(argv: string[]): Promise<number> {
  const topologyFlag = argv.indexOf('--topology');
  // The word after --topology is its value, not the feed.
  const args = argv.filter((arg, i) => !arg.startsWith('--') && (topologyFlag < 0 || i !== topologyFlag + 1));
  const feedPath = args[0];
  const topologyPath = topologyFlag >= 0 ? argv[topologyFlag + 1] : new URL('../data/sachsen.topo.json', import.meta.url).pathname;
  if (!feedPath || !topologyPath) {
    console.error('Aufruf: npm run validate -- <feed.json> [--topology <geometrie.topo.json>|none]');
    return 2;
  }

  let text: string;
  try {
    text = await readFile(resolve(feedPath), 'utf8');
  } catch (error) {
    console.error(`Datei nicht lesbar: ${feedPath} (${(error as Error).message})`);
    return 1;
  }
  const { model, issues } = parseFeedText(text);
  const all = [...issues, ...(model ? checkDocumentedAgainstOfficial(model) : [])];
  if (model && topologyPath !== 'none') {
    const topology = JSON.parse(await readFile(topologyPath, 'utf8')) as unknown;
    all.push(...checkPlaceKeys(model, placeIndexFromTopology(topology)).issues);
  }

  for (const issue of all) console.log(`${LABELS[issue.severity]}: ${issue.path}: ${issue.message}`);
  const errors = all.filter((issue) => issue.severity !== 'warning').length;
  const warnings = all.length - errors;
  if (model) {
    console.log(
      `\n${feedPath}: ${model.indicators.size} Kennzahlen, ${model.events.length} Ereignisse, ` +
        `${model.places.size} Gemeinden/Kreise, ${model.bodies.size} Gremien mehrerer Gemeinden, Stand ${model.meta.asOf}.`,
    );
  }
  console.log(`${errors} Fehler, ${warnings} Hinweise: ${errors === 0 ? 'gültig' : 'ungültig'}.`);
  return errors === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
