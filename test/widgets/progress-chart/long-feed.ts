/** Long feeds for the chart's speed tests (issue 17): as an inline `<script>`, beside the test feed's meta. */
import { GOOD_FEED } from '../../helpers/conformance.js';

/** The n-th day from 1 January 2020, as the feed writes it. */
export const day = (i: number): string => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);

export interface LongPoint {
  date: string;
  value: number;
  qualifier?: 'exact' | 'at-least' | 'approx';
  planned?: boolean;
  disputed?: boolean;
}

/** `points(s)` for each of `series` indicators `series-1` …; returns the `src` of the inline feed. */
export async function longFeed(series: number, points: (series: number) => LongPoint[]): Promise<string> {
  const base = (await (await fetch(GOOD_FEED)).json()) as { meta: unknown };
  const indicators = Array.from({ length: series }, (_, s) => ({
    id: `series-${s + 1}`,
    label: { de: `Reihe ${s + 1}`, en: `Series ${s + 1}` },
    unit: { de: 'Kommunen', en: 'municipalities' },
    points: points(s),
  }));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = `long-feed-${Math.random().toString(36).slice(2)}`;
  script.textContent = JSON.stringify({ schemaVersion: 1, meta: base.meta, indicators, events: [] });
  document.body.append(script);
  return `#${script.id}`;
}

/** `metrics` for `series` indicators of `longFeed`. */
export const longMetrics = (series: number): string => Array.from({ length: series }, (_, s) => `series-${s + 1}`).join(',');
