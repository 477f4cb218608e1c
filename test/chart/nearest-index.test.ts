import { expect } from '@open-wc/testing';
import { nearestIndex } from '../../src/chart/nearest-index.js';

describe('nearestIndex', () => {
  it('finds the nearest position, clamped to the ends', () => {
    expect(nearestIndex([0, 100, 200], 40)).to.equal(0);
    expect(nearestIndex([0, 100, 200], 60)).to.equal(1);
    expect(nearestIndex([0, 100, 200], -50)).to.equal(0);
    expect(nearestIndex([0, 100, 200], 999)).to.equal(2);
  });
  it('is -1 without positions', () => {
    expect(nearestIndex([], 5)).to.equal(-1);
  });
});
