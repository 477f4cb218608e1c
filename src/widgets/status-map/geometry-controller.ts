/**
 * The map's second asynchronous input: the topology, fetched once per URL for every map on the
 * page, turned into path strings once, and aborted when no map waits for it any more.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mapGeometry, type MapGeometry } from '../../geo/geometry.js';

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

interface SharedRequest {
  geometry: Promise<MapGeometry>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

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

function start(url: string): SharedRequest {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new GeometryError('timeout', url)), GEOMETRY_TIMEOUT_MS);
  const request: SharedRequest = {
    controller,
    users: 0,
    settled: false,
    geometry: fetchGeometry(url, controller.signal).finally(() => clearTimeout(timer)),
  };
  request.geometry.then(
    () => (request.settled = true),
    () => {
      request.settled = true;
      if (requests.get(url) === request) requests.delete(url);
    },
  );
  requests.set(url, request);
  return request;
}

/** The geometry at `url` for one map; shared with every other map that asks for the same URL. */
export function acquireGeometry(url: string, signal: AbortSignal): Promise<MapGeometry> {
  const request = requests.get(url) ?? start(url);
  request.users += 1;
  return new Promise<MapGeometry>((resolve, reject) => {
    const onAbort = (): void => {
      request.users -= 1;
      if (request.users === 0 && !request.settled) {
        request.controller.abort(new DOMException('Keine Karte braucht diese Geometrie mehr', 'AbortError'));
        if (requests.get(url) === request) requests.delete(url);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    request.geometry.then(
      (geometry) => {
        signal.removeEventListener('abort', onAbort);
        request.users -= 1;
        resolve(geometry);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        request.users -= 1;
        reject(error);
      },
    );
  });
}

/** Forgets every cached geometry (tests). */
export function clearGeometryCache(): void {
  requests.clear();
}

type Host = ReactiveControllerHost & HTMLElement;

/** Pending, ready or failed geometry of one map element. */
export class GeometryController implements ReactiveController {
  private readonly task: Task<[string, number], MapGeometry>;
  private attempt = 0;
  private released = false;

  constructor(
    private readonly host: Host,
    getUrl: () => string,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [getUrl(), this.attempt],
      task: async ([url], { signal }) => {
        try {
          return await acquireGeometry(url, signal);
        } catch (error) {
          if (signal.aborted && !(error instanceof GeometryError)) return initialState;
          throw error;
        }
      },
    });
  }

  get geometry(): MapGeometry | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  retry(): void {
    this.attempt += 1;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.released) {
      this.released = false;
      if (this.task.status === TaskStatus.INITIAL || this.task.status === TaskStatus.PENDING) void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.released = true;
    this.task.abort();
  }
}
