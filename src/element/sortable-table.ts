/**
 * Sortable data tables (the APG "Sortable Table" pattern), shared by the map's and the chart's
 * tables: a button in each sortable column header, `aria-sort` on the sorted column only, a
 * second press reverses. Numbers sort as numbers, text in German order (ä beside a, ß as ss),
 * and an empty cell stays last in either direction.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { memoize } from '../util/memo.js';

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by (a column id the table chooses), and which way. */
export interface TableSort {
  readonly column: string;
  readonly direction: SortDirection;
}

/** What a cell sorts by: a number, a text, or `undefined` for an empty cell. */
export type SortKey = number | string | undefined;

// Place names and labels are German; `numeric` puts "Stufe 2" before "Stufe 10". Made on first
// sort: the page's first Intl object loads ICU's data, which no first paint should wait for.
const collator = memoize(() => new Intl.Collator('de', { numeric: true }));

// Plain boolean, no type guard: NaN is empty too, and is no `undefined | ''`.
const isEmpty = (key: SortKey): boolean => key === undefined || key === '' || Number.isNaN(key);

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator().compare(String(a), String(b));
}

/**
 * `rows` sorted by `key` in `direction`, empty keys last either way; rows with equal keys keep
 * their order in `rows` (the table's default order), in both directions.
 */
export function sortRows<Row>(rows: readonly Row[], key: (row: Row) => SortKey, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    const emptyA = isEmpty(a.key);
    const emptyB = isEmpty(b.key);
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
    return sign * compareKeys(a.key, b.key);
  });
  return keyed.map(({ row }) => row);
}

/** The sort after a press on `column`'s header: the same column reverses, another one sorts ascending. */
export function nextSort(current: TableSort | undefined, column: string): TableSort {
  const reverse = current?.column === column && current.direction === 'ascending';
  return { column, direction: reverse ? 'descending' : 'ascending' };
}

/**
 * Focus scrolls a control into view only when none of it shows: a header button at the edge of a
 * table that scrolls sideways (narrow screens, zoom) would stay half hidden while focused.
 */
const revealFocused = (event: FocusEvent): void =>
  (event.currentTarget as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });

/** A column header: its id (what `TableSort.column` names), its text, and whether its cells are figures. */
export interface SortableColumn {
  id: string;
  label: string;
  /** Figures are end-aligned: their header (and its button) is too, so it stands above them. */
  numeric?: boolean;
}

/**
 * The `<th>` of a sortable column. `aria-sort` says how the table is sorted (also while the table
 * is hidden from sight); the button only when `interactive` (the table is shown), as a button in
 * a visually hidden table would be a Tab stop nobody sees. The arrow is for the eye only.
 */
export function renderSortableHeader(
  column: SortableColumn,
  sort: TableSort | undefined,
  interactive: boolean,
  onSort: (sort: TableSort) => void,
): TemplateResult {
  const direction = sort?.column === column.id ? sort.direction : undefined;
  const arrow = direction === 'ascending' ? '↑' : direction === 'descending' ? '↓' : '⇅';
  return html`<th scope="col" class=${column.numeric ? 'numeric' : nothing} aria-sort=${direction ?? nothing}>
    ${
      interactive
        ? html`<button type="button" class="sort" @focus=${revealFocused} @click=${() => onSort(nextSort(sort, column.id))}>
            <span>${column.label}</span><span class="sort-arrow" aria-hidden="true">${arrow}</span>
          </button>`
        : column.label
    }
  </th>`;
}

/** The caption's words for screen readers that the table can be sorted, only while it can. */
export function renderSortHint(hint: string, interactive: boolean): TemplateResult | typeof nothing {
  return interactive ? html`<span class="visually-hidden">(${hint})</span>` : nothing;
}

/** The sort buttons look like the header text they replace, with a target of at least 24 px (WCAG 2.5.8). */
export const sortableTableStyles = css`
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
  }
  th.numeric,
  th.numeric .sort {
    text-align: end;
  }
`;
