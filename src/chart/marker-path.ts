/**
 * The marker shape of the n-th series, so series differ by shape as well as by colour
 * (WCAG 1.4.1): circle, square, triangle, diamond, star, wye, then again.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye];

/** SVG path of the marker centred on 0,0; `area` in px². */
export function markerPath(index: number, area = 56): string {
  return symbol(SHAPES[index % SHAPES.length], area)() ?? '';
}
