/**
 * Styles of the map's drawing: Gemeinden, borders, symbols with their leader lines, place names and
 * the highlight, and (with the legend's swatches, which share their classes) their system colours
 * in forced-colors mode, where layers stay apart by pattern, hatching direction and symbol shape.
 * The layers' colours are in `status-map.styles.ts`.
 */
import { css, unsafeCSS } from 'lit';
import { LAYER_IDS } from '../../feed/schema.js';

/** `.hide-<layer>` on the `<svg>` hides that layer everywhere in the drawing. */
const hideRules = unsafeCSS(LAYER_IDS.map((id) => `.map.hide-${id} [data-layer='${id}'] { display: none; }`).join('\n'));

export const drawingStyles = css`
  svg.map {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: pan-x pan-y;
    cursor: default;
    user-select: none;
  }
  svg.map.zoomed {
    touch-action: none;
  }
  /* Outlines and names: each its own compositing layer over the map, so a hover repaints two paths. */
  svg.overlay,
  svg.names {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    will-change: transform;
  }
  .zoom.animate {
    transition: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .zoom.animate {
      transition: transform 250ms ease-out;
    }
  }
  .municipality {
    fill: var(--_map-land);
    cursor: pointer;
  }
  .area,
  .borders,
  .leaders,
  .highlight {
    pointer-events: none;
  }
  .symbols [data-key],
  .district-entry {
    cursor: pointer;
  }
  /* The leader on a light halo as wide as the symbols' (3 px): dark on light fills, light around it on dark ones. */
  .leader,
  .leader-halo {
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
  }
  .leader-halo {
    stroke: #fff;
    stroke-width: 3;
  }
  .leader {
    stroke: var(--_map-state-border);
    stroke-width: 1;
  }
  .place-names {
    pointer-events: none;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    fill: var(--_text);
    stroke: var(--_map-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .borders path,
  .highlight path {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  /* A border is drawn arc by arc (geo/arc-paths.ts): round ends join them as round joins would. */
  .borders path {
    stroke-linecap: round;
  }
  .border-municipality {
    stroke: var(--_map-border);
    stroke-width: 0.6;
  }
  /* Alone 1.85:1 on the darkest fill; on the halo 3:1 or more (WCAG 1.4.11). */
  .border-district-halo {
    stroke: var(--_map-border);
    stroke-width: 3.3;
  }
  .border-district {
    stroke: var(--_map-district-border);
    stroke-width: 1.3;
  }
  .border-state {
    stroke: var(--_map-state-border);
    stroke-width: 1.6;
  }
  .highlight .halo {
    stroke: #fff;
    stroke-width: 5;
  }
  .highlight .line {
    stroke: var(--_map-highlight);
    stroke-width: 2.5;
  }
  .highlight.active .line {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  ${hideRules}
`;

export const drawingForcedColors = css`
  @media (forced-colors: active) {
    svg.map,
    svg.overlay,
    svg.names,
    .swatch {
      forced-color-adjust: none;
    }
    .municipality,
    .land {
      fill: Canvas;
    }
    .fill-contacted,
    .area-contacted,
    .fill-model {
      fill: Highlight;
    }
    .dot-model {
      fill: Canvas;
    }
    .hatch-halo {
      stroke: Canvas;
    }
    .hatch {
      stroke: CanvasText;
    }
    .symbol-halo,
    .leader-halo {
      stroke: Canvas;
    }
    .leader {
      stroke: CanvasText;
    }
    .place-names {
      fill: CanvasText;
      stroke: Canvas;
    }
    .symbol .symbol-body {
      fill: CanvasText;
      stroke: Canvas;
    }
    .symbol.hollow .symbol-body {
      fill: Canvas;
      stroke: CanvasText;
    }
    .border-municipality {
      stroke: GrayText;
    }
    .border-district-halo {
      stroke: Canvas;
    }
    .border-district,
    .border-state,
    .swatch-area {
      stroke: CanvasText;
    }
    .highlight .halo {
      stroke: Canvas;
    }
    .highlight .line,
    .highlight.active .line {
      stroke: CanvasText;
    }
  }
`;
