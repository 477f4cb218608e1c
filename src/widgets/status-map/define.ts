/** Registers `<asskomm-status-map>` (once, however often the script is included). */
import { defineElement } from '../../element/define.js';
import { StatusMap } from './status-map.js';

defineElement('asskomm-status-map', StatusMap);

export { StatusMap };
export type { AsskommSelectDetail } from './status-map.js';

declare global {
  interface HTMLElementTagNameMap {
    'asskomm-status-map': StatusMap;
  }
}
