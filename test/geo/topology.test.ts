/**
 * The bundled geometry as the map receives it: what `npm run build:geo` promises about
 * data/sachsen.topo.json, checked in the browser that draws it.
 */
import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface SaxonyTopology extends Topology {
  crosswalk: Record<string, string>;
  meta: { attribution: string; license: string; viewBox: number[] };
}

type Props = { ags: string; name: string; kind: string };
const props = (g: { properties?: unknown }): Props => g.properties as Props;

let text: string;
let topology: SaxonyTopology;
const objects = (): Record<'gemeinden' | 'kreise' | 'land', GeometryCollection<Props>> =>
  topology.objects as Record<'gemeinden' | 'kreise' | 'land', GeometryCollection<Props>>;

before(async () => {
  text = await (await fetch('/data/sachsen.topo.json')).text();
  topology = JSON.parse(text) as SaxonyTopology;
});

describe('data/sachsen.topo.json', () => {
  it('has the 419 Gemeinden of 2021 with unique Saxon keys and names', () => {
    const gemeinden = objects().gemeinden.geometries;
    expect(gemeinden).to.have.length(419);
    const keys = gemeinden.map((g) => props(g).ags);
    expect(new Set(keys).size).to.equal(419);
    for (const g of gemeinden) {
      expect(props(g).ags).to.match(/^14\d{6}$/);
      expect(props(g).name.trim()).not.to.equal('');
    }
    const byKey = new Map(gemeinden.map((g) => [props(g).ags, props(g).name]));
    expect(byKey.get('14713000')).to.equal('Leipzig');
    expect(byKey.get('14521035')).to.equal('Aue-Bad Schlema');
    expect(byKey.get('14626250')).to.equal('Krauschwitz i.d. O.L.');
    expect([...byKey.values()]).to.include('Rathen');
    expect(byKey.has('14521030'), 'Aue was merged').to.be.false;
  });

  it('has 13 Kreise that hold every Gemeinde, and one Land', () => {
    const kreise = objects().kreise.geometries.map((g) => props(g).ags);
    expect(kreise).to.have.length(13);
    expect(new Set(kreise).size).to.equal(13);
    for (const g of objects().gemeinden.geometries) expect(kreise).to.include(props(g).ags.slice(0, 5));
    expect(objects().land.geometries).to.have.length(1);
  });

  it('moves every dissolved 2016 key onto an existing 2021 Gemeinde', () => {
    expect(topology.crosswalk['14521030']).to.equal('14521035');
    expect(topology.crosswalk['14521050']).to.equal('14521035');
    const keys = new Set(objects().gemeinden.geometries.map((g) => props(g).ags));
    expect(Object.keys(topology.crosswalk)).to.have.length(8);
    for (const target of Object.values(topology.crosswalk)) expect(keys.has(target), target).to.be.true;
  });

  it('carries the BKG attribution and licence', () => {
    expect(topology.meta.attribution).to.equal('© GeoBasis-DE / BKG 2016 (Daten verändert)');
    expect(topology.meta.license).to.equal('dl-de/by-2.0');
  });

  it('stays within 40 kB gzip', async () => {
    const gzip = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
    const bytes = (await new Response(gzip).arrayBuffer()).byteLength;
    expect(bytes).to.be.at.most(40_000);
  });

  it('is drawn by geoPath without projection inside the 960 × 700 frame, every Gemeinde visible', () => {
    const path = geoPath();
    const features = feature(topology, objects().gemeinden).features;
    expect(features).to.have.length(419);
    for (const f of features) {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      expect(x0).to.be.at.least(0);
      expect(y0).to.be.at.least(0);
      expect(x1).to.be.at.most(960);
      expect(y1).to.be.at.most(700);
      // At 800 px width the smallest Gemeinde (Rathen) still covers ~40 px².
      expect(path.area(f) * (800 / 960) ** 2, props(f).name).to.be.at.least(20);
    }
  });

  it('winds every outer ring one way and every hole the other, so a hole stays a hole under the nonzero rule', () => {
    // Twice the signed area of a ring in frame coordinates (y down): its sign is the winding.
    const winding = (ring: number[][]): number =>
      Math.sign(ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0));
    const rings = { outer: new Set<number>(), hole: new Set<number>() };
    let holes = 0;
    for (const f of feature(topology, objects().gemeinden).features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as GeoJSON.MultiPolygon).coordinates;
      for (const polygon of polygons as number[][][][]) {
        polygon.forEach((ring, i) => (i ? rings.hole : rings.outer).add(winding(ring)));
        holes += polygon.length - 1;
      }
    }
    expect([...rings.outer]).to.deep.equal([1]);
    expect([...rings.hole]).to.deep.equal([-1]);
    expect(holes, 'Gemeinden with enclaves').to.be.greaterThan(0);
  });
});
