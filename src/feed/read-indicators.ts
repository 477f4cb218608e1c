/** The feed's indicators: each head checked, then each point; broken ones skipped and named. */
import { IndicatorHeadSchema, IndicatorPointSchema } from './schema.js';
import type { Indicator, IndicatorPoint, LayerId } from './types.js';
import { child, type Findings, isPlainObject, type Path } from './findings.js';
import { byCountDay } from './when.js';
import { countOf, FEED_LIMITS, overLimit } from './limits.js';
import type { FeedPart } from './validate-parts.js';
import { FAIL, plainPoint } from './plain-point.js';

/**
 * A cumulative series that falls tells readers that municipalities left. Exact reported figures
 * are compared in the order they count; plans, disputed and qualified figures are not facts to
 * compare.
 */
function warnFalls(indicator: Indicator, pathOf: ReadonlyMap<IndicatorPoint, Path>, findings: Findings): void {
  if (!indicator.cumulative) return;
  let previous: IndicatorPoint | undefined;
  for (const point of indicator.points) {
    if (point.planned || point.disputed || point.qualifier !== 'exact') continue;
    if (previous && point.value < previous.value) {
      findings.add(
        'warning',
        pathOf.get(point)!,
        `Die fortlaufend gezählte Kennzahl „${indicator.id}“ fällt von ${previous.value} (${pathOf.get(previous)}, ${previous.date}) auf ${point.value} (${point.date}). ` +
          'Bitte den Wert korrigieren oder den widerlegten Punkt mit "disputed": true und einer Notiz markieren.',
      );
    }
    previous = point;
  }
}

function readIndicators(raw: unknown, findings: Findings): Map<string, Indicator> {
  const indicators = new Map<string, Indicator>();
  if (raw === undefined) return indicators;
  if (!Array.isArray(raw)) {
    findings.add('fatal', '$.indicators', 'muss eine Liste sein');
    return indicators;
  }
  const points = raw.reduce((sum: number, entry) => sum + (isPlainObject(entry) ? countOf(entry.points) : 0), 0);
  if (
    overLimit(findings, '$.indicators', raw.length, FEED_LIMITS.indicators, 'Kennzahlen') ||
    overLimit(findings, '$.indicators[*].points', points, FEED_LIMITS.points, 'Punkte insgesamt')
  ) {
    return indicators;
  }
  const layerOwners = new Map<LayerId, string>();
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
    if (head.layer) {
      const owner = layerOwners.get(head.layer);
      if (owner) {
        findings.add(
          'warning',
          child(path, 'layer'),
          `Die Ebene „${head.layer}“ gehört schon zur Kennzahl „${owner}“; diese Zuordnung wird ignoriert`,
        );
        delete head.layer;
      } else {
        layerOwners.set(head.layer, head.id);
      }
    }
    const points: IndicatorPoint[] = [];
    const pathOf = new Map<IndicatorPoint, Path>();
    const pointsPath = child(path, 'points');
    rawPoints.forEach((rawPoint, j) => {
      const pointPath = child(pointsPath, j);
      const plain = plainPoint(rawPoint);
      const point = plain === FAIL ? findings.check(IndicatorPointSchema, rawPoint, pointPath, 'error') : plain;
      if (!point) return;
      points.push(point);
      pathOf.set(point, pointPath);
    });
    const indicator: Indicator = { ...head, points: points.sort(byCountDay) };
    warnFalls(indicator, pathOf, findings);
    indicators.set(head.id, indicator);
  });
  return indicators;
}

export const INDICATORS: FeedPart = (input, findings) => ({ indicators: readIndicators(input.indicators, findings) });
