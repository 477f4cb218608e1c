import { expect } from '@open-wc/testing';
import { compoundPieces } from '../../src/format/hyphenate.js';

describe('compoundPieces', () => {
  it('cuts after the linking ending of a first member', () => {
    expect(compoundPieces('Kooperationsvereinbarungen')).to.deep.equal(['Kooperations', 'vereinbarungen']);
    expect(compoundPieces('Sicherheitsanalysen')).to.deep.equal(['Sicherheits', 'analysen']);
    expect(compoundPieces('Koordinierungsstellen')).to.deep.equal(['Koordinierungs', 'stellen']);
    expect(compoundPieces('Präventionsstrategien')).to.deep.equal(['Präventions', 'strategien']);
    expect(compoundPieces('Kommunale Präventionsräte')).to.deep.equal(['Kommunale Präventions', 'räte']);
  });
  it('cuts after a known first member followed by a consonant', () => {
    expect(compoundPieces('Kriminalprävention')).to.deep.equal(['Kriminal', 'prävention']);
    expect(compoundPieces('Landespräventionsrat')).to.deep.equal(['Landes', 'präventionsrat']);
    expect(compoundPieces('Gemeindevollzugsdienst')).to.deep.equal(['Gemeinde', 'vollzugsdienst']);
    expect(compoundPieces('Landespräventionsrates')).to.deep.equal(['Landes', 'präventions', 'rates']);
  });
  it('leaves short words, endings of one member and words without a known joint whole', () => {
    for (const word of ['Beratene Kommunen', 'Kriminalität', 'Jugendkriminalität', 'Gemeinden', 'Johanngeorgenstadt', 'Präventionsrat'])
      expect(compoundPieces(word), word).to.deep.equal([word]);
  });
  it('keeps every character: the pieces joined are the text', () => {
    const text = 'Kooperationsvereinbarungen und Sicherheitsanalysen, Kriminalprävention (2024)';
    expect(compoundPieces(text).join('')).to.equal(text);
    expect(compoundPieces(text)).to.have.length(4);
  });
});
