/**
 * Attribute fuzzing: every attribute of the three tags (read from custom-elements.json) with
 * seeded hostile values, as careless or hostile page markup sets them. Per case: no uncaught
 * error, no executed payload, the widget settles within 5 s and is not blank, and a value the
 * documentation does not allow shows a hint (for `src`: the error state). 300 cases by default;
 * `ATTR_N=5000 ATTR_SEED=7 npx web-test-runner test/hostile/attributes.test.ts` runs more.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_TOPOLOGY_URL } from '../../src/geo/default-topology.js';
import { WIDGETS } from '../../src/widgets/registry.js';
import { GOOD_FEED, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';
import { interceptFetch } from '../helpers/fetch.js';
import { mulberry32 as random, pick, type Random } from '../helpers/random.js';

/** Values every attribute gets: blank, garbage, huge, bidi and invisible text, payloads, numbers. */
const HOSTILE = [
  '',
  '   ',
  'garbage',
  'x'.repeat(100_000),
  '\u202Egnp.exe',
  '\u200B2021\u200B',
  '📈🔥',
  'null',
  'undefined',
  '[object Object]',
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  'javascript:window.__pwned=1',
  '__proto__',
  '-1',
  '0',
  '1e309',
  'NaN',
  '1e7',
  '1e12',
  '0x10',
  '12px',
  '2147483648',
];
const DATES = [
  '2021',
  '2021-11',
  '2021-02-06',
  '2030',
  '2021-02-30',
  '9999-12-31',
  '0021',
  '0000',
  '1899',
  '2200-01',
  '31.12.2021',
  '2021-13',
  '2021-1-5',
  '2021-11-05T00:00',
];
const NUMBERS = ['1500', '10000', '250ms', '320', '160', '2000', '500px', '1e3', '1.5', '-0', '+40', '  700  ', '99999', '1e-9'];
const URLS = [
  'javascript:alert(1)',
  '//evil.example/x.json',
  'data:application/json,{}',
  'file:///etc/passwd',
  '/data/sachsen.topo.jsn',
  GOOD_FEED,
  '#nope',
  'https://evil.example/a.json',
  DEFAULT_TOPOLOGY_URL,
];
const METRICS = ['advised', 'kpr', 'advised,kpr', 'funding-eur', 'ADVISED', 'unknown', 'advised,unknown', ' advised , kpr '];
const LAYERS = ['kpr', 'kpr,model', 'contacted,model,kpr,pre-agreement,agreement,coaching,analysis,funding', 'KPR', 'foo', 'kpr,foo'];
const LANGS = ['de', 'en', 'en-GB', 'DE', 'fr', 'tlh', 'ar', 'english'];

const YEAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function isDate(text: string): boolean {
  const match = YEAR_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number | undefined, number | undefined];
  if (year < 1900 || year > 2199) return false;
  if (match[2] === undefined) return true;
  if (month! < 1 || month! > 12) return false;
  return match[3] === undefined || (day! >= 1 && day! <= new Date(Date.UTC(year, month!, 0)).getUTCDate());
}
const wholeIn = (min: number, max: number, unit: string) => (text: string) => {
  const digits = text.toLowerCase().endsWith(unit) ? text.slice(0, -unit.length).trim() : text;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(digits)) return false;
  const value = Number(digits);
  return Number.isInteger(value) && value >= min && value <= max;
};
const oneOf = (allowed: readonly string[]) => (text: string) => allowed.includes(text);
const listOf = (allowed: readonly string[]) => (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .every((item) => allowed.includes(item));
const FEED_METRICS = ['advised', 'kpr', 'cooperation-agreements', 'security-analyses', 'funding-eur'];
const LAYER_IDS = ['contacted', 'model', 'kpr', 'pre-agreement', 'agreement', 'coaching', 'analysis', 'funding'];

interface AttributeSpec {
  /** Values worth trying besides the hostile ones. */
  values: readonly string[];
  /** Whether the trimmed, non-empty value is allowed (else a hint must show); `undefined`: anything goes. */
  valid?: (text: string) => boolean;
}

const HEADING_LEVEL: AttributeSpec = {
  values: ['2', '3', '6', '1', '7', '9', 'h3', '2.5', ' 4 '],
  valid: oneOf(['2', '3', '4', '5', '6']),
};
const ANY_TEXT: AttributeSpec = { values: ['ASSKomm in Zahlen', 'Überschrift mit „Anführungszeichen“ & <b>Tags</b>'] };
/** Any name forms a group (`group`): no hint; names that are object keys elsewhere must not reach a prototype. */
const GROUP: AttributeSpec = { values: ['verlauf', 'Verlauf 2019', ' verlauf ', '__proto__', 'constructor', 'hasOwnProperty'] };
const SPECS: Record<string, Record<string, AttributeSpec>> = {
  'asskomm-milestone-counter': {
    src: { values: URLS },
    metric: { values: METRICS, valid: listOf(FEED_METRICS) },
    label: ANY_TEXT,
    date: { values: DATES, valid: isDate },
    since: { values: DATES, valid: isDate },
    duration: { values: NUMBERS, valid: wholeIn(0, 10_000, 'ms') },
    notation: { values: ['standard', 'compact', 'Compact', 'COMPACT', 'short'], valid: oneOf(['standard', 'compact']) },
    lang: { values: LANGS, valid: (text) => /^(de|en)(-|$)/i.test(text) },
    heading: ANY_TEXT,
    'heading-level': HEADING_LEVEL,
    group: GROUP,
    // Boolean; without `group` (the cases set none) it has nothing to keep: always a hint.
    'url-state': { values: ['', 'url-state', 'false', 'off'], valid: () => false },
  },
  'asskomm-progress-chart': {
    src: { values: URLS },
    metrics: { values: METRICS, valid: listOf(FEED_METRICS) },
    from: { values: DATES, valid: isDate },
    to: { values: DATES, valid: isDate },
    events: { values: ['on', 'off', 'ON', 'yes', 'true'], valid: oneOf(['on', 'off']) },
    height: { values: NUMBERS, valid: wholeIn(160, 2000, 'px') },
    lang: { values: LANGS, valid: (text) => /^(de|en)(-|$)/i.test(text) },
    heading: ANY_TEXT,
    'heading-level': HEADING_LEVEL,
    group: GROUP,
    // Boolean; without `group` (the cases set none) it has nothing to keep: always a hint.
    'url-state': { values: ['', 'url-state', 'false', 'off'], valid: () => false },
  },
  'asskomm-status-map': {
    src: { values: URLS },
    topology: { values: URLS, valid: (text) => text === DEFAULT_TOPOLOGY_URL },
    layers: { values: LAYERS, valid: listOf(LAYER_IDS) },
    date: { values: DATES, valid: isDate },
    focus: { values: ['14713000', '14626', '14626610', '14999', 'Zittau', '1471300'], valid: oneOf(['14713000', '14626', '14626610']) },
    // Boolean: any value (also "false") switches the timeline on, none is a mistake.
    timeline: { values: ['', 'timeline', 'false', 'off'] },
    // Boolean too; the address it reads is the test page's, which carries no view.
    'url-state': { values: ['', 'url-state', 'false', 'off'] },
    lang: { values: LANGS, valid: (text) => /^(de|en)(-|$)/i.test(text) },
    heading: ANY_TEXT,
    'heading-level': HEADING_LEVEL,
    group: GROUP,
  },
};

/** What a tag needs besides the attribute under test to show something (the counter: no count-up to wait for). */
const QUICK: Record<string, Record<string, string>> = { 'asskomm-milestone-counter': { duration: '0' } };
const BASE: Record<string, Record<string, string>> = Object.fromEntries(
  WIDGETS.map(({ tag, starters }) => [tag, { src: GOOD_FEED, ...starters, ...QUICK[tag] }]),
);

interface Case {
  index: number;
  tag: string;
  attribute: string;
  value: string;
}

/** A value as an editor might get it wrong: as given, in another case, padded, or with invisible characters. */
function variant(r: Random, value: string): string {
  const roll = r();
  if (roll < 0.7 || value.length > 1000) return value;
  if (roll < 0.8) return value.toUpperCase();
  if (roll < 0.9) return ` ${value}\t`;
  return `${value}\u200B`;
}

function generate(n: number, seed: number): Case[] {
  const r = random(seed);
  const tags = Object.keys(SPECS);
  return Array.from({ length: n }, (_, index) => {
    const tag = pick(r, tags);
    const attribute = pick(r, Object.keys(SPECS[tag]!));
    const spec = SPECS[tag]![attribute]!;
    const value = variant(r, r() < 0.5 ? pick(r, spec.values) : pick(r, HOSTILE));
    return { index, tag, attribute, value };
  });
}

const quote = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}… (${value.length} Zeichen)` : value);

/** Synchronous, because mocha needs the number of cases before the file's module finishes loading. */
function getJson<T>(url: string): T {
  const request = new XMLHttpRequest();
  request.open('GET', url, false);
  request.send();
  return JSON.parse(request.responseText) as T;
}
const config = getJson<{ n: number; seed: number }>('/__attribute-fuzz.json');
const manifest = getJson<{ modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] }>(
  '/custom-elements.json',
);

/** Resolves with the settle time in ms, or rejects after `ms`. */
async function settle(element: WidgetUnderTest, ms: number): Promise<number> {
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      element.whenReady(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`not settled after ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - start;
}

/** Visible text, or drawn SVG with a box: what a reader would see of the widget. */
function isBlank(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return true;
  if (visibleText(element).length > 0) return false;
  return ![...element.shadowRoot!.querySelectorAll('svg')].some((svg) => {
    const own = svg.getBoundingClientRect();
    return own.width > 0 && own.height > 0;
  });
}

describe(`attribute fuzzing (${config.n} cases, seed ${config.seed})`, () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(String(event.reason));
  let container: HTMLDivElement;
  let restoreFetch: () => void;
  let warn: typeof console.warn;
  const times: number[] = [];
  const checked = { hint: 0, error: 0, allowed: 0 };

  // Every widget of the registry, as its define.ts registers it.
  before(() => Promise.all(WIDGETS.map(({ name }) => import(`../../src/widgets/${name}/define.ts`))));

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // No case may reach another origin; in this sandbox such a request would only hang.
    restoreFetch = interceptFetch((input, init, real) =>
      new URL(input instanceof Request ? input.url : String(input), location.href).origin === location.origin
        ? real(input, init)
        : Promise.reject(new TypeError('Failed to fetch')),
    ).restore;
    // Hints repeat as console warnings; thousands of them only slow the run down.
    warn = console.warn;
    console.warn = () => undefined;
    // Not a fixture: those are removed after each test, and this page serves every case.
    container = document.createElement('div');
    container.style.width = '720px';
    document.body.append(container);
  });

  after(() => {
    container.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    restoreFetch();
    console.warn = warn;
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    console.log(
      `attribute fuzzing: ${times.length} cases (${checked.hint} with a hint checked, ${checked.error} with the error state, ${checked.allowed} allowed without a hint), ` +
        `settle median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    );
  });

  it('covers every widget of the registry', () => {
    expect(Object.keys(SPECS)).to.have.members(WIDGETS.map((widget) => widget.tag));
  });

  it('covers every attribute in custom-elements.json', () => {
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (!declaration.tagName) continue;
      for (const { name } of declaration.attributes ?? [])
        expect(SPECS[declaration.tagName]?.[name], `${declaration.tagName} ${name}`).to.exist;
    }
  });

  for (const { index, tag, attribute, value } of generate(config.n, config.seed)) {
    it(`#${index} <${tag} ${attribute}=${quote(value)}>`, async () => {
      errors.length = 0;
      const element = document.createElement(tag) as WidgetUnderTest;
      for (const [name, base] of Object.entries(BASE[tag]!)) element.setAttribute(name, base);
      element.setAttribute(attribute, value);
      container.append(element);
      try {
        times.push(await settle(element, 5000));
        const root = element.shadowRoot!;
        expect(errors, 'uncaught errors').to.deep.equal([]);
        expect((window as { __pwned?: unknown }).__pwned, 'executed payload').to.be.undefined;
        expect(isBlank(element), 'blank widget').to.be.false;
        const text = value.trim();
        const spec = SPECS[tag]![attribute]!;
        if (attribute === 'src') {
          if (text !== GOOD_FEED) expect(root.querySelector('[part="error"]'), 'error state for a wrong src').to.exist;
          if (text !== GOOD_FEED) checked.error += 1;
        } else if (text && spec.valid && !spec.valid(text)) {
          expect(visibleText(root.querySelector('[part="hint"]') ?? document.createElement('p')), 'hint').to.contain(
            'Hinweis für die Redaktion',
          );
          checked.hint += 1;
        } else if (text && spec.valid && !['date', 'since', 'from', 'to', 'metric', 'metrics', 'focus'].includes(attribute)) {
          // An allowed value of a closed set never draws a hint (dates and ids may: no value at that date).
          expect(root.querySelector('[part="hint"]'), 'no hint for an allowed value').to.be.null;
          checked.allowed += 1;
        }
      } finally {
        element.remove();
      }
    });
  }

  it('survives a height change on every frame, extremes included', async () => {
    const chart = document.createElement('asskomm-progress-chart') as WidgetUnderTest & { updateComplete: Promise<boolean> };
    chart.setAttribute('src', GOOD_FEED);
    container.append(chart);
    try {
      await chart.whenReady();
      const r = random(config.seed);
      const start = performance.now();
      for (let i = 0; i < 100; i++) {
        chart.setAttribute('height', pick(r, ['2147483648', '1e12', '1e7', '320', '1e309', '-1', '800', '0x10']));
        await new Promise(requestAnimationFrame);
      }
      chart.setAttribute('height', '1e12');
      await chart.updateComplete;
      expect(performance.now() - start, 'ms for 100 frames').to.be.below(5000);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(chart.shadowRoot!.querySelector('.plot svg')!.getAttribute('height')).to.equal('2000');
      expect(visibleText(chart)).to.contain(
        'Das Attribut „height“ hat den Wert „1e12“; erlaubt sind 160 bis 2000. Es wird 2000 verwendet.',
      );
    } finally {
      chart.remove();
    }
  });
});
