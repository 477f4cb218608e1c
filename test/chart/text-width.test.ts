import { expect } from '@open-wc/testing';
import { textWidth } from '../../src/chart/text-width.js';

describe('textWidth', () => {
  it('errs on the wide side of what the browser draws', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      for (const label of [
        'Start ASSKomm',
        '100. Kommune beraten',
        'Kooperationsvereinbarungen',
        'Feb. 2019',
        '420.000 €',
        'Mai',
        'WWW mmm',
      ]) {
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.setAttribute('font-size', '12');
        text.setAttribute('font-family', 'sans-serif');
        text.textContent = label;
        svg.append(text);
        const drawn = text.getComputedTextLength();
        expect(textWidth(label, 12), label).to.be.at.least(drawn);
        expect(textWidth(label, 12), label).to.be.below(drawn * 1.5 + 4);
      }
    } finally {
      svg.remove();
    }
  });
  it('grows with the font size', () => {
    expect(textWidth('Kommunen', 24)).to.be.closeTo(2 * textWidth('Kommunen', 12), 1);
  });
});
