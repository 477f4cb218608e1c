/**
 * The map as a pure function of (geometry, data at a date, view state): Lit `svg` templates
 * over path strings computed once per topology. Expensive parts sit behind `guard`, so hover,
 * focus and layer switches touch one or two elements, never the 419 Gemeinde paths.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId } from '../../feed/types.js';
import { FRAME, type MapGeometry, type Point } from '../../geo/geometry.js';
import type { ZoomState } from '../../geo/view-transform.js';
import { DRAW_ORDER, LAYER_ENCODING } from '../../geo/layers.js';
import { cssProps } from '../../element/css-props.js';
import type { PlacedLabel } from '../../geo/place-labels.js';
import { namesInView, type MapData, type PlacedSymbols, type PlaceView } from './map-data.js';
import { optionId, optionPaths } from './option-paths.js';
import { DISTRICT_SYMBOL_SCALE, patternDefs, patternId, symbolShape } from './symbols.js';

export type { ZoomState } from '../../geo/view-transform.js';

export interface MapViewInput {
  geometry: MapGeometry;
  data: MapData;
  /** Screen-reader label of every place that can be focused, by key. */
  labels: ReadonlyMap<string, string>;
  hidden: ReadonlySet<LayerId>;
  /** The shown symbols laid out at `symbolScale(zoom, unitsPerPx)`, by place key. */
  symbols: ReadonlyMap<string, PlacedSymbols>;
  /** The place names laid out at the same scale, in CSS px. */
  names: readonly PlacedLabel[];
  /** Their font size in px. */
  nameSize: number;
  zoom: ZoomState;
  /** Frame units per CSS px at zoom 1 (960 / rendered width). */
  unitsPerPx: number;
  /** Animate the next zoom step (buttons, keys), not a drag or a pinch. */
  animate: boolean;
  hoveredKey?: string;
  activeKey?: string;
}

function areaLayers(geometry: MapGeometry, data: MapData): SVGTemplateResult[] {
  const places = [...data.places.values()].filter((p) => p.level === 'municipality');
  return DRAW_ORDER.filter((id) => LAYER_ENCODING[id].kind !== 'symbol').map((id) => {
    // Solid fills come from CSS; patterns need the reference as an attribute, on each path: a
    // url() fill that paths inherit from their <g> keeps every removed map alive in Chromium
    // (its style cache holds the pattern's shadow root; issue 12).
    const fill = LAYER_ENCODING[id].kind === 'fill' && id !== 'model' ? nothing : `url(#${patternId('map', id)})`;
    // One path per layer, its Gemeinden's rings one after the other: as Gemeinden do not overlap,
    // the nonzero rule paints what a path each painted, holes and enclaves included, without an
    // element per Gemeinde (all of Germany drew 5,386).
    let d = '';
    for (const place of places) if (place.layers.includes(id)) d += geometry.municipalityByAgs.get(place.key)?.d ?? '';
    return svg`<g class=${`area area-${id}`} data-layer=${id} aria-hidden="true">${d ? svg`<path fill=${fill} d=${d}></path>` : nothing}</g>`;
  });
}

function borders(geometry: MapGeometry): SVGTemplateResult {
  return svg`<g class="borders" aria-hidden="true">
    <path class="border-municipality" d=${geometry.municipalityBorders}></path>
    <path class="border-district-halo" d=${geometry.districtBorders}></path>
    <path class="border-district" d=${geometry.districtBorders}></path>
    <path class="border-state" d=${geometry.outline}></path>
  </g>`;
}

/** A place's symbols where the layout put them (`geo/symbol-layout.ts`): offsets in px from its point, `scale` frame units per px. */
function placeSymbols(place: PlaceView, laid: PlacedSymbols, scale: number, size: number): SVGTemplateResult[] {
  const [x, y] = place.point;
  return laid.layers.map((id, i) => {
    const [dx, dy] = laid.offsets[i]!;
    const hollow = id === 'analysis' && place.statuses.analysis?.state === 'planned';
    return svg`<g data-layer=${id}>${symbolShape(id, hollow, { x: x + dx * scale, y: y + dy * scale, unit: scale * size })}</g>`;
  });
}

/** The symbols' strokes at their on-screen width (`--symbol-unit` in `status-map.styles.ts`). */
const strokeUnit = (unit: number) => cssProps({ '--symbol-unit': String(unit) });

/**
 * Symbols of every place; Kreis-level entries are focusable options of their own. A Gemeinde's
 * symbols carry its key: moved off its area by the layout, they still hover and click as it does.
 * Leader lines from moved symbols back to their point lie under all symbols. Nothing here has a
 * `transform` (see `SymbolPlacement`).
 */
function symbols(
  data: MapData,
  labels: ReadonlyMap<string, string>,
  laid: ReadonlyMap<string, PlacedSymbols>,
  scale: number,
): SVGTemplateResult {
  const places = [...data.places.values()].filter((p) => laid.has(p.key));
  // Each leader on a light halo, as the symbols: it stays visible on every fill (`drawing.styles.ts`).
  const leaders = places.flatMap((p) => {
    const end = laid.get(p.key)!.leader;
    if (!end) return [];
    const [x1, y1] = p.point;
    const [x2, y2] = [x1 + end[0] * scale, y1 + end[1] * scale];
    return [
      svg`<line class="leader-halo" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line><line class="leader" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`,
    ];
  });
  return svg`
    <g class="leaders" aria-hidden="true">${leaders}</g>
    <g class="symbols" aria-hidden="true" ${strokeUnit(scale)}>${places
      .filter((p) => p.level === 'municipality')
      .map((p) => svg`<g data-key=${p.key}>${placeSymbols(p, laid.get(p.key)!, scale, 1)}</g>`)}</g>
    <g class="district-entries" role="none" ${strokeUnit(scale * DISTRICT_SYMBOL_SCALE)}>${places
      .filter((p) => p.level === 'district')
      .map(
        (p) => svg`<g class="district-entry" id=${optionId(p.key)} role="option" aria-label=${labels.get(p.key) ?? p.name}
          data-key=${p.key}>${placeSymbols(p, laid.get(p.key)!, scale, DISTRICT_SYMBOL_SCALE)}</g>`,
      )}</g>`;
}

/**
 * The place names over the drawing and its outlines, at their on-screen size; only those in view
 * (`namesInView`). Hidden from assistive technology: every name is already in the listbox's options
 * and the table.
 */
function placeNames(names: readonly PlacedLabel[], scale: number, size: number, zoom: ZoomState): SVGTemplateResult {
  return svg`<g class="place-names" aria-hidden="true" transform=${`scale(${scale})`} font-size=${size}>${namesInView(
    names,
    scale,
    zoom,
  ).map((n) => svg`<text x=${n.x} y=${n.y} data-key=${n.key}>${n.text}</text>`)}</g>`;
}

function outlineOf(geometry: MapGeometry, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return geometry.municipalityByAgs.get(key)?.d ?? geometry.districts.get(key)?.d;
}

function highlight(geometry: MapGeometry, key: string | undefined, kind: 'hover' | 'active'): SVGTemplateResult | undefined {
  const d = outlineOf(geometry, key);
  if (!d) return undefined;
  return svg`<g class=${`highlight ${kind}`} aria-hidden="true"><path class="halo" d=${d}></path><path class="line" d=${d}></path></g>`;
}

/** CSS classes on the `<svg>` that hide switched-off layers: a toggle changes one attribute. */
export function hiddenLayerClasses(hidden: ReadonlySet<LayerId>): string {
  return ['map', ...LAYER_IDS.filter((id) => hidden.has(id)).map((id) => `hide-${id}`)].join(' ');
}

/**
 * Frame units per CSS px at this zoom, what keeps symbols and hatching at their on-screen size;
 * rounded, as only noticeable changes are worth re-rendering (and laying out) the symbols.
 */
export function symbolScale(zoom: ZoomState, unitsPerPx: number): number {
  return Math.round((unitsPerPx / zoom.k) * 200) / 200;
}

export function renderMap(input: MapViewInput): SVGTemplateResult {
  const { geometry, data, labels, zoom, unitsPerPx } = input;
  const roundedScale = symbolScale(zoom, unitsPerPx);
  const classes = `${hiddenLayerClasses(input.hidden)}${zoom.k > 1 ? ' zoomed' : ''}`;
  const viewBox = `0 0 ${FRAME.width} ${FRAME.height}`;
  const zoomClass = input.animate ? 'zoom animate' : 'zoom';
  const transform = cssProps({ transform: `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.k})` });
  // Every <g> between the listbox and its options is role="none": Chromium otherwise exposes the
  // options under an unnamed <g> as graphics-symbol or group, and the listbox has no options.
  // The outlines of the hovered and the active place sit in an overlay <svg> of its own
  // compositing layer: a hover repaints two paths, not the thousands of the map below. The place
  // names lie above those outlines (the chosen Gemeinde's outline crossed its own name), in a
  // third layer, so that a hover does not repaint every name with its halo.
  return svg`<svg class=${classes} viewBox=${viewBox} role="none" preserveAspectRatio="xMidYMid meet">
    <defs>${guard([roundedScale], () => patternDefs('map', roundedScale))}</defs>
    <g class=${zoomClass} role="none" ${transform}>
      <g class="municipalities" role="none" ${optionPaths(geometry, labels)}></g>
      ${guard([geometry, data], () => areaLayers(geometry, data))}
      ${guard([geometry], () => borders(geometry))}
      ${guard([data, labels, input.symbols, roundedScale], () => symbols(data, labels, input.symbols, roundedScale))}
    </g>
  </svg><svg class="overlay" viewBox=${viewBox} aria-hidden="true" preserveAspectRatio="xMidYMid meet">
    <g class=${zoomClass} ${transform}>
      ${highlight(geometry, input.activeKey, 'active')}
      ${input.hoveredKey !== input.activeKey ? highlight(geometry, input.hoveredKey, 'hover') : undefined}
    </g>
  </svg><svg class="names" viewBox=${viewBox} aria-hidden="true" preserveAspectRatio="xMidYMid meet">
    <g class=${zoomClass} ${transform}>
      ${guard([input.names, roundedScale, input.nameSize, zoom], () => placeNames(input.names, roundedScale, input.nameSize, zoom))}
    </g>
  </svg>`;
}

/** Converts a frame point to CSS px inside the map box. */
export function toScreen(point: Point, zoom: ZoomState, unitsPerPx: number): Point {
  return [(point[0] * zoom.k + zoom.x) / unitsPerPx, (point[1] * zoom.k + zoom.y) / unitsPerPx];
}
