/**
 * A part of an element the first paint need not wait for (the chart's screen-reader table: 10
 * series × 1,000 dates are 10,000 cells): `built` turns true in the browser's first idle period after the
 * host has rendered what `wanted` asks for, or at once by `now()` when a visitor asks for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** At the latest this long after the first paint, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs `task` once, in the next idle period or after `timeout` ms; where there is no
 * `requestIdleCallback` (Safari), in a task after the next frame is painted, or after `timeout` ms
 * all the same, since a background tab paints no frames. Returns a cancel.
 */
export function afterPaint(task: () => void, timeout = IDLE_TIMEOUT_MS): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  let ran = false;
  const once = (): void => {
    if (ran) return;
    ran = true;
    cancel();
    task();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(once)));
  const latest = setTimeout(once, timeout);
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(latest);
  };
  return cancel;
}

export class AfterFirstPaint implements ReactiveController {
  /** Whether the part may be in the DOM. */
  built = false;
  /** Resolves once the part is built and rendered. */
  readonly done: Promise<void>;
  private resolve!: () => void;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    host.addController(this);
  }

  /** Builds it in the coming update: its idle period came, or a visitor opened it. */
  now(): void {
    this.cancel?.();
    this.cancel = undefined;
    if (this.built) return;
    this.built = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(this.resolve);
  }

  hostUpdated(): void {
    if (this.built || this.cancel || !this.wanted()) return;
    this.cancel = afterPaint(() => {
      this.cancel = undefined;
      this.now();
    });
  }

  hostConnected(): void {
    // Taken out of the page before its idle period and put back: schedule again.
    if (!this.built) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
