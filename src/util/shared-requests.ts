/**
 * One request per key for everyone who asks for it: the feed for every widget that names it,
 * the geometry for every map. A request nobody waits for any more is aborted; a failed one is
 * forgotten, so that "Erneut versuchen" asks again.
 */
interface Entry<T> {
  value: Promise<T>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

export class SharedRequests<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** `releasedMessage` is the abort reason when the last waiting element goes away. */
  constructor(private readonly releasedMessage: string) {}

  /**
   * The value for `key`, started by `start` unless a request for it is under way or done.
   * `start` gets the shared request's controller (e.g. to abort it on a timeout). When
   * `signal` aborts, this caller stops waiting; if it was the last one, the request is aborted.
   */
  acquire(key: string, signal: AbortSignal, start: (controller: AbortController) => T | Promise<T>): Promise<T> {
    const entry = this.entries.get(key) ?? this.begin(key, start);
    entry.users += 1;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        entry.users -= 1;
        if (entry.users === 0 && !entry.settled) {
          entry.controller.abort(new DOMException(this.releasedMessage, 'AbortError'));
          this.forget(key, entry);
        }
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = (): void => {
        signal.removeEventListener('abort', onAbort);
        entry.users -= 1;
      };
      entry.value.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  }

  /** Forgets the request for `key`: its data proved unusable, so the next caller asks again. */
  drop(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every request (tests; a page that knows its data changed). */
  clear(): void {
    this.entries.clear();
  }

  private begin(key: string, start: (controller: AbortController) => T | Promise<T>): Entry<T> {
    const controller = new AbortController();
    const entry: Entry<T> = { controller, users: 0, settled: false, value: Promise.resolve().then(() => start(controller)) };
    entry.value.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        this.forget(key, entry);
      },
    );
    this.entries.set(key, entry);
    return entry;
  }

  private forget(key: string, entry: Entry<T>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}

/**
 * Fails with `reason` after `ms` unless `work` settles first, and aborts `controller` then. The
 * timeout does not rely on the abort: a page's `fetch` wrapper may drop the signal or never settle.
 */
export function withTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  controller: AbortController,
  ms: number,
  reason: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = reason();
      controller.abort(error);
      reject(error);
    }, ms);
    work(controller.signal)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}
