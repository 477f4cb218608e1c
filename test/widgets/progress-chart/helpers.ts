/** Shared steps of the progress-chart tests: a chart as an editor writes it, and what a person sees of it. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/progress-chart/define.js';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';

export const TAG = 'asskomm-progress-chart';
export const CROWDED = '/test/fixtures/feeds/progress-chart-crowded.json';
export const SPARSE = '/test/fixtures/feeds/progress-chart-sparse.json';

/** The chart in a container of `width` px, as an editor writes it. */
export async function chart(attributes: Record<string, string>, width = 900): Promise<WidgetUnderTest> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = await createByHtml(TAG, { src: GOOD_FEED, ...attributes }, container);
  // The first layout waits for the ResizeObserver; after that, the width is known.
  await waitForPlot(element);
  return element;
}

export async function waitForPlot(element: WidgetUnderTest): Promise<void> {
  for (let i = 0; i < 20 && !element.shadowRoot!.querySelector('.plot svg'); i++) {
    await new Promise(requestAnimationFrame);
    await (element as unknown as ProgressChart).updateComplete;
  }
}

export const $ = <T extends Element = Element>(element: Element, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(element: Element, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
export const texts = (element: Element, selector: string): string[] => $$(element, selector).map((node) => visibleText(node));
export const plot = (element: Element): HTMLElement => $<HTMLElement>(element, '.plot')!;
export const tooltip = (element: Element): string => visibleText($(element, '[part="tooltip"]') ?? document.createElement('p'));

export async function press(element: WidgetUnderTest, key: string): Promise<void> {
  await sendKeys({ press: key });
  await (element as unknown as ProgressChart).updateComplete;
}

export const updated = (element: WidgetUnderTest): Promise<boolean> => (element as unknown as ProgressChart).updateComplete;
