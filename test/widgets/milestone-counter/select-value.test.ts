import { expect } from '@open-wc/testing';
import type { Indicator } from '../../../src/feed/types.js';
import { selectFigure } from '../../../src/widgets/milestone-counter/select-value.js';

const advised: Indicator = {
  id: 'advised',
  label: { de: 'Kommunen beraten', en: 'Municipalities advised' },
  format: 'count',
  cumulative: true,
  points: [
    { date: '2019-02-06', value: 8, qualifier: 'exact', planned: false, disputed: false },
    { date: '2021-02-06', value: 102, qualifier: 'exact', planned: false, disputed: false },
    { date: '2021-11', value: 126, qualifier: 'exact', planned: false, disputed: false },
    { date: '2023', value: 200, qualifier: 'exact', planned: true, disputed: false },
  ],
};

describe('selectFigure', () => {
  it('pairs the shown point with the point at or before `since`', () => {
    const figure = selectFigure(advised, { since: '2021-02-06' })!;
    expect(figure.point.value).to.equal(126);
    expect(figure.base?.value).to.equal(102);
  });
  it('has no base when the series starts after `since`', () => {
    expect(selectFigure(advised, { since: '2018' })!.base).to.be.undefined;
  });
  it('has no base when `since` is not before the shown point', () => {
    expect(selectFigure(advised, { since: '2022' })!.base).to.be.undefined;
    expect(selectFigure(advised, { date: '2021-03', since: '2021-11' })!.base).to.be.undefined;
  });
  it('is undefined when nothing was reported by `date`', () => {
    expect(selectFigure(advised, { date: '2018' })).to.be.undefined;
  });
});
