/**
 * Where the map draws each place's symbols so that no two overlap at the current zoom: a place's
 * symbols sit side by side (a row, or a 2 × 2 block for four) centred on its label point; a block
 * that would cover one placed before it moves to the nearest free spot on a spiral around its
 * point (at most `MAX_SHIFT` away), and then gets a leader line back to it. A block with no free
 * spot within `MAX_SHIFT` (a map more crowded than its symbols can fit, as all of Germany) stays on
 * its point, over its neighbours, without a leader line: moving it would not clear it either, and
 * on its point it still marks its own place. Pure and deterministic (the same input gives the same
 * output, whatever order the places come in), in screen px.
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
/** How far a block may move (px); with no free spot that near, it stays on its point. */
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
 * in the few buckets it touches. All of Germany (thousands of blocks) took 2 s when every spot
 * was tested against every nearby block.
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

  /** Whether a placed block covers part of `box` (touching edges do not count). */
  hits([x0, y0, x1, y1]: Box): boolean {
    const size = PlacedBoxes.SIZE;
    for (let i = Math.floor(x0 / size); i * size < x1; i++)
      for (let j = Math.floor(y0 / size); j * size < y1; j++) {
        for (const other of this.buckets.get(bucketKey(i, j)) ?? []) {
          if (x1 > other[0] && other[2] > x0 && y1 > other[1] && other[3] > y0) return true;
        }
      }
    return false;
  }

  /** Every placed block in the buckets `box` touches, each once, into `found`. */
  near([x0, y0, x1, y1]: Box, found: Box[]): Box[] {
    const size = PlacedBoxes.SIZE;
    const [i0, j0] = [Math.floor(x0 / size), Math.floor(y0 / size)];
    found.length = 0;
    for (let i = i0; i * size < x1; i++)
      for (let j = j0; j * size < y1; j++)
        for (const other of this.buckets.get(bucketKey(i, j)) ?? []) {
          // A block in several of these buckets is taken in the first of them only.
          if (Math.max(Math.floor(other[0] / size), i0) === i && Math.max(Math.floor(other[1] / size), j0) === j) found.push(other);
        }
    return found;
  }
}

/** One number per bucket, no string per lookup: px coordinates stay far inside ±2^20 buckets. */
function bucketKey(i: number, j: number): number {
  return i * 2 ** 21 + j;
}

/** Side of a cell of the shift raster, in px. */
const MASK_CELL = 2;
/** Cells of the shift raster across: shifts from -MAX_SHIFT to +MAX_SHIFT, one cell spare each side. */
const MASK_SIDE = Math.ceil((2 * MAX_SHIFT) / MASK_CELL) + 2;
/** Kept clear of a blocked region's edges, in px: far above float rounding, far below a spiral step. */
const MARGIN = 1e-6;

/**
 * The shifts at which one block surely lands on a placed one: each placed block near it rules out
 * an open rectangle of shifts (its box grown by the moving block's half sides); a raster cell lying
 * wholly inside one is marked. A spot whose cell is unmarked is then tested exactly. Built only for
 * blocks that cannot stay on their point, so a crowded map costs one raster per block instead of
 * an exact test at each of the ~850 spots.
 */
function blockedShifts(boxes: PlacedBoxes, [ax, ay]: Point, halfWidth: number, halfHeight: number): Int32Array {
  const side = MASK_SIDE + 1;
  // Corner marks of each rectangle, then summed in place: a cell > 0 lies inside at least one.
  const counts = (scratch ??= new Int32Array(side * side)).fill(0);
  const reach = MAX_SHIFT + MASK_CELL;
  const toCell = (shift: number): number => shift / MASK_CELL + MASK_SIDE / 2;
  const near: Box = [ax - reach - halfWidth, ay - reach - halfHeight, ax + reach + halfWidth, ay + reach + halfHeight];
  for (const [x0, y0, x1, y1] of boxes.near(near, nearScratch)) {
    // Cells [i0, i1) × [j0, j1) lie wholly inside the open rectangle of shifts.
    const i0 = Math.max(0, Math.ceil(toCell(x0 - ax - halfWidth + MARGIN)));
    const i1 = Math.min(MASK_SIDE, Math.floor(toCell(x1 - ax + halfWidth - MARGIN)));
    const j0 = Math.max(0, Math.ceil(toCell(y0 - ay - halfHeight + MARGIN)));
    const j1 = Math.min(MASK_SIDE, Math.floor(toCell(y1 - ay + halfHeight - MARGIN)));
    if (i0 >= i1 || j0 >= j1) continue;
    counts[j0 * side + i0]! += 1;
    counts[j0 * side + i1]! -= 1;
    counts[j1 * side + i0]! -= 1;
    counts[j1 * side + i1]! += 1;
  }
  for (let j = 0; j < MASK_SIDE; j++) {
    let run = 0;
    for (let i = 0, k = j * side; i < MASK_SIDE; i++, k++) {
      run += counts[k]!;
      counts[k] = j > 0 ? run + counts[k - side]! : run;
    }
  }
  return counts;
}

/** The raster's memory and the list of nearby blocks, reused from block to block. */
let scratch: Int32Array | undefined;
const nearScratch: Box[] = [];

/**
 * The first spot in `candidates` (nearest first) where the block touches no placed block, or
 * undefined when there is none within MAX_SHIFT. The point itself is tested exactly (most blocks
 * stay there); past it, only the spots the raster leaves open.
 */
function firstFreeShift(
  boxes: PlacedBoxes,
  anchor: Point,
  halfWidth: number,
  halfHeight: number,
  boxAt: (shift: Point) => Box,
): Point | undefined {
  const spots = candidates!;
  if (!boxes.hits(boxAt(spots[0]!))) return spots[0];
  const blocked = blockedShifts(boxes, anchor, halfWidth, halfHeight);
  for (let k = 1; k < spots.length; k++) {
    const shift = spots[k]!;
    const i = Math.floor(shift[0] / MASK_CELL + MASK_SIDE / 2);
    const j = Math.floor(shift[1] / MASK_CELL + MASK_SIDE / 2);
    if (blocked[j * (MASK_SIDE + 1) + i]! > 0) continue;
    if (!boxes.hits(boxAt(shift))) return shift;
  }
  return undefined;
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
    // No room within MAX_SHIFT: the block stays on its point, over its neighbours.
    const best = firstFreeShift(boxes, anchor, halfWidth, halfHeight, boxAt) ?? [0, 0];
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
