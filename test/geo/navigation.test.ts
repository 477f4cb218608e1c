import { expect } from '@open-wc/testing';
import { linearOrder, nearestInDirection, stepInOrder, type NavItem } from '../../src/geo/navigation.js';

const item = (
  key: string,
  name: string,
  districtName: string,
  point: [number, number],
  level: NavItem['level'] = 'municipality',
): NavItem => ({
  key,
  name,
  district: key.slice(0, 5),
  districtName,
  districtSortName: districtName.replace(/^(Landkreis|Kreisfreie Stadt) /, ''),
  level,
  point,
});

const zittau = item('14626610', 'Zittau', 'Landkreis Görlitz', [500, 500]);
const goerlitz = item('14626110', 'Görlitz', 'Landkreis Görlitz', [520, 300]);
const lkGoerlitz = item('14626', 'Landkreis Görlitz', 'Landkreis Görlitz', [480, 350], 'district');
const bautzen = item('14625020', 'Bautzen', 'Landkreis Bautzen', [400, 300]);
const leipzig = item('14713000', 'Leipzig', 'Kreisfreie Stadt Leipzig', [100, 200]);
const items = [zittau, goerlitz, lkGoerlitz, bautzen, leipzig];

describe('linearOrder', () => {
  it('orders by Kreis, the Kreis entry first, then by name', () => {
    expect(linearOrder(items).map((i) => i.name)).to.deep.equal(['Bautzen', 'Landkreis Görlitz', 'Görlitz', 'Zittau', 'Leipzig']);
  });
});

describe('nearestInDirection', () => {
  it('moves to the nearest place in the direction of the arrow', () => {
    expect(nearestInDirection(items, bautzen, 'right')?.name).to.equal('Görlitz');
    expect(nearestInDirection(items, bautzen, 'left')?.name).to.equal('Leipzig');
    expect(nearestInDirection(items, goerlitz, 'down')?.name).to.equal('Landkreis Görlitz');
    expect(nearestInDirection(items, zittau, 'up')?.name).to.equal('Landkreis Görlitz');
  });

  it('returns nothing at the edge of the map', () => {
    expect(nearestInDirection(items, leipzig, 'left')).to.be.undefined;
  });
});

describe('stepInOrder', () => {
  it('steps and stops at both ends', () => {
    const ordered = linearOrder(items);
    expect(stepInOrder(ordered, 'x', 1)?.name).to.equal('Bautzen');
    expect(stepInOrder(ordered, 'x', -1)?.name).to.equal('Leipzig');
    expect(stepInOrder(ordered, '14625020', 1)?.name).to.equal('Landkreis Görlitz');
    expect(stepInOrder(ordered, '14625020', -1)?.name).to.equal('Bautzen');
    expect(stepInOrder(ordered, '14713000', 1)?.name).to.equal('Leipzig');
  });
});
