/**
 * The width a widget has to draw in, from a ResizeObserver on a block inside its shadow root
 * (not the window: a widget in a narrow sidebar must lay out for the sidebar). Not the host
 * itself: page CSS may make the host `display: inline`, and an inline box measures 0.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class ResizeController implements ReactiveController {
  /**
   * Content-box width in CSS px; 0 until the first observation. A block that measures 0 later is
   * hidden (`display: none`, a closed `<details>`): the last width stays, so nothing redraws for a
   * box nobody sees and the drawing is there when it shows again.
   */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  /** `target` finds the rendered block to measure; it is looked up again after every update. */
  constructor(
    private readonly host: Host,
    private readonly target: () => Element | null | undefined,
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
    if (width !== 0 && width !== this.width) {
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
