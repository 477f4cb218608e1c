/**
 * A seeded generator of valid feeds with every kind of date the schema allows: days, months,
 * years, intervals, open starts and undated records; qualified, disputed and planned figures;
 * bodies of several Gemeinden. The same seed gives the same feed.
 */
import { mulberry32 as random, pick, type Random } from '../helpers/random.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A partial date between two years, at a random precision. */
function randomDate(r: Random, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(r() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const precision = r();
  return precision < 0.15 ? String(year) : precision < 0.4 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** A status date: mostly partial dates, some intervals, open starts and undated ones. */
function randomRecordDate(r: Random): string | undefined {
  const kind = r();
  if (kind < 0.1) return undefined;
  if (kind < 0.2) return `../${randomDate(r, 2019, 2024)}`;
  if (kind < 0.3) {
    const start = `${2019 + Math.floor(r() * 3)}-${pad(1 + Math.floor(r() * 12))}`;
    return `${start}/${2022 + Math.floor(r() * 3)}`;
  }
  return randomDate(r, 2019, 2025);
}

const AGS = [
  '14511000',
  '14521020',
  '14521320',
  '14521450',
  '14522020',
  '14522060',
  '14522110',
  '14522140',
  '14522150',
  '14522180',
  '14522260',
  '14522320',
  '14522420',
  '14522440',
  '14523010',
  '14523040',
  '14523160',
  '14523200',
  '14523300',
  '14523320',
  '14523340',
  '14523370',
  '14524030',
  '14524080',
  '14524180',
  '14524330',
  '14625240',
  '14625280',
  '14625330',
  '14729410',
];
const BODY_MEMBERS = [
  ['14626050', '14626210', '14626400', '14626430'],
  ['14626240', '14626450', '14626570'],
];
const LINKS = [
  ['contacted', 'advised'],
  ['model', 'model-municipalities'],
  ['kpr', 'kpr'],
  ['agreement', 'cooperation-agreements'],
  ['coaching', 'coaching'],
  ['analysis', 'security-analyses'],
  ['funding', 'funded-municipalities'],
] as const;
const STATUS_LAYERS = ['contacted', 'model', 'kpr', 'pre-agreement', 'agreement', 'coaching', 'analysis'] as const;

function status(r: Random): Record<string, unknown> {
  const date = randomRecordDate(r);
  return { ...(date ? { date } : {}), source: 'https://example.org/quelle' };
}

export function generateFeed(seed: number): Record<string, unknown> {
  const r = random(seed);
  const indicators = LINKS.map(([layer, id]) => {
    let value = Math.floor(r() * 10);
    const points = Array.from({ length: 3 + Math.floor(r() * 6) }, () => {
      value += Math.floor(r() * 12);
      const kind = r();
      return {
        date: randomDate(r, 2019, 2025),
        value: kind < 0.1 ? Math.max(0, value - 5) : value,
        ...(kind < 0.2 ? { qualifier: pick(r, ['at-least', 'approx']) } : {}),
        ...(kind >= 0.2 && kind < 0.3 ? { disputed: true } : {}),
        ...(kind >= 0.3 && kind < 0.38 ? { planned: true } : {}),
        source: 'https://example.org/quelle',
      };
    });
    return { id, layer, label: { de: `Kennzahl ${id}`, en: `Figure ${id}` }, points };
  });
  const municipalities: Record<string, unknown> = {};
  for (const key of AGS) {
    if (r() < 0.3) continue;
    const entry: Record<string, unknown> = { name: `Gemeinde ${key}` };
    for (const layer of STATUS_LAYERS) if (r() < 0.3) entry[layer] = status(r);
    if (r() < 0.2) entry.funding = [{ ...status(r), amountEur: 1000 * Math.floor(r() * 100) }];
    municipalities[key] = entry;
  }
  if (r() < 0.7) municipalities['14626'] = { name: 'Landkreis Görlitz', kpr: status(r) };
  const bodies = Object.fromEntries(
    BODY_MEMBERS.map((members, i) => [`gremium-${i}`, { name: `Gremium ${i}`, members, kpr: status(r), agreement: status(r) }]),
  );
  return {
    schemaVersion: 1,
    meta: {
      title: `Erzeugter Feed ${seed}`,
      publisher: 'Test',
      asOf: randomDate(r, 2024, 2025),
      source: 'Erzeugt',
      license: 'Test',
      contact: { name: 'Test' },
    },
    indicators,
    events: [],
    municipalities,
    bodies,
  };
}

generateFeed.random = random;
generateFeed.randomDate = randomDate;
