import { expect } from '@open-wc/testing';
import { nextSort, sortRows, type SortKey } from '../../src/element/sortable-table.js';

const keys = (values: SortKey[], direction: 'ascending' | 'descending'): SortKey[] => sortRows(values, (value) => value, direction);

describe('sortRows', () => {
  it('sorts numbers as numbers, not as text', () => {
    expect(keys([64, 8, 126, 102], 'ascending')).to.deep.equal([8, 64, 102, 126]);
    expect(keys([64, 8, 126, 102], 'descending')).to.deep.equal([126, 102, 64, 8]);
  });

  it('sorts German text with umlauts beside their letters and ß as ss', () => {
    expect(keys(['Zwickau', 'Öderan', 'Oschatz', 'Aue', 'Ärzte', 'Straße', 'Strasbourg'], 'ascending')).to.deep.equal([
      'Ärzte',
      'Aue',
      'Öderan',
      'Oschatz',
      'Strasbourg',
      'Straße',
      'Zwickau',
    ]);
  });

  it('keeps empty cells last in both directions', () => {
    expect(keys([3, undefined, 1, '', 2], 'ascending')).to.deep.equal([1, 2, 3, undefined, '']);
    expect(keys([3, undefined, 1, '', 2], 'descending')).to.deep.equal([3, 2, 1, undefined, '']);
    // A figure that is not a number (NaN) is empty too.
    expect(keys([3, Number.NaN, 1], 'descending')).to.deep.equal([3, 1, Number.NaN]);
  });

  it('keeps the given order of rows with equal keys, in both directions', () => {
    const rows = [
      { key: 'b', id: 1 },
      { key: 'a', id: 2 },
      { key: 'b', id: 3 },
      { key: 'a', id: 4 },
    ];
    expect(sortRows(rows, (row) => row.key, 'ascending').map((row) => row.id)).to.deep.equal([2, 4, 1, 3]);
    expect(sortRows(rows, (row) => row.key, 'descending').map((row) => row.id)).to.deep.equal([1, 3, 2, 4]);
  });

  it('does not change the rows it is given', () => {
    const rows = [2, 1];
    sortRows(rows, (value) => value, 'ascending');
    expect(rows).to.deep.equal([2, 1]);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and reverses the sorted one', () => {
    expect(nextSort(undefined, 'name')).to.deep.equal({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).to.deep.equal({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name')).to.deep.equal({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'district')).to.deep.equal({ column: 'district', direction: 'ascending' });
  });
});
