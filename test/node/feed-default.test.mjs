// The default feed is kept as CSV in data/feed/ (the source) and generated into data/asskomm.json:
// the two must agree, and a new spreadsheet row reaches the map's legend count.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultFeedText, edit, importLines, root, serialize } from './feed-helpers.mjs';

const { validateFeed } = await import('../../src/feed/validate.ts');
const { documentedAt, mergeBodies } = await import('../../src/geo/documented.ts');

const folder = join(root, 'data/feed');
const sheets = new Map(readdirSync(folder).map((name) => [name, new Uint8Array(readFileSync(join(folder, name)))]));

/** What the map's legend shows for agreements at the feed's Stand: places and bodies with one, each once. */
function agreementsOnMap(feed) {
  const { model } = validateFeed(feed);
  const records = mergeBodies(model.places, model.bodies, (key) => model.places.get(key)?.name ?? key);
  return documentedAt(records, model.meta.asOf, model.meta.asOf).counts.agreement.records;
}

test('data/feed/*.csv build exactly data/asskomm.json (after a change to either, run `npm run feed:build` or `npm run feed -- export data/feed`)', () => {
  const { feed, lines } = importLines(sheets);
  assert.ok(feed, lines.join('\n'));
  assert.equal(serialize(feed), defaultFeedText);
});

test('a new agreement added as one row of orte.csv raises the map legend’s agreement count by one', () => {
  const row =
    'Bautzen;;;Kooperationsvereinbarung;2025-04-10;Neu unterzeichnet.;https://example.org/bautzen;;;;;;Landespräventionsrat Sachsen | Polizeidirektion Görlitz;;;;\r\n';
  const { feed, lines } = importLines(edit(sheets, 'orte.csv', (text) => text + row));
  assert.ok(feed, lines.join('\n'));
  assert.deepEqual(feed.municipalities['14625020'].agreement, {
    date: '2025-04-10',
    note: 'Neu unterzeichnet.',
    source: 'https://example.org/bautzen',
    partners: ['Landespräventionsrat Sachsen', 'Polizeidirektion Görlitz'],
  });
  assert.equal(agreementsOnMap(feed), agreementsOnMap(JSON.parse(defaultFeedText)) + 1);
});
