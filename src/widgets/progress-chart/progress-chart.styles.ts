import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from '../../element/tokens.js';
import { tooltipBridgeStyles } from '../../element/tooltip-bridge.js';
import { emProbeStyles } from '../../element/em-probe.js';
import { howToReadStyles } from '../../element/how-to-read.js';
import { sortableTableStyles } from '../../element/sortable-table.js';
import { PROGRESS_CHART_TOKENS } from './tokens.js';

/**
 * Colours and their defaults are in `tokens.ts`. The `figure` is the container of the legend's
 * queries (not the host, see `baseStyles`); where the page sizes the chart by its content, it
 * asks for 52.5rem, the width of a 3-column legend.
 */
export const progressChartStyles = css`
  ${unsafeCSS(tokenDeclarations(PROGRESS_CHART_TOKENS))}
  ${tooltipBridgeStyles}
  :host {
    --_preferred-width: 52.5rem;
  }
  .s-1 {
    --series-color: var(--_series-1);
  }
  .s-2 {
    --series-color: var(--_series-2);
  }
  .s-3 {
    --series-color: var(--_series-3);
  }
  .s-4 {
    --series-color: var(--_series-4);
  }
  .s-5 {
    --series-color: var(--_series-5);
  }
  .s-6 {
    --series-color: var(--_series-6);
  }

  figure {
    margin: 0;
    container-type: inline-size;
  }
  ${emProbeStyles}
  .heading {
    margin: 0 0 0.5em;
    font-weight: bold;
    font-size: 1.1em;
  }
  /*
   * The frame keeps the height the loaded chart will need (plot, legend rows, source line and
   * buttons), so the page does not jump when the data arrives. The legend is a grid of 3, 2 or
   * 1 columns by container width, which makes its rows known before the labels are.
   */
  .frame {
    --legend-rows: var(--legend-rows-3, 1);
    /* Source line, buttons and the closed „So lesen Sie das Diagramm“ (1.41em of it). */
    --after-height: 7.11em;
    --reserved: calc(var(--plot-height, 320px) + var(--legend-rows) * 1.75em + var(--after-height));
    --_state-min-height: var(--reserved);
    min-height: var(--reserved);
    line-height: 1.4;
  }
  .legend {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    column-gap: 1em;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 2em;
    cursor: pointer;
  }
  .legend-item input {
    margin: 0;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_focus);
  }
  .legend-item.off span {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .swatch line {
    stroke: var(--series-color);
    stroke-width: 2.5;
  }
  .plot-area {
    position: relative;
  }
  .plot {
    position: relative;
    width: 100%;
    height: 100%;
    touch-action: pan-y;
  }
  .plot:focus-visible {
    outline-offset: 0;
  }
  .plot > svg {
    display: block;
    overflow: visible;
  }
  .plot > svg:first-child {
    will-change: transform;
  }
  .plot > .overlay {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .swatch {
    flex: none;
  }
  text {
    fill: var(--_axis);
  }
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .x-axis line {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  .event line {
    stroke: var(--_annotation);
    stroke-dasharray: 2 3;
  }
  .event text {
    fill: var(--_annotation-text);
  }
  .event-mark {
    fill: var(--_annotation);
  }
  .line {
    fill: none;
    stroke: var(--series-color);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .line.planned {
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .marker {
    fill: var(--series-color);
    stroke: var(--_background);
    stroke-width: 1;
  }
  .marker.planned {
    fill: var(--_background);
    stroke: var(--series-color);
    stroke-width: 2;
  }
  /* A lower bound or a disputed figure beside the line: hollow and dotted, never a step. */
  .marker.aside {
    fill: var(--_background);
    stroke: var(--series-color);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .planned-label {
    font-style: italic;
  }
  .direct-label text {
    fill: var(--_text);
  }
  .crosshair line {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .focus-dot {
    fill: none;
    stroke: var(--series-color);
    stroke-width: 2;
  }
  .focus-dot.current {
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: 20em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_tooltip-border);
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_text);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    font-size: 0.8125em;
    /* The pointer may rest on it (WCAG 1.4.13); the plot holds the date meanwhile. */
    width: max-content;
  }
  .tooltip p {
    margin: 0.15em 0;
  }
  .tooltip-date {
    font-weight: bold;
  }
  .tooltip-row {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0 0.4em;
    align-items: baseline;
  }
  .tooltip-row .swatch {
    align-self: center;
  }
  /* Words wrap whole; only a word longer than the whole tooltip breaks (break-word keeps its min-content). */
  .tooltip-label {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .tooltip-row.current .tooltip-label {
    font-weight: bold;
  }
  .tooltip.compact {
    font-size: 0.75em;
  }
  .tooltip.compact .tooltip-row {
    grid-template-columns: auto 1fr;
  }
  .tooltip.compact .tooltip-label {
    display: none;
  }
  .tooltip.compact .tooltip-note {
    grid-column: 1 / -1;
  }
  .tooltip-value {
    text-align: end;
    white-space: nowrap;
  }
  .tooltip-note {
    grid-column: 2 / -1;
    color: var(--_muted);
    font-style: italic;
  }
  .no-data {
    height: 100%;
    display: flex;
    align-items: center;
    justify-content: center;
    margin: 0;
    color: var(--_muted);
    text-align: center;
  }
  /* The button and a source line of up to two lines share one row of known height. */
  .after {
    display: flex;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.5em;
  }
  .table-toggle,
  .back-to-today {
    flex: none;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  ${howToReadStyles}
  @container (max-width: 839px) {
    .frame {
      --legend-rows: var(--legend-rows-2, 1);
    }
    .legend {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 559px) {
    .frame {
      --legend-rows: var(--legend-rows-1, 1);
      --after-height: 12.61em;
    }
    .legend {
      grid-template-columns: minmax(0, 1fr);
    }
    .after,
    .downloads {
      flex-direction: column;
      align-items: flex-start;
    }
    .meta {
      flex: none;
    }
  }
  .meta {
    flex: 1 1 0;
    min-width: 0;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .meta a {
    color: var(--_link);
  }
  .tables {
    margin-top: 0.75em;
  }
  .table-scroll {
    overflow-x: auto;
    /* The cells' visually hidden words are positioned: held here, they cannot widen the page. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    margin-bottom: 0.75em;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.6em;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.text {
    text-align: start;
  }
  thead th {
    vertical-align: bottom;
  }
  tbody th {
    white-space: nowrap;
    font-weight: normal;
  }
  ${sortableTableStyles}
  /*
   * Forced colours (Windows high contrast): Chromium does not force SVG fills and strokes, so the
   * drawing takes system colours itself. Series are told apart by marker shape and by a dash
   * pattern of their own, as every series is then drawn in CanvasText.
   */
  @media (forced-colors: active) {
    .s-1,
    .s-2,
    .s-3,
    .s-4,
    .s-5,
    .s-6 {
      --series-color: CanvasText;
    }
    .s-2 {
      --series-dash: 9 3;
    }
    .s-3 {
      --series-dash: 2 3;
    }
    .s-4 {
      --series-dash: 9 3 2 3;
    }
    .s-5 {
      --series-dash: 5 5;
    }
    .s-6 {
      --series-dash: 14 3 2 3 2 3;
    }
    text,
    .event text,
    .direct-label text {
      fill: CanvasText;
    }
    .x-axis line,
    .crosshair line {
      stroke: CanvasText;
    }
    .grid line,
    .event line {
      stroke: GrayText;
    }
    .event-mark {
      fill: CanvasText;
    }
    .line,
    .swatch line {
      stroke: CanvasText;
      stroke-dasharray: var(--series-dash, none);
    }
    .line.planned {
      stroke: GrayText;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker.planned,
    .marker.aside {
      fill: Canvas;
      stroke: CanvasText;
    }
    .focus-dot {
      stroke: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
      box-shadow: none;
    }
  }
`;
