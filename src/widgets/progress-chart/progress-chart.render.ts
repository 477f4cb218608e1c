/**
 * Pure templates of the chart: the plot (SVG with its crosshair tooltip) and the legend, from a
 * layout and the view state. Nothing here fetches or reads attributes; pointer and key events
 * are turned into dates and handed back through `PlotHandlers`.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { markerPath } from '../../chart/marker-path.js';
import { nearestIndex } from '../../chart/nearest-index.js';
import type { ChartSeries } from '../../chart/select-series.js';
import { stepIndex } from '../../chart/step-index.js';
import { valueAt } from '../../chart/value-at.js';
import { formatDate } from '../../format/date.js';
import type { Lang } from '../../i18n/strings.js';
import { cssProps } from '../../element/css-props.js';
import { FONT_SIZE, type ChartDateX, type ChartLayout, type SeriesShape } from './progress-chart.layout.js';
import { tooltipRows, type ChartText } from './progress-chart.text.js';

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
}

/** What the element does when the visitor points at, steps to, enters or leaves the plot. */
export interface PlotHandlers {
  activate(date: ChartDateX, via: 'keyboard' | 'pointer'): void;
  /** Focus without an active date: show the latest. */
  focus(): void;
  leave(): void;
  blur(): void;
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
          <text x=${t.x} y="19" text-anchor=${t.anchor}>${t.label}</text>`,
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
  const d = markerPath(shape.index);
  return svg`<g class="series ${seriesClass(shape.index)}" data-series=${shape.series.id}>
    ${shape.path ? svg`<path class="line" d=${shape.path}></path>` : nothing}
    ${shape.plannedPath ? svg`<path class="line planned" d=${shape.plannedPath}></path>` : nothing}
    ${shape.markers.map(
      (m) =>
        svg`<path class=${m.point.headline ? 'marker' : 'marker aside'} data-date=${m.point.date} transform="translate(${m.x} ${m.y})" d=${d}></path>`,
    )}
    ${shape.plannedMarkers.map(
      (m) => svg`<path class="marker planned" data-date=${m.point.date} transform="translate(${m.x} ${m.y})" d=${d}></path>`,
    )}
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

function renderCrosshair(layout: ChartLayout, time: number): SVGTemplateResult {
  const x = layout.x(time);
  const dots = layout.shapes.flatMap((shape) => {
    const at = valueAt(shape.series, time);
    return at ? [svg`<circle class="focus-dot ${seriesClass(shape.index)}" cx=${x} cy=${layout.y(at.point.value)} r="6"></circle>`] : [];
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

function renderTooltip(view: PlotView, time: number): TemplateResult {
  const { layout, text } = view;
  const date = layout.dates.find((d) => d.time === time);
  if (!date) return html``;
  // Beside the crosshair on the roomier side; a narrow chart has no room beside it, so the
  // tooltip then spans the top of the plot.
  const x = layout.margin.left + date.x;
  const room = Math.max(x, layout.width - x) - 18;
  const position =
    room < 170
      ? { left: '4px', right: '4px' }
      : x < layout.width / 2
        ? { left: `${x + 14}px`, 'max-width': `${room}px` }
        : { right: `${layout.width - x + 14}px`, 'max-width': `${room}px` };
  const rows = tooltipRows(
    layout.shapes.map((s) => s.series),
    time,
    text,
  );
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${cssProps({ ...position, top: `${layout.margin.top}px` })}>
    <p class="tooltip-date">${formatDate(date.date, text.lang)}</p>
    ${rows.map(
      (row, i) =>
        html`<p class="tooltip-row">
          ${swatch(layout.shapes[i]!.index)}<span class="tooltip-label">${row.series.label}:</span>
          <strong class="tooltip-value">${row.value}</strong>
          ${row.note ? html`<span class="tooltip-note">${row.note}</span>` : nothing}
        </p>`,
    )}
  </div>`;
}

/**
 * The plot as one tab stop: the SVG drawing, the crosshair and its tooltip. The drawing is kept
 * while only the crosshair moves, so a step re-renders the crosshair and the tooltip alone.
 */
export function renderPlot(view: PlotView, handlers: PlotHandlers): TemplateResult {
  const { layout, text, activeTime } = view;
  const { margin, width, height } = layout;
  const active = activeTime !== undefined && layout.dates.some((d) => d.time === activeTime) ? activeTime : undefined;
  const onKeyDown = (event: KeyboardEvent): void => {
    const current = layout.dates.findIndex((d) => d.time === active);
    const next = stepIndex(event.key, current, layout.dates.length);
    if (next === undefined) return;
    event.preventDefault();
    handlers.activate(layout.dates[next]!, 'keyboard');
  };
  const onPointerMove = (event: PointerEvent): void => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const i = nearestIndex(
      layout.dates.map((d) => d.x),
      event.clientX - box.left - margin.left,
    );
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
  >
    <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" font-size=${FONT_SIZE} aria-hidden="true" focusable="false">
      <g transform="translate(${margin.left} ${margin.top})">
        ${guard([layout, text], () => renderDrawing(layout, text))} ${active !== undefined ? renderCrosshair(layout, active) : nothing}
      </g>
    </svg>
    ${active !== undefined ? renderTooltip(view, active) : nothing}
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
