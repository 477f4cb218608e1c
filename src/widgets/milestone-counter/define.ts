/**
 * Registers `<asskomm-milestone-counter>`. The counter is often the only widget on a page, so
 * this entry pulls in lit, the feed and the counter, and nothing of the map or the chart.
 */
import { defineElement } from '../../element/define.js';
import { MilestoneCounter } from './milestone-counter.js';

export { MilestoneCounter };

defineElement('asskomm-milestone-counter', MilestoneCounter);

declare global {
  interface HTMLElementTagNameMap {
    'asskomm-milestone-counter': MilestoneCounter;
  }
}
