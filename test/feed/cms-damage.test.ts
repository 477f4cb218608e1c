import { expect } from '@open-wc/testing';
import { cmsDamageMessage, describeCmsDamage, findCmsDamage } from '../../src/feed/cms-damage.js';
import { acquireFeed, FeedError } from '../../src/feed/load.js';
import { EVENTS, INDICATORS, PLACES } from '../../src/feed/validate.js';

/** A small feed as an editor pastes it: on several lines, a blank line in the middle. */
const CLEAN = [
  '{',
  '  "schemaVersion": 1,',
  '  "meta": { "title": "Inline", "publisher": "LPR", "asOf": "2021", "source": "s", "license": "l", "contact": { "name": "LPR" } },',
  '',
  '  "indicators": []',
  '}',
].join('\n');

/** Fails to parse, as the test needs; throws if it parsed after all. */
function brokenJson(text: string): string {
  expect(() => JSON.parse(text) as unknown, text).to.throw();
  return text;
}

describe('findCmsDamage', () => {
  it('finds the paragraphs wpautop puts at a blank line, at the first one', () => {
    const text = brokenJson(CLEAN.replace('},\n\n', '},</p>\n<p>'));
    const column = CLEAN.split('\n')[2]!.length + 1;
    expect(findCmsDamage(text)).to.deep.equal({ kinds: ['paragraph'], found: '</p>', line: 3, column });
  });

  it('finds line breaks, written <br> or <br />', () => {
    for (const br of ['<br>', '<br />', '<BR/>']) {
      const text = brokenJson(CLEAN.replace('{\n', `{${br}\n`));
      expect(findCmsDamage(text), br).to.deep.equal({ kinds: ['line-break'], found: br, line: 1, column: 2 });
    }
  });

  it('finds HTML entities in place of quotes and ampersands', () => {
    for (const entity of ['&#8220;', '&#8221;', '&quot;', '&amp;']) {
      const text = brokenJson(CLEAN.replace('"schemaVersion"', `${entity}schemaVersion${entity}`));
      expect(findCmsDamage(text), entity).to.deep.equal({ kinds: ['entity'], found: entity, line: 2, column: 3 });
    }
  });

  it('finds typographic quotes in place of ", also where only the closing one was replaced', () => {
    for (const [open, close] of [
      ['„', '“'],
      ['“', '”'],
      ['″', '″'],
      ['"', '”'],
    ]) {
      const text = brokenJson(CLEAN.replace('"schemaVersion"', `${open}schemaVersion${close}`));
      const damage = findCmsDamage(text);
      expect(damage?.kinds, `${open}…${close}`).to.deep.equal(['quote']);
      expect(damage?.line).to.equal(2);
    }
  });

  it('names every kind found, in the order of their first place', () => {
    const text = brokenJson(`<p>${CLEAN.replaceAll('"', '&#8220;')}<br />\n</p>`);
    expect(findCmsDamage(text)?.kinds).to.deep.equal(['paragraph', 'entity', 'line-break']);
  });

  it('does not take markup inside a JSON string for damage, so a plain mistake is not blamed on the CMS', () => {
    const quoted = CLEAN.replace('"title": "Inline"', '"title": "<p>Beratung</p> „vor Ort“ &amp; <br> mehr"');
    expect(() => JSON.parse(quoted) as unknown).not.to.throw();
    expect(findCmsDamage(brokenJson(quoted.replace('"indicators": []', '"indicators": [],')))).to.equal(undefined);
  });
});

describe('cmsDamageMessage', () => {
  it('says in German what was inserted, where first, and what to do', () => {
    expect(cmsDamageMessage({ kinds: ['paragraph', 'line-break'], found: '<p>', line: 3, column: 7 })).to.equal(
      'Das CMS hat Absätze (<p>) und Zeilenumbrüche (<br>) in die Daten eingefügt, zuerst in Zeile 3, Zeichen 7 („<p>“). ' +
        'Bitte den Feed in einen Block „Individuelles HTML“ setzen (in anderen CMS: in ein HTML-Element, das der Editor nicht umformatiert) und den Beitrag nicht in Blöcke umwandeln.',
    );
  });

  it('says nothing of a CMS for text that is simply no JSON', () => {
    expect(describeCmsDamage(brokenJson('{ "schemaVersion": 1, }'))).to.equal(undefined);
  });
});

describe('an inline feed a CMS damaged', () => {
  async function errorOf(text: string): Promise<FeedError> {
    const holder = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = `damaged-${Math.random().toString(36).slice(2)}`;
    script.textContent = text;
    holder.append(script);
    document.body.append(holder);
    try {
      const error = await acquireFeed(`#${script.id}`, holder, new AbortController().signal, [INDICATORS, EVENTS, PLACES]).catch(
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(FeedError);
      return error as FeedError;
    } finally {
      holder.remove();
    }
  }

  it('fails as no JSON, with what the CMS inserted', async () => {
    const error = await errorOf(CLEAN.replace('},\n\n', '},</p>\n<p>'));
    expect(error.kind).to.equal('not-json');
    expect(error.cmsDamage).to.match(
      /^Das CMS hat Absätze \(<p>\) in die Daten eingefügt, zuerst in Zeile 3, Zeichen \d+ \(„<\/p>“\)\. Bitte/,
    );
  });

  it('has no CMS diagnosis for a plain JSON mistake', async () => {
    const error = await errorOf(CLEAN.replace('"indicators": []', '"indicators": [],'));
    expect([error.kind, error.cmsDamage]).to.deep.equal(['not-json', undefined]);
  });
});
