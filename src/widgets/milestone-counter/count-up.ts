/**
 * The count-up: an eased progress from 0 to 1 over a duration, one step per animation frame.
 * The clock is read through `performance.now` and `requestAnimationFrame` at call time, so
 * tests replace those two and step through time instead of waiting for it.
 */

/** Fast start, gentle landing on the final value (cubic ease-out). */
export function easeOutCubic(t: number): number {
  const rest = 1 - Math.min(1, Math.max(0, t));
  return 1 - rest * rest * rest;
}

/** The value shown at `progress` (0…1) of the way from `from` to `to`. */
export function valueAt(from: number, to: number, progress: number): number {
  if (progress >= 1) return to;
  return from + (to - from) * Math.max(0, progress);
}

/** Runs one eased progress animation at a time; starting again cancels the running one. */
export class CountUp {
  private frame?: number;

  get running(): boolean {
    return this.frame !== undefined;
  }

  /**
   * Calls `onProgress` with the eased progress once per frame, the last time with exactly 1.
   * A duration of 0 or less finishes at once, without waiting for a frame.
   */
  start(duration: number, onProgress: (progress: number) => void, ease: (t: number) => number = easeOutCubic): void {
    this.cancel();
    if (!(duration > 0)) {
      onProgress(1);
      return;
    }
    const begin = performance.now();
    const step = (): void => {
      const t = Math.min(1, (performance.now() - begin) / duration);
      this.frame = t < 1 ? requestAnimationFrame(step) : undefined;
      onProgress(t < 1 ? ease(t) : 1);
    };
    this.frame = requestAnimationFrame(step);
  }

  cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
