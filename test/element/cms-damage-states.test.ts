/**
 * A widget whose inline feed a CMS damaged (issue 19): the error box says „kein gültiges JSON“ in
 * the widget's language; the editor's hint box beside it says, in German, what the CMS inserted,
 * where first, and what to do.
 */
import { expect } from '@open-wc/testing';
import '../../src/widgets/milestone-counter/define.js';
import { visibleText } from '../helpers/conformance.js';
import { counterWith } from '../helpers/inline-feed.js';

const boxText = (widget: Element, part: 'error' | 'hint'): string => {
  const box = widget.shadowRoot!.querySelector(`[part="${part}"]`);
  return box ? visibleText(box) : '';
};

describe('a widget with an inline feed a CMS damaged', () => {
  let feed: string;
  before(async () => {
    feed = JSON.stringify(await (await fetch('/test/fixtures/feeds/good.json')).json(), null, 2);
  });

  /** wpautop at a blank line after the first property. */
  const withParagraph = (): { damaged: string; column: number } => {
    const lines = feed.split('\n');
    return { damaged: [lines[0], `${lines[1]}</p>`, `<p>${lines[2]}`, ...lines.slice(3)].join('\n'), column: lines[1]!.length + 1 };
  };

  it('says no valid JSON in the error box, and in the hint box what the CMS inserted, where, and what to do', async () => {
    const { damaged, column } = withParagraph();
    const counter = await counterWith(damaged);
    expect(boxText(counter, 'error')).to.contain('Die Datenquelle enthält kein gültiges JSON.');
    expect(boxText(counter, 'error')).not.to.contain('CMS');
    const hint = counter.shadowRoot!.querySelector('[part="hint"]')!;
    expect([hint.getAttribute('role'), hint.getAttribute('lang')]).to.deep.equal(['note', 'de']);
    expect(boxText(counter, 'hint')).to.contain(
      `Hinweis für die Redaktion: Das CMS hat Absätze (<p>) in die Daten eingefügt, erstmals „</p>“ in Zeile 2 der Daten, Zeichen ${column}.`,
    );
    expect(boxText(counter, 'hint')).to.contain('Block „Individuelles HTML“');
    expect(counter.shadowRoot!.querySelector('[part="error"] button')?.textContent).to.equal('Erneut versuchen');
  });

  it('keeps the error box English in an English widget, and the German hint marked as German', async () => {
    const counter = await counterWith(withParagraph().damaged, 'en');
    const error = boxText(counter, 'error');
    expect(error).to.contain('The data source does not contain valid JSON.');
    expect(error).not.to.match(/CMS|Daten/);
    expect(counter.shadowRoot!.querySelector('[part="hint"]')?.getAttribute('lang')).to.equal('de');
    expect(boxText(counter, 'hint')).to.contain('Das CMS hat Absätze (<p>) in die Daten eingefügt');
  });

  it('names typographic quotes that replaced the JSON’s', async () => {
    const counter = await counterWith(feed.replace(/"schemaVersion"/, '“schemaVersion”'));
    expect(boxText(counter, 'hint')).to.contain(
      'Das CMS hat typografische Anführungszeichen (statt ") in die Daten eingefügt, erstmals „““ in Zeile 2 der Daten',
    );
  });

  it('blames no CMS for a feed that is simply no JSON', async () => {
    const counter = await counterWith(`${feed.slice(0, -2)},\n}`);
    expect(boxText(counter, 'error')).to.contain('Die Datenquelle enthält kein gültiges JSON.');
    expect(counter.shadowRoot!.querySelector('[part="hint"]')).to.equal(null);
  });
});
