/**
 * axe-core in every state a reader meets (issue 14, audit §1): each widget loading (its feed held
 * back until the end), loaded, in English, and failing (unreachable and invalid feed); the map and
 * the chart also with a tooltip shown by keyboard and by the pointer, with the table open, the map
 * with its details, its help texts and its search results, the chart with a series hidden.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { axeViolations } from '../helpers/axe.js';
import { createByHtml, GOOD_FEED, visibleText } from '../helpers/conformance.js';
import { holdFetches } from '../helpers/fetch.js';
import { placeWidget, type Widget } from '../helpers/placed-widget.js';

const MAP = 'asskomm-status-map';
const CHART = 'asskomm-progress-chart';
const COUNTER = 'asskomm-milestone-counter';
const ATTRIBUTES: Record<string, Record<string, string>> = {
  [MAP]: {},
  [CHART]: { metrics: 'advised,kpr,security-analyses' },
  [COUNTER]: { metric: 'advised,kpr' },
};

/**
 * The widget in an 800 px column, as an editor writes it, once it shows its feed; the page has a
 * footer of its own, so a widget that claimed the page's contentinfo landmark would show.
 */
async function widget(tag: string, attributes: Record<string, string> = {}): Promise<Widget> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: 800px"><footer>Impressum</footer></div>`);
  return placeWidget(tag, { ...ATTRIBUTES[tag]!, ...attributes }, column);
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
};

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Opens every `<details>` of the widget: its help texts. */
function openEveryDetails(element: Element): void {
  for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
}

async function expectNoViolations(element: Element): Promise<void> {
  expect(await axeViolations(element), `axe on <${element.localName}>`).to.deep.equal([]);
}

afterEach(() => resetMouse());

for (const tag of [MAP, CHART, COUNTER]) {
  describe(`<${tag}>: axe in the states every widget has`, () => {
    it('while loading (feed held back), and once it arrives', async () => {
      clearFeedCache();
      const held = holdFetches();
      try {
        const column = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        column.innerHTML = `<${tag} src="${GOOD_FEED}"></${tag}>`;
        const element = column.firstElementChild as Widget;
        for (const [name, value] of Object.entries(ATTRIBUTES[tag]!)) element.setAttribute(name, value);
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="loading"]'), 'the loading state').to.exist;
        await expectNoViolations(element);
        held.release();
        await element.whenReady();
        expect(element.shadowRoot!.querySelector('[part="loading"]'), 'loaded').to.be.null;
      } finally {
        held.release();
        held.restore();
      }
    });

    it('loaded, on a page with a footer of its own', async () => {
      await expectNoViolations(await widget(tag));
    });

    it('in English (lang="en")', async () => {
      const element = await widget(tag, { lang: 'en' });
      expect(visibleText(element)).to.match(/municipalit|Municipalit|advised|Advised/);
      await expectNoViolations(element);
    });

    it('with an unreachable feed', async () => {
      const element = await widget(tag, { src: '/test/fixtures/feeds/does-not-exist.json' });
      expect(visibleText($(element, '[role="alert"]'))).to.contain('404');
      await expectNoViolations(element);
    });

    it('with an invalid feed', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <script type="application/json" id="a11y-bad-feed">
            { "schemaVersion": 7 }
          </script>
        </div>`,
      );
      const element = await createByHtml(tag, { ...ATTRIBUTES[tag], src: '#a11y-bad-feed' }, column);
      expect(visibleText($(element, '[role="alert"]'))).to.contain('Schema-Version 7');
      await expectNoViolations(element);
    });
  });
}

describe(`<${MAP}>: axe in the map's own states`, () => {
  it('with the tooltip shown by keyboard focus', async () => {
    const map = await widget(MAP);
    $(map, '.viewport').focus();
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    expect(visibleText($(map, '.tooltip'))).not.to.equal('');
    await expectNoViolations(map);
  });

  it('with the tooltip shown by the pointer', async () => {
    const map = await widget(MAP);
    await sendMouse({ type: 'move', position: centreOf($(map, '#place-14713000')) });
    await map.updateComplete;
    expect(visibleText($(map, '.tooltip'))).to.contain('Leipzig');
    await expectNoViolations(map);
  });

  it('with the details of a Gemeinde open, in German and in English', async () => {
    for (const lang of ['de', 'en']) {
      const map = await widget(MAP, { lang, focus: '14626610' });
      $(map, '.viewport').focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect($<HTMLDialogElement>(map, 'dialog.details').open, lang).to.be.true;
      await expectNoViolations(map);
    }
  });

  it('with the table open', async () => {
    const map = await widget(MAP);
    $(map, '.table-toggle').click();
    await map.updateComplete;
    expect($(map, '.table-scroll').querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    await expectNoViolations(map);
  });

  it('with search results shown, one of them active, and with none found', async () => {
    const map = await widget(MAP);
    $(map, '#search-input').focus();
    await sendKeys({ type: 'dres' });
    await sendKeys({ press: 'ArrowDown' });
    await map.updateComplete;
    expect($(map, '#search-input').getAttribute('aria-activedescendant')).to.equal('search-option-0');
    await expectNoViolations(map);
    await sendKeys({ type: 'xyz' });
    await map.updateComplete;
    expect(visibleText(map)).to.contain('Keine Gemeinde gefunden');
    await expectNoViolations(map);
  });

  it('with every help text open (keys, "So lesen Sie …") and two layers hidden', async () => {
    const map = await widget(MAP);
    openEveryDetails(map);
    for (const input of [...map.shadowRoot!.querySelectorAll<HTMLInputElement>('.legend input[name="layer"]')].slice(0, 2)) input.click();
    await map.updateComplete;
    await expectNoViolations(map);
  });
});

describe(`<${CHART}>: axe in the chart's own states`, () => {
  it('with the tooltip shown by keyboard focus', async () => {
    const chart = await widget(CHART);
    $(chart, '.plot').focus();
    await chart.updateComplete;
    expect(visibleText($(chart, '[part="tooltip"]'))).not.to.equal('');
    await expectNoViolations(chart);
  });

  it('with the tooltip shown by the pointer', async () => {
    const chart = await widget(CHART);
    await sendMouse({ type: 'move', position: centreOf($(chart, '.series .marker')) });
    await chart.updateComplete;
    expect(visibleText($(chart, '[part="tooltip"]'))).not.to.equal('');
    await expectNoViolations(chart);
  });

  it('with the table open, in German and in English', async () => {
    for (const lang of ['de', 'en']) {
      const chart = await widget(CHART, { lang });
      $(chart, '.table-toggle').click();
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelectorAll('table').length, lang).to.be.greaterThan(0);
      await expectNoViolations(chart);
    }
  });

  it('with a series hidden, the table and every help text open', async () => {
    const chart = await widget(CHART);
    openEveryDetails(chart);
    $<HTMLInputElement>(chart, '.legend input[type="checkbox"]').click();
    $(chart, '.table-toggle').click();
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelectorAll('.legend-item.off')).to.have.length(1);
    await expectNoViolations(chart);
  });
});
