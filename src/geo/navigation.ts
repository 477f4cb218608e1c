/**
 * Moving through the map with the keyboard. Two orders: the documented linear one (by Kreis,
 * then by name, the Kreis-level entry first) reaches every place; the arrow keys move to the
 * nearest place in that direction, as the eye would.
 */
import { byCodeUnits } from '../util/compare.js';
import { memoize } from '../util/memo.js';
import type { Point } from './geometry.js';

export interface NavItem {
  key: string;
  name: string;
  /** 5-digit key and display name ("Landkreis Görlitz") of the Kreis the place belongs to. */
  district: string;
  districtName: string;
  /** The Kreis's own name ("Görlitz"), which the documented order sorts by. */
  districtSortName: string;
  level: 'municipality' | 'district';
  point: Point;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

// Made on first use: the page's first Intl object loads ICU's data, which no first paint should wait for.
const collator = memoize(() => new Intl.Collator('de', { sensitivity: 'base', numeric: true }));

/** By Kreis name, then the Kreis-level entry, then Gemeinde name (AGS breaks ties). */
export function linearOrder<T extends NavItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      collator().compare(a.districtSortName, b.districtSortName) ||
      byCodeUnits(a.district, b.district) ||
      (a.level === b.level ? 0 : a.level === 'district' ? -1 : 1) ||
      collator().compare(a.name, b.name) ||
      byCodeUnits(a.key, b.key),
  );
}

const UNIT: Record<Direction, Point> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The item nearest to `from` in `direction` (screen axes, y down). Items within 60° of the
 * direction win; off-axis distance counts double so the move feels straight.
 */
export function nearestInDirection<T extends NavItem>(items: readonly T[], from: T, direction: Direction): T | undefined {
  const [ux, uy] = UNIT[direction];
  let best: T | undefined;
  let bestScore = Infinity;
  let bestInCone = false;
  for (const item of items) {
    if (item.key === from.key) continue;
    const dx = item.point[0] - from.point[0];
    const dy = item.point[1] - from.point[1];
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const inCone = across <= along * Math.tan(Math.PI / 3);
    const score = along + 2 * across;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = item;
      bestScore = score;
      bestInCone = inCone;
    }
  }
  return best;
}

/** The item `step` places after (or before) `key` in `ordered`, stopping at the ends. */
export function stepInOrder<T extends NavItem>(ordered: readonly T[], key: string | undefined, step: number): T | undefined {
  if (!ordered.length) return undefined;
  const index = ordered.findIndex((item) => item.key === key);
  if (index < 0) return ordered[step < 0 ? ordered.length - 1 : 0];
  return ordered[Math.max(0, Math.min(ordered.length - 1, index + step))];
}
