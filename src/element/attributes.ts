/**
 * Reading attributes that editors type by hand. Each reader returns the value to use and,
 * when the text was wrong, a plain-German hint; the widget shows the hint and falls back to
 * its default instead of showing nothing.
 */
import { FIRST_YEAR, isPartialDate, LAST_YEAR } from '../feed/schema.js';
import type { PartialDate } from '../feed/types.js';
import { editorHints } from '../i18n/strings.js';

/**
 * An attribute value as text: properties set from script may hold numbers. Anything else becomes
 * text as `setAttribute()` would make it (an object reads "[object Object]" and gets its hint).
 */
export function attributeText(value: unknown): string | null {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the DOM's own stringification is the point
  return value === null || value === undefined ? null : String(value);
}

export interface Parsed<T> {
  value: T;
  hint?: string;
}

/** A date attribute (`2021`, `2021-11`, `2021-11-05`); empty means "not set". */
export function readDate(attr: string, raw: string | null | undefined): Parsed<PartialDate | undefined> {
  const text = raw?.trim();
  if (!text) return { value: undefined };
  if (isPartialDate(text)) return { value: text };
  return { value: undefined, hint: editorHints.hintBadDate(attr, text, [FIRST_YEAR, LAST_YEAR]) };
}

/** A comma list of ids from `allowed`; unknown ids are dropped with a hint, none left → `fallback`. */
export function readList<T extends string>(
  attr: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: readonly T[],
): Parsed<T[]> {
  const text = raw?.trim();
  if (!text) return { value: [...fallback] };
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const known = items.filter((item): item is T => (allowed as readonly string[]).includes(item));
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  const hint = unknown.length ? unknown.map((item) => editorHints.hintBadChoice(attr, item, allowed)).join(' ') : undefined;
  return { value: known.length ? [...new Set(known)] : [...fallback], hint };
}

/** One value out of `allowed`; anything else → `fallback` with a hint. */
export function readChoice<T extends string>(attr: string, raw: string | null | undefined, allowed: readonly T[], fallback: T): Parsed<T> {
  const text = raw?.trim();
  if (!text) return { value: fallback };
  if ((allowed as readonly string[]).includes(text)) return { value: text as T };
  return { value: fallback, hint: editorHints.hintBadChoice(attr, text, allowed) };
}

/** The range a numeric attribute accepts, its default and the unit an editor may append. */
export interface NumberBounds {
  fallback: number;
  min: number;
  max: number;
  /** A suffix accepted after the number, e.g. `px` for a height. */
  unit?: string;
}

/** Plain decimal notation: no `0x10`, no `Infinity`, no thousands separators. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A whole number within `min`–`max` (a duration in ms, a height in px). Text that is no decimal
 * number gives `fallback`; a number outside the bounds (also `1e309`) the nearest bound, a
 * fraction the nearest whole number: each time with a hint that names the value used.
 */
export function readNumber(attr: string, raw: string | null | undefined, bounds: NumberBounds): Parsed<number> {
  const text = raw?.trim();
  if (!text) return { value: bounds.fallback };
  const unit = bounds.unit;
  const digits = unit && text.toLowerCase().endsWith(unit) ? text.slice(0, -unit.length).trim() : text;
  if (!DECIMAL.test(digits)) return { value: bounds.fallback, hint: editorHints.hintBadNumber(attr, text, bounds) };
  const number = Number(digits);
  const value = Math.min(bounds.max, Math.max(bounds.min, Math.round(number)));
  if (number < bounds.min || number > bounds.max) return { value, hint: editorHints.hintNumberOutOfRange(attr, text, bounds, value) };
  if (value !== number) return { value, hint: editorHints.hintNumberRounded(attr, text, value) };
  return { value };
}

/** The levels a widget heading may take: `h1` is the page's own title. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level`: 2 to 6 (the page's `h1` is its title); anything else → 2 with a hint. */
export function readHeadingLevel(raw: string | null | undefined): Parsed<HeadingLevel> {
  const text = raw?.trim();
  if (!text) return { value: DEFAULT_HEADING_LEVEL };
  const level = HEADING_LEVELS.find((candidate) => String(candidate) === text);
  if (level) return { value: level };
  return { value: DEFAULT_HEADING_LEVEL, hint: editorHints.hintBadHeadingLevel(text, DEFAULT_HEADING_LEVEL) };
}
