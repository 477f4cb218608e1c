/**
 * How each building block (layer) is drawn, and which of them a place has reached at a date.
 *
 * Encoding, so that no status is told by colour alone: two area fills (contacted, model;
 * the stronger one is drawn on top), two hatchings laid over the fill (pre-agreement `\\`,
 * agreement `//`), and four symbols side by side at the place's label point (KPR circle,
 * coaching triangle, analysis square, funding diamond; laid out by `symbol-layout.ts`).
 */
import { LAYER_IDS } from '../feed/schema.js';
import type { FundingItem, LayerId, PartialDate, Place, PlaceStatuses, RecordDate, Status } from '../feed/types.js';
import { countsBy, countsFrom } from '../feed/when.js';

export type LayerKind = 'fill' | 'hatch' | 'symbol';
export type SymbolShape = 'circle' | 'triangle' | 'square' | 'diamond';

export interface LayerEncoding {
  kind: LayerKind;
  /** Symbols only: the shape. */
  shape?: SymbolShape;
}

export const LAYER_ENCODING: Record<LayerId, LayerEncoding> = {
  contacted: { kind: 'fill' },
  model: { kind: 'fill' },
  'pre-agreement': { kind: 'hatch' },
  agreement: { kind: 'hatch' },
  kpr: { kind: 'symbol', shape: 'circle' },
  coaching: { kind: 'symbol', shape: 'triangle' },
  analysis: { kind: 'symbol', shape: 'square' },
  funding: { kind: 'symbol', shape: 'diamond' },
};

/** Fills from weakest to strongest: later ones are drawn over earlier ones. */
export const FILL_ORDER: readonly LayerId[] = ['contacted', 'model'];

/** Layers in drawing order: fills, then hatchings, then symbols. */
export const DRAW_ORDER: readonly LayerId[] = [
  ...FILL_ORDER,
  ...LAYER_IDS.filter((id) => LAYER_ENCODING[id].kind === 'hatch'),
  ...LAYER_IDS.filter((id) => LAYER_ENCODING[id].kind === 'symbol'),
];

/** The strongest fill among `layers` that is also `visible`: what colours the area. */
export function strongestFill(layers: readonly LayerId[], visible: ReadonlySet<LayerId> = new Set(LAYER_IDS)): LayerId | undefined {
  for (let i = FILL_ORDER.length - 1; i >= 0; i--) {
    const id = FILL_ORDER[i]!;
    if (layers.includes(id) && visible.has(id)) return id;
  }
  return undefined;
}

/** The statuses of a place that count as of `date` (`feed/when.ts`; undated ones only from `asOf`). */
export function statusesAt(statuses: PlaceStatuses, date: PartialDate, asOf: PartialDate): PlaceStatuses {
  const counts = (status: Pick<Status, 'date'>): boolean => countsBy(status.date, date, asOf);
  const result: PlaceStatuses = {};
  for (const id of LAYER_IDS) {
    if (id === 'funding') {
      const items = (statuses.funding ?? []).filter((item: FundingItem) => counts(item));
      if (items.length) result.funding = items;
      continue;
    }
    const status = statuses[id];
    if (status && counts(status)) (result as Record<string, Status>)[id] = status;
  }
  return result;
}

/** The layers in which a place has an undated status that does not count yet as of `date`. */
export function undatedLayersAt(statuses: PlaceStatuses, date: PartialDate, asOf: PartialDate): LayerId[] {
  if (countsBy(undefined, date, asOf)) return [];
  return LAYER_IDS.filter((id) =>
    id === 'funding' ? (statuses.funding ?? []).some((item) => !item.date) : statuses[id] && !statuses[id].date,
  );
}

/** The layers a place is in, in `LAYER_IDS` order. */
export function layersOf(statuses: PlaceStatuses): LayerId[] {
  return LAYER_IDS.filter((id) => (id === 'funding' ? (statuses.funding?.length ?? 0) > 0 : statuses[id] !== undefined));
}

/**
 * Every building block starts with the LPR contacting the municipality, so a Gemeinde with any
 * status is also a contacted one (as on the original map, where the 126 contacted include the
 * model municipalities). District-level bodies are not Gemeinden and imply nothing.
 */
export function withImpliedContact(layers: LayerId[], level: Place['level']): LayerId[] {
  if (level !== 'municipality' || !layers.length || layers.includes('contacted')) return layers;
  return ['contacted', ...layers];
}

/**
 * How many records are in each layer when `owner` names the record a place's status belongs to
 * (a body of several Gemeinden counts once, however many members show it).
 */
export function countRecords<P extends { layers: readonly LayerId[] }>(
  places: Iterable<P>,
  owner: (place: P, id: LayerId) => string | undefined,
): Record<LayerId, number> {
  const seen = Object.fromEntries(LAYER_IDS.map((id) => [id, new Set<unknown>()])) as Record<LayerId, Set<unknown>>;
  for (const place of places) for (const id of place.layers) seen[id].add(owner(place, id) ?? place);
  return Object.fromEntries(LAYER_IDS.map((id) => [id, seen[id].size])) as Record<LayerId, number>;
}

/** The date a status is shown with: the funding item dated first, else the status's own date. */
export function statusDate(statuses: PlaceStatuses, id: LayerId): RecordDate | undefined {
  if (id === 'funding')
    return statuses.funding
      ?.map((item) => item.date)
      .filter((d): d is string => !!d)
      .sort((a, b) => countsFrom(a) - countsFrom(b))[0];
  return statuses[id]?.date;
}
