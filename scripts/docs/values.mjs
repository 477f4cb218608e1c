// The README's lists of attribute values that depend on data, not on code: the map's layer
// ids (from the manifest: the `layers` default, named by the layers' colour properties) and
// the indicator ids of the bundled feed (for `metric` and `metrics`).
import { readFileSync } from 'node:fs';
import { elementsOf, ROOT } from './manifest.mjs';

export const VALUES_START = '<!-- values:start -->';
export const VALUES_END = '<!-- values:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .trim();

/** `[{ id, label }]` of the map's layers. */
export function layersOf(manifest) {
  const map = elementsOf(manifest).find(({ declaration }) => declaration.attributes?.some((a) => a.name === 'layers'));
  if (!map) return [];
  const ids = map.declaration.attributes.find((a) => a.name === 'layers').default?.split(',') ?? [];
  return ids.map((id) => {
    const property = map.declaration.cssProperties?.find((p) => p.name === `--asskomm-map-${id}`);
    return { id, label: property?.description.replace(/\s*\(.*$/, '').replace(/\.$/, '') ?? '' };
  });
}

/** Between the markers: layer ids and indicator ids as tables. */
export function valuesReference(manifest, feed = JSON.parse(readFileSync(`${ROOT}data/asskomm.json`, 'utf8'))) {
  const layers = layersOf(manifest);
  const indicators = feed.indicators ?? [];
  return [
    VALUES_START,
    '<!-- Erzeugt von `npm run docs` aus custom-elements.json und data/asskomm.json; nicht von Hand ändern. -->',
    '',
    '**Ebenen der Karte** (`layers`):',
    '',
    '| Wert | Ebene |',
    '|---|---|',
    ...layers.map(({ id, label }) => `| \`${id}\` | ${cell(label)} |`),
    '',
    '**Kennzahlen im mitgelieferten Feed** (`metric`, `metrics`):',
    '',
    '| Wert | Kennzahl | Einheit |',
    '|---|---|---|',
    ...indicators.map((i) => `| \`${i.id}\` | ${cell(i.label?.de)} | ${cell(i.format === 'eur' ? 'Euro' : i.unit?.de)} |`),
    '',
    VALUES_END,
  ].join('\n');
}
