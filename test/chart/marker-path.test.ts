import { expect } from '@open-wc/testing';
import { markerPath, markerPathAt } from '../../src/chart/marker-path.js';

describe('markerPath', () => {
  it('gives each of six series its own shape, then repeats', () => {
    const shapes = [0, 1, 2, 3, 4, 5].map((i) => markerPath(i));
    expect(new Set(shapes).size).to.equal(6);
    expect(markerPath(6)).to.equal(shapes[0]);
    for (const d of shapes) expect(d).to.match(/^M/);
  });
  it('draws the same shape moved to a point, for every series', () => {
    // The numbers of a path, read in order.
    const numbers = (d: string): number[] => [...d.matchAll(/-?\d+(\.\d+)?(e-?\d+)?/g)].map((m) => Number(m[0]));
    for (let i = 0; i < 6; i++) {
      const at = markerPathAt(i, 100, 50);
      const base = markerPath(i);
      // Only the points move: the commands stay, the radius of the circle's arcs too.
      expect(at.replace(/[-\d.e]+/g, '#'), `shape ${i}`).to.equal(base.replace(/[-\d.e]+/g, '#'));
      const [x, y] = numbers(at);
      const [bx, by] = numbers(base);
      expect(x! - bx!, `shape ${i} x`).to.be.closeTo(100, 1e-9);
      expect(y! - by!, `shape ${i} y`).to.be.closeTo(50, 1e-9);
    }
    expect(markerPathAt(0, 0, 0)).to.equal(markerPath(0));
  });
});
