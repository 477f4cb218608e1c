/**
 * Text alternatives generated from the data: a short summary (places per layer, as of when),
 * a visually hidden table of every place with a status, and the credits under the map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DownloadTable } from '../../element/download.js';
import { renderSortableHeader, renderSortHint, sortRows, type SortKey, type TableSort } from '../../element/sortable-table.js';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId, Meta } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';
import { DEFAULT_LICENSE_URL, type GeometryMeta } from '../../geo/geometry.js';
import { linearOrder } from '../../geo/navigation.js';
import { statusDate } from '../../geo/layers.js';
import { describedLayers, districtLabel, statusTexts, type TextContext } from './describe.js';
import { maybeLink } from './details.js';
import type { MapData, PlaceView } from './map-data.js';
import { layerFigureLine, type LayerFigureText } from './official.js';

export const SUMMARY_ID = 'map-summary';

export function summaryText(
  data: MapData,
  figures: Record<LayerId, LayerFigureText>,
  shown: (id: LayerId) => boolean,
  { s, lang }: TextContext,
): string {
  const parts = LAYER_IDS.filter(shown).map((id) => s.summaryPart(s.layerTitle[id], layerFigureLine(figures[id])));
  return s.summary(formatDate(data.date, lang), parts);
}

/** Every place with a status in a shown layer, in the documented order (by Kreis, then name). */
const tablePlaces = (data: MapData, shown: (id: LayerId) => boolean): PlaceView[] =>
  linearOrder([...data.places.values()]).filter((place) => place.layers.some(shown));

/** Where the table is, for the button that shows it. */
export const TABLE_ID = 'map-table';

/** The columns the table can be sorted by, and what each sorts by. */
type TableColumn = 'name' | 'district' | 'statuses';

/** A row of the table: the place and its cells as text. */
interface TableRow {
  place: PlaceView;
  district: string;
  statuses: string;
}

/** The default order is by Kreis (the documented order), so that column shows as sorted until the visitor sorts. */
const DEFAULT_TABLE_SORT: TableSort = { column: 'district', direction: 'ascending' };

const sortKeys: Record<TableColumn, (row: TableRow) => SortKey> = {
  name: (row) => row.place.name,
  // By the Kreis's own name, so a Kreis and its Gemeinden stay together ("Landkreis Görlitz" under G).
  district: (row) => row.place.districtSortName,
  statuses: (row) => row.statuses,
};

/** The rows in the order of `sort`; rows with equal keys keep the documented order. */
function sortedRows(rows: readonly TableRow[], sort: TableSort): readonly TableRow[] {
  const key = sortKeys[sort.column as TableColumn];
  return key ? sortRows(rows, key, sort.direction) : rows;
}

/** What the table shows and how: open for everyone or for screen readers only, and its order. */
export interface TableState {
  open: boolean;
  /** The order the visitor chose with the column headers; `undefined`: the documented order. */
  sort: TableSort | undefined;
  onSort(sort: TableSort): void;
}

/**
 * The table of places: for screen readers always, for everyone once `open` (scrollable; the
 * hidden wrapper is what is hidden, as a table ignores `width: 1px` and would widen the page).
 * Once open, the column headers sort it; a status line beside it says how, as screen readers do
 * not reliably announce the `aria-sort` of the header around the focused button (its own region:
 * the search's one speaks of suggestions).
 */
export function renderTable(data: MapData, shown: (id: LayerId) => boolean, context: TextContext, table: TableState): TemplateResult {
  const { s, lang } = context;
  const { open, sort = DEFAULT_TABLE_SORT, onSort } = table;
  const caption = s.tableCaption(formatDate(data.date, lang));
  const rows = tablePlaces(data, shown).map((place) => ({
    place,
    district: districtLabel(place, s),
    statuses: statusTexts(place, shown, context).join('; '),
  }));
  const labels: Record<TableColumn, string> = { name: s.tableName, district: s.tableDistrict, statuses: s.tableStatuses };
  const header = (id: TableColumn): TemplateResult => renderSortableHeader({ id, label: labels[id] }, sort, open, onSort);
  // Empty until the visitor sorts, so the documented order is not announced on load.
  const sorted = table.sort ? s.sortedBy(labels[sort.column as TableColumn], sort.direction === 'descending') : '';
  return html`<div
      id=${TABLE_ID}
      class=${open ? 'table-scroll' : 'visually-hidden'}
      tabindex=${open ? '0' : nothing}
      role=${open ? 'group' : nothing}
      aria-label=${open ? caption : nothing}
    >
      <table>
        <caption>
          ${caption} ${renderSortHint(s.sortHint, open)}
        </caption>
        <thead>
          <tr>
            ${header('name')} ${header('district')} ${header('statuses')}
          </tr>
        </thead>
        <tbody>
          ${sortedRows(rows, sort).map(
            (row) =>
              html`<tr>
                <th scope="row">${row.place.name}</th>
                <td>${row.district}</td>
                <td>${row.statuses}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="visually-hidden" role="status">${sorted}</div>`;
}

/** "Tabelle anzeigen" / "Tabelle ausblenden": the table is always there for screen readers. */
export function renderTableToggle(open: boolean, built: boolean, s: TextContext['s'], toggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="table-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${built ? TABLE_ID : nothing}
    @click=${toggle}
  >
    ${open ? s.hideTable : s.showTable}
  </button>`;
}

/**
 * The table as a file: Gemeinde, Kreis, AGS and per shown layer the status's date as the feed
 * writes it ("ohne Datum" for a status without one), named after the map's date.
 */
export function downloadTable(data: MapData, shown: (id: LayerId) => boolean, { s }: TextContext): DownloadTable {
  const layers = LAYER_IDS.filter(shown);
  const rows = tablePlaces(data, shown).map((place) => {
    const described = describedLayers(place);
    const dates = layers.map((id) => (described.includes(id) ? (statusDate(place.statuses, id) ?? s.undated) : undefined));
    return [place.name, districtLabel(place, s), place.key, ...dates];
  });
  return {
    name: `asskomm-karte-${data.date}`,
    header: [s.tableName, s.tableDistrict, s.tableKey, ...layers.map((id) => s.layerStatus[id])],
    rows,
  };
}

/**
 * "Stand", "Quelle" and "Geometrie" under the map. The feed's source and the geometry's
 * attribution exist only in German, so an English map marks them `lang="de"` (WCAG 3.1.2).
 * A `<div>`, not a `<footer>`: outside `<main>` a footer would be a second contentinfo landmark of the page.
 */
export function renderCredits(meta: Meta, geometry: GeometryMeta, date: string, { s, lang }: TextContext): TemplateResult {
  return html`<div class="credits">
    <p><span>${s.asOf}: ${formatDate(date, lang)}</span></p>
    <p>${s.source}: <span lang="de">${meta.sourceUrl ? maybeLink('url', meta.sourceUrl, meta.source) : meta.source}</span></p>
    <p>
      ${s.geometry}:
      <span lang="de">${geometry.attribution}</span> (${maybeLink('url', geometry.licenseUrl ?? DEFAULT_LICENSE_URL, s.license)})
    </p>
  </div>`;
}
