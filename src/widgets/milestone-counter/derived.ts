/**
 * The counter's figures as a pure function of (feed model, options), memoised per element by
 * `memoize`: the count-up's frames, a focus or a resize render with the figures selected once.
 */
import type { FeedModel } from '../../feed/types.js';
import { counterHints } from '../../i18n/milestone-counter.js';
import { memoize } from '../../util/memo.js';
import type { CounterOptions } from './options.js';
import { selectFigure, type Figure } from './select-value.js';

/** The figures to show and the editor hints about the metrics asked for. */
export interface CounterFigures {
  /** One per metric that has a value, in the editor's order. */
  figures: readonly Figure[];
  /** No metric asked for, an unknown metric, a metric with nothing reported by `date`. */
  hints: readonly string[];
}

/** The figure of each metric in `options` as of its `date` (and `since`), with the hints about the rest. */
export function counterFigures(model: FeedModel, options: CounterOptions): CounterFigures {
  const available = [...model.indicators.keys()];
  const figures: Figure[] = [];
  const hints: string[] = [];
  if (!options.metricIds.length) hints.push(counterHints.hintMissingMetric(available));
  for (const id of options.metricIds) {
    const indicator = model.indicators.get(id);
    if (!indicator) {
      hints.push(counterHints.hintUnknownMetric(id, available));
      continue;
    }
    const figure = selectFigure(indicator, { date: options.date, since: options.since });
    if (!figure) hints.push(counterHints.hintNoValue(id, options.date));
    else figures.push(options.label ? { ...figure, label: options.label } : figure);
  }
  return { figures, hints };
}

/** How often an element selected its figures. Only for tests: they show that the count-up's frames reuse them. */
export const figureRuns = { count: 0 };

/** `counterFigures` memoised on (model, options): one per element, so two counters never evict each other's. */
export function memoCounterFigures(): (model: FeedModel, options: CounterOptions) => CounterFigures {
  return memoize((model: FeedModel, options: CounterOptions) => {
    figureRuns.count++;
    return counterFigures(model, options);
  });
}
