/**
 * Styles of the map's controls (search, tooltip) and panels (legend, details). Colours of the
 * layers come from the custom properties set in `status-map.styles.ts`.
 *
 * The tooltip's size is its content's wherever it stands (`width: max-content`): measured once, it
 * is placed inside the frame. The pointer passes through it to the map, except over its bridge to
 * the place's point (`element/tooltip-bridge.ts`): the pointer that crosses the gap holds it
 * (WCAG 1.4.13, hoverable) and touches no neighbouring place on the way; held, it takes the pointer.
 *
 * The details of a Gemeinde (a non-modal `<dialog>`) scroll on their own, their buttons stuck to
 * their bottom edge, so "Schließen" is always in view:
 * - On a wide map (46rem, the layout's breakpoint in `status-map.styles.ts`) they stand beside it,
 *   never taller than the frame (`(container − 19rem side column − 1em gap) × 700 / 960`, its
 *   border box) nor than the screen; the legend follows below them.
 * - On a narrow map they are a sheet fixed at the bottom of the screen, at most 70 % of it: in
 *   the flow they opened under the map and the summary, off-screen on a phone. Across the map's
 *   width where the browser anchors to it (`anchor()`), across the screen elsewhere.
 * A narrow map's legend is one disclosure button until opened (the fieldset's empty frame goes
 * with the switches); its chevron is drawn with borders, as text it would join the button's name.
 */
import { css } from 'lit';
import { tooltipBridgeStyles } from '../../element/tooltip-bridge.js';

export const controlStyles = css`
  ${tooltipBridgeStyles}
  .search label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .combo {
    position: relative;
    margin-bottom: 0.5em;
  }
  .combo input {
    width: 100%;
    max-width: 24em;
    font: inherit;
    padding: 0.4em 0.6em;
    border: 1px solid #6b7580;
    border-radius: 4px;
  }
  .suggestions {
    position: absolute;
    z-index: 3;
    left: 0;
    top: 100%;
    width: 100%;
    max-width: 24em;
    margin: 2px 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: #fff;
    border: 1px solid #6b7580;
    border-radius: 4px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .suggestions[hidden] {
    display: none;
  }
  .suggestions li {
    padding: 0.35em 0.6em;
    cursor: pointer;
  }
  .suggestions li[aria-selected='true'],
  .suggestions li:hover {
    background: #dce9f7;
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .suggestion-district,
  .no-result {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .no-result {
    margin: 0.25em 0 0;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(18em, 70%);
    padding: 0.4em 0.6em;
    background: #fff;
    border: 1px solid #1a1a1a;
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 0.875em;
    width: max-content;
    pointer-events: none;
  }
  .tooltip.held {
    pointer-events: auto;
    cursor: pointer;
  }
  .tooltip-name,
  .tooltip-district {
    display: block;
  }
  .tooltip-district,
  .tooltip-none {
    color: var(--_muted);
  }
  .tooltip ul {
    margin: 0.25em 0 0;
    padding-left: 1.1em;
  }
`;

export const panelStyles = css`
  /* While loading, the credits keep the loaded ones' three lines (at the map's line height, 1.45)
     and the two gaps between them (0.1em, collapsed): as tall as where no line wraps. */
  .credits.placeholder {
    min-height: calc(3 * 1.45em + 0.2em);
  }
  .legend {
    min-width: 0;
    margin: 0;
    padding: 0.5em 0.6em 0.75em;
    font-size: 0.9375em;
    border: 1px solid #c4cbd2;
    border-radius: 4px;
  }
  .legend legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .legend-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.25rem;
    font: inherit;
    font-weight: 600;
  }
  .legend-toggle::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .legend.open .legend-toggle::before {
    transform: rotate(45deg);
  }
  @container (width < 46rem) {
    .legend-title,
    .legend:not(.open) ul,
    .legend:not(.open) .legend-note {
      display: none;
    }
    .legend:not(.open) {
      padding: 0;
      border: 0;
    }
  }
  @container (width >= 46rem) {
    .legend-toggle {
      display: none;
    }
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: 0.35em 1em;
  }
  .legend label {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    cursor: pointer;
    min-height: 24px;
  }
  .legend input {
    width: 1.1em;
    height: 1.1em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .swatch {
    flex: none;
    margin-top: 0.1em;
  }
  .swatch-area {
    stroke: #6b7580;
    stroke-width: 1;
  }
  .legend .defs {
    position: absolute;
    width: 0;
    height: 0;
  }
  .layer-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .layer-count {
    font-weight: 600;
  }
  /* "22 auf der Karte, in 23 Gemeinden" on one line, the official figure and any left-out records below. */
  .layer-figures {
    display: block;
    font-size: 0.875em;
  }
  .layer-extent::before {
    content: ', ';
  }
  .layer-official,
  .layer-undated {
    display: block;
  }
  .layer-official {
    font-weight: 600;
  }
  .layer-undated {
    color: var(--_muted);
  }
  .legend-note {
    margin: 0.6em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .layer-encoding {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .status-map {
    anchor-name: --asskomm-map;
  }
  .details {
    position: static;
    margin: 0;
    width: auto;
    max-width: none;
    padding: 0.75em 1em 0;
    border: 2px solid #1a1a1a;
    border-radius: 4px;
    background: #fff;
    color: inherit;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  @container (width >= 46rem) {
    .details {
      max-height: min(100vh, (100cqw - 19rem - 1em) * 700 / 960);
    }
  }
  @container (width < 46rem) {
    .details {
      position: fixed;
      z-index: 4;
      inset: auto 0 0;
      left: anchor(--asskomm-map left, 0px);
      right: anchor(--asskomm-map right, 0px);
      max-height: 70dvh;
      border-radius: 8px 8px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.3);
    }
  }
  .details-title {
    margin: 0 0 0.3em;
    font-size: 1.125em;
  }
  .details-district {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .statuses {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .status {
    display: flex;
    gap: 0.5em;
    padding: 0.4em 0;
    border-top: 1px solid #e1e5e9;
  }
  .status strong,
  .status-date {
    display: block;
  }
  .status p,
  .contact ul,
  .funding {
    margin: 0.2em 0 0;
  }
  .contact ul,
  .funding {
    padding-left: 1.1em;
  }
  .label {
    font-weight: 600;
  }
  .status a {
    overflow-wrap: anywhere;
  }
  .details-actions {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
    padding: 0.5em 0 0.75em;
    border-top: 1px solid #e1e5e9;
    background: #fff;
  }
`;
