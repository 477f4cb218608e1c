/**
 * The map's attributes as typed options, read once per change, as the chart's and the counter's
 * are: attribute text, the geometry (for `focus`) and the page's address in; options and editor
 * hints out. Its own readers are here: the topology URL, which must stay on the page's origin,
 * and the `focus` key; the shared ones are in `element/attributes.ts`.
 */
import { attributeText, readDate, readHeadingLevel, readList, type Parsed } from '../../element/attributes.js';
import type { HeadingLevel } from '../../element/heading.js';
import { LAYER_IDS, PLACE_KEY } from '../../feed/schema.js';
import type { LayerId, PartialDate } from '../../feed/types.js';
import { DEFAULT_TOPOLOGY_URL } from '../../geo/default-topology.js';
import type { MapGeometry } from '../../geo/geometry.js';
import { mapHints } from '../../i18n/status-map.js';
import type { TopologyFallback } from './geometry-controller.js';

/** The attributes as the element holds them (properties set from script may hold numbers: `map.date = 2021`). */
export interface MapAttributes {
  topology?: unknown;
  layers?: unknown;
  date?: unknown;
  focusKey?: unknown;
  headingLevel?: unknown;
}

/** What the map shows, as the editor asked for it. */
export interface MapOptions {
  /** The layers shown at first; the legend switches them from there. */
  layers: readonly LayerId[];
  /** The date of the state shown; `undefined`: the feed's `asOf`. */
  date: PartialDate | undefined;
  /** The topology to load (the bundled one unless the page names another on its origin). */
  topologyUrl: string;
  /** The place to zoom to at first, once the geometry knows it. */
  focusKey: string | undefined;
  /** Level of the `heading`; the details title is one below. */
  headingLevel: HeadingLevel;
}

/** Where the page is: relative topology URLs resolve against it, and only its origin is asked. */
export interface PageAddress {
  baseUri: string;
  origin: string;
}

/** Typed options and the editor hints about the attribute values, in the order the attributes are read. */
export function readMapOptions(
  attributes: MapAttributes,
  geometry: MapGeometry | undefined,
  fallback: TopologyFallback | undefined,
  page: PageAddress,
): { options: MapOptions; hints: string[] } {
  const layers = readList('layers', attributeText(attributes.layers), LAYER_IDS, LAYER_IDS);
  const date = readDate('date', attributeText(attributes.date));
  const topology = resolveTopologyUrl(attributeText(attributes.topology), page.baseUri, page.origin, DEFAULT_TOPOLOGY_URL);
  const focus = readFocusKey(attributeText(attributes.focusKey), geometry);
  const headingLevel = readHeadingLevel(attributeText(attributes.headingLevel));
  const hints = [layers.hint, date.hint, topology.hint, topologyFallbackHint(fallback), focus.hint, headingLevel.hint];
  return {
    options: {
      layers: layers.value,
      date: date.value,
      topologyUrl: topology.value,
      focusKey: focus.value,
      headingLevel: headingLevel.value,
    },
    hints: hints.filter((hint): hint is string => hint !== undefined),
  };
}

/**
 * The topology to load: `raw` resolved against the page when it is on the page's origin, the
 * bundled file otherwise. Another origin is never asked (privacy: no third-party requests).
 */
export function resolveTopologyUrl(raw: string | null | undefined, baseUri: string, origin: string, fallback: string): Parsed<string> {
  const text = raw?.trim();
  if (!text) return { value: fallback };
  let url: URL;
  try {
    url = new URL(text, baseUri);
  } catch {
    return { value: fallback, hint: mapHints.hintTopologyUrl(text) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { value: fallback, hint: mapHints.hintTopologyUrl(text) };
  if (url.origin !== origin) return { value: fallback, hint: mapHints.hintTopologyOrigin(url.origin) };
  return { value: url.href };
}

/**
 * The key to zoom to at first. Dissolved 2016 keys lead to their 2021 successor; the check for
 * keys the map does not know waits until the geometry is there.
 */
export function readFocusKey(raw: string | null | undefined, geometry: MapGeometry | undefined): Parsed<string | undefined> {
  const text = raw?.trim();
  if (!text) return { value: undefined };
  if (!PLACE_KEY.test(text)) return { value: undefined, hint: mapHints.hintFocus(text) };
  if (!geometry) return { value: undefined };
  const key = geometry.index.crosswalk.get(text) ?? text;
  if (!geometry.municipalityByAgs.has(key) && !geometry.districts.has(key))
    return { value: undefined, hint: mapHints.hintFocusUnknown(text) };
  return { value: key };
}

/** The hint when the map's own topology failed and the bundled one stands in. */
export function topologyFallbackHint(fallback: TopologyFallback | undefined): string | undefined {
  if (!fallback) return undefined;
  const { error } = fallback;
  const reasons = mapHints.topologyReason;
  const reason = error.kind === 'http' ? reasons.http(error.status ?? 0) : reasons[error.kind];
  return mapHints.hintTopologyFailed(fallback.url, reason);
}
