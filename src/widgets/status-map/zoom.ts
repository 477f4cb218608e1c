/**
 * Zoom and pan with d3-zoom: buttons, keys, double-click, pinch and drag; the mouse wheel only
 * with Ctrl/⌘, so that a plain wheel keeps scrolling the page past an embedded map. The
 * transform is kept here and rendered by the element; d3 never touches the drawing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { FRAME, type Bounds, type Point } from '../../geo/geometry.js';
import type { ZoomState } from './status-map.render.js';

export const MAX_ZOOM = 16;
/** How far one press of + or − zooms. */
export const ZOOM_STEP = 1.6;

type Host = ReactiveControllerHost & HTMLElement;

export class MapZoom implements ReactiveController {
  state: ZoomState = { x: 0, y: 0, k: 1 };
  /** Whether the last change came from a button, a key or a double-click (animated). */
  animate = false;
  /** A plain wheel over the map: the page scrolls, and the map says how to zoom. */
  wheelHint = false;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private target?: Selection<SVGSVGElement, unknown, null, undefined>;
  private hintTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .translateExtent([
        [0, 0],
        [FRAME.width, FRAME.height],
      ])
      .duration(0)
      .filter((event: Event) => this.accepts(event))
      .wheelDelta((event: WheelEvent) => {
        const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
        // Trackpad pinches arrive as small Ctrl+wheel deltas; mouse notches as large ones.
        return -event.deltaY * unit * (Math.abs(event.deltaY) < 50 && event.deltaMode === 0 ? 10 : 1);
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { x, y, k } = event.transform;
        const source = event.sourceEvent as Event | null;
        this.animate = !source || source.type === 'dblclick';
        this.state = { x, y, k };
        this.host.requestUpdate();
      });
  }

  private accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      const ok = wheel.ctrlKey || wheel.metaKey;
      if (!ok) this.showWheelHint();
      return ok;
    }
    // One finger scrolls the page until the map is zoomed in; two fingers always pinch.
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1 || this.state.k > 1;
    if (event.type === 'mousedown') return (event as MouseEvent).button === 0 && !(event as MouseEvent).ctrlKey;
    return true;
  }

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

  /** Binds d3-zoom to the map's `<svg>` (again, if the element re-rendered a new one). */
  attach(svgElement: SVGSVGElement | null): void {
    if (!svgElement || this.target?.node() === svgElement) return;
    this.detach();
    this.target = select(svgElement);
    this.target.call(this.behavior);
    // Hand d3 the current view silently: the element already renders it.
    const { x, y, k } = this.state;
    this.target.property('__zoom', zoomIdentity.translate(x, y).scale(k));
  }

  detach(): void {
    this.target?.on('.zoom', null);
    this.target = undefined;
  }

  get attached(): boolean {
    return this.target !== undefined;
  }

  /** Zooms by `factor` around `point` (frame units; default the centre of the view). */
  scaleBy(factor: number, point?: Point): void {
    if (this.target) this.behavior.scaleBy(this.target, factor, point);
  }

  reset(): void {
    if (this.target) this.behavior.transform(this.target, zoomIdentity);
  }

  /** Pans by a distance in screen-sized frame units. */
  panBy(dx: number, dy: number): void {
    if (this.target) this.behavior.translateBy(this.target, dx / this.state.k, dy / this.state.k);
  }

  /**
   * Fits `bounds` into the view, zooming at most to `maxZoom`. Before the map is drawn this
   * only sets the start view (no animation); `attach` hands it to d3-zoom.
   */
  zoomToBounds([[x0, y0], [x1, y1]]: Bounds, maxZoom = 8): void {
    const k = Math.max(1, Math.min(maxZoom, 0.8 / Math.max((x1 - x0) / FRAME.width, (y1 - y0) / FRAME.height)));
    const t = zoomIdentity
      .translate(FRAME.width / 2, FRAME.height / 2)
      .scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (this.target) {
      this.behavior.transform(this.target, t);
      return;
    }
    // The same limits d3-zoom applies: the frame stays covered.
    const x = Math.min(0, Math.max(FRAME.width * (1 - k), t.x));
    const y = Math.min(0, Math.max(FRAME.height * (1 - k), t.y));
    this.state = { x, y, k };
    this.animate = false;
  }

  /** Pans (without zooming) so that `point` is in view, when it is not. */
  keepInView([px, py]: Point, margin = 40): void {
    if (!this.target) return;
    const { x, y, k } = this.state;
    const sx = px * k + x;
    const sy = py * k + y;
    if (sx >= margin && sx <= FRAME.width - margin && sy >= margin && sy <= FRAME.height - margin) return;
    this.behavior.translateTo(this.target, px, py);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    this.detach();
  }
}
