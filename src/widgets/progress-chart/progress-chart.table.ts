/**
 * The chart as text: a data table (date × series) and the events, for screen readers always
 * and for everyone behind the "Tabelle anzeigen" button; and the "Stand" and source line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartDate } from '../../chart/chart-dates.js';
import type { ChartPoint, ChartSeries } from '../../chart/select-series.js';
import type { DownloadTable } from '../../element/download.js';
import { renderSortableHeader, renderSortHint, sortRows, type TableSort } from '../../element/sortable-table.js';
import type { FeedEvent, Meta } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';
import { safeHref } from '../../util/safe-url.js';
import type { Lang, Strings } from '../../i18n/strings.js';
import { pointOn, valueAt } from '../../chart/value-at.js';
import { formatPoint, type ChartText } from './progress-chart.text.js';

/**
 * One row of the data table: the date and one cell per series as text (`undefined`: no figure
 * that day), and what the row sorts by (the date's time, each cell's figure).
 */
export interface TableRow {
  date: string;
  cells: Array<string | undefined>;
  time: number;
  values: Array<number | undefined>;
}

/** The data table, the events table and the button that shows them. */
export interface TableView {
  id: string;
  heading: string;
  series: readonly ChartSeries[];
  rows: readonly TableRow[];
  /** The series the legend has not switched off: the table lists only these, as the drawing does. */
  visible: readonly ChartSeries[];
  events: readonly FeedEvent[];
  text: ChartText;
  /** Whether the table is in the DOM yet (see `AfterFirstPaint`): until then the button names no element. */
  built: boolean;
  open: boolean;
  /** The order the visitor chose with the column headers; `undefined`: by date, oldest first. */
  sort: TableSort | undefined;
  /**
   * A press on a column header: the new order, and what to say for it („Sortiert nach Datum,
   * absteigend.“), as screen readers do not reliably announce the `aria-sort` of the header around
   * the focused button.
   */
  onSort(sort: TableSort, announcement: string): void;
}

/** The date column's id; series columns go by their indicator's id, which never starts with `#`. */
const DATE_COLUMN = '#date';

/** The data table's default order, which its date column shows as sorted. */
const DEFAULT_TABLE_SORT: TableSort = { column: DATE_COLUMN, direction: 'ascending' };

/** What the feed reports (or plans) on that date; a held step is not repeated. */
const pointAt = (series: ChartSeries, time: number): ChartPoint | undefined =>
  pointOn(series.reported, time) ?? pointOn(series.planned, time);

/** The data table's rows (date × series) as text, oldest date first. */
export function tableRows(series: readonly ChartSeries[], dates: readonly ChartDate[], text: ChartText): TableRow[] {
  return dates.map((date) => {
    const points = series.map((one) => pointAt(one, date.time));
    return {
      date: formatDate(date.date, text.lang),
      cells: points.map((point, i) => (point ? formatPoint(point, series[i]!.format, text) : undefined)),
      time: date.time,
      values: points.map((point) => point?.value),
    };
  });
}

/** The shown part of the table: the visible series' columns, the dates with a figure in one of them, in `sort`'s order. */
function shownTable(view: TableView): { series: readonly ChartSeries[]; rows: TableRow[]; sort: TableSort } {
  const columns = view.visible.map((one) => view.series.indexOf(one)).filter((i) => i >= 0);
  const pick = <T>(values: readonly T[]): T[] => columns.map((i) => values[i]!);
  const rows = view.rows
    .map((row) => ({ ...row, cells: pick(row.cells), values: pick(row.values) }))
    .filter((row) => row.cells.some((text) => text !== undefined));
  const series = pick(view.series);
  const column = series.findIndex((one) => one.id === view.sort?.column);
  // A sort by a series switched off since falls back to the default order.
  const sort = view.sort && (column >= 0 || view.sort.column === DATE_COLUMN) ? view.sort : DEFAULT_TABLE_SORT;
  return { series, rows: sortRows(rows, (row) => (column < 0 ? row.time : row.values[column]), sort.direction), sort };
}

/**
 * A table cell as a file cell: an exact reported figure as a plain number; a figure the chart
 * qualifies ("über 100", planned, disputed) with the table's words around the plain number, so
 * the file never claims more than the chart does.
 */
function fileCell(series: ChartSeries, time: number, text: ChartText): number | string | undefined {
  const at = valueAt(series, time);
  // A held step is no report of that date; a figure reported that day beside it (`aside`) is.
  const point = at?.kind === 'step' ? at.aside : at?.point;
  if (!point) return undefined;
  const plain = point.qualifier === 'exact' && !point.planned && !point.disputed;
  return plain ? point.value : formatPoint(point, series.format, text, String);
}

/**
 * The data table of the `shown` series as a file: dates as in the feed, one row per date with a
 * figure, named after the feed's `asOf`.
 */
export function downloadTable(shown: readonly ChartSeries[], dates: readonly ChartDate[], asOf: string, text: ChartText): DownloadTable {
  const rows = dates
    .map((date) => [date.date, ...shown.map((one) => fileCell(one, date.time, text))])
    .filter((row) => row.slice(1).some((value) => value !== undefined));
  return { name: `asskomm-verlauf-${asOf}`, header: [text.s.date, ...shown.map((one) => one.label)], rows };
}

/** "Tabelle anzeigen" / "Tabelle ausblenden": the tables are always there for screen readers. */
export function renderTableToggle(view: TableView, toggle: () => void): TemplateResult {
  const { s } = view.text;
  return html`<button
    type="button"
    class="table-toggle"
    aria-expanded=${view.open ? 'true' : 'false'}
    aria-controls=${view.built ? view.id : nothing}
    @click=${toggle}
  >
    ${view.open ? s.hideTable : s.showTable}
  </button>`;
}

/** The data table (date × series) and the events, visually hidden until the visitor asks. */
export function renderTable(view: TableView): TemplateResult {
  const { s, lang } = view.text;
  const { series, rows, sort } = shownTable(view);
  const header = (id: string, label: string, numeric: boolean): TemplateResult =>
    renderSortableHeader({ id, label, numeric }, sort, view.open, (next) =>
      view.onSort(next, s.sortedBy(label, next.direction === 'descending')),
    );
  // A dash for the eye; screen readers hear the words instead of "Halbgeviertstrich".
  const noFigure = html`<span aria-hidden="true">–</span><span class="visually-hidden">${s.noValue}</span>`;
  return html`<div id=${view.id} class=${view.open ? 'tables' : 'visually-hidden'}>
    <div
      class=${view.open ? 'table-scroll' : ''}
      tabindex=${view.open ? '0' : nothing}
      role=${view.open ? 'group' : nothing}
      aria-label=${view.open ? s.tableCaption(view.heading) : nothing}
    >
      <table part="table">
        <caption>
          ${s.tableCaption(view.heading)} ${renderSortHint(s.sortHint, view.open)}
        </caption>
        <thead>
          <tr>
            ${header(DATE_COLUMN, s.date, false)} ${series.map((one) => header(one.id, one.label, true))}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.date}</th>
                ${row.cells.map((text) => html`<td>${text ?? noFigure}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      view.events.length
        ? html`<table part="table events-table">
            <caption>
              ${s.eventsCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${s.date}</th>
                <th scope="col">${s.event}</th>
              </tr>
            </thead>
            <tbody>
              ${view.events.map(
                (event) =>
                  html`<tr>
                    <th scope="row">${formatDate(event.date, lang)}</th>
                    <td class="text">${event.label[lang]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </div>`;
}

/**
 * "Stand: November 2021 · Quelle: …", the source linked only when it is an http(s) URL. The feed's
 * source exists only in German: an English chart marks it `lang="de"` (WCAG 3.1.2).
 */
export function renderMeta(meta: Meta, strings: Strings, lang: Lang): TemplateResult {
  const href = meta.sourceUrl ? safeHref('url', meta.sourceUrl) : undefined;
  return html`<p class="meta" part="meta">
    <span>${strings.asOf}: ${formatDate(meta.asOf, lang)}</span><span aria-hidden="true"> · </span>
    <span>${strings.source}: <span lang="de">${href ? html`<a href=${href}>${meta.source}</a>` : meta.source}</span></span>
  </p>`;
}
