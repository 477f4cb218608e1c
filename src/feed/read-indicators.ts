/** The feed's indicators: each head checked, then each point; broken ones skipped and named. */
import { IndicatorHeadSchema, IndicatorPointSchema } from './schema.js';
import type { Indicator, IndicatorPoint } from './types.js';
import { byDate, child, type Findings, isPlainObject } from './findings.js';
import type { FeedPart } from './validate-parts.js';

function readIndicators(raw: unknown, findings: Findings): Map<string, Indicator> {
  const indicators = new Map<string, Indicator>();
  if (raw === undefined) return indicators;
  if (!Array.isArray(raw)) {
    findings.add('fatal', '$.indicators', 'muss eine Liste sein');
    return indicators;
  }
  raw.forEach((entry, i) => {
    const path = child('$.indicators', i);
    const { points: rawPoints, ...headFields } = isPlainObject(entry) ? entry : { points: undefined };
    const head = findings.check(IndicatorHeadSchema, isPlainObject(entry) ? headFields : entry, path, 'error');
    if (!head) return;
    if (indicators.has(head.id)) {
      findings.add('error', child(path, 'id'), `Kennzahl „${head.id}“ ist doppelt; nur die erste wird verwendet`);
      return;
    }
    if (!Array.isArray(rawPoints)) {
      findings.add('error', child(path, 'points'), 'fehlt oder ist keine Liste; Kennzahl wird übersprungen');
      return;
    }
    const points: IndicatorPoint[] = [];
    rawPoints.forEach((rawPoint, j) => {
      const point = findings.check(IndicatorPointSchema, rawPoint, child(child(path, 'points'), j), 'error');
      if (point) points.push(point);
    });
    indicators.set(head.id, { ...head, points: points.sort(byDate) });
  });
  return indicators;
}

export const INDICATORS: FeedPart = (input, findings) => ({ indicators: readIndicators(input.indicators, findings) });
