/**
 * The 1em probe: a hidden block 1em wide whose measured width (a `ResizeController` on `.em`) is the
 * host's font size. The chart's ticks and the map's place names follow it without asking the style
 * on every render, and a reader's text-only zoom still reaches them. The widget renders
 * `<div class="em" aria-hidden="true"></div>` inside a positioned box.
 */
import { css, type ReactiveControllerHost } from 'lit';
import { ResizeController } from './resize-controller.js';

/** Out of the flow and unseen: it takes no room, no pointer and no place in the accessibility tree. */
export const emProbeStyles = css`
  .em {
    position: absolute;
    width: 1em;
    height: 0;
    visibility: hidden;
    pointer-events: none;
  }
`;

/** The host's font size, read from its rendered probe (`.em`). */
export class EmProbe {
  private readonly em: ResizeController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }) {
    this.em = new ResizeController(host, () => host.renderRoot.querySelector('.em'));
  }

  /** In px; only before the probe's first measurement is the style asked (a style recalculation). */
  get fontSize(): number {
    return this.em.width || parseFloat(getComputedStyle(this.host).fontSize);
  }
}
