/**
 * The headline figures as a template: pure, from the selected figures and the count-up's
 * progress. Screen readers get one sentence per figure with the final value; the animated
 * figure beside it is hidden from them, so nothing is announced per frame.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../format/date.js';
import { formatValue, type Notation } from '../../format/number.js';
import { hyphenated } from '../../element/hyphenated.js';
import type { IndicatorPoint } from '../../feed/types.js';
import type { CounterStrings } from '../../i18n/milestone-counter.js';
import type { Lang, Strings } from '../../i18n/strings.js';
import { valueAt } from './count-up.js';
import { formatDelta, frameFormatter } from './number-text.js';
import type { Figure } from './select-value.js';

export interface CounterView {
  lang: Lang;
  /** The counter's texts and the shared ones, in `lang`. */
  s: CounterStrings;
  strings: Strings;
  notation: Notation;
  /** Eased progress of the count-up, 0 (start value) to 1 (final value). */
  progress: number;
}

type Qualifier = IndicatorPoint['qualifier'];

function qualifierWord(qualifier: Qualifier, s: CounterStrings): string {
  if (qualifier === 'at-least') return s.atLeast;
  if (qualifier === 'approx') return s.approx;
  return '';
}

/** "+24 seit 6. Februar 2021"; "rund" when either end of the change is not exact. */
function deltaText(figure: Figure, base: IndicatorPoint, view: CounterView): string {
  const { lang, s, notation } = view;
  const exact = base.qualifier === 'exact' && figure.point.qualifier === 'exact';
  const change = formatDelta(figure.point.value - base.value, lang, figure.indicator.format, notation);
  const words = [exact ? '' : s.approx, change, s.since(formatDate(base.date, lang))];
  return words.filter(Boolean).join(' ');
}

function renderFigure(figure: Figure, view: CounterView): TemplateResult {
  const { lang, s, strings, notation, progress } = view;
  const { indicator, point, base } = figure;
  const finalText = formatValue(point.value, lang, indicator.format, notation);
  const frame = frameFormatter(point.value, lang, indicator.format, notation);
  const from = base?.value ?? 0;
  const current = progress >= 1 ? finalText : frame(valueAt(from, point.value, progress));
  const qualifier = qualifierWord(point.qualifier, s);
  const unit = indicator.unit?.[lang];
  const label = figure.label ?? indicator.label[lang];
  const asOf = `${strings.asOf}: ${formatDate(point.date, lang)}`;
  const delta = base ? deltaText(figure, base, view) : undefined;
  const value = [qualifier, finalText, unit].filter(Boolean).join(' ');
  const spoken = `${value}: ${label}. ${asOf}.${delta ? ` ${delta}.` : ''}`;

  // The final value (and a larger start value, when counting down) sit invisibly in the same
  // grid cell as the running number: the cell keeps its final width from the first frame.
  return html`<li class="metric" part="metric">
    <p class="visually-hidden">${spoken}</p>
    <div class="shown" aria-hidden="true">
      <p class="figure">
        <span class="value" part="value"
          >${qualifier ? html`<span class="qualifier">${qualifier} </span>` : nothing}<span class="number"
            ><span class="reserve final">${finalText}</span>${
              from > point.value ? html`<span class="reserve">${frame(from)}</span>` : nothing
            }<span class="current">${current}</span></span
          ></span
        >${unit ? html`<span class="unit" part="unit"> ${unit}</span>` : nothing}
      </p>
      <p class="label" part="label">${hyphenated(label)}</p>
      ${delta ? html`<p class="delta" part="delta">${delta}</p>` : nothing}
      <p class="date" part="date">${asOf}</p>
    </div>
  </li>`;
}

/**
 * One list item per figure, laid out as a responsive grid by the styles. The list names its
 * language: the browser hyphenates long German labels only where it knows the language, and a
 * page without `lang` (or with another) would leave them overflowing a narrow column.
 */
export function renderCounter(figures: readonly Figure[], view: CounterView): TemplateResult {
  return html`<ul class="metrics" part="metrics" role="list" lang=${view.lang}>
    ${figures.map((figure) => renderFigure(figure, view))}
  </ul>`;
}
