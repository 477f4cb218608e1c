/**
 * The legend is the layer switch: a native checkbox per layer with the same mark as on the map,
 * its name, how it is drawn (in words), how many documented records it has at the shown date
 * and, beside them, the official figure for that date; under the switches, a fixed note on what
 * the two figures mean (fixed, so the legend is as tall while loading). On a narrow map it is one
 * button („Legende (8 Ebenen)“) that opens it (`panels.styles.ts` shows the button or the title).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId } from '../../feed/types.js';
import { hyphenated } from '../../element/hyphenated.js';
import { formatValue } from '../../format/number.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import type { LayerCounts } from './map-data.js';
import type { LayerFigureText } from './official.js';
import { legendSwatch, patternDefs } from './symbols.js';

export interface LegendInput {
  /** Absent while loading: the legend then holds its place, without counts, and cannot be used. */
  figures?: { counts: Record<LayerId, LayerCounts>; texts: Record<LayerId, LayerFigureText> };
  hidden: ReadonlySet<LayerId>;
  s: StatusMapStrings;
  lang: Lang;
  toggle(layer: LayerId, shown: boolean): void;
  /** Whether a narrow map shows the switches (a wide one always does). */
  open: boolean;
  toggleOpen(): void;
}

function renderFigures(id: LayerId, figures: LegendInput['figures'], s: StatusMapStrings, lang: Lang): TemplateResult {
  if (!figures) return html`<span class="layer-count" data-layer=${id}>…</span>`;
  const text = figures.texts[id];
  // The space before "auf der Karte" lives in the part: Chromium's accessible name dropped a static one ("79auf der Karte").
  return html`<span class="layer-figures">
    <span class="layer-on-map"
      ><span class="layer-count" data-layer=${id}>${formatValue(figures.counts[id].records, lang)}</span>${` ${s.onMap}`}</span
    >${text.extent.length ? html`<span class="layer-extent">${text.extent.join(', ')}</span>` : nothing}
    ${text.official ? html`<span class="layer-official" data-layer=${id}>${text.official}</span>` : nothing}
    ${text.undated ? html`<span class="layer-undated">${text.undated}</span>` : nothing}
  </span>`;
}

export const LEGEND_PATTERN_PREFIX = 'legend';

export const LEGEND_LAYERS_ID = 'legend-layers';

const LEGEND_NOTE_ID = 'legend-note';

export function renderLegend({ figures, hidden, s, lang, toggle, open, toggleOpen }: LegendInput): TemplateResult {
  const shown = LAYER_IDS.length - hidden.size;
  return html`<fieldset class=${open ? 'legend open' : 'legend'} part="legend">
    <legend>
      <span class="legend-title">${s.legendTitle}</span>
      <button
        type="button"
        class="legend-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${LEGEND_LAYERS_ID} ${LEGEND_NOTE_ID}`}
        ?disabled=${!figures}
        @click=${toggleOpen}
      >
        ${s.legendToggle(shown, LAYER_IDS.length)}
      </button>
    </legend>
    ${svg`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${patternDefs(LEGEND_PATTERN_PREFIX)}</defs></svg>`}
    <ul id=${LEGEND_LAYERS_ID}>
      ${LAYER_IDS.map(
        (id) =>
          html`<li>
            <label>
              <input
                type="checkbox"
                name="layer"
                value=${id}
                .checked=${!hidden.has(id)}
                ?disabled=${!figures}
                @change=${(event: Event) => toggle(id, (event.target as HTMLInputElement).checked)}
              />
              ${legendSwatch(LEGEND_PATTERN_PREFIX, id)}
              <span class="layer-text">
                <span class="layer-name">${hyphenated(s.layerTitle[id])}</span>
                <span class="layer-encoding">${s.layerEncoding[id]}</span>
                ${renderFigures(id, figures, s, lang)}
              </span>
            </label>
          </li>`,
      )}
    </ul>
    <p class="legend-note" id=${LEGEND_NOTE_ID}>${s.countsNote}</p>
  </fieldset>`;
}
