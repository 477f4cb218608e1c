import { expect } from '@open-wc/testing';
import { distinctMarkers } from '../../src/chart/distinct-markers.js';

const at = (x: number, y = 0, meaning = false): { x: number; y: number; meaning: boolean } => ({ x, y, meaning });
const none = (): boolean => false;

describe('distinctMarkers', () => {
  it('keeps every marker when the typical neighbour lies a marker width away, close pairs too', () => {
    const markers = [at(0), at(8), at(16), at(40), at(42)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal(markers);
    expect(distinctMarkers([at(5)], 8, none), 'a single marker').to.deep.equal([at(5)]);
  });
  it('drops every marker of a series whose typical neighbour is closer than a marker width', () => {
    const markers = [at(0), at(50), at(100), at(101), at(102), at(103)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal([]);
  });
  it('measures on screen: steep steps a pixel apart in time keep their markers', () => {
    const markers = [at(0, 100), at(1, 80), at(2, 60), at(3, 40)];
    expect(distinctMarkers(markers, 8, none)).to.deep.equal(markers);
  });
  it('always keeps the markers that carry meaning', () => {
    const markers = [at(0), at(1, 0, true), at(2), at(3)];
    expect(distinctMarkers(markers, 8, (m) => m.meaning)).to.deep.equal([at(1, 0, true)]);
  });
});
