/**
 * The validator's check across parts: a layer may not document more records than the official
 * figure tied to it says on the same date. Either a record is dated too early, counted twice,
 * or the figure is out of date; the data staff decide which.
 */
import { figureAt } from '../feed/figures.js';
import type { FeedIssue, FeedModel, LayerId } from '../feed/types.js';
import { recordSpan } from '../feed/when.js';
import { documentedAt, mergeBodies } from './documented.js';

/** Every date at which a count can change: record ends, figure dates and `asOf`. */
function datesOf(model: FeedModel): string[] {
  const dates = new Set<string>([model.meta.asOf]);
  for (const indicator of model.indicators.values()) for (const point of indicator.points) dates.add(point.date);
  for (const record of [...model.places.values(), ...model.bodies.values()]) {
    for (const status of Object.values(record.statuses).flat()) {
      if (status?.date) dates.add(recordSpan(status.date).end);
    }
  }
  return [...dates].sort();
}

export function checkDocumentedAgainstOfficial(model: FeedModel): FeedIssue[] {
  const records = mergeBodies(model.places, model.bodies, (key) => model.places.get(key)?.name ?? key);
  const linked = [...model.indicators.values()].filter((indicator) => indicator.layer);
  const issues: FeedIssue[] = [];
  const reported = new Set<LayerId>();
  for (const date of datesOf(model)) {
    const { counts } = documentedAt(records, date, model.meta.asOf);
    for (const indicator of linked) {
      const layer = indicator.layer!;
      const figure = figureAt(indicator, date);
      if (reported.has(layer) || !figure || figure.qualifier !== 'exact' || counts[layer].records <= figure.value) continue;
      reported.add(layer);
      const index = [...model.indicators.keys()].indexOf(indicator.id);
      issues.push({
        severity: 'warning',
        path: `$.indicators[${index}].layer`,
        message:
          `Zum Stand ${date} stehen ${counts[layer].records} Einträge der Ebene „${layer}“ auf der Karte, die amtliche Zahl „${indicator.id}“ ist ${figure.value} (Stand ${figure.date}). ` +
          'Ist ein Eintrag zu früh datiert oder doppelt (gemeinsames Gremium unter „bodies“), oder fehlt ein neuerer Wert der Kennzahl?',
      });
    }
  }
  return issues;
}
