/** Which of the sorted positions `xs` is nearest to `x` (a pointer over the plot); -1 if none. */
import { bisectCenter } from 'd3-array';

export function nearestIndex(xs: readonly number[], x: number): number {
  if (!xs.length) return -1;
  return bisectCenter(xs, x);
}
