import { expect } from '@open-wc/testing';
import { layoutAnnotations, type PlacedAnnotation } from '../../src/chart/layout-annotations.js';

const overlaps = (a: PlacedAnnotation, b: PlacedAnnotation) => a.lane === b.lane && a.left < b.right && b.left < a.right;

describe('layoutAnnotations', () => {
  it('puts labels that fit side by side in the lane next to the plot', () => {
    const { placed, hidden } = layoutAnnotations(
      [
        { key: 'a', x: 0, width: 50, priority: 1 },
        { key: 'b', x: 200, width: 50, priority: 2 },
      ],
      { min: 0, max: 400, lanes: 2 },
    );
    expect(placed.map((p) => [p.key, p.lane, p.anchor])).to.deep.equal([
      ['a', 0, 'start'],
      ['b', 0, 'start'],
    ]);
    expect(hidden).to.deep.equal([]);
  });

  it('stacks close events, turns labels at the right edge, and leaves out the least important', () => {
    const { placed, hidden } = layoutAnnotations(
      [
        { key: 'low', x: 30, width: 80, priority: 3 },
        { key: 'top', x: 40, width: 80, priority: 1 },
        { key: 'mid', x: 20, width: 80, priority: 2 },
        { key: 'edge', x: 290, width: 80, priority: 1 },
      ],
      { min: 0, max: 300, lanes: 2 },
    );
    expect(hidden).to.deep.equal(['low']);
    expect(placed.find((p) => p.key === 'mid')!.lane).to.equal(1);
    const edge = placed.find((p) => p.key === 'edge')!;
    expect(edge.anchor).to.equal('end');
    expect(edge.right).to.equal(290);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b), `${a.key}/${b.key}`).to.be.false;
  });

  it('never lets a rule run through a label below it', () => {
    const { placed, hidden } = layoutAnnotations(
      [
        { key: 'first', x: 100, width: 60, priority: 1 },
        { key: 'second', x: 85, width: 60, priority: 2 },
        { key: 'third', x: 120, width: 60, priority: 3 },
      ],
      { min: 50, max: 400, lanes: 3 },
    );
    // `third` would need a lane above `first`, and its rule would cross `first`'s label.
    expect(hidden).to.deep.equal(['third']);
    expect(placed.map((p) => [p.key, p.lane])).to.deep.equal([
      ['second', 1],
      ['first', 0],
    ]);
    for (const low of placed)
      for (const high of placed) if (low.lane < high.lane) expect(low.left <= high.x && high.x <= low.right).to.be.false;
  });
});
