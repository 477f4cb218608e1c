/**
 * An element's view of one asynchronous input (its feed, a map's geometry): pending, ready or
 * failed. A changed key aborts the stale request and only the newest run may settle; the request
 * is released when the element leaves the page, asked again when it comes back, and asked again
 * when the visitor retries. (It wrapped `@lit/task` until issue 17: the part of it we use, written
 * here, is half the bytes on every page, and `settled` now also resolves when a run is aborted.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameValues } from '../util/memo.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The key names what to load; `null` is a key too (the feed's missing `src`, which fails). A key of
 * `undefined` asks for nothing: the controller stays idle, neither pending nor failed, and runs no
 * load, so an element that needs nothing (a German widget's English texts) updates no extra time.
 */
export type ResourceKey = string | null | undefined;

/** `initial`: nothing loaded yet, or the last run was aborted. */
type Status = 'initial' | 'pending' | 'complete' | 'failed';

export class ResourceController<T> implements ReactiveController {
  private status: Status = 'initial';
  private result?: T;
  private failure?: unknown;
  private attempt = 0;
  private released = false;
  /** The key and attempt of the last run (or of the idle state). */
  private lastArgs?: [ResourceKey, number];
  /** The signal of the newest run: only the run that holds it may settle the state. */
  private abortController?: AbortController;
  /** The newest run while it is in flight (it never rejects). */
  private running?: Promise<void>;

  constructor(
    private readonly host: Host,
    private readonly getKey: () => ResourceKey,
    private readonly load: (key: string | null, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  get value(): T | undefined {
    return this.status === 'complete' ? this.result : undefined;
  }

  get error(): unknown {
    return this.failed ? this.failure : undefined;
  }

  /** Whether the last run failed; `error` says why. */
  get failed(): boolean {
    return this.status === 'failed';
  }

  get pending(): boolean {
    return this.status === 'pending' || (this.status === 'initial' && this.getKey() !== undefined);
  }

  /** Resolves when no run is in flight any more, including runs that replace the current one (tests, and elements that await their first data). */
  get settled(): Promise<void> {
    return this.whenSettled();
  }

  retry(): void {
    this.attempt += 1;
    this.host.requestUpdate();
  }

  /** Starts a run when the key or the attempt changed since the last one; an idle key stops a pending run. */
  hostUpdate(): void {
    const key = this.getKey();
    const args: [ResourceKey, number] = [key, this.attempt];
    if (this.lastArgs && sameValues(args, this.lastArgs)) return;
    this.lastArgs = args;
    if (key === undefined) this.abort();
    else this.run(key);
  }

  hostConnected(): void {
    if (this.released) {
      this.released = false;
      const key = this.getKey();
      if ((this.status === 'initial' || this.status === 'pending') && key !== undefined) this.run(key);
    }
  }

  hostDisconnected(): void {
    this.released = true;
    this.abort();
  }

  private async whenSettled(): Promise<void> {
    while (this.running) await this.running;
  }

  private abort(): void {
    if (this.status === 'pending') this.abortController?.abort();
  }

  private run(key: string | null): void {
    this.abort();
    const controller = (this.abortController = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    this.running = (async () => {
      let status: Status = 'complete';
      let result: T | undefined;
      let failure: unknown;
      try {
        result = await this.load(key, controller.signal);
      } catch (error) {
        // This element stopped waiting (it left the page, or the key changed): not a failure.
        status = controller.signal.aborted ? 'initial' : 'failed';
        failure = error;
      }
      if (controller !== this.abortController) return;
      this.running = undefined;
      this.status = status;
      this.result = result;
      this.failure = failure;
      this.host.requestUpdate();
    })();
  }
}
