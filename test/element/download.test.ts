import { expect } from '@open-wc/testing';
import { downloadFile, toCsv, toJson } from '../../src/element/download.js';

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
  it('clicks a link to a Blob URL named as asked, and revokes the URL afterwards', async () => {
    const made: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
    let revoke: (url: string) => void = () => undefined;
    const revoked = new Promise<string>((resolve) => (revoke = resolve));
    URL.createObjectURL = (blob: Blob) => (made.push(blob), 'blob:test');
    URL.revokeObjectURL = (url: string) => revoke(url);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      downloadFile('asskomm-test.csv', 'text/csv', 'a;b');
      expect(clicked.map((link) => [link.download, link.getAttribute('href')])).to.deep.equal([['asskomm-test.csv', 'blob:test']]);
      expect(await made[0]!.text()).to.equal('a;b');
      expect(await revoked).to.equal('blob:test');
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    }
  });
});
