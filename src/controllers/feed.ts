/**
 * A widget's view of its feed: pending, ready or failed. Wraps `@lit/task` so a changed `src`
 * aborts the stale request, and adds what a page needs: the request is released when the
 * element leaves the page and asked again when it comes back or the visitor retries.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { acquireFeed, FeedError } from '../feed/load.js';
import type { FeedModel } from '../feed/types.js';

type Host = ReactiveControllerHost & HTMLElement;

export class FeedController implements ReactiveController {
  private readonly task: Task<[string | null, number], FeedModel>;
  private attempt = 0;
  private released = false;

  constructor(
    private readonly host: Host,
    getSrc: () => string | null,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [getSrc(), this.attempt],
      task: async ([src], { signal }) => {
        if (!src) throw new FeedError('missing-src');
        try {
          return await acquireFeed(src, host, signal);
        } catch (error) {
          // Leaving the page is not a failure: go back to the initial state.
          if (signal.aborted && !(error instanceof FeedError)) return initialState;
          throw error;
        }
      },
    });
  }

  get model(): FeedModel | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** Resolves when the current run settles (tests, and widgets that await first data). */
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
