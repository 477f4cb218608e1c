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

/**
 * The geometry at `url`, or, when that cannot be loaded, the bundled one at `fallbackUrl`: an
 * editor's typo in `topology` must not cost the whole map. `fell` learns which URL failed.
 */
async function loadWithFallback(
  url: string,
  fallbackUrl: string,
  signal: AbortSignal,
  fell: { fallback?: TopologyFallback },
): Promise<MapGeometry> {
  try {
    const geometry = await acquireGeometry(url, signal);
    fell.fallback = undefined;
    return geometry;
  } catch (error) {
    if (url === fallbackUrl || signal.aborted || !(error instanceof GeometryError)) throw error;
    const geometry = await acquireGeometry(fallbackUrl, signal);
    fell.fallback = { url, error };
    return geometry;
  }
}

/** Pending, ready or failed geometry of one map element. */
export class GeometryController extends ResourceController<MapGeometry> {
  private readonly fell: { fallback?: TopologyFallback };

  constructor(host: ReactiveControllerHost & HTMLElement, getUrl: () => string, fallbackUrl: string = DEFAULT_TOPOLOGY_URL) {
    const fell: { fallback?: TopologyFallback } = {};
    super(host, getUrl, (url, signal) => loadWithFallback(url ?? fallbackUrl, fallbackUrl, signal, fell));
    this.fell = fell;
  }

  get geometry(): MapGeometry | undefined {
    return this.value;
  }

  /** The map's own topology that failed while the bundled one is shown instead. */
  get fallback(): TopologyFallback | undefined {
    return this.value ? this.fell.fallback : undefined;
  }
}
