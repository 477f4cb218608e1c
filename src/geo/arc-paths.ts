/**
 * SVG path data straight from a topology's arcs, each arc decoded and formatted once: a border
 * two Gemeinden share is formatted once for both, and no GeoJSON is built on the way. In one CPU
 * profile topojson's features and meshes, and d3's paths over them, took ~28 ms of a Saxony
 * render and ~470 ms of all of Germany's (issue 17).
 *
 * An area's path is the string d3's `geoPath().digits(1)` writes for topojson-client's
 * `feature()` of it, character for character (test/geo/arc-paths.test.ts). A mesh joins its
 * arcs into lines as topojson's stitch does, not necessarily into the same ones: where three
 * borders meet, either may go on. With round joins and caps that paints the same pixels (the
 * free ends at the state's edge lie under its outline).
 */
import type { Topology } from 'topojson-specification';

type ArcIndexes = number[];

/** The area geometries a Gemeinde or Kreis can have; others have no path here. */
export type AreaGeometry = { type: 'Polygon'; arcs: ArcIndexes[] } | { type: 'MultiPolygon'; arcs: ArcIndexes[][] };

export function isAreaGeometry(value: { type?: unknown; arcs?: unknown }): value is AreaGeometry {
  return (value.type === 'Polygon' || value.type === 'MultiPolygon') && Array.isArray(value.arcs);
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
    const points = positions.map(([px, py]) => {
      if (transform) {
        x += px!;
        y += py!;
      } else [x, y] = [px!, py!];
      const sx = transform ? x * kx + dx : x;
      const sy = transform ? y * ky + dy : y;
      return `${Math.round(sx * 10) / 10},${Math.round(sy * 10) / 10}`;
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
    const first = new Map<number, AreaGeometry>();
    const last = new Map<number, AreaGeometry>();
    for (const geometry of geometries) {
      const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
      for (const index of rings.flat()) {
        const arc = index < 0 ? ~index : index;
        if (!first.has(arc)) first.set(arc, geometry);
        last.set(arc, geometry);
      }
    }
    const kept = [...first].filter(([arc, geometry]) => keep(geometry, last.get(arc)!)).map(([arc]) => arc);
    return this.chains(kept)
      .filter((line) => line.length)
      .map((line) => `M${line.join('L')}`)
      .join('');
  }

  /**
   * The arcs joined end to end into lines, as topojson's stitch joins them: a zoom re-strokes
   * every line end, and drawn arc by arc Saxony's zoom step took ~15 % longer.
   */
  private chains(arcs: readonly number[]): string[][] {
    const touching = new Map<string, number[]>();
    for (const arc of arcs) {
      const points = this.points(arc);
      for (const end of [points[0], points[points.length - 1]]) {
        if (end !== undefined) touching.set(end, [...(touching.get(end) ?? []), arc]);
      }
    }
    const used = new Set<number>();
    // The points of an unused arc that starts or ends at `point`, from `point` on.
    const nextFrom = (point: string): string[] | undefined => {
      const arc = touching.get(point)?.find((candidate) => !used.has(candidate));
      if (arc === undefined) return undefined;
      used.add(arc);
      const points = this.points(arc);
      return points[0] === point ? points : [...points].reverse();
    };
    const lines: string[][] = [];
    for (const arc of arcs) {
      if (used.has(arc)) continue;
      used.add(arc);
      const line = [...this.points(arc)];
      for (let next = nextFrom(line[line.length - 1]!); next; next = nextFrom(line[line.length - 1]!)) {
        for (let k = 1; k < next.length; k++) line.push(next[k]!);
      }
      // Then backwards from its first point: those points go before it, nearest last.
      const before: string[] = [];
      for (let start = line[0]!, next = nextFrom(start); next; next = nextFrom(start)) {
        for (let k = 1; k < next.length; k++) before.push(next[k]!);
        start = next[next.length - 1]!;
      }
      lines.push([...before.reverse(), ...line]);
    }
    return lines;
  }
}
