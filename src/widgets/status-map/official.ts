/**
 * What the map says beside each layer: the records it documents and the official figure the feed
 * ties to that layer (`indicator.layer`), as of the map's date, by the same rule the counter
 * and the chart use (`feed/figures.ts`). Pure.
 */
import { figureAt } from '../../feed/figures.js';
import type { Indicator, IndicatorPoint, LayerId, Meta, PartialDate } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';
import { formatValue } from '../../format/number.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import type { TextContext } from './describe.js';
import type { LayerCounts } from './map-data.js';

export interface OfficialFigure {
  indicator: Indicator;
  point: IndicatorPoint;
}

/** The indicator the feed ties to each layer. */
export function layerIndicators(indicators: ReadonlyMap<string, Indicator>): Partial<Record<LayerId, Indicator>> {
  const linked: Partial<Record<LayerId, Indicator>> = {};
  for (const indicator of indicators.values()) if (indicator.layer) linked[indicator.layer] ??= indicator;
  return linked;
}

/** The official figure of each linked layer as of `date`; layers without one are absent. */
export function officialFigures(indicators: ReadonlyMap<string, Indicator>, date: PartialDate): Partial<Record<LayerId, OfficialFigure>> {
  const figures: Partial<Record<LayerId, OfficialFigure>> = {};
  for (const [layer, indicator] of Object.entries(layerIndicators(indicators)) as [LayerId, Indicator][]) {
    const point = figureAt(indicator, date);
    if (point) figures[layer] = { indicator, point };
  }
  return figures;
}

/** The map's texts with each linked layer named as its indicator: one name for one concept. */
export function withFeedTitles(s: StatusMapStrings, indicators: ReadonlyMap<string, Indicator>, lang: Lang): StatusMapStrings {
  const linked = Object.entries(layerIndicators(indicators)) as [LayerId, Indicator][];
  if (!linked.length) return s;
  return {
    ...s,
    layerTitle: { ...s.layerTitle, ...Object.fromEntries(linked.map(([layer, indicator]) => [layer, indicator.label[lang]])) },
  };
}

/** "über 100", "rund 20", "29": a figure as the feed qualifies it. */
export function formatFigure(point: IndicatorPoint, indicator: Indicator, { s, lang }: TextContext): string {
  const value = formatValue(point.value, lang, indicator.format);
  return point.qualifier === 'at-least' ? s.atLeast(value) : point.qualifier === 'approx' ? s.approx(value) : value;
}

export interface LayerFigureText {
  /** "23 auf der Karte" */
  onMap: string;
  /** "in 21 Gemeinden", "davon 2 Kreise": only where they differ from the records. */
  extent: string[];
  /** "29 insgesamt (Stand: November 2021)" */
  official?: string;
  /** "1 Eintrag ohne Datum zählt erst zum Stand 11. April 2025" */
  undated?: string;
}

export function layerFigureText(
  id: LayerId,
  counts: LayerCounts,
  official: OfficialFigure | undefined,
  meta: Pick<Meta, 'asOf'>,
  context: TextContext,
): LayerFigureText {
  const { s, lang } = context;
  const extent: string[] = [];
  if (id !== 'contacted' && counts.municipalities && counts.municipalities !== counts.records - counts.districts)
    extent.push(s.inMunicipalities(counts.municipalities));
  if (counts.districts) extent.push(s.ofWhichDistricts(counts.districts));
  return {
    onMap: `${formatValue(counts.records, lang)} ${s.onMap}`,
    extent,
    ...(official
      ? { official: s.official(formatFigure(official.point, official.indicator, context), formatDate(official.point.date, lang)) }
      : {}),
    ...(counts.undated ? { undated: s.undatedLeftOut(counts.undated, formatDate(meta.asOf, lang)) } : {}),
  };
}

/** The same as one line, for the summary. */
export function layerFigureLine(text: LayerFigureText): string {
  const onMap = text.extent.length ? `${text.onMap} (${text.extent.join(', ')})` : text.onMap;
  return [onMap, text.official, text.undated].filter(Boolean).join(', ');
}
