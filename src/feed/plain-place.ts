/**
 * The fast path of the map's records, a place's head and its building-block statuses when they
 * are plainly valid: the output their schemas give (fields in the schema's order, defaults filled
 * in, texts trimmed), found without valibot's dataset and issue objects (all of Germany has 3,204
 * places with 7,000 statuses). For anything else, an unknown field included, it returns FAIL, and
 * valibot, the schema of record, checks the record and names what is wrong. Tested against
 * valibot on thousands of valid and broken records (test/feed/plain-place.test.ts).
 */
import { AnalysisStatusSchema, FundingItemSchema, isRecordDate, KprStatusSchema, MAX_FIGURE, MAX_TEXT } from './schema.js';
import type { LayerId } from './types.js';
import { FAIL } from './plain-point.js';

/** A field's output, or FAIL; called with `undefined` for an absent field. */
type Read = (value: unknown) => unknown;

const text: Read = (value) => {
  if (typeof value !== 'string') return FAIL;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : FAIL;
};

const date: Read = (value) => (typeof value === 'string' && isRecordDate(value) ? value : FAIL);

// NaN and ±Infinity fail the comparisons, as they fail valibot's number() and finite().
const count: Read = (value) => (typeof value === 'number' && value >= 0 && value <= MAX_FIGURE ? value : FAIL);

const oneOf =
  (options: readonly unknown[]): Read =>
  (value) =>
    options.includes(value) ? value : FAIL;

/** As valibot's optional(): an absent or undefined field takes the default, which may be undefined. */
const optional =
  (read: Read, fallback?: unknown): Read =>
  (value) =>
    value === undefined ? fallback : read(value);

/** As valibot's array(): every index up to the length is read, holes as undefined. */
const listOf =
  (item: Read): Read =>
  (value) => {
    if (!Array.isArray(value)) return FAIL;
    const list = [];
    for (let i = 0; i < value.length; i++) {
      const output = item(value[i]);
      if (output === FAIL) return FAIL;
      list.push(output);
    }
    return list;
  };

/**
 * As valibot's object() for an object whose own keys are all known. Fields are read as valibot
 * reads them, with `in` and one get, inherited ones too; a field present as undefined stays in the
 * output. (Valibot reads a list as an object: its items are unknown fields, and a list with only
 * known fields as properties is that object for both.)
 */
function object(fields: Record<string, Read>): Read {
  const keys = Object.keys(fields);
  const reads = Object.values(fields);
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return FAIL;
    for (const key of Object.keys(raw)) if (!keys.includes(key)) return FAIL;
    const output: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const present = key in raw;
      const value = reads[i]!(present ? (raw as Record<string, unknown>)[key] : undefined);
      if (value === FAIL) return FAIL;
      if (present || value !== undefined) output[key] = value;
    }
    return output;
  };
}

/** An optional picklist with the options and the default the schema has, so the two cannot drift apart. */
const picked = (schema: { wrapped: { options: readonly unknown[] }; default: unknown }): Read =>
  optional(oneOf(schema.wrapped.options), schema.default);

const statusFields = { date: optional(date), note: optional(text), source: optional(text) };
const status = object(statusFields);
const partners = optional(listOf(text));

/** The fast path of each building block's status, keyed by layer id as `STATUS_SCHEMAS`. */
export const PLAIN_STATUSES: Record<LayerId, Read> = {
  contacted: status,
  model: status,
  kpr: object({
    ...statusFields,
    action: picked(KprStatusSchema.entries.action),
    body: optional(object({ name: text, url: optional(text), email: optional(text), phone: optional(text) })),
  }),
  'pre-agreement': status,
  agreement: object({ ...statusFields, partners }),
  coaching: status,
  analysis: object({ ...statusFields, state: picked(AnalysisStatusSchema.entries.state) }),
  funding: listOf(
    object({
      ...statusFields,
      amountEur: optional(count),
      amountQualifier: picked(FundingItemSchema.entries.amountQualifier),
      project: optional(text),
      partners,
    }),
  ),
};

/** The fast path of `PlaceHeadSchema`. */
export const plainPlaceHead: Read = object({ name: text, note: optional(text) });

export { FAIL };
