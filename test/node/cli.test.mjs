// The command-line tools as the data staff use them: `npm run validate` and `npm run build:geo`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const validate = (...args) => run(['--import', 'tsx', 'scripts/validate.ts', ...args]);

test('validate: the bundled feed is valid (exit 0)', () => {
  const { code, out } = validate('data/asskomm.json');
  assert.equal(code, 0, out);
  assert.match(out, /0 Fehler, \d+ Hinweise: gültig\./);
});

test('validate: a feed with broken records exits 1 and names each record by its JSON path, in German', () => {
  const { code, out } = validate('test/fixtures/feeds/partial.json');
  assert.equal(code, 1, out);
  assert.match(out, /FEHLER \(Eintrag übersprungen\): \$\.indicators\[0\]\.points\[2\]\.value: darf nicht negativ sein/);
  assert.match(out, /\$\.municipalities\["14999999"\]: Gemeindeschlüssel 14999999 ist auf der Karte \(Gebietsstand 2021\) unbekannt/);
  assert.match(out, /Hinweis: \$\.municipalities\["14713000"\]\.farbe: unbekanntes Feld/);
});

test('validate: text that is not a usable feed exits 1 with the reason', () => {
  const { code, out } = validate('README.md');
  assert.equal(code, 1, out);
  assert.match(out, /Der Feed ist kein gültiges JSON/);
});

test('validate: without a file it says how to call it', () => {
  const { code, out } = validate();
  assert.equal(code, 2);
  assert.match(out, /Aufruf: npm run validate -- <feed\.json>/);
});

test('validate: --topology before the feed takes its value, and `none` skips the map check', () => {
  const { code, out } = validate('--topology', 'none', 'test/fixtures/feeds/partial.json');
  assert.equal(code, 1, out);
  assert.match(out, /\$\.indicators\[0\]\.points\[2\]\.value: darf nicht negativ sein/);
  assert.doesNotMatch(out, /auf der Karte \(Gebietsstand 2021\) unbekannt/);
});

test('validate: --topology without a value says how to call it', () => {
  const { code, out } = validate('data/asskomm.json', '--topology');
  assert.equal(code, 2, out);
  assert.match(out, /Aufruf: npm run validate -- <feed\.json>/);
});

test('build:geo: the committed geometry is exactly what the script builds, and passes its checks', () => {
  const { code, out } = run(['scripts/build-geo.mjs', '--check']);
  assert.equal(code, 0, out);
  assert.match(out, /Gemeinden 419 \(2016: 426\), Kreise 13, Land 1, crosswalk 8/);
});
