/**
 * Dates of mixed precision (`2021`, `2021-11`, `2021-11-05`) in German or English, and their
 * position on a time axis. A date known only by month or year is never shown more precisely
 * than it is known.
 */
import type { PartialDate } from '../feed/types.js';
import type { Lang } from '../i18n/strings.js';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function dateParts(date: PartialDate): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month, day };
}

/** The first instant of the period (UTC), for placing a date on an axis. */
export function startOf(date: PartialDate): Date {
  const { year, month = 1, day = 1 } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** A map labels hundreds of places with a few dozen distinct dates: format each once. */
const formatted = new Map<string, string>();

/** "6. Februar 2019", "November 2021" or "2021" (English: "6 February 2019", …). */
export function formatDate(date: PartialDate, lang: Lang): string {
  const key = `${lang}${date}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const parts = dateParts(date);
    text = parts.month === undefined ? String(parts.year) : formatter(lang, parts.day === undefined ? MONTH : DAY).format(startOf(date));
    formatted.set(key, text);
  }
  return text;
}

/** Short form for axes and tight labels: "Feb. 2019", "06.02.2019" is never used here. */
export function formatMonthShort(value: Date, lang: Lang): string {
  return formatter(lang, { month: 'short', year: 'numeric' }).format(value);
}

/** The first instant after the period: the end of a year, a month or a day. */
function endOf(date: PartialDate): number {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return Date.UTC(year + 1, 0, 1);
  if (day === undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year, month - 1, day + 1);
}

/**
 * Whether `date` had begun by the end of `limit`: what "as of" means for partial dates. As of
 * `2021-11`, a status from 15 November 2021 counts, and one dated only `2021` counts too.
 */
export function isOnOrBefore(date: PartialDate, limit: PartialDate): boolean {
  return startOf(date).getTime() < endOf(limit);
}

/** Today in the browser's calendar as `YYYY-MM-DD`. */
export function today(now = new Date()): PartialDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
