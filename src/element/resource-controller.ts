/**
 * An element's view of one asynchronous input (its feed, a map's geometry): pending, ready or
 * failed. Wraps `@lit/task` so a changed key aborts the stale request, and adds what a page
 * needs: the request is released when the element leaves the page, asked again when it comes
 * back, and asked again when the visitor retries.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class ResourceController<T> implements ReactiveController {
  private readonly task: Task<[string | null, number], T>;
  private attempt = 0;
  private released = false;

  constructor(
    private readonly host: Host,
    getKey: () => string | null,
    load: (key: string | null, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [getKey(), this.attempt],
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
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** Resolves when the current run settles (tests, and elements that await their first data). */
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
