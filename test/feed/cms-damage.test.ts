import { expect } from '@open-wc/testing';
import { fixture, html } from '@open-wc/testing';
import { findCmsDamage } from '../../src/feed/cms-damage.js';
import { acquireFeed, FeedError } from '../../src/feed/load.js';
import { INDICATORS } from '../../src/feed/validate.js';
import { cmsDamageHint } from '../../src/i18n/cms-damage-hint.js';
import { appendInlineFeed, feedErrorOf } from '../helpers/inline-feed.js';

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

  it('finds no-break and invisible spaces an editor or a paste put between the JSON’s tokens', () => {
    for (const [char, column] of [
      ['\u00a0', 1],
      ['\u200b', 3],
      ['\ufeff', 1],
    ] as const) {
      const text = brokenJson(CLEAN.replace('  "schemaVersion"', column === 1 ? `${char} "schemaVersion"` : `  ${char}"schemaVersion"`));
      expect(findCmsDamage(text), `U+${char.charCodeAt(0).toString(16)}`).to.deep.equal({
        kinds: ['invisible'],
        found: char,
        line: 2,
        column,
      });
    }
  });

  it('does not take markup inside a JSON string for damage, so a plain mistake is not blamed on the CMS', () => {
    const quoted = CLEAN.replace('"title": "Inline"', '"title": "<p>Beratung</p> „vor Ort“ &amp; <br> mehr\u00a0"');
    expect(() => JSON.parse(quoted) as unknown).not.to.throw();
    expect(findCmsDamage(brokenJson(quoted.replace('"indicators": []', '"indicators": [],')))).to.equal(undefined);
  });

  it('does not blame German quotes, entities or breaks before , or : inside a closed string (the mistake is a trailing comma)', () => {
    for (const label of ['Das Projekt „Beratung“, gefördert', 'Ziel „Beratung“: alle', 'A &amp;, B', 'Zeile<br />, mehr']) {
      const text = CLEAN.replace('"title": "Inline"', `"title": "${label}"`);
      expect(() => JSON.parse(text) as unknown, label).not.to.throw();
      expect(findCmsDamage(brokenJson(text.replace('"indicators": []', '"indicators": [],'))), label).to.equal(undefined);
    }
  });

  it('reads a 1.1 MB feed with <br /> at each of 40,000 line ends in well under a second', () => {
    const line = '  { "id": "advised", "label": "Beratene Kommunen", "value": 134 },';
    const text = brokenJson(`[\n${Array.from({ length: 40_000 }, () => line).join('<br />\n')}\n]`);
    expect(text.length).to.be.greaterThan(1_100_000);
    const start = performance.now();
    const damage = findCmsDamage(text);
    const took = performance.now() - start;
    expect(damage).to.deep.equal({ kinds: ['line-break'], found: '<br />', line: 2, column: line.length + 1 });
    expect(took, `${took.toFixed(0)} ms`).to.be.lessThan(500);
  });

  it('stops a paragraph tag after 100 characters, so the place it quotes stays short', () => {
    const text = brokenJson(CLEAN.replace('{\n', `{<p class="${'x'.repeat(500)}">\n`));
    expect(findCmsDamage(text)).to.equal(undefined);
    const damage = findCmsDamage(brokenJson(CLEAN.replace('{\n', `{<p class="${'x'.repeat(90)}">\n`)))!;
    expect(cmsDamageHint(damage)).to.contain(`erstmals „<p class="${'x'.repeat(20)}…“ in Zeile 1`);
  });
});

describe('cmsDamageHint', () => {
  it('says in German what was inserted, where first, and what to do', () => {
    expect(cmsDamageHint({ kinds: ['paragraph', 'line-break'], found: '<p>', line: 3, column: 7 })).to.equal(
      'Das CMS hat Absätze (<p>) und Zeilenumbrüche (<br>) in die Daten eingefügt, erstmals „<p>“ in Zeile 3 der Daten, Zeichen 7. ' +
        'Bitte die Daten (das <script type="application/json">) in einen HTML-Baustein setzen ' +
        '(WordPress: Block „Individuelles HTML“; TYPO3: Inhaltselement „Reines HTML“) und den Beitrag nicht in Blöcke umwandeln.',
    );
  });

  it('names entities and invisible characters, the latter by their code', () => {
    expect(cmsDamageHint({ kinds: ['invisible', 'entity'], found: '\u00a0', line: 2, column: 1 })).to.contain(
      'Das CMS hat geschützte Leerzeichen und unsichtbare Zeichen und HTML-Entitäten (&…;) in die Daten eingefügt, erstmals „U+00A0“',
    );
  });
});

describe('an inline feed a CMS damaged', () => {
  it('fails as no JSON, with what the CMS inserted', async () => {
    const error = await feedErrorOf(CLEAN.replace('},\n\n', '},</p>\n<p>'));
    expect(error.kind).to.equal('not-json');
    expect(error.cmsDamage).to.deep.include({ kinds: ['paragraph'], found: '</p>', line: 3 });
  });

  it('has no CMS diagnosis for a plain JSON mistake', async () => {
    const error = await feedErrorOf(CLEAN.replace('"indicators": []', '"indicators": [],'));
    expect([error.kind, error.cmsDamage]).to.deep.equal(['not-json', undefined]);
  });

  it('is read and diagnosed once for all widgets on it while its text is unchanged, and anew when it changes', async () => {
    const post = await fixture<HTMLDivElement>(html`<div></div>`);
    const src = appendInlineFeed(CLEAN.replace('},\n\n', '},</p>\n<p>'), post);
    const errorOf = () =>
      acquireFeed(src, post, new AbortController().signal, [INDICATORS]).catch((e: unknown) => e as FeedError) as Promise<FeedError>;
    const [first, second] = await Promise.all([errorOf(), errorOf()]);
    expect(first).to.be.instanceOf(FeedError);
    expect(second, 'the same diagnosis, not a second run').to.equal(first);
    expect(await errorOf()).to.equal(first);
    post.querySelector('script')!.textContent = CLEAN.replace('{\n', '{<br>\n');
    expect((await errorOf()).cmsDamage?.kinds).to.deep.equal(['line-break']);
  });
});
