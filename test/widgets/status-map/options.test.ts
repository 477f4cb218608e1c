import { expect } from '@open-wc/testing';
import { LAYER_IDS } from '../../../src/feed/schema.js';
import { DEFAULT_TOPOLOGY_URL } from '../../../src/geo/default-topology.js';
import { readMapOptions } from '../../../src/widgets/status-map/options.js';

const PAGE = { baseUri: 'https://www.example.de/artikel/asskomm.html', origin: 'https://www.example.de' };

describe('readMapOptions', () => {
  it('gives the defaults and no hint for an element without attributes', () => {
    const { options, hints } = readMapOptions({}, undefined, undefined, PAGE);
    expect(options).to.deep.equal({
      layers: [...LAYER_IDS],
      date: undefined,
      topologyUrl: DEFAULT_TOPOLOGY_URL,
      focusKey: undefined,
      headingLevel: 2,
    });
    expect(hints).to.deep.equal([]);
  });

  it('reads numbers set from script as attribute text', () => {
    const { options, hints } = readMapOptions({ date: 2021 }, undefined, undefined, PAGE);
    expect(options.date).to.equal('2021');
    expect(hints).to.deep.equal([]);
  });

  it('resolves a topology on the page origin and refuses another origin with a hint', () => {
    const own = readMapOptions({ topology: '../geo/sachsen.json' }, undefined, undefined, PAGE);
    expect(own.options.topologyUrl).to.equal('https://www.example.de/geo/sachsen.json');
    const foreign = readMapOptions({ topology: 'https://tiles.example.com/sachsen.json' }, undefined, undefined, PAGE);
    expect(foreign.options.topologyUrl).to.equal(DEFAULT_TOPOLOGY_URL);
    expect(foreign.hints).to.have.length(1);
    expect(foreign.hints[0]).to.contain('https://tiles.example.com');
  });

  it('keeps the known layers and names each wrong value in its hint, in the order of the attributes', () => {
    const { options, hints } = readMapOptions(
      { layers: 'kpr, farbe, agreement', date: '31.12.2021', focusKey: 'Leipzig' },
      undefined,
      undefined,
      PAGE,
    );
    expect(options.layers).to.deep.equal(['kpr', 'agreement']);
    expect(options.date).to.equal(undefined);
    expect(options.focusKey).to.equal(undefined);
    expect(hints).to.have.length(3);
    expect(hints[0]).to.contain('„farbe“');
    expect(hints[1]).to.contain('„31.12.2021“');
    expect(hints[2]).to.contain('Leipzig');
  });

  it('waits for the geometry before it accepts or refuses a well-formed focus key', () => {
    const { options, hints } = readMapOptions({ focusKey: '14713000' }, undefined, undefined, PAGE);
    expect(options.focusKey).to.equal(undefined);
    expect(hints).to.deep.equal([]);
  });
});
