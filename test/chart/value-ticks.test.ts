import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/chart/linear-scale.js';
import { valueTicks } from '../../src/chart/value-ticks.js';

describe('valueTicks', () => {
  it('gives whole numbers in de-DE notation, fewer on a shorter axis', () => {
    const ticks = valueTicks(linearScale([0, 4000], [180, 0]), 'count', 'de');
    expect(ticks.map((t) => t.label)).to.deep.equal(['0', '1.000', '2.000', '3.000', '4.000']);
    expect(ticks[1]!.y).to.be.closeTo(135, 0.01);
    expect(valueTicks(linearScale([0, 4000], [90, 0]), 'count', 'de').map((t) => t.label)).to.deep.equal(['0', '2.000', '4.000']);
  });
  it('never shows fractions of a count', () => {
    const ticks = valueTicks(linearScale([0, 2], [400, 0]), 'count', 'de');
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 1, 2]);
  });
  it('writes euros with the sign after the number', () => {
    const labels = valueTicks(linearScale([0, 50_000], [200, 0]), 'eur', 'de').map((t) => t.label.replace(/\s/g, ' '));
    expect(labels).to.include('10.000 €');
    expect(labels.every((l) => /^[\d.]+ €$/.test(l))).to.be.true;
  });
});
