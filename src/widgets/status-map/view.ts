/**
 * The map widget's page around the parts that hold state (search, frame, details dialog): the
 * summary, legend, editor hints about feed entries not on the map, credits, „So lesen Sie die
 * Karte“ (with the keyboard help) and the table; and the same boxes while loading, so nothing
 * moves when the data arrive. Pure.
 *
 * The summary is a visually hidden paragraph in reading order, right after the map (nothing
 * references it): its length grows with the data, so shown under the map it moved what follows once
 * they arrived (issue 16, CLS). Sighted readers find the same text as the first sentence of
 * „So lesen …“, and the legend shows each layer's figures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHintBox } from '../../element/states.js';
import { guard } from 'lit/directives/guard.js';
import type { FeedIssue, LayerId } from '../../feed/types.js';
import { mapHints, type StatusMapStrings } from '../../i18n/status-map.js';
import type { Lang } from '../../i18n/strings.js';
import type { MapSnapshot } from './derived.js';
import { renderLegend } from './legend.js';
import { renderDownloads } from '../../element/download.js';
import { renderHowToRead } from '../../element/how-to-read.js';
import { howToReadMap } from './how-to-read.js';
import { downloadTable, renderCredits, renderTable, renderTableToggle, SUMMARY_ID } from './summary.js';
import type { TableSort } from '../../element/sortable-table.js';

/** How many feed entries the editor hint lists before it says how many more there are. */
const LISTED_ISSUES = 5;

export interface MapViewInput {
  snapshot: MapSnapshot;
  search: TemplateResult;
  frame: TemplateResult;
  /** The timeline under the map (attribute `timeline`). */
  timeline?: TemplateResult | undefined;
  dialog: TemplateResult;
  toggleLayer(layer: LayerId, shown: boolean): void;
  /** Whether the visitor opened the legend (a narrow map shows it as one button). */
  legendOpen: boolean;
  toggleLegend(): void;
  /** Whether the visitor asked to see the table of places. */
  tableOpen: boolean;
  /** Whether the table is in the DOM yet (built after the first paint); until then the button names no element. */
  tableBuilt: boolean;
  toggleTable(): void;
  /** The table's order as the visitor chose it; `undefined`: the documented order. */
  tableSort: TableSort | undefined;
  sortTable(sort: TableSort): void;
}

export function renderMapView(input: MapViewInput): TemplateResult {
  const {
    snapshot,
    search,
    frame,
    timeline,
    dialog,
    toggleLayer,
    legendOpen,
    toggleLegend,
    tableOpen,
    tableBuilt,
    toggleTable,
    tableSort,
    sortTable,
  } = input;
  const { data, hidden, context, model, geometry } = snapshot;
  const s = context.s;
  const shown = (id: LayerId): boolean => !hidden.has(id);
  const errors = snapshot.placeErrors;
  return renderLayout({
    search,
    frame,
    timeline: timeline ?? nothing,
    summary: html`<p class="summary visually-hidden" id=${SUMMARY_ID}>${snapshot.summary}</p>`,
    dialog,
    // Behind `guard`, as what they show does not change on a hover or a keypress on the map; the
    // handlers they keep call the element's methods, so the first ones stay right.
    legend: guard([data.counts, snapshot.figures, hidden, context, legendOpen], () =>
      renderLegend({
        figures: { counts: data.counts, texts: snapshot.figures },
        hidden,
        s,
        lang: context.lang,
        toggle: toggleLayer,
        open: legendOpen,
        toggleOpen: toggleLegend,
      }),
    ),
    issues: errors.length ? renderPlaceIssues(errors) : nothing,
    credits: guard([model.meta, geometry.meta, data.date, context], () => renderCredits(model.meta, geometry.meta, data.date, context)),
    tableActions: guard(
      [data, hidden, context, tableOpen, tableBuilt],
      () =>
        html`<div class="table-actions">
          ${renderTableToggle(tableOpen, tableBuilt, s, toggleTable)} ${renderDownloads(() => downloadTable(data, shown, context), s)}
        </div>`,
    ),
    help: guard([data, hidden, context, timeline !== undefined, snapshot.summary], () =>
      renderHowToRead(
        s.howToReadTitle,
        howToReadMap({ data, hidden, context, asOf: model.meta.asOf, timeline: timeline !== undefined, summary: snapshot.summary }),
      ),
    ),
    table: tableBuilt
      ? guard([data, hidden, context, tableOpen, tableSort], () =>
          renderTable(data, shown, context, { open: tableOpen, sort: tableSort, onSort: sortTable }),
        )
      : nothing,
  });
}

/** What fills the boxes of `renderLayout`, loading or loaded. */
interface LayoutParts {
  search: TemplateResult;
  frame: TemplateResult;
  timeline: unknown;
  summary: unknown;
  dialog: unknown;
  legend: unknown;
  issues: unknown;
  credits: unknown;
  tableActions: unknown;
  help: unknown;
  table: unknown;
}

/**
 * The one template of the loading map and the finished one: when the data arrive, Lit updates the
 * search field, the legend and the boxes around them in place instead of building them again, and
 * only frame, credits and help are new (issue 17: the first paint of a fresh page builds them once).
 */
function renderLayout(parts: LayoutParts): TemplateResult {
  return html`
    <div class="layout">
      <div class="main">${parts.search} ${parts.frame} ${parts.timeline}${parts.summary}</div>
      <div class="side">${parts.dialog}${parts.legend}</div>
    </div>
    ${parts.issues}
    <div part="credits">${parts.credits}</div>
    ${parts.tableActions} ${parts.help} ${parts.table}
  `;
}

/** Feed entries the map could not place, for the editor (German on every page, as all editor hints). */
function renderPlaceIssues(errors: readonly FeedIssue[]): TemplateResult {
  const listed = errors.slice(0, LISTED_ISSUES).map((issue) => issue.message);
  const more = errors.length > LISTED_ISSUES ? [mapHints.moreIssues(errors.length - LISTED_ISSUES)] : [];
  return renderHintBox([...listed, ...more], mapHints.placeIssues);
}

export interface PlaceholderInput {
  /** The search field, disabled. */
  search: TemplateResult;
  s: StatusMapStrings;
  hidden: ReadonlySet<LayerId>;
  lang: Lang;
}

/**
 * Same boxes as the finished map (search, frame, zoom row, timeline where the host asks for
 * one, legend and credits lines) while it loads.
 * „So lesen Sie die Karte“ keeps its box but is `inert`: its `<summary>` must not take focus while hidden.
 */
export function renderPlaceholder({ search, s, hidden, lang }: PlaceholderInput): TemplateResult {
  return renderLayout({
    search,
    frame: html`<div class="frame placeholder" part="loading" role="status">${s.loadingMap}</div>
      <div class="controls" aria-hidden="true"></div>`,
    timeline: html`<div class="timeline-space" aria-hidden="true"></div>`,
    summary: nothing,
    dialog: nothing,
    legend: renderLegend({ hidden, s, lang, toggle: () => undefined, open: false, toggleOpen: () => undefined }),
    issues: nothing,
    credits: html`<footer class="credits placeholder" aria-hidden="true"></footer>`,
    tableActions: html`<div class="table-actions placeholder" aria-hidden="true"></div>`,
    help: html`<details class="help placeholder" aria-hidden="true" inert><summary>${s.howToReadTitle}</summary></details>`,
    table: nothing,
  });
}
