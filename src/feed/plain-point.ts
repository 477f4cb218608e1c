/**
 * The fast path of the feed's commonest record, an indicator point that is plainly valid: the
 * output `IndicatorPointSchema` gives for it, found without valibot's dataset and issue objects
 * (a chart of 10 × 1,000 points checks 10,000 of them). For anything else it returns FAIL, and
 * valibot, the schema of record, checks the point and names what is wrong. Tested against
 * valibot on thousands of valid and broken points (test/feed/plain-point.test.ts).
 */
import { isPartialDate, MAX_FIGURE, MAX_TEXT, QUALIFIERS } from './schema.js';
import type { IndicatorPoint } from './types.js';

export const FAIL = Symbol('fail');

const FIELDS = ['date', 'value', 'qualifier', 'planned', 'disputed', 'note', 'source'];

/** What the schema makes of `raw` when it is a plainly valid point with no unknown field, else FAIL. */
export function plainPoint(raw: unknown): IndicatorPoint | typeof FAIL {
  // Unknown fields are left to valibot, which warns about them. (A list's items are unknown fields; a
  // list with only a point's fields as properties is read as that point by both.)
  if (typeof raw !== 'object' || raw === null || Object.keys(raw).some((key) => !FIELDS.includes(key))) return FAIL;
  const fields = raw as Record<string, unknown>;
  // As valibot: a field that is absent or undefined takes its default.
  const { date, value, qualifier = 'exact', planned = false, disputed = false } = fields;
  if (
    typeof date !== 'string' ||
    !isPartialDate(date) ||
    typeof value !== 'number' ||
    !(value >= 0 && value <= MAX_FIGURE) ||
    !(QUALIFIERS as readonly unknown[]).includes(qualifier) ||
    typeof planned !== 'boolean' ||
    typeof disputed !== 'boolean'
  ) {
    return FAIL;
  }
  const point = { date, value, qualifier, planned, disputed } as Record<string, unknown>;
  for (const key of ['note', 'source']) {
    // As valibot: a text is trimmed, then 1–2,000 characters; one given as undefined stays so.
    if (!(key in fields)) continue;
    const text = fields[key];
    const trimmed = typeof text === 'string' ? text.trim() : '';
    if (text !== undefined && (!trimmed || trimmed.length > MAX_TEXT)) return FAIL;
    point[key] = text === undefined ? text : trimmed;
  }
  return point as unknown as IndicatorPoint;
}
