/**
 * Which markers of one series to draw so a person can tell them apart: all of them, unless the
 * typical marker (the median distance to the next one on screen) would overlap its neighbour; then
 * only those that carry meaning, at most one of each meaning per marker width along x, and the
 * last one (the current figure, where the end label sits). A step line of 1,000 daily figures on
 * a 900 px chart would otherwise be a smear of 1,000 shapes (and 1,000 elements to lay out); its
 * line stays exact, and the table lists every figure. The bound per band keeps a feed of 10,000
 * qualified or disputed figures (the limit) from drawing 10,000 elements (9,500 took over 5 s).
 */
export interface PlacedMarker {
  x: number;
  y: number;
}

/**
 * The markers of `markers` (one series, oldest first) to draw, `width` px being one marker's width;
 * `meaning` names what a marker stands for beyond a plain report (`undefined`: nothing).
 */
export function distinctMarkers<T extends PlacedMarker>(
  markers: readonly T[],
  width: number,
  meaning: (marker: T) => string | undefined,
): T[] {
  const gaps = markers.slice(1).map((marker, i) => Math.hypot(marker.x - markers[i]!.x, marker.y - markers[i]!.y));
  gaps.sort((a, b) => a - b);
  const median = gaps.length ? (gaps[(gaps.length - 1) >> 1]! + gaps[gaps.length >> 1]!) / 2 : Infinity;
  if (median >= width) return [...markers];
  const taken = new Set<string>();
  return markers.filter((marker, i) => {
    if (i === markers.length - 1) return true;
    const kind = meaning(marker);
    if (kind === undefined) return false;
    const band = `${kind} ${Math.floor(marker.x / width)}`;
    if (taken.has(band)) return false;
    taken.add(band);
    return true;
  });
}
