/**
 * „So lesen Sie die Karte“ as sentences, from what the map shows at its date: first the map's
 * summary (the description screen readers get, which is not shown under the map), the shown layers
 * grouped by their kind of mark (with the legend's words for each mark), Kreis entries and
 * shared records only when there are any, what „Stand“ means, the switched-off layers; the
 * keyboard help, with the timeline's keys while it is shown. Pure.
 */
import type { LayerId, PartialDate } from '../../feed/types.js';
import { DRAW_ORDER, LAYER_ENCODING, type LayerKind } from '../../geo/layers.js';
import { formatDate } from '../../format/date.js';
import type { ReadingSection } from '../../element/how-to-read.js';
import type { TextContext } from './describe.js';
import type { MapData } from './map-data.js';

export interface MapReadingInput {
  data: MapData;
  hidden: ReadonlySet<LayerId>;
  /** The feed's `asOf`: undated entries count from then. */
  asOf: PartialDate;
  context: TextContext;
  /** Whether the timeline is shown under the map: its keys join the keyboard help. */
  timeline?: boolean;
  /** The map's summary (Stand, what the two counts mean, the figures per shown layer): the first sentence. */
  summary?: string;
}

/** The sentences about the drawing, then the keyboard and mouse help as a list of its own. */
export function howToReadMap({ data, hidden, asOf, context, timeline = false, summary }: MapReadingInput): ReadingSection[] {
  const { s, lang } = context;
  const shown = DRAW_ORDER.filter((id) => !hidden.has(id));
  const ofKind = (kind: LayerKind): string =>
    shown
      .filter((id) => LAYER_ENCODING[id].kind === kind)
      .map((id) => `${s.layerTitle[id]} (${s.layerEncoding[id]})`)
      .join(', ');
  const marks: Array<[LayerKind, (layers: string) => string]> = [
    ['fill', s.howToReadFills],
    ['hatch', s.howToReadHatches],
    ['symbol', s.howToReadSymbols],
  ];
  const lines = summary ? [summary] : [];
  for (const [kind, sentence] of marks) {
    const layers = ofKind(kind);
    if (layers) lines.push(sentence(layers));
  }
  if (shown.length) lines.push(s.howToReadEmpty);
  const places = [...data.places.values()];
  // Said once whatever their number: a Kreis may carry several symbols, and the sentence explains them all.
  if (places.some((p) => p.level === 'district' && p.layers.some((id) => LAYER_ENCODING[id].kind === 'symbol' && !hidden.has(id))))
    lines.push(s.howToReadDistricts);
  if (places.some((p) => Object.keys(p.via).some((id) => !hidden.has(id as LayerId)))) lines.push(s.howToReadBodies);
  lines.push(s.howToReadAsOf(formatDate(data.date, lang)));
  if (shown.some((id) => data.counts[id].undated)) lines.push(s.howToReadUndated(formatDate(asOf, lang)));
  const off = DRAW_ORDER.filter((id) => hidden.has(id));
  if (off.length) lines.push(s.howToReadHidden(off.map((id) => s.layerTitle[id]).join(', ')));
  return [lines, timeline ? [...s.keyboardHelp, s.keyboardHelpTimeline] : s.keyboardHelp];
}
