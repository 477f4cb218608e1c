/**
 * The map's own attribute readers (the shared ones are in `element/attributes.ts`): the
 * topology URL, which must stay on the page's origin, and the `focus` key.
 */
import { PLACE_KEY } from '../../feed/schema.js';
import type { Parsed } from '../../element/attributes.js';
import type { MapGeometry } from '../../geo/geometry.js';
import type { TopologyFallback } from './geometry-controller.js';
import { mapHints } from '../../i18n/status-map.js';

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
