import { expect } from '@open-wc/testing';
import { distinctMarkers } from '../../src/chart/distinct-markers.js';

const at = (x: number, y = 0, meaning?: string): { x: number; y: number; meaning?: string } => ({ x, y, ...(meaning ? { meaning } : {}) });
const none = (): undefined => undefined;

describe('distinctMarkers', () => {
  it('keeps every marker when the typical neighbour lies a marker width away, close pairs too', () => {
    const markers = [at(0), at(8), at(16), at(40), at(42)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal(markers);
    expect(distinctMarkers([at(5)], 8, none), 'a single marker').to.deep.equal([at(5)]);
  });
  it('drops every plain marker of a series whose typical neighbour is closer than a marker width, but the last', () => {
    const markers = [at(0), at(50), at(100), at(101), at(102), at(103)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal([at(103)]);
  });
  it('measures on screen: steep steps a pixel apart in time keep their markers', () => {
    const markers = [at(0, 100), at(1, 80), at(2, 60), at(3, 40)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal(markers);
  });
  it('keeps the markers that carry meaning, and the last', () => {
    const markers = [at(0), at(1, 0, 'approx'), at(2), at(3), at(4)];
    expect(distinctMarkers(markers, 8, (m) => m.meaning)).to.deep.equal([at(1, 0, 'approx'), at(4)]);
  });
  it('keeps one marker of each meaning per marker width, so 20,000 qualified figures stay a few hundred', () => {
    const markers = Array.from({ length: 20_000 }, (_, i) => at(i * 0.045, 0, i % 3 ? 'approx' : 'disputed'));
    const kept = distinctMarkers(markers, 8, (m) => m.meaning);
    const bands = Math.ceil((20_000 * 0.045) / 8);
    expect(kept.length).to.be.at.most(2 * bands + 1);
    expect(kept.filter((m) => m.meaning === 'disputed').length, 'each meaning in every band').to.equal(bands);
    expect(kept.at(-1), 'the current figure').to.equal(markers.at(-1));
  });
});
