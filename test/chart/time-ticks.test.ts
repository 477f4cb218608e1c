import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/chart/linear-scale.js';
import { timeTicks } from '../../src/chart/time-ticks.js';

const scale = (from: string, to: string, width: number) => linearScale([Date.parse(from), Date.parse(to)], [0, width]);

describe('timeTicks', () => {
  it('labels in German: years as "2020", months as "Feb. 2019" before a year is named, "Apr." after', () => {
    const ticks = timeTicks(scale('2019-02-06', '2021-11-01', 800), 'de');
    const labels = ticks.map((t) => t.label);
    expect(labels).to.include('2020');
    expect(labels[0]).to.match(/^[A-ZÄÖÜ][a-zä]+\.? 2019$/);
    for (const label of labels.slice(1))
      expect(label).to.match(/^(20\d\d|Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.)$/);
  });
  it('speaks English', () => {
    const labels = timeTicks(scale('2021-01-15', '2021-11-01', 800), 'en').map((t) => t.label);
    expect(labels[0]).to.equal('Feb 2021');
  });
  it('uses fewer ticks on a narrow axis, and their labels never touch or leave the bounds', () => {
    const wide = timeTicks(scale('2019-02-06', '2021-11-01', 800), 'de');
    const narrow = timeTicks(scale('2019-02-06', '2021-11-01', 200), 'de');
    expect(narrow.length).to.be.below(wide.length);
    expect(narrow.length).to.be.at.least(2);
    for (const ticks of [wide, narrow]) {
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).to.be.at.least(ticks[i - 1]!.right + 12);
    }
    for (const t of narrow) {
      expect(t.left).to.be.at.least(0);
      expect(t.right).to.be.at.most(200);
    }
  });
  it('anchors a label at the edge so it stays inside', () => {
    const ticks = timeTicks(scale('2020-01-01', '2022-01-01', 300), 'de');
    expect(ticks[0]!.label).to.equal('2020');
    expect(ticks[0]!.anchor).to.equal('start');
    expect(ticks.at(-1)!.anchor).to.equal('end');
  });
});
