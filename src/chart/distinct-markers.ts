/**
 * Which markers of one series to draw so a person can tell them apart: all of them, unless the
 * typical marker (the median distance to the next one on screen) would overlap its neighbour; then
 * only those `keep` says carry meaning. A step line of 1,000 daily figures on a 900 px chart
 * would otherwise be a smear of 1,000 shapes (and 1,000 elements to lay out); its line stays
 * exact. All or none per series, not thinned per pixel column: a marker stands for a report, so
 * a series that shows markers shows every report, and an evenly thinned row would show reports on
 * dates picked by the pixel grid.
 */
export interface PlacedMarker {
  x: number;
  y: number;
}

/** The markers of `markers` (one series, oldest first) to draw, `width` px being one marker's width. */
export function distinctMarkers<T extends PlacedMarker>(markers: readonly T[], width: number, keep: (marker: T) => boolean): T[] {
  const gaps = markers.slice(1).map((marker, i) => Math.hypot(marker.x - markers[i]!.x, marker.y - markers[i]!.y));
  gaps.sort((a, b) => a - b);
  const median = gaps.length ? (gaps[(gaps.length - 1) >> 1]! + gaps[gaps.length >> 1]!) / 2 : Infinity;
  return median >= width ? [...markers] : markers.filter(keep);
}
