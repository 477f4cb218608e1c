/**
 * Plausibility checks the schema cannot make: a record dated after the feed's `asOf` (Stand).
 * The other two the validator already makes and the import places in the spreadsheet: a
 * cumulative series that falls (`read-indicators.ts`) and a layer documenting more records than
 * its official figure (`check-official.ts`).
 */
import { endOf, recordSpan, startOf } from '../../src/feed/when.js';
import { LAYER_ORDER } from './columns.js';
import type { Locations } from './locations.js';
import type { Problem } from './problems.js';

type Json = Record<string, unknown>;

/** Warnings for reported figures, events and building blocks that begin after `meta.asOf`. */
export function warnAfterAsOf(feed: Json, locations: Locations): Problem[] {
  const asOf = (feed.meta as Json).asOf as string;
  const stand = endOf(asOf);
  const problems: Problem[] = [];
  const check = (date: unknown, path: string): void => {
    if (typeof date !== 'string') return;
    const start = recordSpan(date).start;
    if (start === undefined || startOf(start).getTime() < stand) return;
    problems.push({
      severity: 'warning',
      where: locations.describe(`${path}.date`),
      message: `${date} liegt nach dem Stand ${asOf} (meta.csv, Feld „Stand“). Bitte den Stand vorrücken oder das Datum prüfen.`,
    });
  };
  (feed.indicators as Json[]).forEach((indicator, i) => {
    (indicator.points as Json[]).forEach((point, j) => {
      if (!point.planned) check(point.date, `$.indicators[${i}].points[${j}]`);
    });
  });
  (feed.events as Json[]).forEach((event, i) => check(event.date, `$.events[${i}]`));
  for (const [section, records] of [
    ['municipalities', feed.municipalities],
    ['bodies', feed.bodies],
  ] as const) {
    for (const [key, record] of Object.entries((records ?? {}) as Json)) {
      for (const layer of LAYER_ORDER) {
        const status = (record as Json)[layer];
        const path = `$.${section}[${JSON.stringify(key)}].${layer}`;
        if (Array.isArray(status)) status.forEach((item: Json, i) => check(item.date, `${path}[${i}]`));
        else if (status) check((status as Json).date, path);
      }
    }
  }
  return problems;
}
