import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ArcPaths, isAreaGeometry, tenths, type AreaGeometry } from '../../src/geo/arc-paths.js';
import { DEFAULT_TOPOLOGY_URL } from '../../src/geo/default-topology.js';

// What the map drew before issue 17: topojson's GeoJSON through d3's path writer.
const d3Path = geoPath().digits(1);

type Collections = { gemeinden: GeometryCollection; kreise: GeometryCollection; land: GeometryCollection };

/** Every straight piece of a path as an undirected pair of points: what a stroke paints. */
function segments(d: string): string[] {
  const pieces: string[] = [];
  for (const line of d.split('M').filter(Boolean)) {
    const points = line.replace(/Z$/, '').split('L');
    for (let i = 1; i < points.length; i++) pieces.push([points[i - 1], points[i]].sort().join(' '));
  }
  return pieces.sort();
}

/** A small topology without a transform: two squares side by side, the right one drawn with a reversed arc. */
const twoSquares: Topology<{ shapes: GeometryCollection }> = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2.04, 0],
      [2.05, 1],
      [1, 1],
    ],
  ],
  objects: {
    shapes: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]] },
        { type: 'MultiPolygon', arcs: [[[2, -1]]] },
      ],
    },
  },
};

describe('ArcPaths', () => {
  let topology: Topology<Collections>;

  before(async () => {
    topology = (await (await fetch(DEFAULT_TOPOLOGY_URL)).json()) as Topology<Collections>;
  });

  it('writes each Gemeinde, Kreis and the state as d3 wrote topojson’s features, character for character', () => {
    const paths = new ArcPaths(topology);
    let compared = 0;
    for (const collection of [topology.objects.gemeinden, topology.objects.kreise, topology.objects.land]) {
      for (const geometry of collection.geometries) {
        expect(isAreaGeometry(geometry)).to.be.true;
        expect(paths.area(geometry as AreaGeometry)).to.equal(d3Path(feature(topology, geometry)));
        compared++;
      }
    }
    expect(compared).to.equal(419 + 13 + 1);
  });

  it('strokes the same segments as topojson’s stitched meshes: inner borders, Kreis borders, the outline', () => {
    const paths = new ArcPaths(topology);
    const areas = (collection: GeometryCollection): AreaGeometry[] => collection.geometries as AreaGeometry[];
    const { gemeinden, kreise, land } = topology.objects;
    const inner = paths.mesh(areas(gemeinden), (a, b) => a !== b);
    expect(segments(inner)).to.deep.equal(segments(d3Path(mesh(topology, gemeinden, (a, b) => a !== b))!));
    expect(segments(paths.mesh(areas(kreise), (a, b) => a !== b))).to.deep.equal(
      segments(d3Path(mesh(topology, kreise, (a, b) => a !== b))!),
    );
    const outline = paths.mesh(areas(land), (a, b) => a === b);
    expect(segments(outline)).to.deep.equal(segments(d3Path(mesh(topology, land, (a, b) => a === b))!));
    // The outer edge of the Gemeinden is the state's outline.
    expect(segments(paths.mesh(areas(gemeinden), (a, b) => a === b))).to.deep.equal(segments(outline));
    expect(inner.length).to.be.greaterThan(10_000);
  });

  it('reads a topology without a transform, reversed arcs and MultiPolygons as topojson does', () => {
    const paths = new ArcPaths(twoSquares);
    const [left, right] = twoSquares.objects.shapes.geometries as AreaGeometry[];
    expect(paths.area(left!)).to.equal('M1,0L1,1L0,1L0,0Z');
    expect(paths.area(right!)).to.equal(d3Path(feature(twoSquares, right!)));
    expect(paths.area(right!)).to.equal('M1,0L2,0L2.1,1L1,1Z');
    // The shared edge is the only border between them; the rest is the outer edge.
    expect(paths.mesh([left!, right!], (a, b) => a !== b)).to.equal('M1,0L1,1');
    expect(segments(paths.mesh([left!, right!], (a, b) => a === b))).to.have.length(6);
  });

  it('pads a ring of fewer than four points and joins one-point arcs as topojson does', () => {
    const odd: Topology<{ shapes: GeometryCollection }> = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
        ],
        [[1, 0]],
        [
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      objects: { shapes: { type: 'GeometryCollection', geometries: [] } },
    };
    const paths = new ArcPaths(odd);
    for (const arcs of [[[0]], [[0, ~0]], [[0, 1, 2]], [[1, 2]], [[2, 0]], [[~2, ~1, ~0]]]) {
      const polygon = { type: 'Polygon' as const, arcs };
      expect(paths.area(polygon), JSON.stringify(arcs)).to.equal(d3Path(feature(odd, polygon)));
    }
  });

  it('refuses a broken transform at once, not when a label is first read', () => {
    for (const transform of [{}, { scale: [1, 1] }, 5, false]) {
      expect(() => new ArcPaths({ ...twoSquares, transform } as unknown as Topology), JSON.stringify(transform)).to.throw(TypeError);
    }
  });

  it('writes an arc of 200,000 points', () => {
    const long = Array.from({ length: 200_000 }, (_, i) => [i % 2 ? 1 : 0, i === 0 ? 0 : 1]);
    const topology = { type: 'Topology', arcs: [long], objects: {} } as unknown as Topology;
    const polygon = { type: 'Polygon' as const, arcs: [[0]] };
    expect(new ArcPaths(topology).area(polygon)).to.equal(d3Path(feature(topology, polygon)));
  });

  it('throws on an arc that does not exist, so the map shows its geometry error', () => {
    const paths = new ArcPaths(twoSquares);
    expect(() => paths.area({ type: 'Polygon', arcs: [[7]] })).to.throw(TypeError);
    expect(() => paths.area({ type: 'Polygon', arcs: [[]] })).to.throw(TypeError);
    expect(() => paths.area({ type: 'Polygon', arcs: [[0, '__proto__' as unknown as number]] })).to.throw(TypeError);
    expect(() => paths.area({ type: 'Polygon', arcs: [[0.5]] })).to.throw(TypeError);
    const brokenPosition = { type: 'Topology', arcs: [[[0, 0], 5, [1, 1]]], objects: {} } as unknown as Topology;
    expect(() => new ArcPaths(brokenPosition).area({ type: 'Polygon', arcs: [[0]] }), 'a position that is no list').to.throw(TypeError);
    for (const index of ['__proto__', 0.5, 7] as unknown as number[]) {
      expect(() => paths.mesh([{ type: 'Polygon', arcs: [[0, index]] }], () => true), String(index)).to.throw(TypeError);
    }
    expect(isAreaGeometry({ type: 'Point' })).to.be.false;
    expect(isAreaGeometry({ type: 'Polygon' })).to.be.false;
  });

  it('writes a coordinate at one digit as JavaScript writes the rounded number', () => {
    const values = [
      0,
      -0,
      0.04,
      -0.04,
      0.05,
      -0.05,
      0.15,
      -0.15,
      2.05,
      959.96,
      -12.34,
      1e14 + 0.3,
      1e15,
      -1e16,
      1e21,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (let i = 0; i < 5_000; i++) values.push(((i * 7919.37) % 1_000) - 100, i / 1_000 - 2.5);
    for (const value of values) expect(tenths(value), String(value)).to.equal(`${Math.round(value * 10) / 10}`);
  });
});
