/**
 * The marks that tell the layers apart without colour: fill patterns, hatchings and symbol
 * shapes, shared by the map and the legend. Colours come from CSS (custom properties, and
 * system colours in forced-colors mode), never from here.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { LayerId } from '../../feed/types.js';
import { LAYER_ENCODING, type SymbolShape } from '../../geo/layers.js';

/**
 * The cell of one symbol in CSS px, the map's spacing of side-by-side symbols: the widest shape
 * (the 10 px diamond) fits, so neighbours' shapes never overlap, only their white halos touch.
 * The map scales the symbols to keep this size when zooming.
 */
export const SYMBOL_CELL = 10;

/** Kreis-level symbols are drawn this much larger than a Gemeinde's. */
export const DISTRICT_SYMBOL_SCALE = 1.25;

/** The pattern id of a layer drawn as a pattern; `prefix` keeps the map's and the legend's apart. */
export function patternId(prefix: string, layer: LayerId): string {
  return `${prefix}-pattern-${layer}`;
}

/**
 * Pattern definitions. `scale` maps the patterns' px design onto the drawing's units, so the
 * hatching keeps its on-screen size at every width and zoom level.
 */
export function patternDefs(prefix: string, scale = 1): SVGTemplateResult {
  const hatch = (layer: LayerId, angle: number): SVGTemplateResult => svg`
    <pattern id=${patternId(prefix, layer)} patternUnits="userSpaceOnUse" width="7" height="7"
      patternTransform=${`scale(${scale}) rotate(${angle})`}>
      <line class="hatch-halo" x1="0" y1="3.5" x2="7" y2="3.5"></line>
      <line class=${`hatch hatch-${layer}`} x1="0" y1="3.5" x2="7" y2="3.5"></line>
    </pattern>`;
  return svg`
    <pattern id=${patternId(prefix, 'model')} patternUnits="userSpaceOnUse" width="6" height="6"
      patternTransform=${`scale(${scale})`}>
      <rect class="fill-model" width="6" height="6"></rect>
      <circle class="dot-model" cx="3" cy="3" r="1.15"></circle>
    </pattern>
    ${hatch('pre-agreement', 45)}
    ${hatch('agreement', -45)}`;
}

/**
 * Where a symbol goes: its centre, and the drawing's units per px of its design. The map writes
 * each symbol at its place, not under a `transform` of its own: every transformed element is a
 * paint property node of its own in Chromium, and with thousands of symbols their layerization and
 * hit testing cost each hover of Germany's map ~6 ms (issue 17).
 */
export interface SymbolPlacement {
  x: number;
  y: number;
  unit: number;
}

/** Where the legend draws: the design's own px. */
const DESIGN: SymbolPlacement = { x: 0, y: 0, unit: 1 };

/** A coordinate as attribute text; a hundredth of a unit is far below a pixel. */
const fixed = (value: number): string => String(Math.round(value * 100) / 100);

/** The outline of a symbol shape, about 9 px across (times `unit`), centred on (`x`, `y`). */
function shapeOf(shape: SymbolShape, cls: string, { x, y, unit }: SymbolPlacement): SVGTemplateResult {
  const point = (dx: number, dy: number): string => `${fixed(x + dx * unit)},${fixed(y + dy * unit)}`;
  switch (shape) {
    case 'circle':
      return svg`<circle class=${cls} cx=${fixed(x)} cy=${fixed(y)} r=${fixed(4.2 * unit)}></circle>`;
    case 'triangle':
      return svg`<polygon class=${cls} points=${`${point(0, -4.9)} ${point(4.6, 3.4)} ${point(-4.6, 3.4)}`}></polygon>`;
    case 'square':
      return svg`<rect class=${cls} x=${fixed(x - 3.7 * unit)} y=${fixed(y - 3.7 * unit)} width=${fixed(7.4 * unit)} height=${fixed(7.4 * unit)}></rect>`;
    case 'diamond':
      return svg`<polygon class=${cls} points=${`${point(0, -5)} ${point(5, 0)} ${point(0, 5)} ${point(-5, 0)}`}></polygon>`;
  }
}

/**
 * A layer's symbol: a light halo under a filled, outlined body, so it stands out on every fill.
 * `hollow` marks a planned status. Its strokes follow `--symbol-unit` (CSS), set where `at.unit` is.
 */
export function symbolShape(layer: LayerId, hollow = false, at: SymbolPlacement = DESIGN): SVGTemplateResult {
  const shape: SymbolShape = LAYER_ENCODING[layer].shape ?? 'circle';
  return svg`<g class=${`symbol symbol-${layer}${hollow ? ' hollow' : ''}`}>${shapeOf(shape, 'symbol-halo', at)}${shapeOf(shape, 'symbol-body', at)}</g>`;
}

/** The legend's picture of a layer: the same fill, hatching or symbol as on the map. */
export function legendSwatch(prefix: string, layer: LayerId): SVGTemplateResult {
  const kind = LAYER_ENCODING[layer].kind;
  let mark: SVGTemplateResult;
  if (kind === 'fill') {
    mark =
      layer === 'model'
        ? svg`<rect class="swatch-area" x="1" y="1" width="26" height="16" fill=${`url(#${patternId(prefix, layer)})`}></rect>`
        : svg`<rect class="swatch-area fill-${layer}" x="1" y="1" width="26" height="16"></rect>`;
  } else if (kind === 'hatch') {
    mark = svg`<rect class="swatch-area land" x="1" y="1" width="26" height="16"></rect>
      <rect class="swatch-area" x="1" y="1" width="26" height="16" fill=${`url(#${patternId(prefix, layer)})`}></rect>`;
  } else {
    mark = svg`<rect class="swatch-area land" x="1" y="1" width="26" height="16"></rect>
      <g transform="translate(14 9)">${symbolShape(layer)}</g>`;
  }
  return svg`<svg class="swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">${mark}</svg>`;
}
