/**
 * Types of the validated feed model, inferred from the schemas in `schema.ts`.
 */
import type * as v from 'valibot';
import type {
  AgreementStatusSchema,
  AnalysisStatusSchema,
  ContactBodySchema,
  EventSchema,
  FundingItemSchema,
  IndicatorHeadSchema,
  IndicatorPointSchema,
  KprStatusSchema,
  LAYER_IDS,
  MetaSchema,
  StatusSchema,
  STATUS_SCHEMAS,
} from './schema.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ISO strings of mixed precision still sort by their start. */
export type PartialDate = string;

/** A status's date: a partial date, `START/END` or `../END` (`feed/when.ts` says when it counts). */
export type RecordDate = string;

export type LayerId = (typeof LAYER_IDS)[number];
type FeedMeta = v.InferOutput<typeof MetaSchema>;
/**
 * The feed's `meta` as widgets get it: `asOf` and `source`, which they show, always (filled in when
 * the feed's were broken, see `read-meta.ts`); every other field only when it was valid.
 */
export type Meta = Pick<FeedMeta, 'asOf' | 'source'> & Partial<Omit<FeedMeta, 'asOf' | 'source'>>;
export type IndicatorPoint = v.InferOutput<typeof IndicatorPointSchema>;
export type Indicator = v.InferOutput<typeof IndicatorHeadSchema> & {
  /** Sorted by when they count (`feed/when.ts`), oldest first; reported and planned points alike. */
  points: IndicatorPoint[];
};
export type FeedEvent = v.InferOutput<typeof EventSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type KprStatus = v.InferOutput<typeof KprStatusSchema>;
export type ContactBody = v.InferOutput<typeof ContactBodySchema>;
export type AgreementStatus = v.InferOutput<typeof AgreementStatusSchema>;
export type AnalysisStatus = v.InferOutput<typeof AnalysisStatusSchema>;
export type FundingItem = v.InferOutput<typeof FundingItemSchema>;

/** The statuses of one place, one entry per building block it has reached (the schema of each in `STATUS_SCHEMAS`). */
export type PlaceStatuses = { [Layer in LayerId]?: v.InferOutput<(typeof STATUS_SCHEMAS)[Layer]> };

/** A Gemeinde (8-digit AGS) or a district-level body (5-digit key). */
export interface Place {
  key: string;
  name: string;
  note?: string;
  level: 'municipality' | 'district';
  statuses: PlaceStatuses;
}

export type IssueSeverity = 'fatal' | 'error' | 'warning';

/**
 * One finding of the validator. `fatal`: the feed cannot be used at all; `error`: the record
 * at `path` was skipped, the rest is used; `warning`: used as is (e.g. an unknown field).
 */
export interface FeedIssue {
  severity: IssueSeverity;
  /** JSON path, e.g. `$.indicators[2].points[0].value`. */
  path: string;
  /** German, for the people who maintain the feed. */
  message: string;
}

/**
 * A body that serves several Gemeinden (a joint council, a Verwaltungsverband, a Städtebund):
 * one record, drawn on every member and counted once.
 */
export interface Body {
  key: string;
  name: string;
  note?: string;
  /** 8-digit AGS of the member Gemeinden. */
  members: string[];
  statuses: PlaceStatuses;
}

/** The validated feed: what every widget renders from. */
export interface FeedModel {
  schemaVersion: number;
  meta: Meta;
  indicators: ReadonlyMap<string, Indicator>;
  /** Sorted by date. */
  events: readonly FeedEvent[];
  /** Official records per place; fewer than the official counts, never a substitute for them. */
  places: ReadonlyMap<string, Place>;
  /** Bodies of several Gemeinden, by their id. */
  bodies: ReadonlyMap<string, Body>;
  issues: readonly FeedIssue[];
}
