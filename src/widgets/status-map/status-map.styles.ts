/**
 * Styles of `<asskomm-status-map>`: the layers' colours and the page around the drawing. Colours
 * are custom properties with the documented defaults; the drawing itself and its forced colours
 * are in `drawing.styles.ts`, the panels and controls in `panels.styles.ts`.
 */
import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from '../../element/tokens.js';
import { howToReadStyles } from '../../element/how-to-read.js';
import { emProbeStyles } from '../../element/em-probe.js';
import { sortableTableStyles } from '../../element/sortable-table.js';
import { drawingForcedColors, drawingStyles } from './drawing.styles.js';
import { controlStyles, panelStyles } from './panels.styles.js';
import { STATUS_MAP_TOKENS } from './tokens.js';

const layerColours = css`
  ${unsafeCSS(tokenDeclarations(STATUS_MAP_TOKENS))}
  .fill-contacted,
  .area-contacted {
    fill: var(--_map-contacted);
  }
  .fill-model {
    fill: var(--_map-model);
  }
  .dot-model {
    fill: #fff;
  }
  .hatch-halo {
    stroke: #fff;
    stroke-width: 4.2;
  }
  .hatch {
    stroke-width: 2;
  }
  .hatch-pre-agreement {
    stroke: var(--_map-pre-agreement);
  }
  .hatch-agreement {
    stroke: var(--_map-agreement);
  }
  /* Stroke widths in px of the symbols' design, times the drawing's units per px where the map sets it. */
  .symbol-halo {
    fill: none;
    stroke: #fff;
    stroke-width: calc(3px * var(--symbol-unit, 1));
    stroke-linejoin: round;
  }
  .symbol-body {
    stroke: #1a1a1a;
    stroke-width: calc(0.9px * var(--symbol-unit, 1));
    stroke-linejoin: round;
  }
  .symbol.hollow .symbol-body {
    fill: #fff;
    stroke-width: calc(2px * var(--symbol-unit, 1));
  }
  .symbol-kpr .symbol-body {
    fill: var(--_map-kpr);
  }
  .symbol-coaching .symbol-body {
    fill: var(--_map-coaching);
  }
  .symbol-analysis .symbol-body {
    fill: var(--_map-analysis);
  }
  .symbol-analysis.hollow .symbol-body {
    fill: #fff;
    stroke: var(--_map-analysis);
  }
  .symbol-funding .symbol-body {
    fill: var(--_map-funding);
  }
  .land {
    fill: var(--_map-land);
  }
`;

/**
 * `.status-map` is the container of the layout query (not the host, see `baseStyles`); where the
 * page sizes the map by its content, it asks for 60rem.
 *
 * The zoom buttons have a row of their own under the frame (over the map they hid Gemeinden at its
 * edge); the placeholder keeps an empty row of the same height. The wheel hint shows in that row,
 * beside the buttons, taken out of the flow: on a phone it wraps to two lines, and the page must
 * not move under a wheel that is scrolling it.
 */
const layout = css`
  :host {
    --_preferred-width: 60rem;
  }
  .status-map {
    container-type: inline-size;
    line-height: 1.45;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 19rem;
    }
  }
  .main,
  .side {
    min-width: 0;
  }
  .side {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  ${emProbeStyles}
  .frame {
    position: relative;
    width: 100%;
    aspect-ratio: 960 / 700;
    overflow: hidden;
    /* Its size comes from its width alone, never from what it holds: so a hover (outline, tooltip)
       lays out the frame's insides only, not the page around it (issue 17: 1.0–1.4 → 0.3–0.45 ms). */
    contain: size layout;
    border: 1px solid #c4cbd2;
    border-radius: 4px;
    background: var(--_map-background);
  }
  .frame.placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
  }
  .viewport {
    position: absolute;
    inset: 0;
  }
  .viewport:focus {
    outline: none;
  }
  .viewport:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .controls {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em;
    min-height: 2.25rem;
    margin-top: 0.375em;
  }
  .controls button {
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    font-size: 1.25rem;
    line-height: 1;
  }
  .wheel-hint {
    position: absolute;
    top: 0;
    left: 0;
    max-width: calc(100% - 7.5rem);
    padding: 0.2em 0.5em;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font-size: 0.875em;
    pointer-events: none;
  }
  .layout + .hints {
    margin: 0.75em 0 0;
  }
  .credits {
    margin-top: 0.75em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .credits p {
    margin: 0.1em 0;
  }
  /* While loading: the usual height of the credits (three lines). */
  .credits.placeholder {
    min-height: calc(3 * 1.5em + 0.2em);
  }
  .timeline-space {
    display: none;
    min-height: 4.3em;
  }
  :host([timeline]) .timeline-space {
    display: block;
  }
  a {
    color: var(--_link);
  }
  .table-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .table-actions.placeholder {
    min-height: 2.275em;
  }
  .downloads {
    display: contents;
  }
  .table-scroll {
    max-height: 30em;
    overflow: auto;
    margin-top: 0.5em;
  }
  .table-scroll table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .table-scroll caption {
    text-align: start;
    font-weight: bold;
    padding-bottom: 0.25em;
  }
  .table-scroll th,
  .table-scroll td {
    padding: 0.25em 0.6em;
    border-bottom: 1px solid var(--_muted);
    text-align: start;
    vertical-align: top;
  }
  .table-scroll tbody th {
    font-weight: normal;
  }
  /* The header stays at the top of the 30em box, with its sort buttons; opaque, so rows scroll under it. */
  .table-scroll thead th {
    position: sticky;
    top: 0;
    background: var(--_map-background);
  }
  ${sortableTableStyles}
`;

/** Frames of the drawing, tooltip and details in forced-colors mode. */
const forcedColors = css`
  @media (forced-colors: active) {
    .tooltip,
    .details,
    .frame {
      border-color: CanvasText;
    }
  }
`;

export const statusMapStyles = [
  layerColours,
  layout,
  drawingStyles,
  controlStyles,
  panelStyles,
  howToReadStyles,
  drawingForcedColors,
  forcedColors,
];
