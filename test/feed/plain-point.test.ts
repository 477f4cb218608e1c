import { expect } from '@open-wc/testing';
import { Findings } from '../../src/feed/findings.js';
import { FAIL, plainPoint } from '../../src/feed/plain-point.js';
import { IndicatorPointSchema, isPartialDate, KprStatusSchema, STATUS_SCHEMAS } from '../../src/feed/schema.js';
import { mulberry32, pick } from '../helpers/random.js';

/** Valid points: the chart's common shape and one with every field (its texts to be trimmed). */
const VALID: Record<string, unknown>[] = [
  { date: '2021-11', value: 126 },
  { date: '2024-02-29', value: 0, qualifier: 'at-least', planned: true, disputed: false, note: ' Notiz ', source: 'https://x.de' },
  { date: '2019', value: 1e12, qualifier: 'approx', planned: false, disputed: true, source: 'Quelle' },
];

/** Put in place of every field and of the whole point: wrong types, edge numbers, bad dates, odd texts. */
const HOSTILE: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e12,
  1e12 + 1,
  1e300,
  '',
  ' ',
  ' x ',
  '\u00a0x\n',
  'x'.repeat(2000),
  'x'.repeat(2001),
  ` ${'x'.repeat(2000)} `,
  '2021',
  '2021-02-29',
  '2024-02-29',
  '2100-02-29',
  '2000-02-29',
  '2021-13',
  '2021-00',
  '2021-11-31',
  '2021-11-00',
  '1899-12',
  '2200',
  '0021',
  '2021-1',
  ' 2021',
  '2020-07/2021-05',
  '../2021-11',
  'exact',
  'approx',
  'EXACT',
  'toString',
  '126',
  [],
  ['x'],
  {},
  { de: 'a', en: 'b' },
  JSON.parse('{"__proto__": {"value": 1}}'),
  Object.create(null),
];

/** Keys a JSON feed may carry beside the known ones, `__proto__` as `JSON.parse` makes it (an own key). */
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', 'Date', 'label'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `point` and broken variants of it: each field replaced or dropped, fields added, other shapes. */
function* variants(point: unknown): Generator<unknown> {
  yield point;
  yield* HOSTILE;
  if (!isObject(point)) return;
  for (const key of Object.keys(point)) {
    for (const field of HOSTILE) yield { ...point, [key]: field };
    const { [key]: _dropped, ...rest } = point;
    yield rest;
  }
  for (const key of ['qualifier', 'planned', 'disputed', 'note', 'source']) yield { ...point, [key]: undefined };
  for (const key of EXTRA_KEYS) yield JSON.parse(`{${JSON.stringify(key)}: 1, ${JSON.stringify(point).slice(1)}`.replace(/, }$/, '}'));
  yield Object.create(point); // its fields inherited, none of them own
  yield Object.assign(Object.create(null), point);
  yield [point];
  yield Object.values(point);
  yield Object.assign([], point); // a list with the point's fields as properties
}

/** A value with its key order and `undefined` fields kept, for a deep comparison. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return ['list', Array.from(value, shape)];
  if (typeof value === 'object' && value !== null) {
    return ['object', Object.getPrototypeOf(value) === Object.prototype, Object.entries(value).map(([k, field]) => [k, shape(field)])];
  }
  return value;
}

function show(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (field === undefined ? '(undefined)' : field))?.slice(0, 140) ?? String(value);
}

/**
 * What read-indicators.ts does with a point (the fast path, else valibot) against valibot alone:
 * the same output, key order included, and the same findings. Returns whether the fast path took it.
 */
function expectSame(point: unknown, where = ''): boolean {
  const both = new Findings();
  const valibot = new Findings();
  const plain = plainPoint(point);
  const output = plain === FAIL ? both.check(IndicatorPointSchema, point, '$.points[0]', 'error') : plain;
  const expected = valibot.check(IndicatorPointSchema, point, '$.points[0]', 'error');
  expect(shape(output), `${where} ${show(point)}`).to.deep.equal(shape(expected));
  expect(both.issues, `${where} ${show(point)}`).to.deep.equal(valibot.issues);
  return plain !== FAIL;
}

describe('plainPoint', () => {
  it('takes every valid point, with the output valibot gives (defaults filled in, texts trimmed)', () => {
    for (const point of VALID) expect(expectSame(point), show(point)).to.be.true;
    expect(plainPoint({ date: '2021-11', value: 126, note: ' Notiz ' })).to.deep.equal({
      date: '2021-11',
      value: 126,
      qualifier: 'exact',
      planned: false,
      disputed: false,
      note: 'Notiz',
    });
  });

  it('gives the same points and findings as valibot alone for thousands of broken and odd points', () => {
    let checked = 0;
    let fast = 0;
    for (const point of VALID) {
      for (const variant of variants(point)) {
        if (expectSame(variant)) fast++;
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(900);
    // Both paths are exercised: valid variants (other dates, trimmed texts) take the fast one.
    expect(fast).to.be.greaterThan(100);
    expect(checked - fast).to.be.greaterThan(600);
  });

  it('agrees with valibot on random combinations of broken fields (seed 17)', () => {
    const rnd = mulberry32(17);
    for (let n = 0; n < 3000; n++) {
      let point = pick(rnd, VALID) as unknown;
      // Up to three rounds of mutation, each on the result of the last.
      for (let round = Math.floor(rnd() * 3) + 1; round > 0; round--) point = pick(rnd, [...variants(point)]);
      expectSame(point, `round ${n}:`);
    }
  });
});

describe('Findings.check', () => {
  it('names unknown fields inside a nested object and in the items of a list', () => {
    const unknown = (path: string) => ({ severity: 'warning', path, message: 'unbekanntes Feld, wird ignoriert' });
    const findings = new Findings();
    const kpr = { date: '2021', body: { name: 'KPR', extra: 1 }, note: 'x', action: 'founded' };
    findings.check(KprStatusSchema, kpr, '$.kpr', 'error');
    const funding = [
      { date: '2022', amountEur: 5000 },
      { date: '2023', partners: ['Riesa'], typo: true },
    ];
    findings.check(STATUS_SCHEMAS.funding, funding, '$.funding', 'error');
    expect(findings.issues).to.deep.equal([unknown('$.kpr.body.extra'), unknown('$.funding[1].typo')]);
  });
});

describe('isPartialDate', () => {
  it('knows the length of every month of 1900–2199 as the calendar does', () => {
    for (let year = 1900; year <= 2199; year++) {
      for (let month = 1; month <= 12; month++) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (isPartialDate(date) !== (day >= 1 && day <= days)) expect.fail(date);
        }
      }
    }
  });
});
