/**
 * The ASSKomm feed, schema version 1: the one place where its shape is written down.
 *
 * The TypeScript types (`types.ts`) are inferred from these schemas and the validator
 * (`validate.ts`) runs them record by record, so the documentation, the types and the
 * checks cannot drift apart. Human-readable field docs live in `data/README.md`.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

/** Ids of the map layers; a municipality record has one optional status per id. */
export const LAYER_IDS = ['contacted', 'model', 'kpr', 'pre-agreement', 'agreement', 'coaching', 'analysis', 'funding'] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Years a feed or an attribute may name. Kommunale Präventionsräte existed long before ASSKomm
 * (2019), plans reach ahead; a year outside is a typo (`0021` for `2021`), and years below 100
 * would also meet JavaScript's 1900 offset.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` that exist in the calendar, in FIRST_YEAR–LAST_YEAR. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  // Indexed, not destructured: a pattern walks the array's iterator, slow in code not yet optimised
  // (thousands of points are checked once, in a fresh page).
  const year = match[1];
  const month = match[2];
  const day = match[3];
  const y = Number(year);
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Gregorian month lengths without a Date per call (validating thousands of points).
  const daysInMonth = m === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);
  return d >= 1 && d <= daysInMonth;
}

/** A date known to the day, the month or only the year: `2021-11-05`, `2021-11`, `2021`. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.check(isPartialDate, `ist kein gültiges Datum (erlaubt: JJJJ, JJJJ-MM oder JJJJ-MM-TT, Jahre ${FIRST_YEAR}–${LAST_YEAR})`),
);

/**
 * True for a partial date, for an ISO 8601 interval of two partial dates whose start is not
 * after its end (`2020-07/2021-05`: some time in that span), and for an open start
 * (`../2021-11`: by November 2021 at the latest).
 */
export function isRecordDate(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return isPartialDate(value);
  const start = value.slice(0, slash);
  const end = value.slice(slash + 1);
  if (!isPartialDate(end)) return false;
  if (start === '..') return true;
  // The span may not end before it starts: `2021/2021-05` is fine, `2021-06/2021-05` is not.
  const first = `${start}${'-01-01'.slice(start.length - 4)}`;
  const last = `${end}${'-99-99'.slice(end.length - 4)}`;
  return isPartialDate(start) && first <= last;
}

/** When a building block was reached: a partial date, or an interval when only a span is known. */
export const RecordDateSchema = v.pipe(
  v.string(),
  v.check(
    isRecordDate,
    `ist kein gültiges Datum (erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT, ein Zeitraum wie 2020-07/2021-05 oder ../2021-11 für „spätestens“; Jahre ${FIRST_YEAR}–${LAST_YEAR})`,
  ),
);

/** Characters of a human text, after trimming. */
export const MAX_TEXT = 2000;

/** Any human text from the feed; it is only ever rendered as text. */
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'darf nicht leer sein'), v.maxLength(MAX_TEXT));

const Localized = v.object({ de: Text, en: Text });

/** Where a figure or event was published: a URL or a citation. */
const Source = Text;

/** Far above any ASSKomm figure or euro amount, far below where axis arithmetic overflows. */
export const MAX_FIGURE = 1e12;

const Count = v.pipe(
  v.number(),
  v.finite('muss eine endliche Zahl sein'),
  v.minValue(0, 'darf nicht negativ sein'),
  v.maxValue(MAX_FIGURE, 'ist zu groß (höchstens 1 Billion)'),
);

/** 8-digit AGS of a Gemeinde, or 5-digit key of a Landkreis / kreisfreie Stadt, in Saxony. */
export const PLACE_KEY = /^14\d{3}(?:\d{3})?$/;

/** 8-digit AGS of a Saxon Gemeinde. */
const MUNICIPALITY_KEY = /^14\d{6}$/;

export const PlaceKeySchema = v.pipe(
  v.string(),
  v.regex(PLACE_KEY, 'ist kein sächsischer Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern)'),
);

export const MetaSchema = v.object({
  title: Text,
  publisher: Text,
  /** "Stand": the date the feed as a whole describes. */
  asOf: PartialDateSchema,
  /** Source line shown under every widget. */
  source: Text,
  sourceUrl: v.optional(Text),
  license: Text,
  contact: v.object({
    name: Text,
    url: v.optional(Text),
    email: v.optional(Text),
    phone: v.optional(Text),
  }),
});

/** How exact a figure is: `at-least` for published lower bounds, `approx` for rounded ones. */
export const QUALIFIERS = ['exact', 'at-least', 'approx'] as const;

export const IndicatorPointSchema = v.object({
  date: PartialDateSchema,
  value: Count,
  /** `at-least` for published lower bounds ("über 420.000 €"), `approx` for rounded ones. */
  qualifier: v.optional(v.picklist(QUALIFIERS), 'exact'),
  /** A target or plan, never a reported figure. */
  planned: v.optional(v.boolean(), false),
  /** A figure that later or better sources contradict: kept for the record, never the current figure. */
  disputed: v.optional(v.boolean(), false),
  note: v.optional(Text),
  source: v.optional(Source),
});

/** Everything of an indicator but its points, which are checked one by one. */
const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten'));

export const LayerIdSchema = v.picklist(LAYER_IDS, `ist keine Ebene der Karte (erlaubt: ${LAYER_IDS.join(', ')})`);

export const IndicatorHeadSchema = v.object({
  id: Id,
  label: Localized,
  /** Unit words after the number, e.g. "Kommunen"; money takes its symbol from `format`. */
  unit: v.optional(Localized),
  format: v.optional(v.picklist(['count', 'eur']), 'count'),
  /** Cumulative series only grow between reports (drawn as steps). */
  cumulative: v.optional(v.boolean(), true),
  description: v.optional(Localized),
  /** The map layer whose places this indicator counts: its official figure. */
  layer: v.optional(LayerIdSchema),
});

export const EventSchema = v.object({
  date: PartialDateSchema,
  label: Localized,
  /** 1 = always shown; 2 and 3 give way first when space is short. */
  priority: v.optional(v.picklist([1, 2, 3]), 2),
  note: v.optional(Text),
  source: v.optional(Source),
});

/**
 * The fields every building-block status has. A status counts once its date (or its interval)
 * has ended; an undated one only as of the feed's `asOf`.
 */
const statusFields = {
  date: v.optional(RecordDateSchema),
  note: v.optional(Text),
  source: v.optional(Source),
};

export const StatusSchema = v.object(statusFields);

/** Institutional contact of a Kommunaler Präventionsrat: never a private person's data. */
export const ContactBodySchema = v.object({
  name: Text,
  url: v.optional(Text),
  email: v.optional(Text),
  phone: v.optional(Text),
});

export const KprStatusSchema = v.object({
  ...statusFields,
  action: v.optional(v.picklist(['founded', 'reactivated', 'existing']), 'founded'),
  body: v.optional(ContactBodySchema),
});

export const AgreementStatusSchema = v.object({
  ...statusFields,
  partners: v.optional(v.array(Text)),
});

export const AnalysisStatusSchema = v.object({
  ...statusFields,
  state: v.optional(v.picklist(['planned', 'running', 'completed']), 'completed'),
});

export const FundingItemSchema = v.object({
  ...statusFields,
  amountEur: v.optional(Count),
  /** `approx` for a rounded amount, `at-least` for a lower bound. */
  amountQualifier: v.optional(v.picklist(QUALIFIERS), 'exact'),
  project: v.optional(Text),
  /** Partner Gemeinden of the project; the grant went to this place, not to them. */
  partners: v.optional(v.array(Text)),
});

/** The schema of each building block, keyed by layer id. */
export const STATUS_SCHEMAS = {
  contacted: StatusSchema,
  model: StatusSchema,
  kpr: KprStatusSchema,
  'pre-agreement': StatusSchema,
  agreement: AgreementStatusSchema,
  coaching: StatusSchema,
  analysis: AnalysisStatusSchema,
  funding: v.array(FundingItemSchema),
} as const satisfies Record<(typeof LAYER_IDS)[number], v.GenericSchema>;

/** A municipality record without its statuses, which are checked one by one. */
export const PlaceHeadSchema = v.object({
  name: Text,
  note: v.optional(Text),
});

export const BodyIdSchema = Id;

/** A body serving several Gemeinden (joint council, Verwaltungsverband, Städtebund), without its statuses. */
export const BodyHeadSchema = v.object({
  name: Text,
  note: v.optional(Text),
  members: v.pipe(
    v.array(v.pipe(v.string(), v.regex(MUNICIPALITY_KEY, 'ist kein sächsischer Gemeindeschlüssel (8 Ziffern)'))),
    v.minLength(2, 'braucht mindestens zwei Mitgliedsgemeinden'),
  ),
});
