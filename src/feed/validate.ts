/**
 * The one validator of the feed, used by `npm run validate`, the data import and bundler users:
 * the frame and every part. The widgets run the same code, each for the parts it shows
 * (`validate-parts.ts`). A broken record (an indicator point, an event, a municipality or one
 * of its statuses) is reported with its JSON path and skipped so that the rest of the feed
 * still renders; only a feed whose frame is broken is fatal.
 */
import { EVENTS } from './read-events.js';
import { INDICATORS } from './read-indicators.js';
import { PLACES } from './read-places.js';
import { validateFeedParts, type ValidationResult } from './validate-parts.js';

export { EVENTS, INDICATORS, PLACES, validateFeedParts };
export type { FeedPart, ValidationResult } from './validate-parts.js';

/** Validates a parsed JSON value against schema version 1: the frame and every part. */
export function validateFeed(input: unknown): ValidationResult {
  return validateFeedParts(input, [INDICATORS, EVENTS, PLACES]);
}

/** Parses feed text (JSON) and validates it; text that is not JSON is a fatal issue. */
export function parseFeedText(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { issues: [{ severity: 'fatal', path: '$', message: `Der Feed ist kein gültiges JSON${detail}` }] };
  }
  return validateFeed(json);
}
