/**
 * The width a widget has to draw in, from a ResizeObserver on the element itself (not the
 * window): a widget in a narrow sidebar must lay out for the sidebar.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the first observation. */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
