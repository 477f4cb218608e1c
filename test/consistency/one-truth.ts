/**
 * Shared steps of the consistency suites: a page with the map, one counter per linked indicator
 * and the chart, all reading one feed; and what each of them says for a layer's concept on a date.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import type { LayerId } from '../../src/feed/types.js';
import { endOf } from '../../src/feed/when.js';
import { createByHtml, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
/** "über 100", "rund 10", "29", "420.000 €": the figure as written, with its qualifier. */
const FIGURE = /^((?:über |rund )?\d[\d.]*(?: €)?)/;

export interface Linked {
  layer: LayerId;
  indicator: string;
  label: string;
}

export interface Page {
  map: WidgetUnderTest;
  counters: Map<string, WidgetUnderTest>;
  chart: WidgetUnderTest;
}

export async function openPage(src: string, linked: readonly Linked[]): Promise<Page> {
  clearFeedCache();
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const map = await createByHtml('asskomm-status-map', { src }, container);
  const counters = new Map<string, WidgetUnderTest>();
  for (const { indicator } of linked)
    counters.set(indicator, await createByHtml('asskomm-milestone-counter', { src, metric: indicator, duration: '0' }, container));
  const chart = await createByHtml(
    'asskomm-progress-chart',
    { src, metrics: linked.map((l) => l.indicator).join(','), events: 'off' },
    container,
  );
  return { map, counters, chart };
}

async function settle(element: WidgetUnderTest): Promise<void> {
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Sets the date on every widget of the page (the chart's is the end of its range). */
export async function showDate(page: Page, date: string): Promise<void> {
  page.map.setAttribute('date', date);
  for (const counter of page.counters.values()) counter.setAttribute('date', date);
  page.chart.setAttribute('to', date);
  for (const element of [page.map, ...page.counters.values(), page.chart]) await settle(element);
  // The chart lays out after its size is known: give it frames until the plot is there.
  for (let i = 0; i < 5; i++) {
    await new Promise(requestAnimationFrame);
    await settle(page.chart);
  }
}

/** The map's official figure for a layer ("29" of "29 insgesamt (Stand: …)"), or null. */
export function mapOfficial(page: Page, layer: LayerId): string | null {
  const text = page.map.shadowRoot!.querySelector(`.layer-official[data-layer="${layer}"]`)?.textContent;
  return text ? (FIGURE.exec(squash(text))?.[1] ?? squash(text)) : null;
}

/** The records the map documents for a layer. */
export function mapDocumented(page: Page, layer: LayerId): number {
  const text = page.map.shadowRoot!.querySelector(`.layer-count[data-layer="${layer}"]`)!.textContent!;
  return Number(text.replace(/\./g, ''));
}

/** The counter's figure, read from the sentence screen readers get, or null when it shows none. */
export function counterValue(page: Page, indicator: string): string | null {
  const metric = page.counters.get(indicator)!.shadowRoot!.querySelector('[part="metric"] .visually-hidden');
  return metric ? (FIGURE.exec(squash(metric.textContent))?.[1] ?? null) : null;
}

/** The chart's figure for a series at the end of its range, from the tooltip the End key opens. */
export async function chartValue(page: Page, label: string): Promise<string | null> {
  const plot = page.chart.shadowRoot!.querySelector<HTMLElement>('.plot');
  if (!plot) return null;
  plot.focus();
  // The key goes to the plot itself: a test page that loses the window's focus must not lose the key.
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  await settle(page.chart);
  const tooltip = visibleText(page.chart.shadowRoot!.querySelector('[part="tooltip"]') ?? document.createElement('p'));
  const row = new RegExp(
    `${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ((?:über |rund )?\\d[\\d.]*(?: €)?( \\(geplant\\))?|keine Angabe)`,
  ).exec(tooltip);
  plot.blur();
  // "keine Angabe" and a plan alone ("25 (geplant)") are no figure.
  return row && row[1] !== 'keine Angabe' && !row[2] ? row[1]! : null;
}

/** Month ends from January 2019 to December 2025, as `YYYY-MM-DD`. */
export function monthEnds(): string[] {
  const dates: string[] = [];
  for (let year = 2019; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++)
      dates.push(new Date(endOf(`${year}-${String(month).padStart(2, '0')}`) - 86_400_000).toISOString().slice(0, 10));
  }
  return dates;
}
