/**
 * The map's design tokens (see `src/element/tokens.ts`): its frame, borders and the colour of
 * each layer. Change a colour here; the legend names only the shape or pattern, never the hue.
 */
import type { Tokens } from '../../element/tokens.js';

export const STATUS_MAP_TOKENS = {
  '--asskomm-map-background': '#ffffff',
  '--asskomm-map-land': '#e9edf0',
  '--asskomm-map-border': '#ffffff',
  '--asskomm-map-district-border': '#46525e',
  '--asskomm-map-state-border': '#1a1a1a',
  '--asskomm-map-contacted': '#3a7dc9',
  '--asskomm-map-model': '#0a2558',
  '--asskomm-map-kpr': '#d7191c',
  '--asskomm-map-pre-agreement': '#b35900',
  '--asskomm-map-agreement': '#1a7f37',
  '--asskomm-map-coaching': '#7b3294',
  '--asskomm-map-analysis': '#00767a',
  '--asskomm-map-funding': '#e0a800',
  '--asskomm-map-highlight': '#1a1a1a',
} as const satisfies Tokens;
