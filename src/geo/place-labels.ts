/**
 * Which place names the map writes, and where: greedy by priority, each name at the first of a
 * few spots around its point where it covers neither a name placed before it nor a symbol. The
 * chosen place and its neighbours are `required`: named even where only a symbol is in the way.
 * Pure and deterministic, in screen px (the names keep their on-screen size at every zoom).
 */
import type { Point } from './geometry.js';

/** A box: left, top, right, bottom (px). */
export type Box = [number, number, number, number];

/** A place that may be named. */
export interface LabelCandidate {
  key: string;
  text: string;
  /** The label point in px (any origin: only distances count). */
  anchor: Point;
  /** Higher is placed first. */
  priority: number;
  /** Named even over a symbol (never over another name). */
  required?: boolean;
}

/** A name that fits: its text is centred on (`x`, `y`). */
export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  /** The box it keeps free (text and halo), for tests and debugging. */
  box: Box;
}

/** Font size of the names in px at the browser's default 16 px, the same at every zoom. */
export const LABEL_FONT_SIZE = 12;

/**
 * The names' font size for a host font size in px: three quarters of it (12 px at 16 px), never
 * below 12 px, so a reader's larger font reaches the map's names too (WCAG 1.4.4).
 */
export function labelFontSize(hostFontSize: number): number {
  return Number.isFinite(hostFontSize) ? Math.max(LABEL_FONT_SIZE, Math.round(hostFontSize * 3) / 4) : LABEL_FONT_SIZE;
}
/** Room for the halo around the text, in px each side. */
const HALO = 2;

export const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Spots for a box of `width` × `height` around its point, nearest first: on it, under, over, right, left, then diagonally. */
function spots(width: number, height: number): Point[] {
  const side = width / 2 + 6;
  return [
    [0, 0],
    [0, height],
    [0, -height],
    [side, 0],
    [-side, 0],
    [0, 2 * height],
    [0, -2 * height],
    [side, height],
    [-side, height],
    [side, -height],
    [-side, -height],
  ];
}

/**
 * Places the names that fit, highest priority first (ties: top to bottom, left to right, by key,
 * so the result does not depend on the input's order); `avoid` are the symbols' boxes, `width`
 * estimates a text's width at `fontSize` (`chart/text-width.ts` errs on the wide side). No two
 * returned boxes overlap; with `within`, each lies inside it (a name cut by the frame's edge is none).
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  avoid: readonly Box[],
  width: (text: string, fontSize: number) => number,
  fontSize = LABEL_FONT_SIZE,
  within?: Box,
): PlacedLabel[] {
  const order = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority || a.anchor[1] - b.anchor[1] || a.anchor[0] - b.anchor[0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const height = Math.ceil(fontSize * 1.2) + 2 * HALO;
  const placed: PlacedLabel[] = [];
  for (const candidate of order) {
    const half = width(candidate.text, fontSize) / 2 + HALO;
    const boxAt = ([dx, dy]: Point): Box => {
      const [x, y] = [candidate.anchor[0] + dx, candidate.anchor[1] + dy];
      return [x - half, y - height / 2, x + half, y + height / 2];
    };
    const freeOfNames = (box: Box): boolean => placed.every((other) => !overlaps(box, other.box));
    const options = spots(2 * half, height)
      .map(boxAt)
      .filter((b) => !within || (b[0] >= within[0] && b[1] >= within[1] && b[2] <= within[2] && b[3] <= within[3]));
    const box =
      options.find((b) => freeOfNames(b) && avoid.every((a) => !overlaps(b, a))) ??
      (candidate.required ? options.find(freeOfNames) : undefined);
    if (box) placed.push({ key: candidate.key, text: candidate.text, x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2, box });
  }
  return placed;
}
