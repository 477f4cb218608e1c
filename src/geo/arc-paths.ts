/**
 * SVG path data straight from a topology's arcs, each arc decoded and formatted once: a border
 * two Gemeinden share is formatted once for both, and no GeoJSON is built on the way. In one CPU
 * profile topojson's features and meshes, and d3's paths over them, took ~28 ms of a Saxony
 * render and ~470 ms of all of Germany's (issue 17).
 *
 * An area's path is the string d3's `geoPath().digits(1)` writes for topojson-client's
 * `feature()` of it, character for character (test/geo/arc-paths.test.ts). A mesh draws each of
 * its arcs as its own line instead of topojson's stitched chains: with round caps and joins in
 * one path element that paints the same pixels (the free ends at the state's edge lie under its
 * outline).
 */
import type { Topology } from 'topojson-specification';

type ArcIndexes = number[];

/** The area geometries a Gemeinde or Kreis can have; others have no path here. */
export type AreaGeometry = { type: 'Polygon'; arcs: ArcIndexes[] } | { type: 'MultiPolygon'; arcs: ArcIndexes[][] };

export function isAreaGeometry(value: { type?: unknown; arcs?: unknown }): value is AreaGeometry {
  return (value.type === 'Polygon' || value.type === 'MultiPolygon') && Array.isArray(value.arcs);
}

/**
 * `${Math.round(value * 10) / 10}`, the text d3 writes at one digit, from whole numbers: the digits
 * of a decimal cost V8 several times those of an integer, and every point has two (issue 17).
 */
export function tenths(value: number): string {
  const scaled = Math.round(value * 10);
  // Far out (and NaN) the decimal's own text, exponent and all.
  if (!(Math.abs(scaled) < 1e15)) return `${scaled / 10}`;
  const size = scaled < 0 ? -scaled : scaled;
  const digit = size % 10;
  const text = digit ? `${(size - digit) / 10}.${digit}` : `${size / 10}`;
  return scaled < 0 ? `-${text}` : text;
}

function invalid(): never {
  throw new TypeError('Die Geometrie hat Bögen, die sich nicht lesen lassen.');
}

export class ArcPaths {
  /** Each arc's points as "x,y" at 0.1 frame units, made when an area or mesh first needs it. */
  private readonly formatted: (string[] | undefined)[];

  constructor(private readonly topology: Pick<Topology, 'arcs' | 'transform'>) {
    const { transform } = topology;
    // A broken transform is a broken file: refused here, not when a label is first read.
    if (transform != null && !(Array.isArray(transform.scale) && Array.isArray(transform.translate))) invalid();
    this.formatted = new Array<string[] | undefined>(topology.arcs.length);
  }

  private points(index: number): string[] {
    if (!Number.isInteger(index)) invalid();
    const arc = index < 0 ? ~index : index;
    const cached = this.formatted[arc];
    if (cached) return cached;
    const positions = this.topology.arcs[arc];
    if (!Array.isArray(positions)) invalid();
    const { transform } = this.topology;
    // The same arithmetic as topojson-client's delta decoding, so the rounding agrees with it.
    const [kx, ky] = transform ? transform.scale : [1, 1];
    const [dx, dy] = transform ? transform.translate : [0, 0];
    let x = 0;
    let y = 0;
    // Indexed, not destructured: a pattern walks the array's iterator, slow in code that runs once.
    const points = positions.map((position) => {
      // As the pattern it replaced: a position that is no list is a broken file.
      if (!Array.isArray(position)) invalid();
      if (transform) {
        x += position[0]!;
        y += position[1]!;
      } else {
        x = position[0]!;
        y = position[1]!;
      }
      const sx = transform ? x * kx + dx : x;
      const sy = transform ? y * ky + dy : y;
      return `${tenths(sx)},${tenths(sy)}`;
    });
    return (this.formatted[arc] = points);
  }

  /** A closed ring: arcs joined end to start as topojson joins them, its closing point left to "Z". */
  private ring(indexes: ArcIndexes): string {
    const points: string[] = [];
    for (const index of indexes) {
      const arc = this.points(index);
      points.pop();
      // One by one: a spread of a very long arc would overflow the call stack.
      if (index < 0) for (let k = arc.length - 1; k >= 0; k--) points.push(arc[k]!);
      else for (const point of arc) points.push(point);
    }
    if (!points.length) invalid();
    while (points.length < 4) points.push(points[0]!);
    points.pop();
    return `M${points.join('L')}Z`;
  }

  /** The path data of a Polygon or MultiPolygon. */
  area(geometry: AreaGeometry): string {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    let d = '';
    for (const rings of polygons) for (const ring of rings) d += this.ring(ring);
    return d;
  }

  /**
   * The arcs of `geometries` for which `keep(first, last)` holds, first and last being the
   * geometries that use the arc first and last (topojson's `mesh` rule): `a !== b` gives the
   * borders between them, `a === b` the outer edge.
   */
  mesh(geometries: readonly AreaGeometry[], keep: (a: AreaGeometry, b: AreaGeometry) => boolean): string {
    // By arc index, and the arcs in the order of their first use, which is the order drawn.
    const first: (AreaGeometry | undefined)[] = [];
    const last: AreaGeometry[] = [];
    const order: number[] = [];
    for (const geometry of geometries) {
      const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
      for (const rings of polygons)
        for (const ring of rings)
          for (const index of ring) {
            // Checked here: "__proto__" would index the arrays' prototype.
            if (!Number.isInteger(index)) invalid();
            const arc = index < 0 ? ~index : index;
            if (first[arc] === undefined) {
              first[arc] = geometry;
              order.push(arc);
            }
            last[arc] = geometry;
          }
    }
    let d = '';
    for (const arc of order) if (keep(first[arc]!, last[arc]!)) d += `M${this.points(arc).join('L')}`;
    return d;
  }
}
