/**
 * The contract every ASSKomm widget keeps, run once per widget: created by HTML and by
 * `document.createElement`, configured by attributes alone, renders from a feed, shows the
 * German error state for an unreachable and an invalid feed, no axe-core violations, follows
 * its container's width, and survives a second registration.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import { defineElement } from '../../src/element/define.js';

export const GOOD_FEED = '/test/fixtures/feeds/good.json';

export interface WidgetUnderTest extends HTMLElement {
  whenReady(): Promise<void>;
}

export interface ConformanceOptions {
  tag: string;
  /** Attributes besides `src` that the widget needs to show something. */
  attributes?: Record<string, string>;
  /** Asserts that the widget shows data of `GOOD_FEED` (text a person can read). */
  assertShowsData(element: WidgetUnderTest): void | Promise<void>;
}

/** Text a person sees (or a screen reader hears), shadow DOM included. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Writes the element as an editor would (markup), optionally into `container`, and waits for its data. */
export async function createByHtml(tag: string, attributes: Record<string, string>, container?: HTMLElement): Promise<WidgetUnderTest> {
  const parent = container ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  parent.insertAdjacentHTML('beforeend', `<${tag}${attrs}></${tag}>`);
  const element = parent.lastElementChild as WidgetUnderTest;
  await element.whenReady();
  return element;
}

export function runConformance(options: ConformanceOptions): void {
  const { tag, attributes = {} } = options;

  describe(`<${tag}> conformance`, () => {
    beforeEach(() => clearFeedCache());

    it('renders from a feed when written in HTML', async () => {
      const element = await createByHtml(tag, { src: GOOD_FEED, ...attributes });
      await options.assertShowsData(element);
    });

    it('renders when created by document.createElement and configured by attributes alone', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement(tag) as WidgetUnderTest;
      for (const [name, value] of Object.entries({ src: GOOD_FEED, ...attributes })) element.setAttribute(name, value);
      container.append(element);
      await element.whenReady();
      await options.assertShowsData(element);
    });

    it('shows a German error with a retry button for an unreachable feed', async () => {
      const element = await createByHtml(tag, { src: '/test/fixtures/feeds/does-not-exist.json', ...attributes });
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error state').to.exist;
      expect(visibleText(alert!)).to.contain('Die Daten konnten nicht angezeigt werden.');
      expect(visibleText(alert!)).to.contain('404');
      const retry = alert!.querySelector('button');
      expect(retry?.textContent?.trim()).to.equal('Erneut versuchen');
    });

    it('shows a German error for a feed that is not valid', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div>
          <script type="application/json" id="conformance-bad-feed">
            { "schemaVersion": 7 }
          </script>
        </div>`,
      );
      const element = await createByHtml(tag, { src: '#conformance-bad-feed', ...attributes }, container);
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error state').to.exist;
      expect(visibleText(alert!)).to.contain('Schema-Version 7 wird nicht unterstützt');
    });

    it('is accessible (axe-core, no violations)', async () => {
      const element = await createByHtml(tag, { src: GOOD_FEED, ...attributes });
      await expect(element).to.be.accessible();
    });

    it("adapts to its container's width", async () => {
      for (const width of [320, 900]) {
        const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const element = await createByHtml(tag, { src: GOOD_FEED, ...attributes }, container);
        const box = element.getBoundingClientRect();
        expect(Math.round(box.width), `width in a ${width}px container`).to.equal(width);
        expect(element.scrollWidth, 'no horizontal overflow').to.be.at.most(width + 1);
      }
    });

    it('does not throw when registered a second time (script included twice)', () => {
      const ctor = customElements.get(tag)!;
      expect(() => defineElement(tag, ctor)).not.to.throw();
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(tag)).to.equal(ctor);
    });
  });
}
