// The four case families of the hostile-feed suite. A case is
// `{ category, id, label, csp, build() → feed text, places?, openTable?, oracle?(result) → problems }`;
// feeds are built only when the case runs, so a 10,000-case run holds one feed at a time.
import { readFileSync } from 'node:fs';
import { ROOT } from '../widgets.mjs';
import { mutateFeed, nodes } from './mutate.mjs';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.mjs';

export const BASE_TEXT = readFileSync(`${ROOT}data/asskomm.json`, 'utf8');
export const BASE = JSON.parse(BASE_TEXT);

const clone = () => structuredClone(BASE);
const placeKeys = (ops) => [...new Set(ops.join(' ').match(/(?<=municipalities\.)\d{5,8}/g) ?? [])].slice(0, 3);

// ---- (a) random mutations -------------------------------------------------------------------

/** Seeds `first … first + count - 1`, or exactly `seeds`; even seeds under the strict CSP. */
export function randomCases({ first = 1, count, seeds }) {
  const list = seeds ?? Array.from({ length: count }, (_, i) => first + i);
  return list.map((seed) => {
    const entry = { category: 'random', id: `random-${seed}`, seed, csp: seed % 2 === 0, ops: [], operators: [] };
    entry.build = () => {
      const { text, ops, operators } = mutateFeed(BASE, seed);
      entry.ops = ops;
      entry.operators = operators;
      entry.places = placeKeys(ops);
      entry.openTable = operators.includes('xss') || operators.includes('unicode');
      entry.label = ops.join('; ');
      return text;
    };
    return entry;
  });
}

// ---- (b) XSS and URL payloads ------------------------------------------------------------

const TEXT_KEYS = new Set(['partners', 'note', 'name', 'de', 'en', 'project', 'license', 'publisher', 'title']);
const URL_KEYS = new Set(['url', 'sourceUrl', 'email', 'phone', 'source']);
const keyOf = (node) => (typeof node.key === 'number' ? node.path.at(-2) : node.key);
const isMetaSource = (node) => node.path.length === 2 && node.path[0] === 'meta' && node.key === 'source';
const DETAIL_PLACES = ['14626610', '14730300', '14730310', '14521450', '14626'];

function xssFeed(payload, mode) {
  const feed = clone();
  for (const node of nodes(feed)) {
    if (typeof node.value !== 'string' || !node.parent) continue;
    if (TEXT_KEYS.has(keyOf(node)) || isMetaSource(node)) node.parent[node.key] = mode === 'append' ? `${node.value} ${payload}` : payload;
  }
  return JSON.stringify(feed);
}

function urlFeed(payload) {
  const feed = clone();
  // Every contact gets every kind of link, so each spelling reaches url, mailto and tel rendering.
  const contacts = [
    feed.meta.contact,
    ...Object.values(feed.municipalities)
      .map((place) => place.kpr?.body)
      .filter(Boolean),
  ];
  for (const contact of contacts) Object.assign(contact, { url: '', email: '', phone: '' });
  for (const node of nodes(feed)) {
    if (typeof node.value !== 'string' || !node.parent || !URL_KEYS.has(keyOf(node)) || isMetaSource(node)) continue;
    node.parent[node.key] = payload;
  }
  return JSON.stringify(feed);
}

export function xssCases() {
  const cases = [];
  const both = (id, label, build) => {
    for (const csp of [false, true])
      cases.push({ category: 'xss', id: `${id}-${csp ? 'csp' : 'open'}`, label, csp, build, places: DETAIL_PLACES, openTable: true });
  };
  TEXT_PAYLOADS.forEach((payload, i) => {
    for (const mode of ['replace', 'append'])
      both(`xss-text-${i}-${mode}`, `alle Textfelder ${mode === 'append' ? 'ergänzt um' : '='} ${payload}`, () => xssFeed(payload, mode));
  });
  URL_PAYLOADS.forEach((payload, i) => both(`xss-url-${i}`, `alle Link-Felder = ${JSON.stringify(payload)}`, () => urlFeed(payload)));
  return cases;
}

// ---- (c) big feeds -----------------------------------------------------------------------

function bigPlaces(count, keyOf, note = '') {
  const feed = clone();
  for (let i = 0; i < count; i++)
    feed.municipalities[keyOf(i)] = { name: `Ort ${i}`, contacted: { date: '2021', ...(note ? { note } : {}) } };
  return JSON.stringify(feed);
}

function bigPoints(count) {
  const feed = clone();
  const day = Date.UTC(1614, 0, 1);
  feed.indicators[0].points = Array.from({ length: count }, (_, i) => ({
    date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
    value: i % 500,
  }));
  return JSON.stringify(feed);
}

function bigEvents(count) {
  const feed = clone();
  const note = 'Anmerkung der Redaktion dazu.';
  feed.events = Array.from({ length: count }, (_, i) => ({
    date: `20${String(19 + (i % 7)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    label: { de: `Ereignis ${i}`, en: `Event ${i}` },
    priority: 1 + (i % 3),
    note,
    source: `https://www.example.org/ereignis/${i}`,
  }));
  return JSON.stringify(feed);
}

/** Many records in few bytes: under the byte limit, so the record limits must stop them. */
function compactRecords(kind, count) {
  const feed = clone();
  if (kind === 'places') for (let i = 0; i < count; i++) feed.municipalities[`14${String(800_000 + i).padStart(6, '0')}`] = {};
  if (kind === 'points') feed.indicators[0].points = Array.from({ length: count }, () => ({ date: '2021', value: 1 }));
  if (kind === 'events') feed.events = Array.from({ length: count }, () => ({ date: '2021', label: { de: 'E' } }));
  return JSON.stringify(feed);
}

/** Few and bounded in CI; `all` adds the slow ones of the audit. */
export function bigCases({ all = false } = {}) {
  const list = [
    [
      'big-places-100k',
      '100.000 unbekannte Gemeindeschlüssel im sächsischen Muster (6 MB)',
      () => bigPlaces(100_000, (i) => `14${String(900_000 + (i % 99_999)).padStart(6, '0')}${i >= 99_999 ? i : ''}`),
    ],
    ['big-points-150k', '150.000 Punkte in einer Reihe (advised, 5 MB)', () => bigPoints(150_000)],
    ['big-events-300k', '300.000 Ereignisse (etwa 54 MB)', () => bigEvents(300_000)],
    ['big-compact-places-100k', '100.000 leere Gemeinde-Einträge (knapp 2 MB)', () => compactRecords('places', 100_000)],
    ['big-compact-points-150k', '150.000 knappe Punkte (knapp 4 MB)', () => compactRecords('points', 150_000)],
    ['big-compact-events-100k', '100.000 knappe Ereignisse (gut 3 MB)', () => compactRecords('events', 100_000)],
  ];
  if (all) {
    list.push(
      [
        'big-places-100k-foreign',
        '100.000 Schlüssel außerhalb Sachsens',
        () => bigPlaces(100_000, (i) => `09${String(i).padStart(6, '0')}`),
      ],
      [
        'big-notes-25k',
        '25.000 Orte mit 2.000 Zeichen Anmerkung',
        () => bigPlaces(25_000, (i) => `14${String(800_000 + i).padStart(6, '0')}`, 'N'.repeat(2_000)),
      ],
    );
  }
  return list.map(([id, label, build], i) => ({
    category: 'big',
    id,
    label,
    csp: i % 2 === 0,
    build,
    afterResponseLimit: 2_000,
    oracle: errorOrFigures,
  }));
}

/** A big feed ends, in each widget, in the German error or in its figures. */
function errorOrFigures(result) {
  const shows = {
    'asskomm-milestone-counter': (w) => w.metrics?.some((metric) => metric.value),
    'asskomm-progress-chart': (w) => w.series?.length || w.noData?.length,
    'asskomm-status-map': (w) => w.municipalities,
  };
  const figures = (widget) => {
    if (!shows[widget.tag]) throw new Error(`errorOrFigures (test/e2e/lib/hostile/cases.mjs): which figures does <${widget.tag}> show?`);
    return shows[widget.tag](widget);
  };
  return result.widgets
    .filter((widget) => !widget.errors.some((text) => /Daten|Feed/.test(text)) && !figures(widget))
    .map((widget) => `${widget.tag} zeigt weder die deutsche Fehlermeldung noch Zahlen`);
}

// ---- (d) semantic cases with a value oracle ------------------------------------------------

const counterOf = (result) => result.widgets.find((w) => w.tag === 'asskomm-milestone-counter');
const chartOf = (result) => result.widgets.find((w) => w.tag === 'asskomm-progress-chart');
const mapOf = (result) => result.widgets.find((w) => w.tag === 'asskomm-status-map');
const hintsOf = (widget) => widget.hints.join(' | ');

/** Each widget shows its figures (not the error box); one line for an error all three show. */
function figuresShown(result) {
  const problems = [];
  const message = (widget) =>
    widget.errors[0]?.replace(/^Die Daten konnten nicht angezeigt werden\.\s*/, '').replace(/\s*Erneut versuchen$/, '');
  const failed = result.widgets.filter((widget) => widget.errors.length);
  const same = failed.length === result.widgets.length && new Set(failed.map(message)).size === 1;
  if (same) problems.push(`alle drei zeigen den Fehler statt der Zahlen: ${message(failed[0])}`);
  else for (const widget of failed) problems.push(`${widget.tag} zeigt den Fehler statt der Zahlen: ${message(widget)}`);
  const counter = counterOf(result);
  if (!counter.errors.length && !counter.metrics?.some((metric) => metric.value)) problems.push('Zähler ohne Zahlen');
  if (!chartOf(result).errors.length && !chartOf(result).series?.length) problems.push('Diagramm ohne Reihen');
  if (!mapOf(result).errors.length && !mapOf(result).municipalities) problems.push('Karte ohne Gemeinden');
  return problems;
}

/** Figures stay, and some widget tells the editor about the field (a hint matching `names`). */
function survivesWithHint(names) {
  return (result) => {
    const problems = figuresShown(result);
    const hints = result.widgets.map(hintsOf).filter(Boolean).join(' | ');
    if (!names.test(hints)) problems.push(`kein Hinweis, der das Feld nennt (Hinweise: ${hints || 'keine'})`);
    return problems;
  };
}

const ADVISED_INDEX = BASE.indicators.findIndex((indicator) => indicator.id === 'advised');
const ADVISED_NEWEST_PATH = `indicators[${ADVISED_INDEX}].points[${BASE.indicators[ADVISED_INDEX].points.length - 1}]`;

function advisedOracle(allowFixed) {
  return (result) => {
    const counter = counterOf(result);
    const advised = counter.metrics?.find((metric) => /Beratene Kommunen|beraten/i.test(metric.label ?? ''));
    const value = advised?.value ?? '(keiner)';
    if (allowFixed && value === '134') return [];
    // Named by id, label, date or its JSON path (indicators[0].points[11]).
    const named =
      /advised|Beratene Kommunen|2023-01-30|2023-02-30|30\. Januar 2023|30\.01\.2023/.test(hintsOf(counter)) ||
      hintsOf(counter).includes(ADVISED_NEWEST_PATH);
    if (named) return [];
    return [
      `Zähler zeigt für „Beratene Kommunen“ ${value} (${advised?.date ?? 'ohne Stand'}) ohne Hinweis auf den übergangenen neuesten Wert (Hinweise: ${hintsOf(counter) || 'keine'})`,
    ];
  };
}

function forbiddenOracle(text) {
  return (result) => result.widgets.filter((w) => w.forbidden?.includes(text)).map((w) => `${w.tag} zeigt „${text}“`);
}

function withFeed(change) {
  return () => {
    const feed = clone();
    change(feed);
    return JSON.stringify(feed);
  };
}

const newest = (feed, id) => feed.indicators.find((indicator) => indicator.id === id).points.at(-1);

export function semanticCases() {
  const list = [
    [
      'sem-advised-value-string',
      'neuester advised-Wert als Text "134"',
      withFeed((f) => (newest(f, 'advised').value = '134')),
      advisedOracle(true),
    ],
    [
      'sem-advised-date-impossible',
      'neuester advised-Wert mit Datum 2023-02-30',
      withFeed((f) => (newest(f, 'advised').date = '2023-02-30')),
      advisedOracle(false),
    ],
    [
      'sem-agreement-dates-invalid',
      'alle Vereinbarungsdaten 2021-02-30',
      withFeed((f) => {
        for (const record of [...Object.values(f.municipalities), ...Object.values(f.bodies)])
          if (record.agreement) record.agreement.date = '2021-02-30';
      }),
      (result) => {
        const map = mapOf(result);
        return /agreement|Kooperationsvereinbarung|2021-02-30/.test(hintsOf(map))
          ? []
          : [
              `Karte ohne Hinweis auf die übergangenen Vereinbarungen (Ebene agreement: ${map.layers?.agreement ?? '–'}; Hinweise: ${hintsOf(map) || 'keine'})`,
            ];
      },
    ],
    [
      'sem-asof-impossible',
      'meta.asOf "2025-04-31"',
      withFeed((f) => (f.meta.asOf = '2025-04-31')),
      survivesWithHint(/asOf|2025-04-31|Stand/),
    ],
    [
      'sem-phone-number',
      'meta.contact.phone als Zahl',
      withFeed((f) => (f.meta.contact.phone = 3515644000)),
      survivesWithHint(/phone|Telefon|3515644000|contact|Kontakt/),
    ],
    [
      'sem-source-2001',
      'meta.source mit 2.001 Zeichen',
      withFeed((f) => (f.meta.source = 'Q'.repeat(2_001))),
      survivesWithHint(/source|Quelle/),
    ],
    [
      'sem-events-object',
      'events ist ein Objekt',
      withFeed((f) => (f.events = { date: '2021-01-01' })),
      survivesWithHint(/events|Ereignis/),
    ],
    ['sem-events-string', 'events ist ein Text', withFeed((f) => (f.events = 'keine')), survivesWithHint(/events|Ereignis/)],
    [
      'sem-year-0021',
      'erster advised-Wert am 0021-11-05',
      withFeed((f) => (f.indicators[0].points[0].date = '0021-11-05')),
      forbiddenOracle('1921'),
    ],
    ['sem-asof-0025', 'meta.asOf "0025-04-11"', withFeed((f) => (f.meta.asOf = '0025-04-11')), forbiddenOracle('1925')],
    [
      'sem-kpr-max-value',
      'neuester kpr-Wert 1.7976931348623157e308',
      withFeed((f) => (newest(f, 'kpr').value = 1.7976931348623157e308)),
      (result) => {
        const chart = chartOf(result);
        const problems = [];
        if ((chart.yTicks?.length ?? 0) < 2) problems.push(`Diagramm ohne Werteachse (Beschriftungen: ${JSON.stringify(chart.yTicks)})`);
        if (!chart.series?.includes('kpr')) problems.push(`Reihe kpr fehlt (Reihen: ${JSON.stringify(chart.series)})`);
        if (chart.badPaths?.length) problems.push(`Pfade mit NaN/Infinity: ${chart.badPaths.join(', ')}`);
        return problems;
      },
    ],
  ];
  const cases = [];
  for (const [id, label, build, oracle] of list) {
    for (const csp of [false, true]) {
      const forbidden = ['1921', '1925'];
      cases.push({ category: 'semantic', id: `${id}-${csp ? 'csp' : 'open'}`, label, csp, build, oracle, forbidden });
    }
  }
  return cases;
}
