/**
 * Vertical positions for labels of `size` px that want to sit at `ys` (the ends of the lines):
 * moved apart just enough not to overlap and kept within [min, max]. `undefined` when they
 * cannot all fit, so the caller falls back to the legend.
 */
export function dodge(ys: readonly number[], size: number, min: number, max: number): number[] | undefined {
  if (ys.length * size > max - min + 1e-6) return undefined;
  const low = min + size / 2;
  const high = max - size / 2;
  const order = ys.map((y, i) => ({ i, y: Math.min(high, Math.max(low, y)) })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + size);
  const last = order.length - 1;
  if (last >= 0 && order[last]!.y > high) {
    order[last]!.y = high;
    for (let k = last - 1; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - size);
  }
  const result = new Array<number>(ys.length);
  for (const { i, y } of order) result[i] = y;
  return result;
}
