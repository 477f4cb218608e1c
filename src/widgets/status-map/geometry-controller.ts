/**
 * The map's second asynchronous input: the topology, fetched once per URL for every map on the
 * page, turned into path strings once, and aborted when no map waits for it any more.
 */
import type { ReactiveControllerHost } from 'lit';
import { ResourceController } from '../../controllers/resource.js';
import { mapGeometry, type MapGeometry } from '../../geo/geometry.js';
import { SharedRequests, withTimeout } from '../../internal/shared-requests.js';

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

/** Pending, ready or failed geometry of one map element. */
export class GeometryController extends ResourceController<MapGeometry> {
  constructor(host: ReactiveControllerHost & HTMLElement, getUrl: () => string) {
    super(host, getUrl, (url, signal) => acquireGeometry(url ?? '', signal));
  }

  get geometry(): MapGeometry | undefined {
    return this.value;
  }
}
