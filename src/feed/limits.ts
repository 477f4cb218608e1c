/**
 * How large a feed may be. ASSKomm's feed is about 80 kB with 419 Gemeinden, a few hundred points
 * and events; the limits leave room for all of Germany and decades of reports, and stop a broken
 * export (or a hostile one) before it freezes the reader's page: checking and drawing grow with
 * the records, so a feed beyond them gets a German error instead of a long hang.
 */
import { type Findings, isPlainObject } from './findings.js';

export const FEED_LIMITS = {
  /** Characters of feed text (about bytes for the mostly ASCII JSON). */
  bytes: 5_000_000,
  /** Entries of `municipalities` (Germany has about 11,000 Gemeinden). */
  places: 15_000,
  bodies: 2_000,
  indicators: 200,
  /** Points of all indicators together. */
  points: 20_000,
  events: 2_000,
} as const;

const fmt = new Intl.NumberFormat('de-DE');

/** The sentence for text over the byte limit; `length` in characters. */
export function tooLongMessage(length: number): string {
  return `Der Feed ist zu groß: ${fmt.format(Math.round(length / 1000))} kB (höchstens ${fmt.format(FEED_LIMITS.bytes / 1000)} kB)`;
}

function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isPlainObject(value) ? Object.keys(value).length : 0;
}

/**
 * Counts the records of a parsed feed before anything walks them; over a limit is fatal, named
 * by field and figure. Cheap: array lengths and key counts only.
 */
export function checkRecordLimits(input: Record<string, unknown>, findings: Findings): void {
  const over = (path: string, count: number, limit: number, what: string): void => {
    if (count > limit) findings.add('fatal', path, `enthält ${fmt.format(count)} ${what} (höchstens ${fmt.format(limit)})`);
  };
  over('$.municipalities', countOf(input.municipalities), FEED_LIMITS.places, 'Einträge');
  over('$.bodies', countOf(input.bodies), FEED_LIMITS.bodies, 'Einträge');
  over('$.events', countOf(input.events), FEED_LIMITS.events, 'Ereignisse');
  const indicators = Array.isArray(input.indicators) ? input.indicators : [];
  over('$.indicators', indicators.length, FEED_LIMITS.indicators, 'Kennzahlen');
  let points = 0;
  for (const indicator of indicators) points += isPlainObject(indicator) ? countOf(indicator.points) : 0;
  over('$.indicators[*].points', points, FEED_LIMITS.points, 'Punkte insgesamt');
}
