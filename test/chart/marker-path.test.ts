import { expect } from '@open-wc/testing';
import { markerPath } from '../../src/chart/marker-path.js';

describe('markerPath', () => {
  it('gives each of six series its own shape, then repeats', () => {
    const shapes = [0, 1, 2, 3, 4, 5].map((i) => markerPath(i));
    expect(new Set(shapes).size).to.equal(6);
    expect(markerPath(6)).to.equal(shapes[0]);
    for (const d of shapes) expect(d).to.match(/^M/);
  });
});
