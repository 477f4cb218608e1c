/**
 * The chart's design tokens (see `src/element/tokens.ts`). Series colours: Okabe-Ito hues
 * (distinguishable with the common colour-vision deficiencies), each at least 3:1 against white
 * as WCAG 1.4.11 asks of graphics; marker shapes tell them apart too.
 */
import type { Tokens } from '../../element/tokens.js';

export const PROGRESS_CHART_TOKENS = {
  '--asskomm-series-1': '#0072b2',
  '--asskomm-series-2': '#d55e00',
  '--asskomm-series-3': '#009e73',
  '--asskomm-series-4': '#cc79a7',
  '--asskomm-series-5': '#a86b00',
  '--asskomm-series-6': '#000000',
  '--asskomm-grid': '#dcdcdc',
  '--asskomm-axis': '#555',
  '--asskomm-annotation': '#6b6b6b',
  '--asskomm-annotation-text': 'var(--_text)',
  '--asskomm-background': '#fff',
  '--asskomm-tooltip-background': '#fff',
  '--asskomm-tooltip-border': '#767676',
} as const satisfies Tokens;
