import { expect } from '@open-wc/testing';
import type * as v from 'valibot';
import { PLAIN_STATUSES, plainPlaceHead } from '../../src/feed/plain-place.js';
import { LAYER_IDS, PlaceHeadSchema, STATUS_SCHEMAS } from '../../src/feed/schema.js';
import type { LayerId } from '../../src/feed/types.js';
import type { FastPath } from '../helpers/equivalence.js';
import { EDGE_STRINGS, expectSame, expectSameForMutations, expectSameForVariants, isObject, show } from '../helpers/equivalence.js';
import { pick, type Random } from '../helpers/random.js';

/** Each record type of the places: its schema and its fast path. */
const KINDS: FastPath[] = [
  { name: 'head', schema: PlaceHeadSchema, plain: plainPlaceHead, path: '$.m' },
  ...LAYER_IDS.map((layer) => ({ name: layer, schema: STATUS_SCHEMAS[layer], plain: PLAIN_STATUSES[layer], path: '$.m' })),
];

const body = { name: 'Kommunaler Präventionsrat', url: 'https://x.de', email: 'kpr@x.de', phone: '0351 1234' };
const text = ' Notiz mit Leerzeichen ';

/** Valid records of each kind: the common shapes of the feeds and ones with every field (texts to be trimmed). */
const VALID: Record<string, Record<string, unknown>[]> = {
  head: [{ name: 'Dresden' }, { name: ' Landkreis Görlitz ', note: text }],
  contacted: [{ date: '2021-11' }, {}, { date: '2020-07/2021-05', note: text, source: 'https://x.de' }],
  model: [{ date: '2019-02-06', note: 'Modellkommune', source: 'Quelle' }],
  kpr: [
    { action: 'existing', date: '../2021-11', note: 'Rat', source: 'Quelle' },
    { date: '2023-12', note: 'n', source: 's', action: 'founded', body: { name: 'KPR', url: 'https://x.de' } },
    { action: 'reactivated', body },
  ],
  'pre-agreement': [{ date: '2022' }],
  agreement: [{ date: '2021-11-05', note: 'n', source: 's', partners: ['Riesa', ' Gröditz '] }, { partners: [] }],
  coaching: [{ date: '2024-02-29', source: text }],
  analysis: [
    { date: '2022-03', state: 'running' },
    { state: 'planned', note: 'n' },
  ],
  funding: [
    [{ date: '2022', note: 'n', source: 's', amountEur: 5000, project: 'Projekt' }],
    [
      { date: '2021', amountEur: 0, amountQualifier: 'at-least', partners: ['Riesa'] },
      { project: text, amountQualifier: 'approx' },
    ],
    [],
  ] as unknown as Record<string, unknown>[],
};

/** A getter for each field: read as valibot reads it. */
function withGetters(record: Record<string, unknown>): object {
  const copy = {};
  for (const [key, value] of Object.entries(record)) Object.defineProperty(copy, key, { get: () => value, enumerable: true });
  return copy;
}

/** Put in place of every field and of the whole record: wrong types, edge numbers, bad dates, odd texts and shapes. */
const HOSTILE: unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  -1,
  0.5,
  NaN,
  Infinity,
  1e12,
  1e12 + 1,
  '',
  '   ',
  ...EDGE_STRINGS,
  '2021-13',
  '2021-11-31',
  '1899-12',
  '2200',
  '2021-1',
  '2020-07/2021-05',
  '2021-06/2021-05',
  '../2021-11',
  '2020/..',
  '../..',
  'founded',
  'completed',
  'exact',
  'FOUNDED',
  'toString',
  new String('Riesa'),
  new Number(5),
  new Boolean(false),
  [],
  ['Riesa'],
  [1],
  // eslint-disable-next-line no-sparse-arrays
  [, 'Riesa'],
  {},
  { name: 'KPR' },
  { name: 'KPR', extra: 1 },
  JSON.parse('{"__proto__": {"name": "KPR"}}'),
  Object.create(null),
  Object.freeze({ name: ' KPR ' }),
  () => 'x',
];

/** Keys a JSON feed may carry beside the known ones, `__proto__` as `JSON.parse` makes it (an own key). */
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', 'length', 'name', 'date', 'partners'];

/** `record` and broken or odd variants of it: fields replaced, dropped, added, and other shapes of the same fields. */
function* variants(record: unknown): Generator<unknown> {
  yield record;
  yield* HOSTILE;
  if (Array.isArray(record)) {
    // A list (funding, partners): each item replaced or varied, one dropped or added.
    for (let i = 0; i < record.length; i++) {
      for (const item of variants(record[i])) yield Object.assign([...record], { [i]: item });
      yield record.filter((_item, j) => j !== i);
    }
    yield [...record, ...record];
    yield Object.assign([...record], { extra: 1 });
    yield Object.freeze([...record]);
    return;
  }
  if (!isObject(record)) return;
  for (const key of Object.keys(record)) {
    for (const field of HOSTILE) yield { ...record, [key]: field };
    if (typeof record[key] === 'object') for (const field of variants(record[key])) yield { ...record, [key]: field };
    const { [key]: _dropped, ...rest } = record;
    yield rest;
    yield { ...record, [key]: undefined };
  }
  // First, as a feed would have it; `JSON.parse` makes `__proto__` an own key.
  for (const key of EXTRA_KEYS) yield Object.assign(JSON.parse(`{${JSON.stringify(key)}: 1}`), record);
  yield Object.fromEntries(Object.entries(record).reverse());
  yield Object.create(record); // its fields inherited, none of them own
  yield Object.assign(Object.create(null), record);
  yield Object.freeze({ ...record });
  yield withGetters(record);
  yield new Proxy(record, {});
  // A proxy that hides its first field from `in` but still answers a get for it.
  const [first] = Object.keys(record);
  yield new Proxy(record, { has: (target, key) => key !== first && key in target });
  yield [record];
  yield Object.values(record);
  if (!('length' in record)) yield Object.assign([], record); // a list with the record's fields as properties
}

describe('plain-place', () => {
  it('takes every valid record, with the output valibot gives (fields in schema order, defaults filled in, texts trimmed)', () => {
    for (const kind of KINDS)
      for (const record of VALID[kind.name]!) expect(expectSame(kind, record), `${kind.name} ${show(record)}`).to.be.true;
    expect(PLAIN_STATUSES.kpr({ body: { name: ' KPR ' }, note: undefined, action: 'existing', date: '2021' })).to.deep.equal({
      date: '2021',
      note: undefined,
      action: 'existing',
      body: { name: 'KPR' },
    });
    expect(PLAIN_STATUSES.analysis({})).to.deep.equal({ state: 'completed' });
    expect(PLAIN_STATUSES.funding([{ amountEur: -0 }])).to.deep.equal([{ amountEur: -0, amountQualifier: 'exact' }]);
  });

  it('takes a record with every field of its schema, so no field sends every record to valibot', () => {
    // A valid value for each field name the schemas use; a new field needs one here (and, of a new type, a leaf in plain-place.ts).
    const valid: Record<string, unknown> = {
      name: 'Name',
      note: 'n',
      source: 's',
      date: '2021',
      action: 'existing',
      body: { name: 'KPR', url: 'u', email: 'e', phone: 'p' },
      partners: ['Riesa'],
      state: 'running',
      amountEur: 1,
      amountQualifier: 'approx',
      project: 'p',
    };
    for (const kind of KINDS) {
      const schema = (kind.schema as { item?: v.GenericSchema }).item ?? kind.schema;
      const keys = Object.keys((schema as unknown as { entries: Record<string, unknown> }).entries);
      const full = Object.fromEntries(keys.map((key) => [key, valid[key]]));
      for (const key of keys) expect(valid, `${kind.name}.${key}`).to.have.property(key);
      const record = kind.name === 'funding' ? [full] : full;
      expect(expectSame(kind, record), kind.name).to.be.true;
    }
  });

  it('gives the same records and findings as valibot alone for thousands of broken and odd records', () => {
    let checked = 0;
    let fast = 0;
    for (const kind of KINDS) {
      const counts = expectSameForVariants(kind, VALID[kind.name]!, variants);
      checked += counts.checked;
      fast += counts.fast;
    }
    expect(checked).to.be.greaterThan(4000);
    // Both paths are exercised: valid variants (other dates, trimmed texts, inherited fields) take the fast one.
    expect(fast).to.be.greaterThan(500);
    expect(checked - fast).to.be.greaterThan(3000);
  });

  it('agrees with valibot on random combinations of broken fields (seed 17)', () => {
    const start = (rnd: Random) => {
      const kind = pick(rnd, KINDS);
      return { fastPath: kind, value: pick(rnd, VALID[kind.name]!) };
    };
    expectSameForMutations(17, 3000, start, variants);
  });

  it('gives each status of another layer to valibot when it carries that layer’s fields', () => {
    const layers = LAYER_IDS.filter((layer): layer is Exclude<LayerId, 'funding'> => layer !== 'funding');
    for (const layer of layers) {
      for (const other of layers) {
        for (const record of VALID[other]!)
          expectSame(
            KINDS.find((kind) => kind.name === layer)!,
            record,
            `as ${layer}:`,
          );
      }
    }
  });
});
