/** The counter's design tokens (see `src/element/tokens.ts`): type and colour of the figures, and the grid. */
import type { Tokens } from '../../element/tokens.js';

export const MILESTONE_COUNTER_TOKENS = {
  '--asskomm-counter-number-size': '2.5rem',
  '--asskomm-counter-number-font': 'inherit',
  '--asskomm-counter-number-weight': '700',
  '--asskomm-counter-number-color': '#00457d',
  '--asskomm-counter-label-size': '1.125rem',
  '--asskomm-counter-label-color': 'inherit',
  '--asskomm-counter-delta-color': '#1a6b32',
  '--asskomm-counter-date-color': 'var(--_muted)',
  '--asskomm-counter-column-min': '13rem',
  '--asskomm-counter-gap': '1.5rem 2rem',
} as const satisfies Tokens;
