import { expect } from '@open-wc/testing';
import { reportFailure, warn } from '../../src/util/warn.js';

describe('warn and reportFailure', () => {
  let logged: unknown[][];
  const { warn: originalWarn, error: originalError } = console;
  beforeEach(() => {
    logged = [];
    console.warn = (...args: unknown[]) => logged.push(['warn', ...args]);
    console.error = (...args: unknown[]) => logged.push(['error', ...args]);
  });
  afterEach(() => Object.assign(console, { warn: originalWarn, error: originalError }));

  it('warn writes an editor hint with the prefix, once per text', () => {
    warn('<asskomm-test>: Das Attribut „x“ ist unbekannt.');
    warn('<asskomm-test>: Das Attribut „x“ ist unbekannt.');
    warn('<asskomm-test>: Das Attribut „y“ ist unbekannt.');
    expect(logged).to.deep.equal([
      ['warn', '[asskomm-widgets] <asskomm-test>: Das Attribut „x“ ist unbekannt.'],
      ['warn', '[asskomm-widgets] <asskomm-test>: Das Attribut „y“ ist unbekannt.'],
    ]);
  });

  it('reportFailure writes an error with its cause, once per text', () => {
    const cause = new TypeError('kaputt');
    reportFailure('<asskomm-test> konnte nicht gezeigt werden', cause);
    reportFailure('<asskomm-test> konnte nicht gezeigt werden', new TypeError('wieder kaputt'));
    reportFailure('Ohne Ursache');
    expect(logged).to.deep.equal([
      ['error', '[asskomm-widgets] <asskomm-test> konnte nicht gezeigt werden', cause],
      ['error', '[asskomm-widgets] Ohne Ursache'],
    ]);
  });
});
