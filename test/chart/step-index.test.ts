import { expect } from '@open-wc/testing';
import { stepIndex } from '../../src/chart/step-index.js';

describe('stepIndex', () => {
  it('moves one date with the arrows and stops at the ends', () => {
    expect(stepIndex('ArrowRight', 1, 4)).to.equal(2);
    expect(stepIndex('ArrowRight', 3, 4)).to.equal(3);
    expect(stepIndex('ArrowLeft', 1, 4)).to.equal(0);
    expect(stepIndex('ArrowLeft', 0, 4)).to.equal(0);
  });
  it('jumps with Home and End, and starts at an end without an active date', () => {
    expect(stepIndex('Home', 2, 4)).to.equal(0);
    expect(stepIndex('End', 0, 4)).to.equal(3);
    expect(stepIndex('ArrowRight', -1, 4)).to.equal(0);
    expect(stepIndex('ArrowLeft', -1, 4)).to.equal(3);
  });
  it('leaves other keys and empty charts alone', () => {
    expect(stepIndex('Tab', 1, 4)).to.be.undefined;
    expect(stepIndex('ArrowRight', -1, 0)).to.be.undefined;
  });
});
