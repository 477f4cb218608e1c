/**
 * Dates of mixed precision (`2021`, `2021-11`, `2021-11-05`) in German or English. A date known
 * only by month or year is never shown more precisely than it is known; when it counts is
 * `feed/when.ts`'s rule.
 *
 * Full dates are written from the month names here, not through Intl: the first Intl formatter a
 * page makes loads ICU's data, 30–55 ms in a fresh Chromium page on the bench machine, about a
 * third of the map's first paint, which labels hundreds of places with dates (issue 17). The words
 * and their order are Intl's, checked month by month against it (test/format/format.test.ts).
 * So are the short month forms of the chart's axes: Intl there cost the chart's first paint of
 * 10 × 1,000 points 36 ms in one traced render.
 */
import type { PartialDate } from '../feed/types.js';
import { dateParts } from '../feed/when.js';
import type { Lang } from '../i18n/strings.js';

/** The month names Intl writes for `{ month: 'long' }` in de-DE and en-GB. */
const MONTH_NAMES: Record<Lang, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The short forms Intl writes for `{ month: 'short' }` in de-DE and en-GB. */
const SHORT_MONTH_NAMES: Record<Lang, readonly string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/** "6. Februar 2019", "November 2021" or "2021" (English: "6 February 2019", …). */
export function formatDate(date: PartialDate, lang: Lang): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const monthYear = `${MONTH_NAMES[lang][month - 1]} ${year}`;
  if (day === undefined) return monthYear;
  return lang === 'de' ? `${day}. ${monthYear}` : `${day} ${monthYear}`;
}

/** The short month of a UTC date as in "Apr. 2019": "Apr." ("Apr"). */
export function shortMonthName(value: Date, lang: Lang): string {
  return SHORT_MONTH_NAMES[lang][value.getUTCMonth()]!;
}

/** Short form for axes and tight labels, of a UTC date: "Feb. 2019" ("Feb 2019"). */
export function formatMonthShort(value: Date, lang: Lang): string {
  return `${shortMonthName(value, lang)} ${value.getUTCFullYear()}`;
}
