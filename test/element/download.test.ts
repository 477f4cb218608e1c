import { expect } from '@open-wc/testing';
import { downloadFile, REVOKE_AFTER_MS, toCsv, toJson } from '../../src/element/download.js';

describe('toCsv', () => {
  it('starts with a BOM, separates by ";" and ends every line with CRLF', () => {
    expect(toCsv(['Datum', 'Kommunen'], [['2021-11', 12]])).to.equal('\uFEFFDatum;Kommunen\r\n2021-11;12\r\n');
  });

  it('quotes a field holding ";", a quote or a line break, and doubles the quote', () => {
    const csv = toCsv(['a'], [['Görlitz; Stadt'], ['der "Rat"'], ['zwei\nZeilen'], ['ohne']]);
    expect(csv).to.equal('\uFEFFa\r\n"Görlitz; Stadt"\r\n"der ""Rat"""\r\n"zwei\nZeilen"\r\nohne\r\n');
  });

  it('writes numbers as plain digits and an empty field for no value', () => {
    expect(toCsv(['x', 'y', 'z'], [[1234567, undefined, 0.5]])).to.equal('\uFEFFx;y;z\r\n1234567;;0.5\r\n');
  });
});

describe('toJson', () => {
  it('keys each row by the column names, with null for no value', () => {
    expect(JSON.parse(toJson(['Datum', 'A', 'B'], [['2021', 3, undefined]]))).to.deep.equal([{ Datum: '2021', A: 3, B: null }]);
  });
});

describe('downloadFile', () => {
  it('clicks a link to a Blob URL named as asked, and revokes the URL a minute later, not right after the click', async () => {
    const made: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const revoked: string[] = [];
    const timers: Array<{ run: () => void; delay: number }> = [];
    const original = {
      create: URL.createObjectURL,
      revoke: URL.revokeObjectURL,
      click: HTMLAnchorElement.prototype.click,
      setTimeout: window.setTimeout,
    };
    URL.createObjectURL = (blob: Blob) => (made.push(blob), 'blob:test');
    URL.revokeObjectURL = (url: string) => revoked.push(url);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    // The timer is caught, not waited for: the test runs it itself.
    window.setTimeout = ((run: () => void, delay = 0) => (timers.push({ run, delay }), 0)) as typeof window.setTimeout;
    try {
      downloadFile('asskomm-test.csv', 'text/csv', 'a;b');
    } finally {
      window.setTimeout = original.setTimeout;
      HTMLAnchorElement.prototype.click = original.click;
    }
    try {
      expect(clicked.map((link) => [link.download, link.getAttribute('href')])).to.deep.equal([['asskomm-test.csv', 'blob:test']]);
      expect(await made[0]!.text()).to.equal('a;b');
      expect(revoked, 'the URL still lives after the click').to.deep.equal([]);
      expect(timers.map((timer) => timer.delay)).to.deep.equal([REVOKE_AFTER_MS]);
      expect(REVOKE_AFTER_MS).to.be.at.least(60_000);
      timers[0]!.run();
      expect(revoked).to.deep.equal(['blob:test']);
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    }
  });
});
