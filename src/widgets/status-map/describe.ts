/**
 * Statuses as short sentences, shared by the tooltip, the screen-reader labels of the map, the
 * hidden table and the details panel, so that every view says the same thing.
 */
import type { LayerId, PlaceStatuses } from '../../feed/types.js';
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

/** "Förderung: 2 Projekte, zusammen 200.000 €" — the funding items as one line. */
function fundingSummary(statuses: PlaceStatuses, { s, lang }: TextContext): string {
  const items = statuses.funding ?? [];
  const amounts = items.map((item) => item.amountEur).filter((n): n is number => n !== undefined);
  const total = amounts.length ? formatValue(amounts.reduce((a, b) => a + b, 0), lang, 'eur') : undefined;
  return s.fundingTotal(items.length, total);
}

/** The qualifier after a status name: KPR action, state of the analysis. */
export function statusQualifier(id: LayerId, statuses: PlaceStatuses, { s }: TextContext): string | undefined {
  if (id === 'kpr' && statuses.kpr?.action) return s.kprAction[statuses.kpr.action];
  if (id === 'analysis' && statuses.analysis?.state) return s.analysisState[statuses.analysis.state];
  return undefined;
}

/** "Kontaktiert: Oktober 2020", "Sicherheitsanalyse (geplant): 2022", "Coaching: ohne Datum". */
export function statusText(id: LayerId, statuses: PlaceStatuses, context: TextContext): string {
  const { s, lang } = context;
  const qualifier = statusQualifier(id, statuses, context);
  const name = `${s.layerStatus[id]}${qualifier ? ` (${qualifier})` : ''}`;
  const date = statusDate(statuses, id);
  const when = date ? formatDate(date, lang) : s.undated;
  if (id === 'funding') return `${name}: ${fundingSummary(statuses, context)}, ${when}`;
  return `${name}: ${when}`;
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
  return describedLayers(place).filter(shown).map((id) => statusText(id, place.statuses, context));
}

/** What a screen reader says for a place on the map: name, Kreis, statuses. */
export function placeLabel(place: PlaceView, shown: (id: LayerId) => boolean, context: TextContext): string {
  const texts = statusTexts(place, shown, context);
  const where = place.level === 'district' ? context.s.districtLevel : place.districtName;
  return `${place.name}, ${where}: ${texts.length ? texts.join('; ') : context.s.noStatus}`;
}
