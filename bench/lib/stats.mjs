// Summaries of repeated timings. Quantiles interpolate linearly between the sorted samples.

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median, quartiles, p95, min and max of the samples (ms, rounded to 0.01). */
export function summarize(values) {
  const round = (x) => Math.round(x * 100) / 100;
  return {
    n: values.length,
    median: round(quantile(values, 0.5)),
    p25: round(quantile(values, 0.25)),
    p75: round(quantile(values, 0.75)),
    p95: round(quantile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

/** Summaries of `work` and `wall` over a list of {work, wall, frames} samples. */
export function summarizeRuns(samples) {
  return {
    work: summarize(samples.map((s) => s.work)),
    wall: summarize(samples.map((s) => s.wall)),
    maxFrames: Math.max(...samples.map((s) => s.frames)),
  };
}
