import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/chart/linear-scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, also outside it and upside down', () => {
    const y = linearScale([0, 400], [200, 0]);
    expect([0, 100, 400, 800].map(y)).to.deep.equal([200, 150, 0, -200]);
  });
  it('maps UTC times (ms) onto px', () => {
    const x = linearScale([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)], [10, 741]);
    expect(x(Date.UTC(2020, 0, 1))).to.equal(10);
    expect(x(Date.UTC(2022, 0, 1))).to.equal(741);
    // 2020 has 366 of the 731 days.
    expect(x(Date.UTC(2021, 0, 1))).to.be.closeTo(376, 1e-9);
  });
  it('maps an empty domain to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 100])(5)).to.equal(50);
  });
  it('gives back its domain and range', () => {
    const scale = linearScale([0, 10], [300, 20]);
    expect(scale.domain()).to.deep.equal([0, 10]);
    expect(scale.range()).to.deep.equal([300, 20]);
  });
});
