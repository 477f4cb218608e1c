/**
 * The leader line from a moved block of symbols back to its Gemeinde lies on a light halo, as the
 * symbols do: on every fill either the line or its halo stands out by 3:1 or more (WCAG 1.4.11),
 * and in forced colours the halo takes Canvas as the symbols' halo does.
 */
import { expect } from '@open-wc/testing';
import { STATUS_MAP_TOKENS } from '../../../src/widgets/status-map/tokens.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { mapIn, shadow } from './helpers.js';

const REAL_FEED = '/data/asskomm.json';

/** Relative luminance of `rgb(r, g, b)` or `#rrggbb` (WCAG 2). */
function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colours a leader line can cross: the land, the fills and hatchings of the layers, the map's background. */
const FILLS = Object.entries(STATUS_MAP_TOKENS)
  .filter(([token]) => /map-(land|background|contacted|model|pre-agreement|agreement)$/.test(token))
  .map(([, colour]) => colour);

function leaders(map: StatusMap): SVGLineElement[] {
  return [...shadow(map).querySelectorAll<SVGLineElement>('svg.map line.leader')];
}

describe('status map leader lines', () => {
  it('draws each leader line on a halo that keeps it 3:1 against every fill', async () => {
    // At 375 px the real feed's symbols around Leipzig and Chemnitz move off their points.
    const map = await mapIn(375, { src: REAL_FEED });
    expect(leaders(map), 'leader lines at 375 px').not.to.be.empty;
    for (const line of leaders(map)) {
      const halo = line.previousElementSibling;
      expect(halo?.matches('line.leader-halo'), 'a halo under the line').to.be.true;
      expect([halo!.getAttribute('x2'), halo!.getAttribute('y2')]).to.deep.equal([line.getAttribute('x2'), line.getAttribute('y2')]);
      const [lineStyle, haloStyle] = [getComputedStyle(line), getComputedStyle(halo!)];
      // As wide as the symbols' halo (3 px): a px of it on each side of the 1 px line.
      expect(parseFloat(haloStyle.strokeWidth)).to.equal(3);
      expect(parseFloat(lineStyle.strokeWidth)).to.equal(1);
      expect(contrast(lineStyle.stroke, haloStyle.stroke), 'line on its halo').to.be.at.least(3);
      for (const fill of FILLS)
        expect(Math.max(contrast(lineStyle.stroke, fill), contrast(haloStyle.stroke, fill)), fill).to.be.at.least(3);
    }
  });

  it('gives the halo Canvas in forced colours, in the rule of the symbols’ halo', async () => {
    const map = await mapIn(375, { src: REAL_FEED });
    // Forced colours cannot be emulated here (the e2e suite does for the symbols): read the rule.
    const rules = shadow(map)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((media) => [...media.cssRules] as CSSStyleRule[]);
    const haloRule = rules.find((rule) => rule.selectorText.split(/,\s*/).includes('.leader-halo'));
    expect(haloRule?.selectorText.split(/,\s*/)).to.include('.symbol-halo');
    expect(haloRule?.style.stroke).to.equal('canvas');
    const lineRule = rules.find((rule) => rule.selectorText.split(/,\s*/).includes('.leader'));
    expect(lineRule?.style.stroke).to.equal('canvastext');
  });
});
