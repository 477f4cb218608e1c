// Synthetic feeds, valid against schema v1 and deterministic (seeded), built from the default
// feed's meta so that only the amount of data differs from the real one.

/** Small seeded PRNG (mulberry32): the same feed on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const SOURCE = 'https://www.asskomm.sachsen.de/';

/**
 * Share of places with an entry and, for those, the chance of each layer. Denser than the real
 * feed (81 of 419 places), so that every layer has marks at every scale.
 */
const ENTRY_SHARE = 0.3;
const LAYER_CHANCE = { contacted: 0.45, model: 0.08, kpr: 0.35, 'pre-agreement': 0.06, agreement: 0.5, coaching: 0.12, analysis: 0.3, funding: 0.15 };
const DISTRICT_KPR_SHARE = 0.1;

function status(rnd, layer) {
  const date = `${2019 + Math.floor(rnd() * 6)}-${pad(1 + Math.floor(rnd() * 12))}`;
  const base = { date, note: `Synthetischer Eintrag (${layer}) für den Benchmark.`, source: SOURCE };
  if (layer === 'kpr') return { ...base, action: rnd() < 0.7 ? 'founded' : 'existing', body: { name: 'Kommunaler Präventionsrat', url: SOURCE } };
  if (layer === 'agreement') return { ...base, partners: ['Polizeidirektion', 'Landespräventionsrat'] };
  if (layer === 'analysis') return { ...base, state: ['planned', 'running', 'completed'][Math.floor(rnd() * 3)] };
  if (layer === 'funding') return [{ ...base, amountEur: 5000 + Math.floor(rnd() * 40) * 1000, project: 'Präventionsprojekt' }];
  return base;
}

/** A map feed for `topology`: entries for a share of its Gemeinden and a few Kreise. */
export function mapFeed(topology, base, seed = 7) {
  const rnd = random(seed);
  const municipalities = {};
  const add = (ags, name, chances) => {
    const entry = { name };
    for (const [layer, chance] of Object.entries(chances)) if (rnd() < chance) entry[layer] = status(rnd, layer);
    if (Object.keys(entry).length > 1) municipalities[ags] = entry;
  };
  for (const g of topology.objects.gemeinden.geometries) if (rnd() < ENTRY_SHARE) add(g.properties.ags, g.properties.name, LAYER_CHANCE);
  for (const k of topology.objects.kreise?.geometries ?? []) if (rnd() < DISTRICT_KPR_SHARE) add(k.properties.ags, k.properties.name, { kpr: 1 });
  return { schemaVersion: 1, meta: base.meta, municipalities };
}

/** A chart feed with `series` cumulative indicators of `points` daily points each. */
export function chartFeed(base, series = 10, points = 1000, seed = 11) {
  const rnd = random(seed);
  const start = Date.UTC(2020, 0, 1);
  const day = (i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const indicators = Array.from({ length: series }, (_, s) => {
    let value = Math.floor(rnd() * 20);
    return {
      id: `series-${s + 1}`,
      label: { de: `Reihe ${s + 1}`, en: `Series ${s + 1}` },
      unit: { de: 'Kommunen', en: 'municipalities' },
      points: Array.from({ length: points }, (_, i) => ({ date: day(i), value: (value += Math.floor(rnd() * 3)) })),
    };
  });
  return { schemaVersion: 1, meta: base.meta, indicators, events: base.events ?? [] };
}

export const chartMetrics = (series = 10) => Array.from({ length: series }, (_, s) => `series-${s + 1}`).join(',');
