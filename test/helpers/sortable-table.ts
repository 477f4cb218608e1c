/** Reading a sortable table (src/element/sortable-table.ts) as a person does: its headers, their sort state and buttons. */

/** `aria-sort` of each column header, `null` where it has none. */
export const ariaSort = (table: HTMLTableElement): Array<string | null> =>
  [...table.tHead!.rows[0]!.cells].map((cell) => cell.getAttribute('aria-sort'));

/** The column headers' texts, without the arrow only the eye gets. */
export const headerLabels = (table: HTMLTableElement): string[] =>
  [...table.tHead!.rows[0]!.cells].map((cell) => (cell.querySelector('button > span') ?? cell).textContent!.trim());

/** The sort button in the column header with this text. */
export function sortButton(table: HTMLTableElement, label: string): HTMLButtonElement {
  const found = [...table.tHead!.querySelectorAll('button')].find((button) => button.querySelector('span')!.textContent === label);
  if (!found) throw new Error(`no sort button „${label}“`);
  return found;
}
