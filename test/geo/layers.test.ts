import { expect } from '@open-wc/testing';
import type { Place } from '../../src/feed/types.js';
import { countByLayer, DRAW_ORDER, isShownAt, LAYER_ENCODING, layersOf, statusDate, statusesAt, strongestFill, withImpliedContact } from '../../src/geo/layers.js';

const torgau: Place = {
  key: '14730310',
  name: 'Torgau',
  level: 'municipality',
  statuses: {
    agreement: { date: '2021-06-25' },
    funding: [
      { date: '2021-06', amountEur: 160000, project: 'Präventionsstellen' },
      { date: '2023', amountEur: 50000 },
    ],
    analysis: { date: '2022', state: 'planned' },
    coaching: {},
  },
};

describe('isShownAt', () => {
  it('shows undated statuses at every date and dated ones once they have begun by the end of the date', () => {
    expect(isShownAt({}, '2000')).to.be.true;
    expect(isShownAt({ date: '2021-11' }, '2021-11')).to.be.true;
    expect(isShownAt({ date: '2021-11-05' }, '2021-11')).to.be.true;
    expect(isShownAt({ date: '2021-12-01' }, '2021-11')).to.be.false;
    expect(isShownAt({ date: '2021' }, '2021-06-30')).to.be.true;
    expect(isShownAt({ date: '2022' }, undefined)).to.be.true;
  });
});

describe('statusesAt', () => {
  it('drops statuses and funding items dated after the date', () => {
    const at = statusesAt(torgau.statuses, '2021-11');
    expect(Object.keys(at).sort()).to.deep.equal(['agreement', 'coaching', 'funding']);
    expect(at.funding).to.have.length(1);
    expect(statusesAt(torgau.statuses, '2024').funding).to.have.length(2);
  });

  it('drops the funding layer when no item is left', () => {
    expect(statusesAt(torgau.statuses, '2020').funding).to.be.undefined;
  });
});

describe('layersOf', () => {
  it('lists layers in the feed order', () => {
    expect(layersOf(torgau.statuses)).to.deep.equal(['agreement', 'coaching', 'analysis', 'funding']);
    expect(layersOf({ funding: [] })).to.deep.equal([]);
  });
});

describe('withImpliedContact', () => {
  it('counts a Gemeinde with any building block as contacted', () => {
    expect(withImpliedContact(['agreement', 'kpr'], 'municipality')).to.deep.equal(['contacted', 'agreement', 'kpr']);
    expect(withImpliedContact(['contacted', 'model'], 'municipality')).to.deep.equal(['contacted', 'model']);
    expect(withImpliedContact([], 'municipality')).to.deep.equal([]);
  });
  it('implies nothing for a district-level body', () => {
    expect(withImpliedContact(['kpr'], 'district')).to.deep.equal(['kpr']);
  });
});

describe('countByLayer', () => {
  it('counts places per layer', () => {
    const counts = countByLayer([{ layers: layersOf(torgau.statuses) }, { layers: layersOf({ kpr: { action: 'founded' as const }, coaching: {} }) }]);
    expect(counts.coaching).to.equal(2);
    expect(counts.kpr).to.equal(1);
    expect(counts.funding).to.equal(1);
    expect(counts.contacted).to.equal(0);
  });
});

describe('strongestFill', () => {
  it('takes the model fill over the contacted one, among visible layers', () => {
    expect(strongestFill(['contacted', 'model', 'kpr'])).to.equal('model');
    expect(strongestFill(['contacted', 'model'], new Set(['contacted']))).to.equal('contacted');
    expect(strongestFill(['kpr', 'agreement'])).to.be.undefined;
  });
});

describe('LAYER_ENCODING', () => {
  it('gives every symbol layer its own shape and slot', () => {
    const symbols = DRAW_ORDER.filter((id) => LAYER_ENCODING[id].kind === 'symbol');
    expect(new Set(symbols.map((id) => LAYER_ENCODING[id].shape)).size).to.equal(symbols.length);
    expect(new Set(symbols.map((id) => String(LAYER_ENCODING[id].slot))).size).to.equal(symbols.length);
    expect(DRAW_ORDER).to.have.length(8);
  });
});

describe('statusDate', () => {
  it('uses the earliest funding date', () => {
    expect(statusDate(torgau.statuses, 'funding')).to.equal('2021-06');
    expect(statusDate(torgau.statuses, 'agreement')).to.equal('2021-06-25');
    expect(statusDate(torgau.statuses, 'coaching')).to.be.undefined;
  });
});
