/**
 * What changed between two feeds, in German, for review before publishing: records added,
 * removed and changed, each named as the data staff know it (indicator and date, Gemeinde and
 * building block, event and date), with old → new for every changed field.
 */
import {
  ACTION_WORDS,
  FORMAT_WORDS,
  FIELD_COLUMNS,
  LAYER_ORDER,
  LAYER_WORDS,
  META_FIELDS,
  NO,
  QUALIFIER_WORDS,
  STATE_WORDS,
  YES,
  type Words,
} from './columns.js';
import { number } from './export.js';

type Json = Record<string, unknown>;

/** Each field of the feed by its column name in the spreadsheets. */
const FIELD_NAMES: Record<string, string> = {
  ...Object.fromEntries(META_FIELDS.map(({ field, label }) => [field, label])),
  ...FIELD_COLUMNS['kennzahlen.csv'],
  ...FIELD_COLUMNS['werte.csv'],
  ...FIELD_COLUMNS['ereignisse.csv'],
  ...FIELD_COLUMNS['gremien.csv'],
  ...FIELD_COLUMNS['orte.csv'],
  name: 'Name',
  'label.de': 'Name/Titel',
  'label.en': 'Name/Titel (englisch)',
  'unit.de': 'Einheit',
  'unit.en': 'Einheit (englisch)',
  'description.de': 'Beschreibung',
  'description.en': 'Beschreibung (englisch)',
};

/** The words of the spreadsheets for the feed's fixed values. */
const VALUE_WORDS: Record<string, Words<string>> = {
  qualifier: QUALIFIER_WORDS,
  amountQualifier: QUALIFIER_WORDS,
  format: FORMAT_WORDS,
  layer: LAYER_WORDS,
  action: ACTION_WORDS,
  state: STATE_WORDS,
};

/** A value as the spreadsheet shows it: words for fixed values, ja/nein, German numbers, lists with „|“. */
function show(field: string, value: unknown): string {
  if (value === undefined) return '(leer)';
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') return number(value);
  if (Array.isArray(value)) return `„${value.join(' | ')}“`;
  return `„${VALUE_WORDS[field]?.get(value as string) ?? String(value)}“`;
}

/** `Feld: alt → neu` for every field that differs, nested objects flattened (`body.url`). */
function changedFields(before: Json, after: Json, prefix = ''): string[] {
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[key], after[key]];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isObject(a) && isObject(b)) lines.push(...changedFields(a, b, `${prefix}${key}.`));
    else lines.push(`${FIELD_NAMES[prefix + key] ?? prefix + key}: ${show(key, a)} → ${show(key, b)}`);
  }
  return lines;
}

/** Compares two keyed lists: added, removed, changed entries as German lines. */
function compare(
  before: Map<string, Json>,
  after: Map<string, Json>,
  name: (key: string, entry: Json) => string,
  describe: (entry: Json) => string,
): string[] {
  const lines: string[] = [];
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) lines.push(`+ neu: ${name(key, entry)}${describe(entry)}`);
    else for (const change of changedFields(old, entry)) lines.push(`~ geändert: ${name(key, entry)}: ${change}`);
  }
  for (const [key, entry] of before) if (!after.has(key)) lines.push(`- entfernt: ${name(key, entry)}${describe(entry)}`);
  return lines;
}

/** Points keyed by indicator, date and kind; several at one date get a running number. */
function pointsOf(feed: Json): Map<string, Json> {
  const points = new Map<string, Json>();
  for (const indicator of (feed.indicators ?? []) as Json[]) {
    for (const point of (indicator.points ?? []) as Json[]) {
      const base = `${String(indicator.id)} ${String(point.date)}${point.planned ? ' (geplant)' : ''}${point.disputed ? ' (umstritten)' : ''}`;
      let key = base;
      for (let n = 2; points.has(key); n++) key = `${base} #${n}`;
      points.set(key, point);
    }
  }
  return points;
}

/** Building blocks keyed by place and layer (funding items by their position). */
function statusesOf(feed: Json): Map<string, Json> {
  const statuses = new Map<string, Json>();
  for (const [section, label] of [
    ['municipalities', ''],
    ['bodies', 'Gremium '],
  ] as const) {
    for (const [key, record] of Object.entries((feed[section] ?? {}) as Json)) {
      const place = `${label}${String((record as Json).name)} (${key})`;
      for (const layer of LAYER_ORDER) {
        const status = (record as Json)[layer];
        const word = LAYER_WORDS.get(layer)!;
        if (Array.isArray(status)) status.forEach((item: Json, i) => statuses.set(`${place}: ${word} ${i + 1}`, item));
        else if (status) statuses.set(`${place}: ${word}`, status as Json);
      }
    }
  }
  return statuses;
}

/** Heads of places and bodies (name, note, members), without their building blocks. */
function headsOf(feed: Json, section: 'municipalities' | 'bodies'): Map<string, Json> {
  return new Map(
    Object.entries((feed[section] ?? {}) as Json).map(([key, record]) => [
      key,
      Object.fromEntries(Object.entries(record as Json).filter(([field]) => !(LAYER_ORDER as string[]).includes(field))),
    ]),
  );
}

const dated = (entry: Json): string => (entry.date ? ` (${String(entry.date)})` : '');

/** The German summary of what changed from `before` to `after`; one line per change. */
export function diffFeeds(before: Json, after: Json): string[] {
  const sections: [string, string[]][] = [
    [
      'Stand und Angaben (meta)',
      changedFields((before.meta ?? {}) as Json, (after.meta ?? {}) as Json).map((line) => `~ geändert: ${line}`),
    ],
    [
      'Kennzahlen',
      compare(
        new Map(((before.indicators ?? []) as Json[]).map(({ points: _, ...head }) => [String(head.id), head])),
        new Map(((after.indicators ?? []) as Json[]).map(({ points: _, ...head }) => [String(head.id), head])),
        (key) => `Kennzahl „${key}“`,
        () => '',
      ),
    ],
    [
      'Werte',
      compare(
        pointsOf(before),
        pointsOf(after),
        (key) => `Wert ${key}`,
        (point) => `: ${show('value', point.value)}`,
      ),
    ],
    [
      'Ereignisse',
      compare(
        new Map(((before.events ?? []) as Json[]).map((event) => [`${String(event.date)} ${String((event.label as Json).de)}`, event])),
        new Map(((after.events ?? []) as Json[]).map((event) => [`${String(event.date)} ${String((event.label as Json).de)}`, event])),
        (key) => `Ereignis ${key}`,
        () => '',
      ),
    ],
    [
      'Gemeinden und Kreise',
      compare(
        headsOf(before, 'municipalities'),
        headsOf(after, 'municipalities'),
        (key, head) => `${String(head.name)} (${key})`,
        () => '',
      ),
    ],
    [
      'Gremien',
      compare(
        headsOf(before, 'bodies'),
        headsOf(after, 'bodies'),
        (key, head) => `Gremium ${String(head.name)} (${key})`,
        () => '',
      ),
    ],
    ['Bausteine', compare(statusesOf(before), statusesOf(after), (key) => key, dated)],
  ];
  const lines: string[] = [];
  for (const [title, changes] of sections) if (changes.length) lines.push(`${title}:`, ...changes.map((line) => `  ${line}`), '');
  const count = sections.reduce((sum, [, changes]) => sum + changes.length, 0);
  lines.push(count === 0 ? 'Keine Änderungen.' : `${count} Änderung${count === 1 ? '' : 'en'}.`);
  return lines;
}
