import { expect } from '@open-wc/testing';
import { Findings } from '../../src/feed/findings.js';
import { plainPoint } from '../../src/feed/plain-point.js';
import { IndicatorPointSchema, isPartialDate, KprStatusSchema, STATUS_SCHEMAS } from '../../src/feed/schema.js';
import type { FastPath } from '../helpers/equivalence.js';
import { EDGE_STRINGS, expectSame, expectSameForMutations, expectSameForVariants, isObject, show } from '../helpers/equivalence.js';
import { pick } from '../helpers/random.js';

/** The fast path of an indicator point, checked where read-indicators.ts checks a chart's points. */
const POINT: FastPath = { name: 'point', schema: IndicatorPointSchema, plain: plainPoint, path: '$.points[0]' };

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
  ...EDGE_STRINGS,
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

describe('plainPoint', () => {
  it('takes every valid point, with the output valibot gives (defaults filled in, texts trimmed)', () => {
    for (const point of VALID) expect(expectSame(POINT, point), show(point)).to.be.true;
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
    const { checked, fast } = expectSameForVariants(POINT, VALID, variants);
    expect(checked).to.be.greaterThan(900);
    // Both paths are exercised: valid variants (other dates, trimmed texts) take the fast one.
    expect(fast).to.be.greaterThan(100);
    expect(checked - fast).to.be.greaterThan(600);
  });

  it('agrees with valibot on random combinations of broken fields (seed 17)', () => {
    expectSameForMutations(17, 3000, (rnd) => ({ fastPath: POINT, value: pick(rnd, VALID) }), variants);
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
