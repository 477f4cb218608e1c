import { expect } from '@open-wc/testing';
import { normalizeName, searchPlaces } from '../../src/geo/search.js';

const places = [
  { key: '14626110', name: 'Görlitz' },
  { key: '14627060', name: 'Großenhain' },
  { key: '14524010', name: 'Bernsdorf' },
  { key: '14625030', name: 'Bernsdorf' },
  { key: '14521035', name: 'Aue-Bad Schlema' },
  { key: '14628020', name: 'Bad Gottleuba-Berggießhübel' },
  { key: '14713000', name: 'Leipzig' },
];

describe('normalizeName', () => {
  it('ignores case, umlauts, ß and punctuation', () => {
    expect(normalizeName('Görlitz')).to.equal(normalizeName('goerlitz'));
    expect(normalizeName('Großenhain')).to.equal(normalizeName('GROSSENHAIN'));
    expect(normalizeName('Aue-Bad Schlema')).to.equal('au bad schlema');
  });
});

describe('searchPlaces', () => {
  it('finds names spelled without umlauts', () => {
    expect(searchPlaces(places, 'goerl').map((p) => p.name)).to.deep.equal(['Görlitz']);
    expect(searchPlaces(places, 'grossen').map((p) => p.name)).to.deep.equal(['Großenhain']);
  });

  it('puts prefix matches before word and inner matches', () => {
    expect(searchPlaces(places, 'bad').map((p) => p.name)).to.deep.equal(['Bad Gottleuba-Berggießhübel', 'Aue-Bad Schlema']);
  });

  it('keeps both places that share a name, and respects the limit', () => {
    expect(searchPlaces(places, 'Bernsdorf').map((p) => p.key)).to.deep.equal(['14524010', '14625030']);
    expect(searchPlaces(places, 'e', 2)).to.have.length(2);
  });

  it('returns nothing for an empty query', () => {
    expect(searchPlaces(places, '  ')).to.deep.equal([]);
  });
});
