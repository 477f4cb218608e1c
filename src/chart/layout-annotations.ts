/**
 * Event labels above the plot, in lanes: the most important events are placed first, each in
 * the lowest lane where it touches nothing; what finds no lane is left out (the summary and the
 * table still name it). A label also keeps clear of the rules that lead from the labels above
 * it down to the axis, so no rule runs through text.
 */
export interface AnnotationInput {
  key: string;
  /** Position of the event on the axis. */
  x: number;
  /** Estimated label width, px. */
  width: number;
  /** 1 = most important. */
  priority: number;
}

export interface PlacedAnnotation {
  key: string;
  x: number;
  /** 0 = the lane next to the plot. */
  lane: number;
  anchor: 'start' | 'end';
  left: number;
  right: number;
}

export interface AnnotationLayout {
  placed: PlacedAnnotation[];
  hidden: string[];
}

export interface AnnotationOptions {
  /** Horizontal bounds labels must stay in. */
  min: number;
  max: number;
  lanes: number;
  /** Distance between the rule and its label. */
  offset?: number;
  /** Air between labels in a lane. */
  gap?: number;
}

function conflicts(candidate: PlacedAnnotation, placed: readonly PlacedAnnotation[], gap: number): boolean {
  return placed.some((p) => {
    if (p.lane === candidate.lane) return candidate.left < p.right + gap && p.left < candidate.right + gap;
    // A rule runs from a label down through the lanes below it.
    if (p.lane < candidate.lane) return p.left - gap <= candidate.x && candidate.x <= p.right + gap;
    return candidate.left - gap <= p.x && p.x <= candidate.right + gap;
  });
}

export function layoutAnnotations(items: readonly AnnotationInput[], options: AnnotationOptions): AnnotationLayout {
  const { min, max, lanes, offset = 4, gap = 8 } = options;
  const placed: PlacedAnnotation[] = [];
  const hidden: string[] = [];
  const order = [...items].sort((a, b) => a.priority - b.priority || a.x - b.x);
  for (const item of order) {
    const sides: PlacedAnnotation[] = [];
    const right = item.x + offset + item.width;
    const left = item.x - offset - item.width;
    for (let lane = 0; lane < lanes; lane++) {
      if (right <= max) sides.push({ key: item.key, x: item.x, lane, anchor: 'start', left: item.x, right });
      if (left >= min) sides.push({ key: item.key, x: item.x, lane, anchor: 'end', left, right: item.x });
    }
    const spot = sides.find((candidate) => !conflicts(candidate, placed, gap));
    if (spot) placed.push(spot);
    else hidden.push(item.key);
  }
  return { placed: placed.sort((a, b) => a.x - b.x), hidden };
}
