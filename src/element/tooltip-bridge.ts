/**
 * The bridge of a tooltip the pointer can move onto (WCAG 1.4.13, hoverable): the gap between the
 * tooltip and what it describes (its anchor: a place's point on the map, the chart's crosshair) is
 * part of the tooltip, an invisible `::before` box. The pointer that crosses it is already on the
 * tooltip, so the widget keeps the tooltip's subject instead of taking what lies below the gap.
 *
 * Each widget positions its tooltip (an element with the class `tooltip`, positioned absolutely)
 * and sets the bridge's box with `bridgeProps`; these styles draw it from those properties.
 */
import { css } from 'lit';

/** The bridge as a `::before` box, placed by the `--bridge-*` properties that `bridgeProps` writes. */
export const tooltipBridgeStyles = css`
  .tooltip::before {
    content: '';
    position: absolute;
    left: var(--bridge-left, auto);
    right: var(--bridge-right, auto);
    top: var(--bridge-top, auto);
    bottom: var(--bridge-bottom, auto);
    width: var(--bridge-width, 0);
    height: var(--bridge-height, 0);
    pointer-events: auto;
  }
`;

/** A tooltip's border box in px, in the coordinates of the box it is positioned in. */
export interface TooltipBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The anchor in the same coordinates; without `y` it is a vertical line across the tooltip's height. */
export interface TooltipAnchor {
  x: number;
  y?: number;
}

/** How thick the bridge is where the anchor lies within the tooltip's span on one axis. */
const BRIDGE_THICKNESS = 13;

/**
 * The bridge starts this far from the anchor: a pointer that rests on the anchor itself (the
 * place's point, the crosshair) still points at the drawing, not at the tooltip.
 */
const BRIDGE_INSET = 3;

/**
 * One axis of the bridge: from near the anchor to the tooltip's near edge, counted from that edge
 * (so a tooltip positioned by `right` or `bottom` with an estimated size still meets it), or a
 * strip of `BRIDGE_THICKNESS` around the anchor where the anchor lies within the tooltip's span.
 */
function bridgeAxis(anchor: number | undefined, start: number, size: number, border: number, names: readonly [string, string, string]) {
  const [near, far, length] = names;
  if (anchor === undefined) return { [near]: `${-border}px`, [length]: `calc(100% + ${2 * border}px)` };
  const end = start + size;
  if (anchor < start) {
    const gap = Math.max(0, start - anchor - BRIDGE_INSET);
    return { [near]: `${-gap - border}px`, [length]: `${gap}px` };
  }
  if (anchor > end) {
    const gap = Math.max(0, anchor - end - BRIDGE_INSET);
    return { [far]: `${-gap - border}px`, [length]: `${gap}px` };
  }
  return { [near]: `${anchor - start - border - BRIDGE_THICKNESS / 2}px`, [length]: `${BRIDGE_THICKNESS}px` };
}

/**
 * The `--bridge-*` properties for a tooltip at `box` that describes `anchor`: the box from the
 * anchor to the tooltip's nearest edge. `border` is the tooltip's border width (the `::before` box
 * is placed from inside it).
 */
export function bridgeProps(anchor: TooltipAnchor, box: TooltipBox, border = 1): Record<string, string> {
  const props = {
    ...bridgeAxis(anchor.x, box.left, box.width, border, ['left', 'right', 'width']),
    ...bridgeAxis(anchor.y, box.top, box.height, border, ['top', 'bottom', 'height']),
  };
  return Object.fromEntries(Object.entries(props).map(([name, value]) => [`--bridge-${name}`, value]));
}
