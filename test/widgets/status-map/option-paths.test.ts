/** The Gemeinden's option paths (`option-paths.ts`): built once per geometry, labels rewritten in place. */
import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import type { MapGeometry } from '../../../src/geo/geometry.js';
import { optionPaths } from '../../../src/widgets/status-map/option-paths.js';

const geometryOf = (...keys: string[]): MapGeometry =>
  ({
    municipalities: keys.map((ags, i) => ({ ags, name: `Gemeinde ${i + 1}`, d: `M${i},0L${i + 1},0L${i},1Z` })),
  }) as unknown as MapGeometry;

function draw(container: HTMLElement, geometry: MapGeometry, labels: ReadonlyMap<string, string>): SVGPathElement[] {
  render(svg`<g class="municipalities" role="none" ${optionPaths(geometry, labels)}></g>`, container.querySelector('svg')!);
  return [...container.querySelectorAll('path')];
}

describe('optionPaths', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.innerHTML = '<svg></svg>';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('draws each Gemeinde as a named option with its key and outline', () => {
    const paths = draw(container, geometryOf('14713000', '14511000'), new Map([['14713000', 'Leipzig: Modellkommune']]));
    expect(paths.map((p) => [p.id, p.getAttribute('role'), p.getAttribute('class'), p.getAttribute('data-key')])).to.deep.equal([
      ['place-14713000', 'option', 'municipality', '14713000'],
      ['place-14511000', 'option', 'municipality', '14511000'],
    ]);
    expect(paths.map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Leipzig: Modellkommune', 'Gemeinde 2']);
    expect(paths[1]!.getAttribute('d')).to.equal('M1,0L2,0L1,1Z');
  });

  it('rewrites only the labels that change, keeping the paths, and keeps feed text out of markup', () => {
    const geometry = geometryOf('14713000', '14511000');
    const before = draw(container, geometry, new Map([['14713000', 'Leipzig']]));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(container, { subtree: true, childList: true, attributes: true });
    const after = draw(
      container,
      geometry,
      new Map([
        ['14713000', 'Leipzig'],
        ['14511000', '<img src=x onerror=alert(1)>'],
      ]),
    );
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(after).to.deep.equal(before);
    expect(records.map((r) => `${r.type} ${r.attributeName} ${(r.target as Element).id}`)).to.deep.equal([
      'attributes aria-label place-14511000',
    ]);
    expect(after[1]!.getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).to.equal(null);
  });

  it('reads nothing when the map renders again with the same geometry and labels (a hover, a zoom step)', () => {
    const geometry = geometryOf('14713000', '14511000');
    const labels = new Map([['14713000', 'Leipzig']]);
    const [path] = draw(container, geometry, labels);
    let reads = 0;
    const read = path!.getAttribute.bind(path);
    path!.getAttribute = (name: string): string | null => ((reads += 1), read(name));
    draw(container, geometry, labels);
    expect(reads).to.equal(0);
    draw(container, geometry, new Map(labels));
    expect(reads, 'new labels are compared').to.equal(1);
  });

  it('draws a new geometry in place of the old one', () => {
    draw(container, geometryOf('14713000', '14511000'), new Map());
    const paths = draw(container, geometryOf('14612000'), new Map());
    expect(paths.map((p) => p.id)).to.deep.equal(['place-14612000']);
  });
});
