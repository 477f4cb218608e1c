/**
 * The width a widget has to draw in, from a ResizeObserver on a block inside its shadow root
 * (not the window: a widget in a narrow sidebar must lay out for the sidebar). Not the host
 * itself: page CSS may make the host `display: inline`, and an inline box measures 0.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** How a `ResizeController` takes its measurements. */
export interface ResizeOptions {
  /**
   * Keep the last width when the block measures 0 (hidden: `display: none`, a closed `<details>`),
   * for a widget that would otherwise redraw for a box nobody sees.
   */
  ignoreZero?: boolean;
}

export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the first observation. */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  /** `target` finds the rendered block to measure; it is looked up again after every update. */
  constructor(
    private readonly host: Host,
    private readonly target: () => Element | null | undefined,
    private readonly options: ResizeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!hasResizeObserver()) return;
    this.observer = new ResizeObserver((entries) => this.take(entries[entries.length - 1]!.contentRect.width));
    this.observeTarget();
  }

  hostUpdated(): void {
    if (hasResizeObserver()) this.observeTarget();
    else this.take(this.target()?.getBoundingClientRect().width ?? 0);
  }

  private take(measured: number): void {
    const width = Math.round(measured);
    if (width === 0 && this.options.ignoreZero) return;
    if (width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private observeTarget(): void {
    const target = this.target();
    if (!this.observer || !target || target === this.observed) return;
    this.observer.disconnect();
    this.observed = target;
    this.observer.observe(target);
  }
}

/**
 * A page may remove or break `ResizeObserver` (old polyfills, hostile scripts): the widget then
 * measures after each update instead, and follows later size changes on its next update.
 */
function hasResizeObserver(): boolean {
  return typeof ResizeObserver === 'function';
}
