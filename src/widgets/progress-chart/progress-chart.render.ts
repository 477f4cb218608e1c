/**
 * Pure templates of the chart: the plot (SVG with its crosshair tooltip) and the legend, from a
 * layout and the view state. Nothing here fetches or reads attributes; pointer and key events
 * are turned into dates and handed back through `PlotHandlers`.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { markerPath, markerPathAt } from '../../chart/marker-path.js';
import { nearestIndex } from '../../chart/nearest-index.js';
import type { ChartSeries } from '../../chart/select-series.js';
import { stepIndex } from '../../chart/step-index.js';
import { textWidth } from '../../chart/text-width.js';
import { valueAt } from '../../chart/value-at.js';
import { formatDate } from '../../format/date.js';
import type { Lang } from '../../i18n/strings.js';
import { cssProps } from '../../element/css-props.js';
import { bridgeProps } from '../../element/tooltip-bridge.js';
import { stepSeries } from './keyboard.js';
import { type ChartDateX, type ChartLayout, type Marker, type SeriesShape } from './progress-chart.layout.js';
import { tooltipRows, type ChartText, type TooltipRow } from './progress-chart.text.js';

/** Colour class of the n-th series: `--asskomm-series-1` … `-6`, then again. */
export const seriesClass = (index: number): string => `s-${(index % 6) + 1}`;

/** What the plot shows: a layout, its texts and the date the crosshair is on. */
export interface PlotView {
  layout: ChartLayout;
  text: ChartText;
  /** Accessible name of the plot. */
  label: string;
  /** Id of the summary that describes the plot. */
  describedBy: string;
  activeTime?: number;
  /** Id of the series chosen with ↑/↓: marked at the crosshair and in the tooltip. */
  activeSeries?: string;
  /** Escape hid the tooltip; the crosshair stays until the next step or move. */
  tooltipDismissed?: boolean;
}

/** What the element does when the visitor points at, steps to, enters or leaves the plot. */
export interface PlotHandlers {
  activate(date: ChartDateX, via: 'keyboard' | 'pointer'): void;
  /** ↑/↓ chose the series with this id (at the active date). */
  chooseSeries(id: string): void;
  /** Focus without an active date: show the latest. */
  focus(): void;
  leave(): void;
  blur(): void;
  /** A click or Enter on the plot: holds the active date (in the chart's group). */
  pin(): void;
}

function renderAxes(layout: ChartLayout): SVGTemplateResult {
  const { plotWidth, plotHeight } = layout;
  return svg`
    <g class="grid">
      ${layout.yTicks.map((t) => svg`<line x1="0" x2=${plotWidth} y1=${t.y} y2=${t.y}></line>`)}
    </g>
    <g class="axis y-axis">
      ${layout.yTicks.map((t) => svg`<text x="-8" y=${t.y} dy="0.32em" text-anchor="end">${t.label}</text>`)}
    </g>
    <g class="axis x-axis" transform="translate(0 ${plotHeight})">
      <line class="domain" x1="0" x2=${plotWidth}></line>
      ${layout.xTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y2="5"></line>
          <text x=${t.x} y=${7 + layout.fontSize} text-anchor=${t.anchor}>${t.label}</text>`,
      )}
    </g>`;
}

function renderEvents(layout: ChartLayout, lang: Lang): SVGTemplateResult {
  return svg`<g class="events">
    ${layout.events.map(
      (e) => svg`<g class="event">
        <line x1=${e.x} x2=${e.x} y1=${e.y + 3} y2=${layout.plotHeight}></line>
        <path class="event-mark" transform="translate(${e.x} ${layout.plotHeight})" d="M0,-5L4,0L0,5L-4,0Z"></path>
        <text x=${e.anchor === 'start' ? e.x + 4 : e.x - 4} y=${e.y} text-anchor=${e.anchor}>${e.event.label[lang]}</text>
      </g>`,
    )}
  </g>`;
}

function renderShape(shape: SeriesShape): SVGTemplateResult {
  const d = (m: Marker): string => markerPathAt(shape.index, m.x, m.y);
  return svg`<g class="series ${seriesClass(shape.index)}" data-series=${shape.series.id}>
    ${shape.path ? svg`<path class="line" d=${shape.path}></path>` : nothing}
    ${shape.plannedPath ? svg`<path class="line planned" d=${shape.plannedPath}></path>` : nothing}
    ${shape.drawnMarkers.map((m) => svg`<path class=${m.point.headline ? 'marker' : 'marker aside'} data-date=${m.point.date} d=${d(m)}></path>`)}
    ${shape.plannedMarkers.map((m) => svg`<path class="marker planned" data-date=${m.point.date} d=${d(m)}></path>`)}
  </g>`;
}

function renderLabels(layout: ChartLayout, planned: string): SVGTemplateResult {
  return svg`
    ${layout.plannedLabels.map((l) => svg`<text class="planned-label" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${planned}</text>`)}
    ${(layout.directLabels ?? []).map(
      (l) => svg`<g class="direct-label ${seriesClass(l.shape.index)}" transform="translate(${layout.plotWidth + 6} ${l.y})">
        <path class="marker" transform="translate(6 0)" d=${markerPath(l.shape.index, 40)}></path>
        <text x="15" dy="0.32em">${l.shape.series.label}</text>
      </g>`,
    )}`;
}

/** Everything but the crosshair: a crosshair step leaves it as it is (see the guard in `renderPlot`). */
function renderDrawing(layout: ChartLayout, text: ChartText): SVGTemplateResult {
  return svg`${renderAxes(layout)} ${layout.events.length ? renderEvents(layout, text.lang) : nothing}
    ${layout.shapes.map(renderShape)} ${renderLabels(layout, text.s.planned)}`;
}

function renderCrosshair(layout: ChartLayout, time: number, activeSeries: string | undefined): SVGTemplateResult {
  const x = layout.x(time);
  const dots = layout.shapes.flatMap((shape) => {
    const at = valueAt(shape.series, time);
    const current = shape.series.id === activeSeries;
    return at
      ? [
          svg`<circle class="focus-dot ${seriesClass(shape.index)} ${current ? 'current' : ''}" cx=${x} cy=${layout.y(at.point.value)} r=${current ? 9 : 6}></circle>`,
        ]
      : [];
  });
  return svg`<g class="crosshair"><line x1=${x} x2=${x} y1="0" y2=${layout.plotHeight}></line>${dots}</g>`;
}

/** A marker swatch for legends and tooltips. */
export function swatch(index: number): TemplateResult {
  return html`<svg class="swatch ${seriesClass(index)}" width="22" height="12" viewBox="-11 -6 22 12" aria-hidden="true" focusable="false">
    <line x1="-10" x2="10"></line>
    <path class="marker" d=${markerPath(index, 40)}></path>
  </svg>`;
}

/**
 * Below this chart width the tooltip names each series by its marker alone (the legend right
 * above names them), in smaller type, so it covers little of a narrow plot and never has to
 * break a long word such as "Kooperationsvereinbarungen".
 */
const COMPACT_BELOW = 560;
const isCompact = (layout: ChartLayout): boolean => layout.width < COMPACT_BELOW;

/** The tooltip's size in px, estimated from its text as the layout estimates labels. */
function tooltipSize(layout: ChartLayout, heading: string, rows: readonly TooltipRow[]): { width: number; height: number } {
  const compact = isCompact(layout);
  // The tooltip's text is 0.8125em (compact 0.75em) of the host's size, which is 4/3 of the chart's.
  const size = (layout.fontSize * 4 * (compact ? 0.75 : 0.8125)) / 3;
  const rowWidth = Math.max(
    textWidth(heading, size),
    ...rows.map((row) => textWidth(compact ? row.value : `${row.series.label}: ${row.value}`, size) + 22 + 0.8 * size),
  );
  const noteWidths = rows.flatMap((row) => (row.note ? [textWidth(row.note, size)] : []));
  const inner = compact ? Math.min(14 * size, Math.max(rowWidth, ...noteWidths)) : rowWidth;
  const noteLines = noteWidths.reduce((sum, w) => sum + Math.ceil(w / Math.max(1, compact ? inner : inner - 22)), 0);
  return { width: inner + 1.2 * size, height: (1 + rows.length + noteLines) * 1.7 * size + size };
}

/**
 * Where the tooltip goes: beside the crosshair (left or right, where it fits), at the top or the
 * bottom of the plot, wherever it covers the fewest markers, so the pointer can rest on it and
 * still reach the data; ties go to the roomier side and the top. Where it fits beside on neither
 * side, it stands against the roomier side's edge.
 */
function tooltipPosition(layout: ChartLayout, date: ChartDateX, size: { width: number; height: number }): Record<string, string> {
  const { margin, plotHeight } = layout;
  const { width, height } = size;
  const x = margin.left + date.x;
  const roomLeft = x - 18;
  const roomRight = layout.width - x - 18;
  const cap = isCompact(layout) ? ', 14em' : '';
  type Candidate = { left: number; top: number; css: Record<string, string> };
  const sides: Candidate[] = [];
  if (width <= roomLeft)
    sides.push({ left: x - 14 - width, top: 0, css: { right: `${layout.width - x + 14}px`, 'max-width': `min(${roomLeft}px${cap})` } });
  if (width <= roomRight) sides.push({ left: x + 14, top: 0, css: { left: `${x + 14}px`, 'max-width': `min(${roomRight}px${cap})` } });
  if (roomRight > roomLeft) sides.reverse();
  if (!sides.length) {
    const toLeft = roomLeft >= roomRight;
    sides.push({
      left: toLeft ? 4 : layout.width - 4 - width,
      top: 0,
      css: { [toLeft ? 'left' : 'right']: '4px', 'max-width': `min(100% - 8px${cap})` },
    });
  }
  const candidates = sides.flatMap((side) => [
    { ...side, top: margin.top, css: { ...side.css, top: `${margin.top}px` } },
    { ...side, top: margin.top + plotHeight - height, css: { ...side.css, bottom: `${layout.height - margin.top - plotHeight}px` } },
  ]);
  const covered = ({ left, top }: Candidate): number =>
    layout.markerCentres.filter(([mx, my]) => mx >= left - 6 && mx <= left + width + 6 && my >= top - 6 && my <= top + height + 6).length;
  const best = candidates.reduce((one, other) => (covered(other) < covered(one) ? other : one));
  // The gap from the crosshair to the tooltip holds the date for the pointer that crosses it.
  return { ...best.css, ...bridgeProps({ x }, { left: best.left, top: best.top, width, height }) };
}

function renderTooltip(view: PlotView, time: number): TemplateResult {
  const { layout, text } = view;
  const date = layout.dates.find((d) => d.time === time);
  if (!date) return html``;
  const rows = tooltipRows(
    layout.shapes.map((s) => s.series),
    time,
    text,
  );
  const heading = formatDate(date.date, text.lang);
  return html`<div
    class=${isCompact(layout) ? 'tooltip compact' : 'tooltip'}
    part="tooltip"
    aria-hidden="true"
    ${cssProps(tooltipPosition(layout, date, tooltipSize(layout, heading, rows)))}
  >
    <p class="tooltip-date">${heading}</p>
    ${rows.map(
      (row, i) =>
        html`<p class=${row.series.id === view.activeSeries ? 'tooltip-row current' : 'tooltip-row'}>
          ${swatch(layout.shapes[i]!.index)}<span class="tooltip-label">${row.series.label}:</span>
          <strong class="tooltip-value">${row.value}</strong>
          ${row.note ? html`<span class="tooltip-note">${row.note}</span>` : nothing}
        </p>`,
    )}
  </div>`;
}

/**
 * The plot as one tab stop: the SVG drawing, the crosshair and its tooltip. The drawing is kept
 * while only the crosshair moves, so a step re-renders the crosshair and the tooltip alone. The
 * crosshair lies in an SVG of its own over the drawing: in the same SVG, each step repainted every
 * marker (10 series × 1,000 points: about 65 ms of paint per step).
 */
export function renderPlot(view: PlotView, handlers: PlotHandlers): TemplateResult {
  const { layout, text, activeTime } = view;
  const { margin, width, height } = layout;
  const active = activeTime !== undefined && layout.dates.some((d) => d.time === activeTime) ? activeTime : undefined;
  const onKeyDown = (event: KeyboardEvent): void => {
    const series = layout.shapes.findIndex((shape) => shape.series.id === view.activeSeries);
    const nextSeries = stepSeries(event.key, series, layout.shapes.length);
    if (nextSeries !== undefined) {
      event.preventDefault();
      handlers.chooseSeries(layout.shapes[nextSeries]!.series.id);
      return;
    }
    if (event.key === 'Enter') {
      handlers.pin();
      return;
    }
    const current = layout.dates.findIndex((d) => d.time === active);
    const next = stepIndex(event.key, current, layout.dates.length);
    if (next === undefined) return;
    event.preventDefault();
    handlers.activate(layout.dates[next]!, 'keyboard');
  };
  const onPointerMove = (event: PointerEvent): void => {
    // Over the tooltip and its bridge the date holds, so the pointer can rest on it (WCAG 1.4.13, hoverable).
    if ((event.target as Element).closest('.tooltip')) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const i = nearestIndex(layout.dateXs, event.clientX - box.left - margin.left);
    if (i >= 0) handlers.activate(layout.dates[i]!, 'pointer');
  };
  return html`<div
    class="plot"
    role="application"
    tabindex="0"
    aria-label=${view.label}
    aria-describedby=${view.describedBy}
    @keydown=${onKeyDown}
    @focus=${handlers.focus}
    @blur=${handlers.blur}
    @pointermove=${onPointerMove}
    @pointerdown=${onPointerMove}
    @pointerleave=${handlers.leave}
    @click=${handlers.pin}
  >
    <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" font-size=${layout.fontSize} aria-hidden="true" focusable="false">
      <g transform="translate(${margin.left} ${margin.top})">${guard([layout, text], () => renderDrawing(layout, text))}</g>
    </svg>
    <svg class="overlay" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
      <g transform="translate(${margin.left} ${margin.top})">
        ${active !== undefined ? renderCrosshair(layout, active, view.activeSeries) : nothing}
      </g>
    </svg>
    ${active !== undefined && !view.tooltipDismissed ? renderTooltip(view, active) : nothing}
  </div>`;
}

/** The legend: every chosen series, with those the visitor switched off. */
export interface LegendView {
  series: readonly ChartSeries[];
  hidden: ReadonlySet<string>;
  text: ChartText;
}

/** Series toggles: native checkboxes, so keyboard and screen readers need nothing extra. */
export function renderLegend(view: LegendView, toggle: (id: string, shown: boolean) => void): TemplateResult {
  return html`<fieldset class="legend" part="legend">
    <legend class="visually-hidden">${view.text.s.legend}</legend>
    ${view.series.map(
      (s, index) =>
        html`<label class=${classMap({ 'legend-item': true, off: view.hidden.has(s.id) })}>
          <input
            type="checkbox"
            .checked=${!view.hidden.has(s.id)}
            @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)}
          />
          ${swatch(index)}<span>${s.label}</span>
        </label>`,
    )}
  </fieldset>`;
}
