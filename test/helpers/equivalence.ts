/**
 * The equivalence harness of the feed's fast paths (src/feed/plain-point.ts, plain-place.ts): whatever
 * a fast path takes must come out as valibot alone gives it, and whatever it refuses goes to valibot.
 */
import { expect } from '@open-wc/testing';
import type * as v from 'valibot';
import { Findings } from '../../src/feed/findings.js';
import { FAIL } from '../../src/feed/plain-point.js';
import { mulberry32, pick, type Random } from './random.js';

/** A fast path beside the schema it stands in for, checked at `path` as the feed's reader checks it. */
export interface FastPath {
  name: string;
  schema: v.GenericSchema;
  /** The schema's output for a plainly valid value, else `FAIL`. */
  plain: (raw: unknown) => unknown;
  path: string;
}

/** Broken and odd variants of a value, the value itself first. */
export type Variants = (value: unknown) => Iterable<unknown>;

/**
 * Among a test's hostile values: texts at the edges of the schemas' text rule (trimmed, then 1 to 2,000
 * characters), and dates at the edges of the date rule (a year alone, 29 February of a common and a leap year).
 */
export const EDGE_STRINGS: readonly string[] = [
  ' x ',
  '\u00a0x\n',
  'x'.repeat(2000),
  'x'.repeat(2001),
  ` ${'x'.repeat(2000)} `,
  '2021',
  '2021-02-29',
  '2024-02-29',
];

/** A plain record, not a list: a value whose fields a test's variants replace, drop and add. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value with its key order, prototype and `undefined` fields kept, for a deep comparison (-0 stays -0). */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return ['list', Array.from(value, shape)];
  if (typeof value === 'object' && value !== null) {
    return ['object', Object.getPrototypeOf(value) === Object.prototype, Object.entries(value).map(([k, field]) => [k, shape(field)])];
  }
  return value;
}

/** A value for an assertion's message: JSON cut short, with `undefined` fields named. */
export function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, field: unknown) => (field === undefined ? '(undefined)' : field))?.slice(0, 160) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * What the feed's reader does with `value` (the fast path, else valibot) against valibot alone: the
 * same output, key order included, and the same findings. Returns whether the fast path took it.
 */
export function expectSame(fastPath: FastPath, value: unknown, where = ''): boolean {
  const both = new Findings();
  const valibot = new Findings();
  const plain = fastPath.plain(value);
  const output = plain === FAIL ? both.check(fastPath.schema, value, fastPath.path, 'error') : plain;
  const expected = valibot.check(fastPath.schema, value, fastPath.path, 'error');
  const what = `${where} ${fastPath.name} ${show(value)}`;
  expect(shape(output), what).to.deep.equal(shape(expected));
  expect(both.issues, what).to.deep.equal(valibot.issues);
  return plain !== FAIL;
}

/** `expectSame` for every variant of each of `values`: how many were checked, and how many the fast path took. */
export function expectSameForVariants(
  fastPath: FastPath,
  values: readonly unknown[],
  variants: Variants,
): { checked: number; fast: number } {
  let checked = 0;
  let fast = 0;
  for (const value of values) {
    for (const variant of variants(value)) {
      if (expectSame(fastPath, variant)) fast++;
      checked++;
    }
  }
  return { checked, fast };
}

/**
 * `expectSame` for `count` random values, the same for the same `seed`: each drawn by `start`, then
 * mutated in one to three rounds, each round a variant of the last round's result.
 */
export function expectSameForMutations(
  seed: number,
  count: number,
  start: (rnd: Random) => { fastPath: FastPath; value: unknown },
  variants: Variants,
): void {
  const rnd = mulberry32(seed);
  for (let n = 0; n < count; n++) {
    const { fastPath, value } = start(rnd);
    let mutated = value;
    for (let round = Math.floor(rnd() * 3) + 1; round > 0; round--) mutated = pick(rnd, [...variants(mutated)]);
    expectSame(fastPath, mutated, `round ${n}:`);
  }
}
