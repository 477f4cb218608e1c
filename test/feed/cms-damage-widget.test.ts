/**
 * A widget whose inline feed a CMS damaged (issue 19): the error box says what the CMS inserted,
 * where first, and what to do, instead of only „kein gültiges JSON“.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/milestone-counter/define.js';
import { visibleText, type WidgetUnderTest } from '../helpers/conformance.js';

/** A counter reading the inline feed `text` the way a post holds it. */
async function counterWith(text: string): Promise<WidgetUnderTest> {
  const post = await fixture<HTMLDivElement>(html`<div></div>`);
  const id = `feed-${Math.random().toString(36).slice(2)}`;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = text;
  const counter = document.createElement('asskomm-milestone-counter') as WidgetUnderTest;
  counter.setAttribute('src', `#${id}`);
  counter.setAttribute('metric', 'advised');
  post.append(script, counter);
  await counter.whenReady();
  return counter;
}

const errorText = (widget: Element): string => {
  const box = widget.shadowRoot!.querySelector('[part="error"]');
  return box ? visibleText(box) : '';
};

describe('a widget with an inline feed a CMS damaged', () => {
  let feed: string;
  before(async () => {
    feed = JSON.stringify(await (await fetch('/test/fixtures/feeds/good.json')).json(), null, 2);
  });

  it('says that the CMS inserted paragraphs, where, and what to do', async () => {
    // wpautop at a blank line after the first property.
    const lines = feed.split('\n');
    const damaged = [lines[0], `${lines[1]}</p>`, `<p>${lines[2]}`, ...lines.slice(3)].join('\n');
    const counter = await counterWith(damaged);
    const text = errorText(counter);
    expect(text).to.contain('Die Datenquelle enthält kein gültiges JSON.');
    expect(text).to.contain(
      `Das CMS hat Absätze (<p>) in die Daten eingefügt, zuerst in Zeile 2, Zeichen ${lines[1]!.length + 1} („</p>“).`,
    );
    expect(text).to.contain('Block „Individuelles HTML“');
    expect(counter.shadowRoot!.querySelector('[part="error"] button')?.textContent).to.equal('Erneut versuchen');
  });

  it('names typographic quotes that replaced the JSON’s', async () => {
    const counter = await counterWith(feed.replace(/"schemaVersion"/, '“schemaVersion”'));
    expect(errorText(counter)).to.contain(
      'Das CMS hat typografische Anführungszeichen (statt ") in die Daten eingefügt, zuerst in Zeile 2',
    );
  });

  it('blames no CMS for a feed that is simply no JSON', async () => {
    const counter = await counterWith(`${feed.slice(0, -2)},\n}`);
    const text = errorText(counter);
    expect(text).to.contain('Die Datenquelle enthält kein gültiges JSON.');
    expect(text).not.to.contain('CMS');
  });
});
