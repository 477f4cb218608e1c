/**
 * Dates of mixed precision (`2021`, `2021-11`, `2021-11-05`) in German or English. A date known
 * only by month or year is never shown more precisely than it is known; when it counts is
 * `feed/when.ts`'s rule.
 */
import type { PartialDate } from '../feed/types.js';
import { dateParts, startOf } from '../feed/when.js';
import type { Lang } from '../i18n/strings.js';

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
