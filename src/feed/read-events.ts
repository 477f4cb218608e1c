/** The feed's events, checked one by one and sorted by date. */
import { EventSchema } from './schema.js';
import type { FeedEvent } from './types.js';
import { byDate, child, type Findings } from './findings.js';
import { FEED_LIMITS, overLimit } from './limits.js';
import type { FeedPart } from './validate-parts.js';

function readEvents(raw: unknown, findings: Findings): FeedEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    // Events only annotate the chart: without them every figure still shows.
    findings.add('error', '$.events', 'muss eine Liste sein; Ereignisse werden nicht gezeigt');
    return [];
  }
  if (overLimit(findings, '$.events', raw.length, FEED_LIMITS.events, 'Ereignisse')) return [];
  const events: FeedEvent[] = [];
  raw.forEach((entry, i) => {
    const event = findings.check(EventSchema, entry, child('$.events', i), 'error');
    if (event) events.push(event);
  });
  return events.sort(byDate);
}

export const EVENTS: FeedPart = (input, findings) => ({ events: readEvents(input.events, findings) });
