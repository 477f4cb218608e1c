import { expect } from '@open-wc/testing';
import { districtLabel, FRAME, isMapTopology, labelPoint, mapGeometry, type MapGeometry } from '../../src/geo/geometry.js';
import { DEFAULT_TOPOLOGY_URL } from '../../src/geo/default-topology.js';

describe('mapGeometry (bundled topology)', () => {
  let geometry: MapGeometry;

  before(async () => {
    const response = await fetch(DEFAULT_TOPOLOGY_URL);
    geometry = mapGeometry(await response.json());
  });

  it('has a path for each of the 419 Gemeinden and the 13 Kreise', () => {
    expect(geometry.municipalities).to.have.length(419);
    expect(geometry.districts.size).to.equal(13);
    expect(geometry.municipalities.every((m) => m.d.startsWith('M'))).to.be.true;
    expect(geometry.municipalityByAgs.get('14626610')?.name).to.equal('Zittau');
    expect(geometry.municipalityByAgs.get('14626610')?.district).to.equal('14626');
  });

  it('draws Kreis borders, the state outline and the attribution', () => {
    expect(geometry.districtBorders.length).to.be.greaterThan(100);
    expect(geometry.outline.length).to.be.greaterThan(100);
    expect(geometry.meta.attribution).to.equal('© GeoBasis-DE / BKG 2016 (Daten verändert)');
    expect(geometry.index.crosswalk.get('14521030')).to.equal('14521035');
  });

  it('puts every label point inside the frame and the bounds of its place', () => {
    for (const m of [...geometry.municipalities, ...geometry.districts.values()]) {
      const [[x0, y0], [x1, y1]] = m.bounds;
      const [x, y] = m.label;
      expect(x >= x0 && x <= x1 && y >= y0 && y <= y1, m.name).to.be.true;
      expect(x > 0 && x < FRAME.width && y > 0 && y < FRAME.height, m.name).to.be.true;
    }
  });

  it('works out label points and bounds once, and a copy of a shape keeps them', () => {
    const zittau = geometry.municipalityByAgs.get('14626610')!;
    expect(zittau.label).to.equal(zittau.label);
    const copy = { ...zittau };
    expect(copy.label).to.deep.equal(zittau.label);
    expect(copy.bounds).to.deep.equal(zittau.bounds);
  });

  it('names Kreise as people say them', () => {
    expect(districtLabel(geometry.districts.get('14626'))).to.equal('Landkreis Görlitz');
    expect(districtLabel(geometry.districts.get('14713'))).to.equal('Kreisfreie Stadt Leipzig');
  });
});

describe('isMapTopology', () => {
  it('rejects files without Gemeinden', () => {
    expect(isMapTopology({ type: 'FeatureCollection' })).to.be.false;
    expect(isMapTopology({ type: 'Topology', arcs: [], objects: {} })).to.be.false;
    expect(() => mapGeometry({})).to.throw();
  });
});

describe('mapGeometry (odd files)', () => {
  it('refuses a topology with a broken transform, so the map falls back to the bundled one', async () => {
    const topology = await (await fetch(DEFAULT_TOPOLOGY_URL)).json();
    expect(() => mapGeometry({ ...topology, transform: {} })).to.throw(TypeError);
  });

  it('draws the Gemeinden and their outline when the Kreise and the state are not collections', async () => {
    const topology = await (await fetch(DEFAULT_TOPOLOGY_URL)).json();
    const full = mapGeometry(topology);
    const geometry = mapGeometry({ ...topology, objects: { ...topology.objects, kreise: 5, land: {} } });
    expect(geometry.municipalities).to.have.length(419);
    expect(geometry.districts.size).to.equal(0);
    expect(geometry.districtBorders).to.equal('');
    expect(geometry.outline.length).to.be.greaterThan(0.9 * full.outline.length);
  });
});

describe('labelPoint', () => {
  it('keeps the label inside a crescent whose centroid lies outside', () => {
    // A "C" shape: the centroid of the ring lies in the open middle.
    const ring = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [ring] });
    const insideBar = (x <= 2 && y >= 0 && y <= 10) || y <= 2 || y >= 8;
    expect(insideBar).to.be.true;
  });
});
