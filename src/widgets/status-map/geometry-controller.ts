/**
 * The map's second asynchronous input: the topology, fetched once per URL for every map on the
 * page, turned into path strings once, and aborted when no map waits for it any more. A map's own
 * topology that fails gives way to the bundled one; only when that fails too is the map an error.
 */
import type { ReactiveControllerHost } from 'lit';
import { ResourceController } from '../../element/resource-controller.js';
import { DEFAULT_TOPOLOGY_URL } from '../../geo/default-topology.js';
import { mapGeometry, type MapGeometry } from '../../geo/geometry.js';
import { SharedRequests, withTimeout } from '../../util/shared-requests.js';

export type GeometryErrorKind = 'http' | 'network' | 'invalid' | 'timeout';

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

export const GEOMETRY_TIMEOUT_MS = 20_000;

const requests = new SharedRequests<MapGeometry>('Keine Karte braucht diese Geometrie mehr');

async function fetchGeometry(url: string, signal: AbortSignal): Promise<MapGeometry> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted && signal.reason instanceof GeometryError) throw signal.reason;
    throw signal.aborted ? error : new GeometryError('network', url);
  }
  if (!response.ok) throw new GeometryError('http', url, response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GeometryError('invalid', url);
  }
  try {
    return mapGeometry(json);
  } catch {
    throw new GeometryError('invalid', url);
  }
}

/** The geometry at `url` for one map; shared with every other map that asks for the same URL. */
export function acquireGeometry(url: string, signal: AbortSignal): Promise<MapGeometry> {
  return requests.acquire(url, signal, (controller) =>
    withTimeout((timed) => fetchGeometry(url, timed), controller, GEOMETRY_TIMEOUT_MS, () => new GeometryError('timeout', url)),
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
async function loadWithFallback(url: string, fallbackUrl: string, signal: AbortSignal, fell: { fallback?: TopologyFallback }): Promise<MapGeometry> {
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
