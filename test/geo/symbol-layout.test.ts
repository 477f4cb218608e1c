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

/** Pairs of cells that overlap by more than `tolerance` px each way. */
function overlaps(groups: readonly SymbolGroup[], placed: readonly PlacedGroup[], tolerance = 1e-9): number {
  const all = cells(groups, placed);
  let count = 0;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!.box, all[j]!.box];
      const x = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const y = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (x > tolerance && y > tolerance) count++;
    }
  return count;
}

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

  it('lays out 419 Gemeinden with up to 4 symbols each, on a desktop and a phone-sized map', () => {
    // Every Gemeinde with symbols, far more than any real feed (62 places): on a desktop-sized map
    // they fit; on a phone-sized one they need more room than the map has, so many stay where they
    // overlap least (the slowest case). Not a timed assertion: the figures go to bench/README.md.
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
