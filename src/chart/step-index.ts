/**
 * Where a key moves the chart's active date: ←/→ one date, Home/End to the ends. From no
 * active date, → starts at the first and ← at the last. `undefined` for keys it does not handle.
 */
export function stepIndex(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowLeft':
      return current < 0 ? count - 1 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
