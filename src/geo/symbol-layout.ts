/**
 * Where the map draws each place's symbols so that no two overlap at the current zoom: a place's
 * symbols sit side by side (a row, or a 2 × 2 block for four) centred on its label point; a block
 * that would cover one placed before it moves to the nearest free spot on a spiral around its
 * point, and then gets a leader line back to it. Pure and deterministic (the same input gives the
 * same output, whatever order the places come in), in screen px.
 */
import type { Point } from './geometry.js';
import type { Box } from './place-labels.js';

/** One place's symbols. */
export interface SymbolGroup {
  /** The label point in screen px (any origin: only distances count). */
  anchor: Point;
  /** How many symbols the place shows. */
  count: number;
  /** The side of one symbol's cell in px (the symbol and its halo). */
  cell: number;
}

/** Where one place's symbols go, as offsets in px from its anchor. */
export interface PlacedGroup {
  /** The centre of each symbol, in the group's order. */
  offsets: Point[];
  /** The block's centre when it had to leave its point (draw a leader line to it), else undefined. */
  leader?: Point;
  /** The block's box without the gap, in the anchors' px: what place names keep clear of. */
  box: Box;
}

/** Free space kept between two blocks of symbols, in px. */
export const SYMBOL_GAP = 1;
/** Spiral step in px: rings this far apart, points on a ring about this far apart. */
const STEP = 2;
/** How far a block may move (px); past that it stays where it overlaps least. */
export const MAX_SHIFT = 32;

/** Offsets of `count` cells of side `cell` around (0, 0): a row, or 2 × 2 for four. */
export function blockOffsets(count: number, cell: number): Point[] {
  const columns = count === 4 ? 2 : count;
  const rows = Math.ceil(count / columns);
  return Array.from({ length: count }, (_, i): Point => [
    ((i % columns) - (columns - 1) / 2) * cell,
    (Math.floor(i / columns) - (rows - 1) / 2) * cell,
  ]);
}

/** Candidate shifts nearest first: (0, 0), then rings of `STEP` up to `MAX_SHIFT`, each from straight up clockwise. */
function spiral(): Point[] {
  const points: Point[] = [[0, 0]];
  for (let r = STEP; r <= MAX_SHIFT; r += STEP) {
    const n = Math.max(8, Math.round((2 * Math.PI * r) / STEP));
    for (let i = 0; i < n; i++) {
      const angle = (2 * Math.PI * i) / n;
      points.push([r * Math.sin(angle), -r * Math.cos(angle)]);
    }
  }
  return points;
}

let candidates: Point[] | undefined;

/**
 * The blocks placed so far, in square buckets: a candidate spot is tested only against the blocks
 * in the few buckets it touches, each overlap clipped to its bucket so that a block lying in
 * several buckets counts once. All of Germany (thousands of blocks, ~1,000 spots tried for each
 * where the map is crowded) took 2 s when every spot was tested against every nearby block.
 */
class PlacedBoxes {
  private static readonly SIZE = 16;
  private readonly buckets = new Map<number, Box[]>();

  add(box: Box): void {
    const size = PlacedBoxes.SIZE;
    for (let i = Math.floor(box[0] / size); i * size < box[2]; i++)
      for (let j = Math.floor(box[1] / size); j * size < box[3]; j++) {
        const bucket = this.buckets.get(bucketKey(i, j));
        if (bucket) bucket.push(box);
        else this.buckets.set(bucketKey(i, j), [box]);
      }
  }

  /** The area of `box` that placed blocks cover (overlaps of several blocks count each). */
  overlap([x0, y0, x1, y1]: Box): number {
    const size = PlacedBoxes.SIZE;
    let area = 0;
    for (let i = Math.floor(x0 / size); i * size < x1; i++) {
      // The part of the box in this bucket: a block in several buckets counts once.
      const left = Math.max(x0, i * size);
      const right = Math.min(x1, (i + 1) * size);
      for (let j = Math.floor(y0 / size); j * size < y1; j++) {
        const placed = this.buckets.get(bucketKey(i, j));
        if (!placed) continue;
        const top = Math.max(y0, j * size);
        const bottom = Math.min(y1, (j + 1) * size);
        for (const other of placed) {
          const x = Math.min(right, other[2]) - Math.max(left, other[0]);
          const y = Math.min(bottom, other[3]) - Math.max(top, other[1]);
          if (x > 0 && y > 0) area += x * y;
        }
      }
    }
    return area;
  }
}

/** One number per bucket, no string per lookup: px coordinates stay far inside ±2^20 buckets. */
function bucketKey(i: number, j: number): number {
  return i * 2 ** 21 + j;
}

/**
 * Lays out every group's symbols so that no two blocks overlap (each block keeps `SYMBOL_GAP`
 * around it), moving as few as possible as little as possible. Bigger blocks are placed first
 * (they are the hardest to fit), then from top to bottom and left to right, so the result does
 * not depend on the input's order. Returns one `PlacedGroup` per group, in the input's order.
 */
export function layoutSymbols(groups: readonly SymbolGroup[]): PlacedGroup[] {
  candidates ??= spiral();
  const order = groups
    .map((_, i) => i)
    .sort((a, b) => {
      const [ga, gb] = [groups[a]!, groups[b]!];
      return gb.count * gb.cell - ga.count * ga.cell || ga.anchor[1] - gb.anchor[1] || ga.anchor[0] - gb.anchor[0] || a - b;
    });
  const boxes = new PlacedBoxes();
  const placed: PlacedGroup[] = new Array<PlacedGroup>(groups.length);
  for (const i of order) {
    const { anchor, count, cell } = groups[i]!;
    const offsets = blockOffsets(count, cell);
    const halfWidth = (offsets.length === 4 ? cell : (count * cell) / 2) + SYMBOL_GAP / 2;
    const halfHeight = (offsets.length === 4 ? cell : cell / 2) + SYMBOL_GAP / 2;
    const boxAt = ([dx, dy]: Point): Box => [
      anchor[0] + dx - halfWidth,
      anchor[1] + dy - halfHeight,
      anchor[0] + dx + halfWidth,
      anchor[1] + dy + halfHeight,
    ];
    let best: Point = [0, 0];
    let bestArea = Infinity;
    for (const shift of candidates) {
      const area = boxes.overlap(boxAt(shift));
      if (area < bestArea) [best, bestArea] = [shift, area];
      if (area === 0) break;
    }
    const box = boxAt(best);
    boxes.add(box);
    const moved = Math.abs(best[0]) > halfWidth || Math.abs(best[1]) > halfHeight;
    const gap = SYMBOL_GAP / 2;
    placed[i] = {
      offsets: offsets.map(([x, y]): Point => [x + best[0], y + best[1]]),
      ...(moved ? { leader: best } : {}),
      box: [box[0] + gap, box[1] + gap, box[2] - gap, box[3] - gap],
    };
  }
  return placed;
}
