import { expect } from '@open-wc/testing';
import { isSafeHref, linkText, phoneDigits, safeHref } from '../../src/util/safe-url.js';

describe('safeHref', () => {
  it('links a plain e-mail address', () => {
    expect(safeHref('email', ' kpr@zittau.de ')).to.equal('mailto:kpr@zittau.de');
  });

  it('drops the query of an e-mail value: no prefilled Bcc, subject or body', () => {
    const value = 'kpr@zittau.de?bcc=harvest%40evil.example&subject=Konto%20gesperrt&body=Bitte%20pruefen';
    expect(safeHref('email', value)).to.equal('mailto:kpr@zittau.de');
    expect(linkText('email', value)).to.equal('kpr@zittau.de');
  });

  it('never links an address with encoded line breaks or headers', () => {
    for (const value of [
      'a@b.cd%0D%0ABcc%3Aevil.de',
      'a%0D%0Abcc:x@b.de',
      'a@b.de\r\nBcc: evil@x.de',
      'a@b.de&cc=x@y.de',
      'a b@c.de',
      '@b.de',
      'a@b',
    ]) {
      expect(safeHref('email', value), value).to.be.undefined;
      expect(linkText('email', value), value).to.equal(value);
    }
  });

  it('links the same ASCII addresses as the Unicode pattern, and non-ASCII ones by it', () => {
    const unicode = /^[\p{L}\p{N}.!#$'*+/=^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
    // Every ASCII character in every position of a few addresses, and some Unicode ones.
    const bases = ['kpr@zittau.de', 'a.b-c@x-y.z.de', 'ab@cd.ef'];
    const values = ['kpr@görlitz.de', 'jürgen@stadt.de', 'a@b.dé', 'a@b.d１', 'ａ@b.de'];
    for (const base of bases)
      for (let at = 0; at <= base.length; at++)
        for (let code = 0; code < 128; code++) values.push(base.slice(0, at) + String.fromCharCode(code) + base.slice(at + 1));
    let linked = 0;
    for (const value of values) {
      expect(isSafeHref('email', value), JSON.stringify(value)).to.equal(unicode.test(value.trim().split('?')[0]!.trim()));
      if (isSafeHref('email', value)) linked += 1;
    }
    expect(linked, 'some of them are addresses').to.be.greaterThan(500);
  });

  it('dials an international number without the German trunk "(0)"', () => {
    expect(safeHref('phone', '+49 (0)351 1234-5')).to.equal('tel:+4935112345');
    expect(phoneDigits('+49 (0) 351 / 1234-5')).to.equal('+4935112345');
    expect(safeHref('phone', '0351 1234-5')).to.equal('tel:035112345');
    expect(safeHref('phone', '(0351) 1234-5')).to.equal('tel:035112345');
  });

  it('links no phone value without digits to dial', () => {
    for (const value of ['(((((((((((((((', '-- / --', '+ ( ) -', '(1) (2)']) {
      expect(safeHref('phone', value), value).to.be.undefined;
      expect(isSafeHref('phone', value), value).to.be.false;
    }
  });

  it('links only http(s) URLs', () => {
    expect(safeHref('url', 'https://www.zittau.de/kpr')).to.equal('https://www.zittau.de/kpr');
    for (const value of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'ftp://x.de'])
      expect(safeHref('url', value), value).to.be.undefined;
  });
});
