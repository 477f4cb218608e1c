/**
 * A linear map from a domain (values, or UTC times in ms) to a range (px): all the chart needs of
 * a scale, without d3's scale module, whose interpolators and formatters it never used. Positions
 * are computed as d3's linear and UTC scales compute them, so they are the same to the last bit.
 */
export interface LinearScale {
  (value: number): number;
  domain(): readonly [number, number];
  range(): readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number): number => {
    // An empty domain maps to the middle of the range, as in d3.
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, { domain: () => [d0, d1] as const, range: () => [r0, r1] as const });
}
