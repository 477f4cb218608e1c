/**
 * For bundler users: every widget (importing this module registers all three tags) and the
 * feed tools, so an application can validate or pre-load a feed with the widgets' own code.
 * Pages that only paste a script tag use `asskomm-widgets.js` instead, which loads each
 * widget on demand.
 */
export { MilestoneCounter } from './widgets/milestone-counter/define.js';
export { ProgressChart, type AsskommDateDetail } from './widgets/progress-chart/define.js';
export { StatusMap, type AsskommSelectDetail } from './widgets/status-map/define.js';
export {
  validateFeed,
  validateFeedParts,
  parseFeedText,
  INDICATORS,
  EVENTS,
  PLACES,
  type FeedPart,
  type ValidationResult,
} from './feed/validate.js';
export { checkPlaceKeys, placeIndexFromTopology, type PlaceIndex } from './feed/places.js';
export { acquireFeed, clearFeedCache, FeedError, type FeedErrorKind } from './feed/load.js';
export { SCHEMA_VERSION, LAYER_IDS } from './feed/schema.js';
export type * from './feed/types.js';
