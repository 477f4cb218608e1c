import { expect } from '@open-wc/testing';
import { readDate, readNumber } from '../../src/element/attributes.js';

const HEIGHT = { fallback: 320, min: 160, max: 2000, unit: 'px' };
const DURATION = { fallback: 1500, min: 0, max: 10_000, unit: 'ms' };

describe('readNumber', () => {
  it('takes a whole number within the bounds, with its unit or without', () => {
    expect(readNumber('height', '400', HEIGHT)).to.deep.equal({ value: 400 });
    expect(readNumber('height', ' 400px ', HEIGHT)).to.deep.equal({ value: 400 });
    expect(readNumber('duration', '0', DURATION)).to.deep.equal({ value: 0 });
    expect(readNumber('duration', '2500ms', DURATION)).to.deep.equal({ value: 2500 });
    expect(readNumber('duration', '', DURATION)).to.deep.equal({ value: 1500 });
    expect(readNumber('duration', null, DURATION)).to.deep.equal({ value: 1500 });
  });

  it('clamps a number beyond the bounds and names value and bound', () => {
    const cases: [string, typeof HEIGHT, number][] = [
      ['2147483648', HEIGHT, 2000],
      ['1e12', HEIGHT, 2000],
      ['1e7', HEIGHT, 2000],
      ['1e309', HEIGHT, 2000],
      ['100', HEIGHT, 160],
      ['-1', HEIGHT, 160],
      ['1e12', DURATION, 10_000],
      ['86400000', DURATION, 10_000],
      ['-1', DURATION, 0],
    ];
    for (const [text, bounds, used] of cases) {
      const parsed = readNumber('x', text, bounds);
      expect(parsed.value, text).to.equal(used);
      expect(parsed.hint, text).to.equal(
        `Das Attribut „x“ hat den Wert „${text}“; erlaubt sind ${bounds.min} bis ${bounds.max}. Es wird ${used} verwendet.`,
      );
    }
  });

  it('rejects text that is no decimal number, with the default and a hint', () => {
    for (const text of ['0x10', '12px', 'NaN', 'Infinity', '1,5', 'abc', '1 2', '--1', '12 Sekunden']) {
      const parsed = readNumber('duration', text, DURATION);
      expect(parsed.value, text).to.equal(1500);
      expect(parsed.hint, text).to.equal(
        `Das Attribut „duration“ erwartet eine ganze Zahl von 0 bis 10000, nicht „${text}“. Es wird der Standardwert 1500 verwendet.`,
      );
    }
  });

  it('rounds a fraction and says so', () => {
    expect(readNumber('duration', '1e-9', DURATION)).to.deep.equal({
      value: 0,
      hint: 'Das Attribut „duration“ erwartet eine ganze Zahl; statt „1e-9“ wird 0 verwendet.',
    });
    expect(readNumber('height', '320.6', HEIGHT).value).to.equal(321);
  });

  it('quotes at most 60 characters of a pasted text', () => {
    const hint = readNumber('height', '9'.repeat(100_000), HEIGHT).hint!;
    expect(hint.length).to.be.below(200);
    expect(hint).to.contain(`„${'9'.repeat(60)}…“`);
  });
});

describe('readDate', () => {
  it('takes a date in 1900–2199 and says which years are allowed otherwise', () => {
    expect(readDate('from', '2021-11')).to.deep.equal({ value: '2021-11' });
    const hint = readDate('from', '2021-02-30').hint!;
    expect(hint).to.contain('„2021-02-30“');
    expect(hint).to.contain('Jahre 1900 bis 2199');
  });
});
