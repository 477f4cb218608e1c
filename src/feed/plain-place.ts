/**
 * The fast path of the map's records, a place's head and its building-block statuses when they
 * are plainly valid: the output their schemas give (fields in the schema's order, defaults filled
 * in, texts trimmed), found without valibot's dataset and issue objects (all of Germany has 3,204
 * places with 7,000 statuses). For anything else, an unknown field included, it returns FAIL, and
 * valibot, the schema of record, checks the record and names what is wrong. Tested against
 * valibot on thousands of valid and broken records (test/feed/plain-place.test.ts).
 */
import { FundingItemSchema, isRecordDate, MAX_FIGURE, MAX_TEXT, PlaceHeadSchema, RecordDateSchema, STATUS_SCHEMAS } from './schema.js';
import type { LayerId } from './types.js';
import { FAIL } from './plain-point.js';

/** A field's output, or FAIL; called with `undefined` for an absent field. */
type Read = (value: unknown) => unknown;

/** The parts of a valibot schema that the fast path reads. */
interface Schema {
  type: string;
  pipe?: unknown;
  wrapped?: Schema;
  default?: unknown;
  item?: Schema;
  entries?: Record<string, Schema>;
  options?: readonly unknown[];
}

const text: Read = (value) => {
  if (typeof value !== 'string') return FAIL;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : FAIL;
};

/** The leaves of the place schemas, known by identity (a pipe is checked by hand, as valibot would). */
const LEAVES = new Map<unknown, Read>([
  [PlaceHeadSchema.entries.name, text], // schema.ts's `Text`, every text of a place
  [RecordDateSchema, (value) => (typeof value === 'string' && isRecordDate(value) ? value : FAIL)],
  // NaN and ±Infinity fail the comparisons, as they fail valibot's number() and finite().
  [FundingItemSchema.entries.amountEur.wrapped, (value) => (typeof value === 'number' && value >= 0 && value <= MAX_FIGURE ? value : FAIL)],
]);

/**
 * The fast path of a schema, read from the schema itself so that the two cannot drift apart: its
 * objects, lists, optional fields, picklists and the leaves above. Anything else (another pipe, a
 * default that is a function or an object, a type not named here) always FAILs and leaves the record
 * to valibot, which would copy an object default for each record where this would share one.
 */
function plainOf(schema: Schema): Read {
  const { type, wrapped, item, entries, options, default: fallback } = schema;
  const leaf = LEAVES.get(schema);
  if (leaf) return leaf;
  if (schema.pipe || typeof fallback === 'function' || (typeof fallback === 'object' && fallback !== null)) return () => FAIL;
  if (type === 'picklist') return (value) => (options!.includes(value) ? value : FAIL);
  if (type === 'optional') {
    // As valibot: an absent or undefined field takes the default, which may be undefined.
    const read = plainOf(wrapped!);
    return (value) => (value === undefined ? fallback : read(value));
  }
  if (type === 'array') {
    // As valibot: every index up to the length is read, holes as undefined.
    const read = plainOf(item!);
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const list = [];
      for (let i = 0; i < value.length; i++) {
        const output = read(value[i]);
        if (output === FAIL) return FAIL;
        list.push(output);
      }
      return list;
    };
  }
  if (type !== 'object') return () => FAIL;
  const keys = Object.keys(entries!);
  const reads = keys.map((key) => plainOf(entries![key]!));
  // As valibot, for an object whose own keys are all known: fields are read with `in` and one get,
  // inherited ones too, and one present as undefined stays in the output. (Valibot reads a list as
  // an object: its items are unknown fields, and a list with only known fields as properties is
  // that object for both.)
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

/** The fast path of each building block's status, keyed by layer id as `STATUS_SCHEMAS`. */
export const PLAIN_STATUSES = Object.fromEntries(
  Object.entries(STATUS_SCHEMAS).map(([layer, schema]) => [layer, plainOf(schema)]),
) as Record<LayerId, Read>;

/** The fast path of `PlaceHeadSchema`. */
export const plainPlaceHead = plainOf(PlaceHeadSchema);

export { FAIL };
