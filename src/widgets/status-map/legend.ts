/**
 * The legend is the layer switch: a native checkbox per layer with the same mark as on the map,
 * its name, how it is drawn (in words) and how many places it has at the shown date.
 */
import { html, svg, type TemplateResult } from 'lit';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId } from '../../feed/types.js';
import { formatValue } from '../../format/number.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import { legendSwatch, patternDefs } from './symbols.js';

export interface LegendInput {
  /** Absent while loading: the legend then holds its place, without counts, and cannot be used. */
  counts?: Record<LayerId, number>;
  hidden: ReadonlySet<LayerId>;
  s: StatusMapStrings;
  lang: Lang;
  toggle(layer: LayerId, shown: boolean): void;
}

export const LEGEND_PATTERN_PREFIX = 'legend';

export function renderLegend({ counts, hidden, s, lang, toggle }: LegendInput): TemplateResult {
  return html`<fieldset class="legend" part="legend">
    <legend>${s.legendTitle}</legend>
    ${svg`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${patternDefs(LEGEND_PATTERN_PREFIX)}</defs></svg>`}
    <ul>
      ${LAYER_IDS.map(
        (id) => html`<li>
          <label>
            <input
              type="checkbox"
              name="layer"
              value=${id}
              .checked=${!hidden.has(id)}
              ?disabled=${!counts}
              @change=${(event: Event) => toggle(id, (event.target as HTMLInputElement).checked)}
            />
            ${legendSwatch(LEGEND_PATTERN_PREFIX, id)}
            <span class="layer-text">
              <span class="layer-name">${s.layerTitle[id]}</span>
              <span class="layer-count" data-layer=${id}>${counts ? formatValue(counts[id], lang) : '…'}</span>
              <span class="layer-encoding">${s.layerEncoding[id]}</span>
            </span>
          </label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}
