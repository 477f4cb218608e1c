import { expect } from '@open-wc/testing';
import { seriesPath } from '../../src/chart/series-path.js';

describe('seriesPath', () => {
  it('draws a cumulative series as steps that hold until the next report', () => {
    expect(
      seriesPath(
        [
          [0, 100],
          [50, 60],
          [100, 20],
        ],
        true,
      ),
    ).to.equal('M0,100L50,100L50,60L100,60L100,20');
  });
  it('draws other series as straight segments, never curves', () => {
    expect(
      seriesPath(
        [
          [0, 100],
          [50, 60],
        ],
        false,
      ),
    ).to.equal('M0,100L50,60');
  });
  it('has no line for a single point (the marker shows it)', () => {
    expect(seriesPath([[0, 100]], true)).to.equal('');
  });
});
