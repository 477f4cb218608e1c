/**
 * The dashed segments of a series' plans: each planned point is reached from the figure just
 * before it (reported or planned), so a plan is read as "from where it stood to the target".
 * A plan with nothing before it stands alone as its hollow marker.
 */
import { currentFigures, type ChartPoint, type ChartSeries } from './select-series.js';

export interface PlannedSegment {
  from: ChartPoint;
  to: ChartPoint;
  /** `from` lies before the chart's range: the segment starts at the left edge. */
  fromBefore: boolean;
}

export function plannedSegments(series: ChartSeries): PlannedSegment[] {
  const known = [...currentFigures(series), ...series.planned];
  const segments: PlannedSegment[] = [];
  for (const plan of series.planned) {
    let from: ChartPoint | undefined;
    for (const p of known) if (p.time < plan.time && (!from || p.time >= from.time)) from = p;
    if (from) segments.push({ from, to: plan, fromBefore: false });
    else if (series.before) segments.push({ from: series.before, to: plan, fromBefore: true });
  }
  return segments;
}
