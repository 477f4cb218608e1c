/**
 * The map's second asynchronous input: the topology, fetched once per URL for every map on the
 * page, turned into path strings once, and aborted when no map waits for it any more. A map's own
 * topology that fails gives way to the bundled one; only when that fails too is the map an error.
 */
import type { ReactiveControllerHost } from 'lit';
import { ResourceController } from '../../element/resource-controller.js';
import { DEFAULT_TOPOLOGY_URL } from '../../geo/default-topology.js';
import { mapGeometry, type MapGeometry } from '../../geo/geometry.js';
import { fetchJson, type JsonFailure } from '../../util/fetch-json.js';
import { SharedRequests, withTimeout } from '../../util/shared-requests.js';

/** Why a topology could not be used; the map's hint names each. */
type GeometryErrorKind = 'http' | 'network' | 'invalid' | 'timeout';

/** A topology that could not be loaded or is none. */
export class GeometryError extends Error {
  constructor(
    readonly kind: GeometryErrorKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${url}${status ? ` (${status})` : ''}`);
    this.name = 'GeometryError';
  }
}

const GEOMETRY_TIMEOUT_MS = 20_000;

const requests = new SharedRequests<MapGeometry>('Keine Karte braucht diese Geometrie mehr');

/** The map's name for a failed request: a body that is not JSON is no topology either. */
function geometryFailure(url: string): (failure: JsonFailure) => GeometryError {
  return (failure) =>
    failure.kind === 'http'
      ? new GeometryError('http', url, failure.status)
      : new GeometryError(failure.kind === 'network' ? 'network' : 'invalid', url);
}

async function fetchGeometry(url: string, signal: AbortSignal): Promise<MapGeometry> {
  const json = await fetchJson(url, signal, geometryFailure(url));
  try {
    return mapGeometry(json);
  } catch {
    throw new GeometryError('invalid', url);
  }
}

/** The geometry at `url` for one map; shared with every other map that asks for the same URL. */
function acquireGeometry(url: string, signal: AbortSignal): Promise<MapGeometry> {
  return requests.acquire(url, signal, (controller) =>
    withTimeout(
      (timed) => fetchGeometry(url, timed),
      controller,
      GEOMETRY_TIMEOUT_MS,
      () => new GeometryError('timeout', url),
    ),
  );
}

/** Forgets every cached geometry (tests). */
export function clearGeometryCache(): void {
  requests.clear();
}

/** Which topology a map shows after it fell back: the one that failed and why. */
export interface TopologyFallback {
  url: string;
  error: GeometryError;
}

/** The geometry a map shows, and the map's own topology that failed if the bundled one stands in. */
interface LoadedGeometry {
  geometry: MapGeometry;
  fallback?: TopologyFallback;
}

/**
 * The geometry at `url`, or, when that cannot be loaded, the bundled one at `fallbackUrl`: an
 * editor's typo in `topology` must not cost the whole map. The result says which URL failed.
 */
async function loadWithFallback(url: string, fallbackUrl: string, signal: AbortSignal): Promise<LoadedGeometry> {
  try {
    return { geometry: await acquireGeometry(url, signal) };
  } catch (error) {
    if (url === fallbackUrl || signal.aborted || !(error instanceof GeometryError)) throw error;
    return { geometry: await acquireGeometry(fallbackUrl, signal), fallback: { url, error } };
  }
}

/** Pending, ready or failed geometry of one map element. */
export class GeometryController extends ResourceController<LoadedGeometry> {
  constructor(host: ReactiveControllerHost & HTMLElement, getUrl: () => string, fallbackUrl: string = DEFAULT_TOPOLOGY_URL) {
    super(host, getUrl, (url, signal) => loadWithFallback(url ?? fallbackUrl, fallbackUrl, signal));
  }

  get geometry(): MapGeometry | undefined {
    return this.value?.geometry;
  }

  /** The map's own topology that failed while the bundled one is shown instead. */
  get fallback(): TopologyFallback | undefined {
    return this.value?.fallback;
  }
}
