import { expect } from '@open-wc/testing';
import { layoutLabels, type Box, type LabelCandidate } from '../../src/geo/place-labels.js';

/** Ten px per character: easy to reason about. */
const width = (text: string): number => text.length * 10;
const overlap = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('layoutLabels', () => {
  it('places a lone name centred on its point', () => {
    const [label] = layoutLabels([{ key: 'a', text: 'Zittau', anchor: [100, 50], priority: 1 }], [], width);
    expect([label!.x, label!.y]).to.deep.equal([100, 50]);
  });

  it('moves a name off a symbol, and drops one that finds no free spot unless required', () => {
    const symbol: Box = [90, 40, 110, 60];
    const [moved] = layoutLabels([{ key: 'a', text: 'ab', anchor: [100, 50], priority: 1 }], [symbol], width);
    expect(overlap(moved!.box, symbol)).to.be.false;
    const walls: Box[] = [[-1000, -1000, 1000, 1000]];
    expect(layoutLabels([{ key: 'a', text: 'ab', anchor: [0, 0], priority: 1 }], walls, width)).to.deep.equal([]);
    const [required] = layoutLabels([{ key: 'a', text: 'ab', anchor: [0, 0], priority: 1, required: true }], walls, width);
    expect(required?.key).to.equal('a');
  });

  it('keeps names inside `within`: moves one off the edge, drops one that finds no spot inside', () => {
    const frame: Box = [0, 0, 200, 100];
    // „Zittau“ is 60 px wide (+ halo): centred on x = 20 it would stick out left; right of its point it fits.
    const [moved] = layoutLabels([{ key: 'a', text: 'Zittau', anchor: [20, 50], priority: 1 }], [], width, 12, frame);
    expect(moved!.box[0]).to.be.at.least(0);
    expect(moved!.x).to.be.greaterThan(20);
    const tooWide = layoutLabels([{ key: 'b', text: 'Bad Gottleuba-Berggießhübel', anchor: [100, 50], priority: 1 }], [], width, 12, frame);
    expect(tooWide).to.deep.equal([]);
  });

  it('never lets two names overlap, the higher priority wins, whatever the input order', () => {
    const candidates: LabelCandidate[] = Array.from({ length: 40 }, (_, i) => ({
      key: `k${i}`,
      text: 'Gemeinde',
      anchor: [(i % 5) * 30, Math.floor(i / 5) * 8],
      priority: i === 17 ? 100 : i % 3,
      required: i % 7 === 0,
    }));
    const placed = layoutLabels(candidates, [], width);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box), `${a.key} ${b.key}`).to.be.false;
    const top = placed.find((label) => label.key === 'k17')!;
    expect([top.x, top.y]).to.deep.equal(candidates[17]!.anchor);
    expect(layoutLabels([...candidates].reverse(), [], width)).to.deep.equal(placed);
  });
});
