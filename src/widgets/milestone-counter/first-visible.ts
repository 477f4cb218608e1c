/**
 * Whether the element has been on screen at least once (IntersectionObserver). The count-up
 * waits for this so a visitor sees it, and it happens only once: the observer stops after
 * the first sighting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class FirstVisibleController implements ReactiveController {
  /** True from the first moment any part of the element was in the viewport. */
  visible = false;
  private observer?: IntersectionObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.visible || this.observer) return;
    if (typeof IntersectionObserver !== 'function') {
      this.visible = true;
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.visible = true;
      this.stop();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
