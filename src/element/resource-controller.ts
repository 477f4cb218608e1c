/**
 * An element's view of one asynchronous input (its feed, a map's geometry): pending, ready or
 * failed. Wraps `@lit/task` so a changed key aborts the stale request, and adds what a page
 * needs: the request is released when the element leaves the page, asked again when it comes
 * back, and asked again when the visitor retries.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameValues } from '../util/memo.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The key names what to load; `null` is a key too (the feed's missing `src`, which fails). A key of
 * `undefined` asks for nothing: the controller stays idle, neither pending nor failed, and runs no
 * task, so an element that needs nothing (a German widget's English texts) updates no extra time.
 */
export type ResourceKey = string | null | undefined;

export class ResourceController<T> implements ReactiveController {
  private readonly task: Task<[string | null, number], T>;
  private attempt = 0;
  private released = false;
  /** The key and attempt of the last run (or of the idle state). */
  private lastArgs?: [ResourceKey, number];

  constructor(
    private readonly host: Host,
    private readonly getKey: () => ResourceKey,
    load: (key: string | null, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
    // Runs are started by hostUpdate() below rather than by the task itself, which cannot stay idle.
    this.task = new Task(host, {
      autoRun: false,
      args: () => [this.getKey() ?? null, this.attempt],
      task: async ([key], { signal }) => {
        try {
          return await load(key, signal);
        } catch (error) {
          // This element stopped waiting (it left the page, or the key changed): not a failure.
          if (signal.aborted) return initialState;
          throw error;
        }
      },
    });
  }

  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** Whether the last run failed; `error` says why. */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  get pending(): boolean {
    const status = this.task.status;
    return status === TaskStatus.PENDING || (status === TaskStatus.INITIAL && this.getKey() !== undefined);
  }

  /** Resolves when the current run settles (tests, and elements that await their first data). */
  get settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
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
    if (key === undefined) this.task.abort();
    else void this.task.run([key, this.attempt]);
  }

  hostConnected(): void {
    if (this.released) {
      this.released = false;
      const unfinished = this.task.status === TaskStatus.INITIAL || this.task.status === TaskStatus.PENDING;
      if (unfinished && this.getKey() !== undefined) void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.released = true;
    this.task.abort();
  }
}
