/**
 * Zoom and pan of the map: buttons, keys, double-click, drag, pinch and Ctrl/⌘ + wheel. A
 * plain wheel keeps scrolling the page past an embedded map, and one finger scrolls the page
 * until the map is zoomed in; two fingers always pinch.
 *
 * Built on Pointer Events and the pure rules of `geo/view-transform.ts`. (d3-zoom did this
 * before, but it brought d3-transition, d3-color and d3-interpolate along: ~50 kB minified,
 * a fifth of all widgets, for transitions we never ran. Our animation is a CSS transition.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FRAME, type Bounds, type Point } from '../../geo/geometry.js';
import * as view from '../../geo/view-transform.js';
import type { ZoomState } from '../../geo/view-transform.js';

/** How far one press of + or − zooms. */
export const ZOOM_STEP = 1.6;
/** A pointer that moved farther than this (CSS px) dragged: its click does not choose a place. */
const CLICK_DISTANCE = 4;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** A drag or pinch: the view and the pointers' positions when the set of pointers last changed. */
interface Gesture {
  start: ZoomState;
  points: Point[];
}

const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** Wheel delta → zoom exponent (base 2), for lines, pages and pixels alike. */
function wheelExponent(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  // Trackpad pinches arrive as small Ctrl+wheel deltas; mouse notches as large ones.
  return -event.deltaY * unit * (Math.abs(event.deltaY) < 50 && event.deltaMode === 0 ? 10 : 1);
}

export class MapZoom implements ReactiveController {
  state: ZoomState = view.IDENTITY;
  /** Whether the last change came from a button, a key or a double-click (animated). */
  animate = false;
  /** A plain wheel over the map: the page scrolls, and the map says how to zoom. */
  wheelHint = false;
  private svg?: SVGSVGElement;
  /** Every pointer down on the map, in frame units; touches too, until the page scrolls. */
  private readonly pointers = new Map<number, Point>();
  private gesture?: Gesture;
  /** Screen position (CSS px) where each pointer went down, to tell a drag from a click. */
  private readonly downAt = new Map<number, [number, number]>();
  private dragged = false;
  /** The main mouse button is down on the map: a drag pans, also at full view. */
  private mouseDown = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  /**
   * The view a drag, pinch or wheel asked for since the last frame: shown once per animation frame,
   * so a pinch lays out symbols and names at most once a frame, however many events arrive.
   */
  private pending?: ZoomState;
  private frame?: number;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Binds the gestures to the map's `<svg>` (again, if the element re-rendered a new one). */
  private attach(svgElement: SVGSVGElement | null): void {
    if (!svgElement || this.svg === svgElement) return;
    this.detach();
    this.svg = svgElement;
    for (const [type, listener] of this.listeners)
      svgElement.addEventListener(type, listener, { passive: false, capture: type === 'click' });
  }

  private detach(): void {
    this.cancelPending();
    if (this.svg)
      for (const [type, listener] of this.listeners) this.svg.removeEventListener(type, listener, { capture: type === 'click' });
    this.svg = undefined;
    this.pointers.clear();
    this.downAt.clear();
    this.gesture = undefined;
  }

  get attached(): boolean {
    return this.svg !== undefined;
  }

  /** Zooms by `factor` around `point` (frame units on screen; default the centre of the view). */
  scaleBy(factor: number, point?: Point): void {
    this.show(view.scaleBy(this.state, factor, point), true);
  }

  reset(): void {
    this.show(view.IDENTITY, true);
  }

  /** Handlers of the frame's +, − and reset buttons. */
  readonly buttons = {
    zoomIn: (): void => this.scaleBy(ZOOM_STEP),
    zoomOut: (): void => this.scaleBy(1 / ZOOM_STEP),
    zoomReset: (): void => this.reset(),
  };

  /** Pans by a distance in screen-sized frame units. */
  panBy(dx: number, dy: number): void {
    this.show(view.panBy(this.state, dx, dy), true);
  }

  /** Fits a place into the view, animated once the map is drawn: a Gemeinde up to ×6, a Kreis up to ×3. */
  zoomToPlace(place: { bounds: Bounds; level: 'municipality' | 'district' }): void {
    this.show(view.fitBounds(place.bounds, place.level === 'municipality' ? 6 : 3), this.attached);
  }

  /** Pans (without zooming) so that `point` of the drawing is in view, when it is not. */
  keepInView(point: Point, margin = 40): void {
    if (this.attached && !view.isInView(this.state, point, margin)) this.show(view.centreOn(this.state, point), true);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.attach(this.host.renderRoot.querySelector<SVGSVGElement>('svg.map'));
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    this.detach();
  }

  /** Shows `next` at the next animation frame (gestures): the last view asked for in a frame wins. */
  private showSoon(next: ZoomState): void {
    this.pending = next;
    this.frame ??= requestAnimationFrame(() => this.flush());
  }

  /** Shows the view a gesture asked for now: a gesture that starts or ends goes on from it. */
  private flush(): void {
    const next = this.pending;
    this.cancelPending();
    if (next) this.show(next, false);
  }

  private cancelPending(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = undefined;
  }

  private show(next: ZoomState, animate: boolean): void {
    // A button, a key or a chosen place wins over a gesture's view not yet shown.
    this.cancelPending();
    this.animate = animate;
    if (next.x === this.state.x && next.y === this.state.y && next.k === this.state.k) return;
    this.state = next;
    this.host.requestUpdate();
  }

  /** A pointer's position in frame units (the `<svg>` shows the whole 960 × 700 frame). */
  private framePoint(event: MouseEvent): Point {
    const box = this.svg!.getBoundingClientRect();
    return [((event.clientX - box.left) * FRAME.width) / (box.width || 1), ((event.clientY - box.top) * FRAME.height) / (box.height || 1)];
  }

  /** Whether the pointers down make a gesture of the map rather than of the page. */
  private get gesturing(): boolean {
    return this.pointers.size > 1 || (this.pointers.size === 1 && this.state.k > 1) || this.mouseDown;
  }

  /** The pointers changed: the gesture starts afresh from here, so nothing jumps. */
  private restartGesture(): void {
    this.flush();
    this.gesture = this.pointers.size ? { start: this.state, points: [...this.pointers.values()].slice(0, 2) } : undefined;
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') {
      if (event.button !== 0 || event.ctrlKey) return;
      this.mouseDown = true;
    }
    this.pointers.set(event.pointerId, this.framePoint(event));
    this.downAt.set(event.pointerId, [event.clientX, event.clientY]);
    if (this.pointers.size === 1) this.dragged = false;
    this.restartGesture();
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, this.framePoint(event));
    const [downX, downY] = this.downAt.get(event.pointerId)!;
    if (!this.dragged && Math.hypot(event.clientX - downX, event.clientY - downY) > CLICK_DISTANCE) {
      this.dragged = true;
      // Keep the drag when the mouse leaves the map. Only now: a captured pointer's click would
      // land on the <svg> instead of the Gemeinde. (Touch stays uncaptured: the page may scroll.)
      if (event.pointerType !== 'touch') this.svg!.setPointerCapture?.(event.pointerId);
    }
    if (!this.gesturing || !this.gesture) return;
    const { start, points } = this.gesture;
    const now = [...this.pointers.values()].slice(0, 2);
    let next: ZoomState;
    if (points.length === 2 && now.length === 2) {
      const scale = start.k * (distance(now[0]!, now[1]!) / (distance(points[0]!, points[1]!) || 1));
      next = view.placeAt(view.toDrawing(midpoint(points[0]!, points[1]!), start), midpoint(now[0]!, now[1]!), scale);
    } else {
      next = view.panBy(start, now[0]![0] - points[0]![0], now[0]![1] - points[0]![1]);
    }
    this.showSoon(next);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    this.downAt.delete(event.pointerId);
    if (event.pointerType === 'mouse') this.mouseDown = false;
    this.restartGesture();
  };

  /** A touch gesture of the map: the page must not scroll or zoom meanwhile. */
  private readonly onTouchMove = (event: TouchEvent): void => {
    if (event.cancelable && (event.touches.length > 1 || this.state.k > 1)) event.preventDefault();
  };

  /** The click that ends a drag is not a choice of a place. */
  private readonly onClick = (event: MouseEvent): void => {
    if (!this.dragged) return;
    this.dragged = false;
    event.stopPropagation();
    event.preventDefault();
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    event.preventDefault();
    this.scaleBy(event.shiftKey ? 0.5 : 2, this.framePoint(event));
  };

  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) {
      this.showWheelHint();
      return;
    }
    event.preventDefault();
    // Several wheel events in one frame add up from the view the last one asked for.
    this.showSoon(view.scaleBy(this.pending ?? this.state, 2 ** wheelExponent(event), this.framePoint(event)));
  };

  private readonly listeners: [string, EventListener][] = [
    ['pointerdown', this.onPointerDown as EventListener],
    ['pointermove', this.onPointerMove as EventListener],
    ['pointerup', this.onPointerUp as EventListener],
    ['pointercancel', this.onPointerUp as EventListener],
    ['touchmove', this.onTouchMove as EventListener],
    ['click', this.onClick as EventListener],
    ['dblclick', this.onDoubleClick as EventListener],
    ['wheel', this.onWheel as EventListener],
  ];

  private showWheelHint(): void {
    if (!this.wheelHint) {
      this.wheelHint = true;
      this.host.requestUpdate();
    }
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.wheelHint = false;
      this.host.requestUpdate();
    }, 1500);
  }
}
