/** Shared steps of the status-map tests: creating a map and reading what a person sees on it. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import '../../../src/widgets/status-map/define.js';
import type { MapSnapshot } from '../../../src/widgets/status-map/derived.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { createByHtml, GOOD_FEED, visibleText } from '../../helpers/conformance.js';

export const TAG = 'asskomm-status-map';

export async function createMap(attributes: Record<string, string> = {}, container?: HTMLElement): Promise<StatusMap> {
  clearFeedCache();
  return (await createByHtml(TAG, { src: GOOD_FEED, ...attributes }, container)) as unknown as StatusMap;
}

/** A map in a column `width` px wide, the whole map in view, once the frame has measured its width. */
export async function mapIn(width: number, attributes: Record<string, string> = {}): Promise<StatusMap> {
  await setViewport({ width: Math.max(800, width + 40), height: 1100 });
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const map = await createMap(attributes, container);
  // The frame measures its width with a ResizeObserver: a frame or two after the first render.
  for (let i = 0; i < 3; i++) {
    await new Promise(requestAnimationFrame);
    await map.updateComplete;
  }
  return map;
}

/** Chooses Zittau as a keyboard user does: „Gemeinde suchen“, type, arrow, Enter (the map zooms to it). */
export async function chooseZittau(map: StatusMap): Promise<void> {
  shadow(map).querySelector<HTMLInputElement>('#search-input')!.focus();
  await sendKeys({ type: 'zitt' });
  await map.updateComplete;
  await sendKeys({ press: 'ArrowDown' });
  const selected = oneEvent(map, 'asskomm-select');
  await sendKeys({ press: 'Enter' });
  await selected;
  await map.updateComplete;
}

export function shadow(map: StatusMap): ShadowRoot {
  return map.shadowRoot!;
}

/** The legend's count for a layer, as shown. */
export function legendCount(map: StatusMap, layer: string): string {
  const input = shadow(map).querySelector<HTMLInputElement>(`.legend input[value="${layer}"]`)!;
  return input.closest('label')!.querySelector('.layer-count')!.textContent!.trim();
}

export function legendCheckbox(map: StatusMap, layer: string): HTMLInputElement {
  return shadow(map).querySelector<HTMLInputElement>(`.legend input[value="${layer}"]`)!;
}

export function tooltipText(map: StatusMap): string {
  const tooltip = shadow(map).querySelector('.tooltip');
  return tooltip ? visibleText(tooltip) : '';
}

export function detailsDialog(map: StatusMap): HTMLDialogElement {
  return shadow(map).querySelector<HTMLDialogElement>('dialog.details')!;
}

/** The zoom transform currently applied to the drawing. */
export function zoomTransform(map: StatusMap): string {
  return shadow(map).querySelector<SVGGElement>('g.zoom')!.style.transform;
}

export function scaleOf(map: StatusMap): number {
  return Number(/scale\(([\d.]+)\)/.exec(zoomTransform(map))?.[1] ?? NaN);
}

/** Centre of an element on the page, for the real mouse. */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Where a place's point (its tooltip's anchor) is on the page, through the drawing's zoom. */
export function pointOf(map: StatusMap, key: string): DOMPoint {
  const snapshot = (map as unknown as { snapshot(): MapSnapshot | undefined }).snapshot();
  const [x, y] = snapshot!.view(key)!.point;
  return new DOMPoint(x, y).matrixTransform(shadow(map).querySelector<SVGGElement>('g.zoom')!.getScreenCTM()!);
}

/** The focused element, looked up through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs from the search field to the map, as a keyboard user does; gives the map's listbox. */
export async function tabToMap(map: StatusMap): Promise<Element> {
  shadow(map).querySelector<HTMLElement>('#search-input')!.focus();
  await sendKeys({ press: 'Tab' });
  await map.updateComplete;
  return shadow(map).querySelector('.viewport')!;
}
