/**
 * The 1em probe: a hidden block 1em wide whose measured width (a `ResizeController` on `.em`) is the
 * host's font size. The chart's ticks and the map's place names follow it without asking the style
 * on every render, and a reader's text-only zoom still reaches them. The widget renders
 * `<div class="em" aria-hidden="true"></div>` inside a positioned box.
 */
import { css } from 'lit';

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
