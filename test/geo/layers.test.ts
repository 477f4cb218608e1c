import { expect } from '@open-wc/testing';
import type { Place } from '../../src/feed/types.js';
import {
  countRecords,
  DRAW_ORDER,
  LAYER_ENCODING,
  layersOf,
  statusDate,
  statusesAt,
  strongestFill,
  withImpliedContact,
} from '../../src/geo/layers.js';

const torgau: Place = {
  key: '14730310',
  name: 'Torgau',
  level: 'municipality',
  statuses: {
    agreement: { date: '2021-06-25' },
    funding: [
      { date: '2021-06', amountEur: 160000, amountQualifier: 'approx', project: 'Präventionsstellen' },
      { date: '2023', amountEur: 50000, amountQualifier: 'exact' },
    ],
    analysis: { date: '2022', state: 'planned' },
    coaching: {},
  },
};

describe('statusesAt', () => {
  const asOf = '2025-04-11';
  it('drops statuses and funding items that do not count yet, and undated ones before asOf', () => {
    const at = statusesAt(torgau.statuses, '2021-11', asOf);
    expect(Object.keys(at).sort()).to.deep.equal(['agreement', 'funding']);
    expect(at.funding).to.have.length(1);
    expect(statusesAt(torgau.statuses, '2024', asOf).funding).to.have.length(2);
    expect(Object.keys(statusesAt(torgau.statuses, asOf, asOf))).to.include('coaching');
  });

  it('counts a year-only status from the end of its year', () => {
    expect(statusesAt(torgau.statuses, '2022-12-30', asOf).analysis).to.be.undefined;
    expect(statusesAt(torgau.statuses, '2022-12-31', asOf).analysis).to.exist;
  });

  it('drops the funding layer when no item is left', () => {
    expect(statusesAt(torgau.statuses, '2020', asOf).funding).to.be.undefined;
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

describe('countRecords', () => {
  it('counts places per layer', () => {
    const counts = countRecords(
      [{ layers: layersOf(torgau.statuses) }, { layers: layersOf({ kpr: { action: 'founded' as const }, coaching: {} }) }],
      () => undefined,
    );
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
  it('gives every symbol layer its own shape', () => {
    const symbols = DRAW_ORDER.filter((id) => LAYER_ENCODING[id].kind === 'symbol');
    expect(new Set(symbols.map((id) => LAYER_ENCODING[id].shape)).size).to.equal(symbols.length);
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
