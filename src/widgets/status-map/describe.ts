/**
 * Statuses as short sentences, shared by the tooltip, the screen-reader labels of the map, the
 * hidden table and the details panel, so that every view says the same thing.
 */
import type { FundingItem, LayerId, PlaceStatuses, RecordDate } from '../../feed/types.js';
import { recordSpan } from '../../feed/when.js';
import { formatDate } from '../../format/date.js';
import { formatValue } from '../../format/number.js';
import { statusDate } from '../../geo/layers.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import type { PlaceView } from './map-data.js';

export interface TextContext {
  s: StatusMapStrings;
  lang: Lang;
}

/** "6. Februar 2019", "2021 (Monat unbekannt)", "zwischen Juli 2020 und Mai 2021", "spätestens Februar 2021", "ohne Datum". */
export function formatRecordDate(date: RecordDate | undefined, { s, lang }: TextContext): string {
  if (date === undefined) return s.undated;
  const { start, end } = recordSpan(date);
  const one = (d: string): string => (d.length === 4 ? s.yearOnly(d) : formatDate(d, lang));
  if (start === undefined) return s.dateByLatest(formatDate(end, lang));
  if (start === end) return one(start);
  return s.dateBetween(formatDate(start, lang), formatDate(end, lang));
}

/** An amount as the feed qualifies it: "rund 160.000 €". */
export function formatAmount(item: Pick<FundingItem, 'amountEur' | 'amountQualifier'>, { s, lang }: TextContext): string | undefined {
  if (item.amountEur === undefined) return undefined;
  const value = formatValue(item.amountEur, lang, 'eur');
  return item.amountQualifier === 'approx' ? s.approx(value) : item.amountQualifier === 'at-least' ? s.atLeast(value) : value;
}

/** "Förderung: 2 Projekte, zusammen 200.000 €" — the funding items as one line. */
function fundingSummary(statuses: PlaceStatuses, context: TextContext): string {
  const { s, lang } = context;
  const items = statuses.funding ?? [];
  const amounts = items.filter((item) => item.amountEur !== undefined);
  if (amounts.length === 1) return s.fundingTotal(items.length, formatAmount(amounts[0]!, context));
  const exact = amounts.every((item) => item.amountQualifier === 'exact');
  const sum = formatValue(
    amounts.reduce((a, item) => a + item.amountEur!, 0),
    lang,
    'eur',
  );
  return s.fundingTotal(items.length, amounts.length ? (exact ? sum : s.approx(sum)) : undefined);
}

/**
 * The qualifier after a status name: KPR action, state of the analysis. A state is what the feed
 * knew at its `asOf`, so a view of an earlier date does not claim it.
 */
export function statusQualifier(id: LayerId, place: Pick<PlaceView, 'statuses' | 'current'>, { s }: TextContext): string | undefined {
  const { statuses } = place;
  if (id === 'kpr' && statuses.kpr?.action) return s.kprAction[statuses.kpr.action];
  if (id === 'analysis' && statuses.analysis?.state && place.current) return s.analysisState[statuses.analysis.state];
  return undefined;
}

/** "Kontaktiert: Oktober 2020", "Sicherheitsanalyse (abgeschlossen): 2021 (Monat unbekannt)", "Coaching: ohne Datum". */
export function statusText(id: LayerId, place: Pick<PlaceView, 'statuses' | 'current' | 'via'>, context: TextContext): string {
  const { s } = context;
  const qualifier = statusQualifier(id, place, context);
  const name = `${s.layerStatus[id]}${qualifier ? ` (${qualifier})` : ''}`;
  const when = formatRecordDate(statusDate(place.statuses, id), context);
  const body = place.via[id];
  const joint = body ? `, ${s.viaBody(body.name, body.memberNames.join(', '))}` : '';
  if (id === 'funding') return `${name}: ${fundingSummary(place.statuses, context)}, ${when}${joint}`;
  return `${name}: ${when}${joint}`;
}

/**
 * The layers that have a status of their own to describe: a contact implied by other building
 * blocks colours the area but has no date or source to tell.
 */
export function describedLayers(place: PlaceView): LayerId[] {
  return place.layers.filter((id) => id !== 'contacted' || place.statuses.contacted);
}

/** The statuses of `place` in the layers that are shown. */
export function statusTexts(place: PlaceView, shown: (id: LayerId) => boolean, context: TextContext): string[] {
  return describedLayers(place)
    .filter(shown)
    .map((id) => statusText(id, place, context));
}

/** Where a place lies, in words: its Kreis, or for a Kreis-level entry that it stands for the whole Kreis. */
export function districtLabel(place: { level: string; districtName: string }, s: { districtLevel: string }): string {
  return place.level === 'district' ? s.districtLevel : place.districtName;
}

/** What a screen reader says for a place on the map: name, Kreis, statuses. */
export function placeLabel(place: PlaceView, shown: (id: LayerId) => boolean, context: TextContext): string {
  const texts = statusTexts(place, shown, context);
  return `${place.name}, ${districtLabel(place, context.s)}: ${texts.length ? texts.join('; ') : context.s.noStatus}`;
}
