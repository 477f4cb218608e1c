/**
 * The map frame: the focusable listbox with the drawing and the tooltip; under it the zoom
 * buttons and the wheel hint. Pure: state and handlers come in, a template goes out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LayerId } from '../../feed/types.js';
import { FRAME } from '../../geo/geometry.js';
import { labelFontSize } from '../../geo/place-labels.js';
import type { MapSnapshot } from './derived.js';
import type { PlacedSymbols } from './map-data.js';
import type { PlacedLabel } from '../../geo/place-labels.js';
import { renderTooltip, type Size } from './details.js';
import { optionId } from './option-paths.js';
import { renderMap, symbolScale, toScreen, type ZoomState } from './status-map.render.js';

export const HELP_ID = 'map-help';

/** One empty layout for every first paint, so the drawing's `guard` sees the same input until the symbols come. */
const NO_SYMBOLS: ReadonlyMap<string, PlacedSymbols> = new Map();
const NO_NAMES: readonly PlacedLabel[] = [];

export interface FrameInput {
  snapshot: MapSnapshot;
  /** Whether symbols and place names are drawn yet: the first paint shows the coloured Gemeinden alone. */
  extras: boolean;
  /** Rendered width of the frame in CSS px (0 before the first measurement). */
  width: number;
  /** The host's font size in px: the place names follow it. */
  fontSize: number;
  zoom: ZoomState;
  animate: boolean;
  wheelHint: boolean;
  hoveredKey?: string;
  activeKey?: string;
  /**
   * The place the map last went to (chosen, linked or `focus`): zoomed in, it and its neighbours are
   * named. Not the keyboard's active place: its tooltip names it, so an arrow key lays out no names.
   */
  namedKey?: string;
  /** Escape hid the tooltip (of the mouse or the keyboard). */
  tooltipDismissed: boolean;
  /** The pointer holds the tooltip (it takes pointer events then, not the map below). */
  tooltipHeld: boolean;
  /** Where the tooltip of a place's point at `x`, `y` (CSS px in `frame`) goes: wholly inside the frame. */
  placeTooltip(x: number, y: number, frame: Size): Record<string, string>;
  /** Whether the map has keyboard focus (shows the tooltip at the active place). */
  keyboardFocus: boolean;
  /** Whether the active place is outlined (keyboard focus or open details). */
  showActive: boolean;
  on: {
    keydown(event: KeyboardEvent): void;
    focus(event: FocusEvent): void;
    blur(): void;
    pointermove(event: PointerEvent): void;
    pointerleave(event: PointerEvent): void;
    click(event: MouseEvent): void;
    tooltipPointerenter(): void;
    tooltipPointerleave(event: PointerEvent): void;
    tooltipClick(): void;
    zoomIn(): void;
    zoomOut(): void;
    zoomReset(): void;
  };
}

/**
 * The zoom buttons and the wheel hint have a row of their own under the frame: over the map they
 * hid Gemeinden at its edges (Landkreis Görlitz, the Vogtland). After the map in the page, so Tab
 * reaches them after it, as before.
 */
export function renderFrame(input: FrameInput): TemplateResult {
  const { snapshot, zoom, hoveredKey, on } = input;
  const { geometry, data, labels, hidden, context } = snapshot;
  const s = context.s;
  const width = input.width || FRAME.width;
  const unitsPerPx = FRAME.width / width;
  const nameSize = labelFontSize(input.fontSize);
  // A Kreis-level option is drawn with the symbols (after the first paint): until then no reference to it.
  const key = input.activeKey;
  const activeKey = key && (geometry.municipalityByAgs.has(key) || (input.extras && snapshot.navigation.byKey.has(key))) ? key : undefined;
  const tooltipPlace = input.tooltipDismissed ? undefined : snapshot.view(hoveredKey ?? (input.keyboardFocus ? activeKey : undefined));
  let tooltip: TemplateResult | typeof nothing = nothing;
  if (tooltipPlace) {
    // At the place, not at the pointer: the pointer can move onto it (WCAG 1.4.13).
    const [x, y] = toScreen(tooltipPlace.point, zoom, unitsPerPx);
    const shown = (id: LayerId): boolean => !hidden.has(id);
    tooltip = renderTooltip({
      place: tooltipPlace,
      style: input.placeTooltip(x, y, { width, height: FRAME.height / unitsPerPx }),
      shown,
      context,
      held: input.tooltipHeld,
      on: { pointerenter: on.tooltipPointerenter, pointerleave: on.tooltipPointerleave, click: on.tooltipClick },
    });
  }
  return html`<div class="frame" part="map">
      <div
        class="viewport"
        tabindex="0"
        role="listbox"
        aria-label=${s.mapLabel}
        aria-describedby=${HELP_ID}
        aria-activedescendant=${activeKey ? optionId(activeKey) : nothing}
        @keydown=${on.keydown}
        @focus=${on.focus}
        @blur=${on.blur}
        @pointermove=${on.pointermove}
        @pointerleave=${on.pointerleave}
        @click=${on.click}
      >
        ${renderMap({
          geometry,
          data,
          labels,
          hidden,
          symbols: input.extras ? snapshot.symbols(symbolScale(zoom, unitsPerPx)) : NO_SYMBOLS,
          names: input.extras ? snapshot.names(symbolScale(zoom, unitsPerPx), zoom.k > 1, input.namedKey, nameSize) : NO_NAMES,
          nameSize,
          zoom,
          unitsPerPx,
          animate: input.animate,
          hoveredKey,
          activeKey: input.showActive ? activeKey : undefined,
        })}
      </div>
      <span id=${HELP_ID} hidden>${s.keyboardShort}</span>
      ${tooltip}
    </div>
    <div class="controls" part="controls">
      ${input.wheelHint ? html`<div class="wheel-hint" aria-hidden="true">${s.wheelHint}</div>` : nothing}
      <button type="button" class="zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${on.zoomIn}>+</button>
      <button type="button" class="zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${on.zoomOut}>−</button>
      <button type="button" class="zoom-reset" aria-label=${s.zoomReset} title=${s.zoomReset} @click=${on.zoomReset}>⟲</button>
    </div>`;
}
