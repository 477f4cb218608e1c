import { expect } from '@open-wc/testing';
import { tokenDeclarations } from '../../../src/element/tokens.js';
import { en } from '../../../src/i18n/en.js';
import { de } from '../../../src/i18n/status-map.js';
import { STATUS_MAP_TOKENS } from '../../../src/widgets/status-map/tokens.js';
import { createMap, shadow } from './helpers.js';

/** `#7b3294` as a computed style reports it: `rgb(123, 50, 148)`. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('design tokens of <asskomm-status-map>', () => {
  it('tokenDeclarations() gives each token a private property that falls back to its default', () => {
    expect(tokenDeclarations({ '--asskomm-map-coaching': '#7b3294', '--asskomm-x': 'var(--_y)' })).to.equal(
      ':host{--_map-coaching:var(--asskomm-map-coaching,#7b3294);--_x:var(--asskomm-x,var(--_y))}',
    );
  });

  it('draws the coaching mark in the token colour, and in the colour the page sets', async () => {
    const map = await createMap();
    const mark = shadow(map).querySelector('.legend .symbol-coaching .symbol-body')!;
    expect(getComputedStyle(mark).fill).to.equal(rgb(STATUS_MAP_TOKENS['--asskomm-map-coaching']));
    map.style.setProperty('--asskomm-map-coaching', 'rgb(1, 2, 3)');
    expect(getComputedStyle(mark).fill).to.equal('rgb(1, 2, 3)');
  });

  it("keeps the page's font where the page sets no --asskomm-font (the token's default is `inherit`)", async () => {
    const container = document.createElement('div');
    container.style.fontFamily = 'Georgia, serif';
    document.body.append(container);
    try {
      const map = await createMap({}, container);
      expect(getComputedStyle(shadow(map).querySelector('.legend')!).fontFamily).to.equal('Georgia, serif');
      map.style.setProperty('--asskomm-font', 'monospace');
      expect(getComputedStyle(shadow(map).querySelector('.legend')!).fontFamily).to.equal('monospace');
    } finally {
      container.remove();
    }
  });

  it('names shapes and patterns in the legend, never a colour a page could change', () => {
    const colours = /\b(blau|dunkelblau|rot|grün|orange|lila|violett|türkis|gelb|blue|red|green|purple|teal|yellow|violet)(e|er|es)?\b/i;
    for (const words of [...Object.values(de.layerEncoding), ...Object.values(en.map.layerEncoding)]) {
      expect(words).not.to.match(colours);
    }
  });
});
