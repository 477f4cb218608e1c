/**
 * What a series says at one date: the current figure reported on that date, the planned figure
 * for it, or, for a cumulative series, the step it is on (the last current figure before). A
 * qualified or disputed figure that is not the current one is told beside it (`aside`), never
 * instead of it. Nothing is interpolated, and nothing is claimed after the last report.
 */
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

function lastWhere(points: readonly ChartPoint[], test: (p: ChartPoint) => boolean): ChartPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (test(points[i]!)) return points[i];
  return undefined;
}

/** The current figure at `time`: reported that day, or for a cumulative series the step it is on. */
function currentAt(series: ChartSeries, time: number): Pick<ValueAt, 'point' | 'kind'> | undefined {
  const exact = lastWhere(series.reported, (p) => p.time === time && p.headline);
  if (exact) return { point: exact, kind: 'reported' };
  if (!series.cumulative) return undefined;
  const last = series.reported.at(-1);
  if (last && time > last.time && !series.continuesAfter) return undefined;
  const step =
    lastWhere(series.reported, (p) => p.headline && p.time < time) ??
    (series.before && time >= series.before.time ? series.before : undefined);
  return step && { point: step, kind: 'step' };
}

export function valueAt(series: ChartSeries, time: number): ValueAt | undefined {
  const aside = lastWhere(series.reported, (p) => p.time === time && !p.headline);
  const plan = series.planned.find((p) => p.time === time);
  const current = currentAt(series, time);
  if (current) return { ...current, ...(aside ? { aside } : {}), ...(plan ? { plan } : {}) };
  if (plan) return { point: plan, kind: 'planned', ...(aside ? { aside } : {}) };
  return undefined;
}
