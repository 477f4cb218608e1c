/**
 * How large a feed may be. ASSKomm's feed is about 80 kB with 419 Gemeinden, a few hundred points
 * and events; the limits leave room for all of Germany and decades of reports, and stop a broken
 * export (or a hostile one) before it freezes the reader's page: checking and drawing grow with
 * the records, so a feed beyond them gets a German error instead of a long hang. Each part checks
 * its own records, so a counter is not refused for events it never shows.
 */
import { memoize } from '../util/memo.js';
import { type Findings, isPlainObject } from './findings.js';

// Made for the first message: a page's first Intl object loads ICU's data, which a feed within its
// limits should not wait for.
const fmt = memoize(() => new Intl.NumberFormat('de-DE'));

export const FEED_LIMITS = {
  /** Characters of feed text (about bytes for the mostly ASCII JSON). */
  bytes: 5_000_000,
  /** Entries of `municipalities` (Germany has about 11,000 Gemeinden). */
  places: 15_000,
  bodies: 2_000,
  indicators: 200,
  /**
   * Points of all indicators together (ASSKomm has about 100; monthly figures of 11 indicators over
   * 30 years would be 4,000; daily figures of 10 indicators over three years 10,000, which the chart
   * draws without a marker per day: see `distinctMarkers`). Not more: the chart's data table holds
   * a row per date, and 12,000 points of one series took 5.5 s to settle in the hostile-feed test
   * (test/e2e/hostile-feeds.test.mjs, seed 53); at 10,000 its slowest case settles in 2.4 s.
   */
  points: 10_000,
  events: 2_000,
} as const;

/** The sentence for text over the byte limit; `length` in characters. */
export function tooLongMessage(length: number): string {
  return `Der Feed ist zu groß: ${fmt().format(Math.round(length / 1000))} kB (höchstens ${fmt().format(FEED_LIMITS.bytes / 1000)} kB)`;
}

/** The number of entries of a list or an object; 0 for anything else. */
export function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isPlainObject(value) ? Object.keys(value).length : 0;
}

/**
 * Records a fatal finding when `count` passes `limit`, before anything walks the records; returns
 * whether it did. Cheap: the caller counts with array lengths and key counts only.
 */
export function overLimit(findings: Findings, path: string, count: number, limit: number, what: string): boolean {
  if (count <= limit) return false;
  findings.add('fatal', path, `enthält ${fmt().format(count)} ${what} (höchstens ${fmt().format(limit)})`);
  return true;
}
