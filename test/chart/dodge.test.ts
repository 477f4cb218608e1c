import { expect } from '@open-wc/testing';
import { dodge } from '../../src/chart/dodge.js';

describe('dodge', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(dodge([10, 50, 90], 16, 0, 100)).to.deep.equal([10, 50, 90]);
  });
  it('moves touching labels apart, keeping their order', () => {
    const ys = dodge([50, 52], 16, 0, 100)!;
    expect(ys[1]! - ys[0]!).to.equal(16);
    expect(ys[0]).to.equal(50);
  });
  it('pushes labels back inside the bounds', () => {
    const ys = dodge([98, 99], 16, 0, 100)!;
    expect(ys).to.deep.equal([76, 92]);
  });
  it('gives up when the labels cannot fit', () => {
    expect(dodge([10, 20, 30], 40, 0, 100)).to.be.undefined;
  });
});
