import { expect, fixture } from '@open-wc/testing';
import { readHeadingLevel } from '../../src/element/attributes.js';
import { renderHeading, subheadingLevel } from '../../src/element/heading.js';

describe('readHeadingLevel', () => {
  it('takes 2 to 6, padded or not; nothing means 2', () => {
    for (const level of [2, 3, 4, 5, 6]) expect(readHeadingLevel(` ${level} `)).to.deep.equal({ value: level });
    expect(readHeadingLevel('')).to.deep.equal({ value: 2 });
    expect(readHeadingLevel(null)).to.deep.equal({ value: 2 });
  });

  it('gives 2 with a plain-German hint for anything else', () => {
    for (const text of ['1', '7', '9', 'h3', '2.5', '03', 'drei']) {
      expect(readHeadingLevel(text), text).to.deep.equal({
        value: 2,
        hint: `Das Attribut „heading-level“ erwartet eine Überschriftenebene von 2 bis 6, nicht „${text}“. Es wird 2 verwendet.`,
      });
    }
  });
});

describe('subheadingLevel', () => {
  it('is one below, h6 at the deepest', () => {
    expect([2, 3, 4, 5, 6].map((level) => subheadingLevel(level as 2 | 3 | 4 | 5 | 6))).to.deep.equal([3, 4, 5, 6, 6]);
  });
});

describe('renderHeading', () => {
  it('renders h2 to h6 with the attributes given and none that are not', async () => {
    for (const level of [2, 3, 4, 5, 6] as const) {
      const heading = await fixture(renderHeading(level, 'Titel', { className: 'heading', part: 'heading', tabindex: -1 }));
      expect(heading.localName).to.equal(`h${level}`);
      expect(heading.textContent).to.equal('Titel');
      expect(heading.getAttribute('class')).to.equal('heading');
      expect(heading.getAttribute('part')).to.equal('heading');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(heading.hasAttribute('id')).to.be.false;
    }
  });
});
