/**
 * The marker shape of the n-th series, so series differ by shape as well as by colour
 * (WCAG 1.4.1): circle, square, triangle, diamond, star, wye, then again.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

type Context = Parameters<SymbolType['draw']>[0];

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye];

/** A marker's area in px² on the plot. */
export const MARKER_AREA = 56;

/** About one marker's width in px: the diameter of the circle of `MARKER_AREA` (8.4 px). */
export const MARKER_WIDTH = 2 * Math.sqrt(MARKER_AREA / Math.PI);

/** SVG path of the marker centred on 0,0; `area` in px². */
export function markerPath(index: number, area = MARKER_AREA): string {
  return symbol(SHAPES[index % SHAPES.length], area)() ?? '';
}

/**
 * SVG path of the marker centred on `x`,`y` (default area): the same shape as `markerPath`, moved
 * in its coordinates rather than by a `transform`, since each transformed element costs the
 * browser a paint chunk of its own in every frame (10,000 markers: ~9 ms per crosshair step).
 */
export function markerPathAt(index: number, x: number, y: number): string {
  const shape = SHAPES[index % SHAPES.length]!;
  // d3's six symbols draw with moveTo, lineTo, arc, rect and closePath only.
  const moved: SymbolType = {
    draw: (to, size) =>
      shape.draw(
        {
          moveTo: (px, py) => to.moveTo(x + px, y + py),
          lineTo: (px, py) => to.lineTo(x + px, y + py),
          arc: (px, py, r, from, end, ccw) => to.arc(x + px, y + py, r, from, end, ccw),
          rect: (px, py, w, h) => to.rect(x + px, y + py, w, h),
          closePath: () => to.closePath(),
        } as Context,
        size,
      ),
  };
  return symbol(moved, MARKER_AREA)() ?? '';
}
