/** Registers `<asskomm-progress-chart>`; import this module (or the script-tag entry) to use it. */
import { defineElement } from '../../element/define.js';
import { ProgressChart, type AsskommDateDetail } from './progress-chart.js';

export { ProgressChart };
export type { AsskommDateDetail } from './progress-chart.js';

defineElement('asskomm-progress-chart', ProgressChart);

declare global {
  interface HTMLElementTagNameMap {
    'asskomm-progress-chart': ProgressChart;
  }
  interface HTMLElementEventMap {
    'asskomm-date': CustomEvent<AsskommDateDetail>;
  }
}
