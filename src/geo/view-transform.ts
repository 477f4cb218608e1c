/**
 * The map's view: a scale `k` and a translation `x, y` in frame units, applied to the drawing
 * as `translate(x, y) scale(k)`. Pure arithmetic, so gestures, keys and buttons all move the
 * view by the same rules: never below the whole frame (k ≥ 1), never past `maxZoom`, and the
 * frame always stays covered by the map (no empty margin can be dragged into view).
 */
import { FRAME, type Bounds, type Point } from './geometry.js';

export interface ZoomState {
  x: number;
  y: number;
  k: number;
}

export const IDENTITY: ZoomState = Object.freeze({ x: 0, y: 0, k: 1 });

export const MAX_ZOOM = 16;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The nearest view within the limits. */
export function constrain({ x, y, k }: ZoomState, maxZoom = MAX_ZOOM): ZoomState {
  const scale = clamp(k, 1, maxZoom);
  return {
    x: clamp(x, FRAME.width * (1 - scale), 0),
    y: clamp(y, FRAME.height * (1 - scale), 0),
    k: scale,
  };
}

/** Where a frame point on screen lies in the drawing (the inverse of the view). */
export function toDrawing([px, py]: Point, view: ZoomState): Point {
  return [(px - view.x) / view.k, (py - view.y) / view.k];
}

/**
 * The view at scale `k` in which `drawing` (a point of the drawing) appears at `screen`: the
 * rule behind zooming around a pointer and pinching.
 */
export function placeAt(drawing: Point, screen: Point, k: number, maxZoom = MAX_ZOOM): ZoomState {
  const scale = clamp(k, 1, maxZoom);
  return constrain({ x: screen[0] - drawing[0] * scale, y: screen[1] - drawing[1] * scale, k: scale }, maxZoom);
}

const CENTRE: Point = [FRAME.width / 2, FRAME.height / 2];

/** Zooms by `factor`, keeping the drawing under `around` (default: the frame's centre) in place. */
export function scaleBy(view: ZoomState, factor: number, around: Point = CENTRE): ZoomState {
  return placeAt(toDrawing(around, view), around, view.k * factor);
}

/** Moves the view by a distance on screen (frame units). */
export function panBy(view: ZoomState, dx: number, dy: number): ZoomState {
  return constrain({ x: view.x + dx, y: view.y + dy, k: view.k });
}

/** Centres `drawing` (a point of the drawing) at the current scale, as far as the limits allow. */
export function centreOn(view: ZoomState, drawing: Point): ZoomState {
  return placeAt(drawing, CENTRE, view.k);
}

/** The view that shows `bounds` with some air around it, zoomed in at most to `maxZoom`. */
export function fitBounds([[x0, y0], [x1, y1]]: Bounds, maxZoom = 8): ZoomState {
  const k = clamp(0.8 / Math.max((x1 - x0) / FRAME.width, (y1 - y0) / FRAME.height), 1, maxZoom);
  return placeAt([(x0 + x1) / 2, (y0 + y1) / 2], CENTRE, k);
}

/** Whether `drawing` appears on screen at least `margin` frame units inside the frame's edges. */
export function isInView(view: ZoomState, [px, py]: Point, margin: number): boolean {
  const sx = px * view.k + view.x;
  const sy = py * view.k + view.y;
  return sx >= margin && sx <= FRAME.width - margin && sy >= margin && sy <= FRAME.height - margin;
}
