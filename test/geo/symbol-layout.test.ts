import { expect } from '@open-wc/testing';
import type { Point } from '../../src/geo/geometry.js';
import { blockOffsets, layoutSymbols, MAX_SHIFT, SYMBOL_GAP, type PlacedGroup, type SymbolGroup } from '../../src/geo/symbol-layout.js';

/** The box of every symbol cell, with the group it belongs to. */
function cells(
  groups: readonly SymbolGroup[],
  placed: readonly PlacedGroup[],
): Array<{ group: number; box: [number, number, number, number] }> {
  return placed.flatMap(({ offsets }, group) => {
    const { anchor, cell } = groups[group]!;
    return offsets.map(([dx, dy]) => {
      const [x, y] = [anchor[0] + dx, anchor[1] + dy];
      return { group, box: [x - cell / 2, y - cell / 2, x + cell / 2, y + cell / 2] as [number, number, number, number] };
    });
  });
}

/** Pairs of cells that overlap by more than `tolerance` px each way, as the groups they belong to. */
function overlappingPairs(groups: readonly SymbolGroup[], placed: readonly PlacedGroup[], tolerance = 1e-9): Array<[number, number]> {
  const all = cells(groups, placed);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!.box, all[j]!.box];
      const x = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const y = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (x > tolerance && y > tolerance) pairs.push([all[i]!.group, all[j]!.group]);
    }
  return pairs;
}

const overlaps = (groups: readonly SymbolGroup[], placed: readonly PlacedGroup[]): number => overlappingPairs(groups, placed).length;

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` groups of 1–3 symbols (some of 4) at random points in a `width` × `height` px box. */
function randomGroups(n: number, width: number, height: number, seed = 1): SymbolGroup[] {
  const next = random(seed);
  return Array.from({ length: n }, () => ({
    anchor: [next() * width, next() * height] as Point,
    count: 1 + Math.floor(next() * 3.2),
    cell: 10,
  }));
}

/**
 * The layout as it was before crowded maps were sped up (f79f18d, every spot tested against every
 * block), frozen here: each block at the first spot of the spiral where it touches no block placed
 * before it; with none, `before` takes the spot where it overlaps least, `now` keeps its point.
 */
function referenceLayout(groups: readonly SymbolGroup[], noRoom: 'before' | 'now'): PlacedGroup[] {
  const spots: Point[] = [[0, 0]];
  for (let r = 2; r <= MAX_SHIFT; r += 2) {
    const n = Math.max(8, Math.round((2 * Math.PI * r) / 2));
    for (let i = 0; i < n; i++) spots.push([r * Math.sin((2 * Math.PI * i) / n), -r * Math.cos((2 * Math.PI * i) / n)]);
  }
  const order = groups
    .map((_, i) => i)
    .sort((a, b) => {
      const [ga, gb] = [groups[a]!, groups[b]!];
      return gb.count * gb.cell - ga.count * ga.cell || ga.anchor[1] - gb.anchor[1] || ga.anchor[0] - gb.anchor[0] || a - b;
    });
  const boxes: Array<[number, number, number, number]> = [];
  const placed: PlacedGroup[] = [];
  for (const i of order) {
    const { anchor, count, cell } = groups[i]!;
    const offsets = blockOffsets(count, cell);
    const halfWidth = (count === 4 ? cell : (count * cell) / 2) + SYMBOL_GAP / 2;
    const halfHeight = (count === 4 ? cell : cell / 2) + SYMBOL_GAP / 2;
    const boxAt = ([dx, dy]: Point): [number, number, number, number] => [
      anchor[0] + dx - halfWidth,
      anchor[1] + dy - halfHeight,
      anchor[0] + dx + halfWidth,
      anchor[1] + dy + halfHeight,
    ];
    const reach = MAX_SHIFT + 2 * (halfWidth + halfHeight);
    const near = boxes.filter(
      (b) => b[2] > anchor[0] - reach && b[0] < anchor[0] + reach && b[3] > anchor[1] - reach && b[1] < anchor[1] + reach,
    );
    const overlap = (box: readonly number[]): number =>
      near.reduce((sum, b) => {
        const [x, y] = [Math.min(box[2]!, b[2]) - Math.max(box[0]!, b[0]), Math.min(box[3]!, b[3]) - Math.max(box[1]!, b[1])];
        return x > 0 && y > 0 ? sum + x * y : sum;
      }, 0);
    let best: Point = [0, 0];
    let bestArea = Infinity;
    for (const shift of spots) {
      const area = overlap(boxAt(shift));
      if (area < bestArea) [best, bestArea] = [shift, area];
      if (area === 0) break;
    }
    if (bestArea > 0 && noRoom === 'now') best = [0, 0];
    const box = boxAt(best);
    boxes.push(box);
    const gap = SYMBOL_GAP / 2;
    placed[i] = {
      offsets: offsets.map(([x, y]): Point => [x + best[0], y + best[1]]),
      ...(Math.abs(best[0]) > halfWidth || Math.abs(best[1]) > halfHeight ? { leader: best } : {}),
      box: [box[0] + gap, box[1] + gap, box[2] - gap, box[3] - gap],
    };
  }
  return placed;
}

describe('blockOffsets', () => {
  it('puts one symbol on the point, two and three side by side in a row, four in a 2 × 2 block', () => {
    expect(blockOffsets(1, 10)).to.deep.equal([[0, 0]]);
    expect(blockOffsets(2, 10)).to.deep.equal([
      [-5, 0],
      [5, 0],
    ]);
    expect(blockOffsets(3, 10)).to.deep.equal([
      [-10, 0],
      [0, 0],
      [10, 0],
    ]);
    expect(blockOffsets(4, 10)).to.deep.equal([
      [-5, -5],
      [5, -5],
      [-5, 5],
      [5, 5],
    ]);
  });
});

describe('layoutSymbols', () => {
  it('leaves groups that do not collide on their points, without leader lines', () => {
    const groups: SymbolGroup[] = [
      { anchor: [0, 0], count: 3, cell: 10 },
      { anchor: [100, 0], count: 1, cell: 10 },
    ];
    expect(layoutSymbols(groups)).to.deep.equal([
      { offsets: blockOffsets(3, 10), box: [-15, -5, 15, 5] },
      { offsets: [[0, 0]], box: [95, -5, 105, 5] },
    ]);
  });

  it('moves the smaller of two colliding groups to the nearest free spot, with a leader line', () => {
    const groups: SymbolGroup[] = [
      { anchor: [0, 0], count: 1, cell: 10 },
      { anchor: [4, 3], count: 2, cell: 10 },
    ];
    const [single, pair] = layoutSymbols(groups);
    expect(pair, 'the bigger block stays').to.deep.equal({ offsets: blockOffsets(2, 10), box: [-6, -2, 14, 8] });
    expect(single!.leader, 'the single symbol moved and points back').to.exist;
    expect(Math.hypot(...single!.leader!)).to.be.at.most(10 + SYMBOL_GAP + 2);
    expect(overlaps(groups, [single!, pair!])).to.equal(0);
    // The box names keep clear of is the moved block's cell.
    const [dx, dy] = single!.offsets[0]!;
    [dx - 5, dy - 5, dx + 5, dy + 5].forEach((edge, i) => expect(single!.box[i]).to.be.closeTo(edge, 1e-9));
  });

  it('gives the same result whatever the order of the input', () => {
    const groups = randomGroups(60, 300, 200);
    const forward = layoutSymbols(groups);
    const backward = layoutSymbols([...groups].reverse()).reverse();
    expect(backward).to.deep.equal(forward);
    expect(layoutSymbols(groups)).to.deep.equal(forward);
  });

  it('lays out a crowded map without overlaps, moving no block further than MAX_SHIFT', () => {
    // 120 groups on a phone-sized map: about 3 times as many as the real feed puts there.
    const groups = randomGroups(120, 373, 272, 7);
    const placed = layoutSymbols(groups);
    expect(overlaps(groups, placed)).to.equal(0);
    for (const group of placed) expect(Math.hypot(...(group.leader ?? [0, 0]))).to.be.at.most(MAX_SHIFT + 1e-9);
  });

  it('lays out maps where every block finds room exactly as before, bit for bit', () => {
    // Saxony's 419 Gemeinden on a desktop-sized map, and 2,000 places spread over a large one.
    for (const [n, width, height, seed] of [
      [419, 958, 699, 3],
      [2000, 1920, 1400, 5],
    ] as const) {
      const groups = randomGroups(n, width, height, seed);
      const before = referenceLayout(groups, 'before');
      expect(overlaps(groups, before), `${n} groups: every block found room`).to.equal(0);
      expect(before.filter((g) => g.leader).length, `${n} groups: some blocks moved`).to.be.above(10);
      expect(layoutSymbols(groups)).to.deep.equal(before);
    }
  });

  it('lays out maps where every block finds room exactly as before also on whole and half pixels, Kreis cells, 2 × 2 blocks and far origins', () => {
    // Spots that only touch a placed block (a common case on whole-px anchors) are free: the raster
    // must not mark them (its margin); Kreis-level cells are 12.5 px.
    const next = random(23);
    for (const [step, origin] of [
      [1, 0],
      [0.5, -500.37],
    ] as const) {
      const groups: SymbolGroup[] = Array.from({ length: 300 }, () => ({
        anchor: [origin + Math.round((next() * 900) / step) * step, origin + Math.round((next() * 650) / step) * step] as Point,
        count: 1 + Math.floor(next() * 4),
        cell: next() < 0.2 ? 12.5 : 10,
      }));
      const before = referenceLayout(groups, 'before');
      expect(overlaps(groups, before), `step ${step}: every block found room`).to.equal(0);
      expect(layoutSymbols(groups), `step ${step}`).to.deep.equal(before);
    }
  });

  it('keeps a block on its point, without a leader line, when a map is too crowded to give it room', () => {
    // 600 places in 240 × 175 px: far more symbols than the map can hold (as all of Germany).
    const groups = randomGroups(600, 240, 175, 11);
    const placed = layoutSymbols(groups);
    expect(placed).to.deep.equal(referenceLayout(groups, 'now'));
    const covered = new Set(overlappingPairs(groups, placed).flat());
    const onPoint = (group: PlacedGroup): boolean =>
      JSON.stringify(group.offsets) === JSON.stringify(blockOffsets(group.offsets.length, 10));
    const stayed = placed.filter((group, i) => covered.has(i) && onPoint(group));
    expect(stayed.length, 'blocks left on their points, over their neighbours').to.be.above(100);
    expect(placed.filter((g) => g.leader).length, 'blocks that still found room nearby').to.be.above(10);
    for (const group of placed) expect(Math.hypot(...(group.leader ?? [0, 0]))).to.be.at.most(MAX_SHIFT + 1e-9);
  });

  it('lays out 419 Gemeinden with up to 4 symbols each, on a desktop and a phone-sized map', () => {
    // Every Gemeinde with symbols, far more than any real feed (62 places): on a desktop-sized map
    // they fit; on a phone-sized one they need more room than the map has, so many stay on their
    // points. Not a timed assertion: the figures go to bench/README.md.
    for (const [width, height] of [
      [958, 699],
      [373, 272],
    ] as const) {
      const groups = randomGroups(419, width, height, 3);
      const start = performance.now();
      const placed = layoutSymbols(groups);
      const ms = performance.now() - start;
      const moved = placed.filter((g) => g.leader).length;
      console.log(
        `layoutSymbols ${width} × ${height} px: 419 groups, ${groups.reduce((n, g) => n + g.count, 0)} symbols, ${moved} moved, ${overlaps(groups, placed)} overlapping pairs, ${ms.toFixed(1)} ms`,
      );
      expect(placed).to.have.length(419);
    }
  });
});
