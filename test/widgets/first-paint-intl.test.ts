/**
 * The map's and the counter's first paint make no Intl object (issue 17). The first one a page
 * makes loads ICU's data: 30–55 ms in a fresh Chromium page on the bench machine, about a third of
 * the map's first paint. The widgets are imported only once Intl is watched, so objects made when
 * a module is evaluated count too; the map's deferred parts (the sortable table) may use it later.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { untilDrawn } from '../helpers/first-paint.js';

const made: string[] = [];
for (const name of ['Collator', 'DateTimeFormat', 'NumberFormat', 'PluralRules', 'ListFormat', 'Segmenter'] as const) {
  const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
  // A subclass keeps `instanceof` and the static methods of the original.
  const Watched = class extends Original {
    constructor(...args: unknown[]) {
      made.push(`Intl.${name}`);
      super(...args);
    }
  };
  Object.defineProperty(Intl, name, { value: Watched, configurable: true, writable: true });
}
// Without a locale these still collate and format through ICU.
for (const [owner, method] of [
  [String.prototype, 'localeCompare'],
  [Number.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleString'],
] as const) {
  const original = (owner as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
  Object.defineProperty(owner, method, {
    value(this: unknown, ...args: unknown[]) {
      made.push(method);
      return original.apply(this, args);
    },
    configurable: true,
    writable: true,
  });
}

const FEED = '/test/fixtures/feeds/good.json';

describe('first paint without Intl', () => {
  beforeEach(() => {
    made.length = 0;
  });

  it('draws the map: every Gemeinde named for screen readers with its dates, the legend with its figures', async () => {
    await import('../../src/widgets/status-map/define.js');
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const map = document.createElement('asskomm-status-map') as HTMLElement & { updateComplete: Promise<boolean> };
    map.setAttribute('src', FEED);
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

  it('counts up on the counter, its change and as-of date written', async () => {
    await import('../../src/widgets/milestone-counter/define.js');
    const counter = (await fixture(
      html`<asskomm-milestone-counter src=${FEED} metric="advised" duration="0"></asskomm-milestone-counter>`,
    )) as HTMLElement & { whenReady(): Promise<void> };
    await counter.whenReady();
    const text = counter.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/Stand: (\d{1,2}\. )?\p{L}+ \d{4}/u);
    expect(made, 'Intl objects made while the counter drew').to.deep.equal([]);
  });
});
