/**
 * The map's first paint makes no Intl object (issue 17; see test/helpers/intl-watch.ts). Its own
 * file: each test file has a page of its own, so no other widget made a formatter before it.
 */
import { made } from '../../helpers/intl-watch.js';
import { expect, fixture, html } from '@open-wc/testing';
import { untilDrawn } from '../../helpers/first-paint.js';

describe('<asskomm-status-map> first paint without Intl', () => {
  it('draws every Gemeinde named for screen readers with its dates, and the legend with its figures', async () => {
    await import('../../../src/widgets/status-map/define.js');
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const map = document.createElement('asskomm-status-map') as HTMLElement & { updateComplete: Promise<boolean> };
    map.setAttribute('src', '/test/fixtures/feeds/good.json');
    container.append(map);
    const options = (): Element[] => [...map.shadowRoot!.querySelectorAll('path.municipality[role="option"]')];
    await untilDrawn(map as never, () => options().length > 0);
    expect(options()).to.have.length(419);
    const leipzig = map.shadowRoot!.querySelector('#place-14713000')!.getAttribute('aria-label')!;
    expect(leipzig, 'a label with a date in words').to.match(
      /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
    );
    expect(map.shadowRoot!.querySelector('.legend')!.textContent, 'the legend counts').to.match(/\d/);
    expect(made, 'Intl objects made before the first paint').to.deep.equal([]);
  });
});
