// `npm run feed -- diff <alt.json> <neu.json>`: the German summary a reviewer reads before publishing.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultFeedText, diffFeeds, feedCli, folderOf } from './feed-helpers.mjs';

/** The default feed with one new agreement (Bautzen), its figure, a changed note and a removed event. */
function changed() {
  const feed = JSON.parse(defaultFeedText);
  feed.meta.asOf = '2025-05-02';
  feed.indicators
    .find((indicator) => indicator.id === 'cooperation-agreements')
    .points.push({ date: '2025-05-02', value: 61, source: 'https://example.org/bautzen' });
  feed.municipalities['14625020'] = {
    name: 'Bautzen',
    agreement: { date: '2025-05-02', partners: ['Landespräventionsrat Sachsen', 'Polizeidirektion Görlitz'] },
  };
  feed.municipalities['14626610'].agreement.note = 'Neue Notiz.';
  feed.events.pop();
  return feed;
}

test('diff: new, changed and removed records, each named as the spreadsheets name it', () => {
  const before = JSON.parse(defaultFeedText);
  assert.deepEqual(diffFeeds(before, changed()), [
    'Stand und Angaben (meta):',
    '  ~ geändert: Stand: „2025-04-11“ → „2025-05-02“',
    '',
    'Werte:',
    '  + neu: Wert cooperation-agreements 2025-05-02: 61',
    '',
    'Ereignisse:',
    '  - entfernt: Ereignis 2025-04-11 60. Kooperationsvereinbarung',
    '',
    'Gemeinden und Kreise:',
    '  + neu: Bautzen (14625020)',
    '',
    'Bausteine:',
    '  + neu: Bautzen (14625020): Kooperationsvereinbarung (2025-05-02)',
    '  ~ geändert: Zittau (14626610): Kooperationsvereinbarung: Notiz: „Vom Oberbürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; eine Koordinierungsstelle für einen künftigen Präventionsrat war geplant.“ → „Neue Notiz.“',
    '',
    '6 Änderungen.',
  ]);
});

test('diff: the same feed twice has no changes; the command line prints the summary', () => {
  const folder = folderOf(new Map());
  const [a, b] = [join(folder, 'alt.json'), join(folder, 'neu.json')];
  writeFileSync(a, defaultFeedText);
  writeFileSync(b, JSON.stringify(changed()));
  assert.deepEqual(diffFeeds(JSON.parse(defaultFeedText), JSON.parse(defaultFeedText)), ['Keine Änderungen.']);
  const { code, out } = feedCli('diff', a, b);
  assert.equal(code, 0, out);
  assert.match(out, /\+ neu: Bautzen \(14625020\): Kooperationsvereinbarung \(2025-05-02\)\n/);
  assert.match(out, /6 Änderungen\.\n$/);
});
