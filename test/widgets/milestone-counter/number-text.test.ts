import { expect } from '@open-wc/testing';
import { formatDelta, frameFormatter } from '../../../src/widgets/milestone-counter/number-text.js';

const NBSP = '\u00a0';

describe('frameFormatter', () => {
  it('rounds the in-between values of a standard count-up', () => {
    const frame = frameFormatter(420000, 'de', 'eur', 'standard');
    expect(frame(210000.4)).to.equal(`210.000${NBSP}€`);
    expect(frame(420000)).to.equal(`420.000${NBSP}€`);
  });

  it('keeps the magnitude word and decimals of a compact final value', () => {
    const frame = frameFormatter(1300000, 'de', 'eur', 'compact');
    expect(frame(0)).to.equal(`0,0${NBSP}Mio.${NBSP}€`);
    expect(frame(650000)).to.equal(`0,7${NBSP}Mio.${NBSP}€`);
    expect(frame(1300000)).to.equal(`1,3${NBSP}Mio.${NBSP}€`);
    expect(frameFormatter(1300000, 'en', 'eur', 'compact')(650000)).to.equal('€0.7m');
  });

  it('keeps whole numbers for a compact value without magnitude word', () => {
    expect(frameFormatter(1300, 'de', 'count', 'compact')(650.4)).to.equal('650');
  });
});

describe('formatDelta', () => {
  it('always signs the change', () => {
    expect(formatDelta(24, 'de', 'count', 'standard')).to.equal('+24');
    expect(formatDelta(-50, 'de', 'count', 'standard')).to.equal('-50');
    expect(formatDelta(0, 'de', 'count', 'standard')).to.equal('±0');
    expect(formatDelta(170000, 'de', 'eur', 'standard')).to.equal(`+170.000${NBSP}€`);
    expect(formatDelta(1000, 'en', 'count', 'standard')).to.equal('+1,000');
  });
});
