/**
 * The counter's figures as a pure function of (feed model, options), memoised per element by
 * `memoize`: the count-up's frames, a focus or a resize render with the figures selected once.
 */
import type { FeedModel, PartialDate } from '../../feed/types.js';
import { counterHints } from '../../i18n/milestone-counter.js';
import { memoize } from '../../util/memo.js';
import type { CounterOptions } from './options.js';
import { selectFigure, type Figure } from './select-value.js';

/** What the figures depend on: the counter's options without the way they are shown. */
export type FigureOptions = Pick<CounterOptions, 'metricIds' | 'label' | 'date' | 'since'>;

/** The figures to show and the editor hints about the metrics asked for. */
export interface CounterFigures {
  /** One per metric that has a value, in the editor's order. */
  figures: readonly Figure[];
  /** No metric asked for, an unknown metric, a metric with nothing reported by `date`. */
  hints: readonly string[];
}

/** The figure of each metric in `options` as of its `date` (and `since`), with the hints about the rest. */
export function counterFigures(model: FeedModel, options: FigureOptions): CounterFigures {
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

/**
 * `counterFigures` memoised on the model and the options it reads (not on the options object, which
 * each reading of the attributes builds anew: a new `notation` selects no figure again). One per
 * element, so two counters never evict each other's.
 */
export function memoCounterFigures(): (model: FeedModel, options: CounterOptions) => CounterFigures {
  const select = memoize(
    (model: FeedModel, metrics: string, label: string | undefined, date: PartialDate | undefined, since: PartialDate | undefined) =>
      counterFigures(model, { metricIds: metrics ? metrics.split(',') : [], label, date, since }),
  );
  return (model, { metricIds, label, date, since }) => select(model, metricIds.join(','), label, date, since);
}
