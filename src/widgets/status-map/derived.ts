/**
 * What the map derives from its inputs (feed, geometry, date, switched-off layers, language).
 * Each derivation is memoised on its inputs, so hover, focus and zoom reuse the last results
 * and a layer switch recomputes only the texts that mention layers.
 */
import type { FeedIssue, FeedModel, LayerId, PartialDate } from '../../feed/types.js';
import type { MapGeometry } from '../../geo/geometry.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import { placeLabel, type TextContext } from './describe.js';
import {
  joinFeed,
  mapDataAt,
  navigationOf,
  placeNames,
  placeSymbols,
  viewOf,
  type JoinedFeed,
  type MapData,
  type Navigation,
  type PlacedSymbols,
  type PlaceView,
} from './map-data.js';
import type { PlacedLabel } from '../../geo/place-labels.js';
import { memoize } from '../../util/memo.js';
import { summaryText } from './summary.js';
import { layerFigureText, officialFigures, withFeedTitles, type LayerFigureText } from './official.js';
import { LAYER_IDS } from '../../feed/schema.js';
import { timelineStops, type TimelineStop } from '../../geo/timeline-stops.js';
import type { SearchEntry } from './search.js';

/** The screen-reader label of every Gemeinde and of the Kreis-level entries. */
export function placeLabels(geometry: MapGeometry, data: MapData, hidden: ReadonlySet<LayerId>, context: TextContext): Map<string, string> {
  const shown = (id: LayerId): boolean => !hidden.has(id);
  const labels = new Map<string, string>();
  for (const m of geometry.municipalities) labels.set(m.ags, placeLabel(viewOf(geometry, data, m.ags)!, shown, context));
  for (const place of data.places.values()) if (place.level === 'district') labels.set(place.key, placeLabel(place, shown, context));
  return labels;
}

/** What "Gemeinde suchen" finds: every place the keyboard reaches, the 419 Gemeinden and the Kreis-level entries on the map. */
export function searchEntriesOf(navigation: Navigation): SearchEntry[] {
  return navigation.items.map(({ key, name, districtName, level }) => ({ key, name, districtName, level }));
}

/** Everything one rendering needs, once feed and geometry are both there. */
export interface MapSnapshot {
  model: FeedModel;
  geometry: MapGeometry;
  joined: JoinedFeed;
  data: MapData;
  hidden: ReadonlySet<LayerId>;
  context: TextContext;
  labels: ReadonlyMap<string, string>;
  /** Per layer: the documented records and the official figure, as words for legend and summary. */
  figures: Record<LayerId, LayerFigureText>;
  navigation: Navigation;
  searchEntries: readonly SearchEntry[];
  /** The sentence under the map: what it shows on its date. */
  summary: string;
  /** Feed entries the map could not place (errors only), for the editor's hint. */
  placeErrors: readonly FeedIssue[];
  /** The timeline's stops, from every layer: switching layers does not move the slider. */
  stops: readonly TimelineStop[];
  view(key: string | undefined): PlaceView | undefined;
  /** The shown symbols laid out at `scale` (frame units per CSS px), by place key; the last one is kept. */
  symbols(scale: number): ReadonlyMap<string, PlacedSymbols>;
  /** The place names written at `scale` around those symbols (zoomed in: Gemeinden, with `selectedKey`'s neighbours). */
  names(scale: number, zoomed: boolean, selectedKey: string | undefined, fontSize: number): readonly PlacedLabel[];
}

export class MapDerivations {
  private readonly joined = memoize((model: FeedModel, geometry: MapGeometry): JoinedFeed => {
    const joined = joinFeed(model, geometry);
    if (joined.issues.length) this.report(joined.issues);
    return joined;
  });
  private readonly dataAt = memoize(mapDataAt);
  private readonly labels = memoize(placeLabels);
  private readonly navigation = memoize(navigationOf);
  private readonly context = memoize((s: StatusMapStrings, model: FeedModel, lang: Lang): TextContext => ({
    s: withFeedTitles(s, model.indicators, lang),
    lang,
  }));
  private readonly figures = memoize((model: FeedModel, data: MapData, context: TextContext): Record<LayerId, LayerFigureText> => {
    const official = officialFigures(model.indicators, data.date);
    return Object.fromEntries(
      LAYER_IDS.map((id) => [id, layerFigureText(id, data.counts[id], official[id], model.meta, context)]),
    ) as Record<LayerId, LayerFigureText>;
  });
  private readonly searchEntries = memoize(searchEntriesOf);
  private readonly summary = memoize(
    (data: MapData, figures: Record<LayerId, LayerFigureText>, hidden: ReadonlySet<LayerId>, context: TextContext): string =>
      summaryText(data, figures, (id) => !hidden.has(id), context),
  );
  private readonly stops = memoize((model: FeedModel) => timelineStops(model));
  // Laid out again only when the data, the layers or the (rounded) scale change: hover, focus
  // and panning reuse it; a zoom step costs about a millisecond (bench/README.md).
  private readonly symbols = memoize(placeSymbols);
  // Likewise per scale and choice: panning and hover reuse the names.
  private readonly names = memoize(placeNames);
  private readonly placeErrors = memoize((joined: JoinedFeed) => joined.issues.filter((issue) => issue.severity !== 'warning'));

  /** `report` hears the feed entries the map cannot place, all at once, once per feed and geometry. */
  constructor(private readonly report: (issues: readonly FeedIssue[]) => void) {}

  snapshot(
    model: FeedModel | undefined,
    geometry: MapGeometry | undefined,
    date: PartialDate | undefined,
    hidden: ReadonlySet<LayerId>,
    s: StatusMapStrings,
    lang: Lang,
  ): MapSnapshot | undefined {
    if (!model || !geometry) return undefined;
    const joined = this.joined(model, geometry);
    const data = this.dataAt(joined, geometry, date ?? model.meta.asOf, model.meta.asOf);
    const context = this.context(s, model, lang);
    const figures = this.figures(model, data, context);
    const navigation = (): Navigation => this.navigation(geometry, data, hidden);
    const stops = (): readonly TimelineStop[] => this.stops(model);
    const searchEntries = (): readonly SearchEntry[] => this.searchEntries(navigation());
    return {
      model,
      geometry,
      joined,
      data,
      hidden,
      context,
      labels: this.labels(geometry, data, hidden, context),
      figures,
      // Worked out when first read: keys, search and timeline come after the first paint, and
      // sorting all of Germany's Gemeinden by name is no part of drawing them.
      get navigation() {
        return navigation();
      },
      get searchEntries() {
        return searchEntries();
      },
      summary: this.summary(data, figures, hidden, context),
      placeErrors: this.placeErrors(joined),
      get stops() {
        return stops();
      },
      view: (key) => (key ? viewOf(geometry, data, key) : undefined),
      symbols: (scale) => this.symbols(data, hidden, scale),
      names: (scale, zoomed, selectedKey, fontSize) =>
        this.names(geometry, this.symbols(data, hidden, scale), scale, zoomed, zoomed ? selectedKey : undefined, fontSize),
    };
  }
}
