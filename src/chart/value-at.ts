/**
 * What a series says at one date: the current figure reported on that date, the planned figure
 * for it, or, for a cumulative series, the step it is on (the last current figure before). A
 * qualified or disputed figure that is not the current one is told beside it (`aside`), never
 * instead of it. Nothing is interpolated, and nothing is claimed after the last report.
 */
import { bisector } from 'd3-array';
import type { ChartPoint, ChartSeries } from './select-series.js';

export interface ValueAt {
  point: ChartPoint;
  /** `reported`: a figure of that date; `step`: held from an earlier report; `planned`: a plan, no figure yet. */
  kind: 'reported' | 'step' | 'planned';
  /** A figure reported on that date that is not the current one ("über 100" after 109). */
  aside?: ChartPoint;
  /** A plan for that date beside a current figure: told, never instead of it. */
  plan?: ChartPoint;
}

const byTime = bisector((point: ChartPoint) => point.time);

/**
 * Where the points dated `time` lie in `points` (oldest first, as a series holds them): indices
 * `from` up to `to` (exclusive), found by bisection, so a date of a long series is no scan of it.
 */
export function pointsOn(points: readonly ChartPoint[], time: number): { from: number; to: number } {
  const from = byTime.left(points, time);
  return { from, to: byTime.right(points, time, from) };
}

/** The first of `points` (oldest first) dated `time`. */
export function pointOn(points: readonly ChartPoint[], time: number): ChartPoint | undefined {
  const point = points[byTime.left(points, time)];
  return point?.time === time ? point : undefined;
}

/** The last point of `points[from..to)` that passes `test`. */
function lastIn(points: readonly ChartPoint[], from: number, to: number, test: (p: ChartPoint) => boolean): ChartPoint | undefined {
  for (let i = to - 1; i >= from; i--) if (test(points[i]!)) return points[i];
  return undefined;
}

const isHeadline = (p: ChartPoint): boolean => p.headline;

/** The current figure at `time`: reported that day, or for a cumulative series the step it is on. */
function currentAt(
  series: ChartSeries,
  { from, to }: { from: number; to: number },
  time: number,
): Pick<ValueAt, 'point' | 'kind'> | undefined {
  const exact = lastIn(series.reported, from, to, isHeadline);
  if (exact) return { point: exact, kind: 'reported' };
  if (!series.cumulative) return undefined;
  const last = series.reported.at(-1);
  if (last && time > last.time && !series.continuesAfter) return undefined;
  const step = lastIn(series.reported, 0, from, isHeadline) ?? (series.before && time >= series.before.time ? series.before : undefined);
  return step && { point: step, kind: 'step' };
}

export function valueAt(series: ChartSeries, time: number): ValueAt | undefined {
  const on = pointsOn(series.reported, time);
  const aside = lastIn(series.reported, on.from, on.to, (p) => !p.headline);
  const plan = pointOn(series.planned, time);
  const current = currentAt(series, on, time);
  if (current) return { ...current, ...(aside ? { aside } : {}), ...(plan ? { plan } : {}) };
  if (plan) return { point: plan, kind: 'planned', ...(aside ? { aside } : {}) };
  return undefined;
}
