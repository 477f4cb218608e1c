/**
 * What a series says at one date: the figure reported on that date, the planned figure for it,
 * or, for a cumulative series, the step it is on (the last report before). Nothing is
 * interpolated, and nothing is claimed after the last report.
 */
import type { ChartPoint, ChartSeries } from './select-series.js';

export interface ValueAt {
  point: ChartPoint;
  /** `reported`: a figure of that date; `step`: held from an earlier report; `planned`: a plan. */
  kind: 'reported' | 'step' | 'planned';
}

function lastWhere(points: readonly ChartPoint[], test: (p: ChartPoint) => boolean): ChartPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (test(points[i]!)) return points[i];
  return undefined;
}

export function valueAt(series: ChartSeries, time: number): ValueAt | undefined {
  const exact = lastWhere(series.reported, (p) => p.time === time);
  if (exact) return { point: exact, kind: 'reported' };
  const planned = series.planned.find((p) => p.time === time);
  if (planned) return { point: planned, kind: 'planned' };
  if (!series.cumulative) return undefined;
  const last = series.reported.at(-1);
  if (last && time > last.time && !series.continuesAfter) return undefined;
  const step = lastWhere(series.reported, (p) => p.time < time) ?? (series.before && time >= series.before.time ? series.before : undefined);
  return step ? { point: step, kind: 'step' } : undefined;
}
