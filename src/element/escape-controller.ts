/**
 * Escape anywhere on the page dismisses what a widget shows on top of it (its tooltip, WCAG 1.4.13
 * "dismissible"), also where focus is outside the widget: the mouse's tooltip shows wherever focus is.
 * One listener on `document` per element, there only while the element is connected.
 *
 * The key is the page's as much as ours: an Escape something else already took (`defaultPrevented`)
 * dismisses nothing here, and one that dismissed nothing here stays the page's, so a dialog around
 * the widget closes on the first Escape when there is no tooltip, and on the second when there was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class EscapeController implements ReactiveController {
  /** `dismiss` hides what shows and says whether there was anything to hide. */
  constructor(
    host: ReactiveControllerHost,
    private readonly dismiss: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.dismiss()) event.preventDefault();
  };
}
