/**
 * Text alternatives generated from the data: a short summary (places per layer, as of when),
 * a visually hidden table of every place with a status, and the credits under the map.
 */
import { html, type TemplateResult } from 'lit';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId, Meta } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';
import { DEFAULT_LICENSE_URL, type GeometryMeta } from '../../geo/geometry.js';
import { linearOrder } from '../../geo/navigation.js';
import { statusTexts, type TextContext } from './describe.js';
import { maybeLink } from './details.js';
import type { MapData } from './map-data.js';
import { layerFigureLine, type LayerFigureText } from './official.js';

export const SUMMARY_ID = 'map-summary';

export function summaryText(
  data: MapData,
  figures: Record<LayerId, LayerFigureText>,
  shown: (id: LayerId) => boolean,
  { s, lang }: TextContext,
): string {
  const parts = LAYER_IDS.filter(shown).map((id) => s.summaryPart(s.layerTitle[id], layerFigureLine(figures[id])));
  return s.summary(formatDate(data.date, lang), parts);
}

export function renderTable(data: MapData, shown: (id: LayerId) => boolean, context: TextContext): TemplateResult {
  const { s, lang } = context;
  const rows = linearOrder([...data.places.values()]).filter((place) => place.layers.some(shown));
  // The wrapper is what is hidden: a table ignores `width: 1px` and would widen the page.
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${s.tableCaption(formatDate(data.date, lang))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.tableName}</th>
          <th scope="col">${s.tableDistrict}</th>
          <th scope="col">${s.tableStatuses}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (place) =>
            html`<tr>
              <th scope="row">${place.name}</th>
              <td>${place.level === 'district' ? s.districtLevel : place.districtName}</td>
              <td>${statusTexts(place, shown, context).join('; ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * "Stand", "Quelle" and "Geometrie" under the map. The feed's source and the geometry's
 * attribution exist only in German, so an English map marks them `lang="de"` (WCAG 3.1.2).
 */
export function renderCredits(meta: Meta, geometry: GeometryMeta, date: string, { s, lang }: TextContext): TemplateResult {
  return html`<footer class="credits">
    <p><span>${s.asOf}: ${formatDate(date, lang)}</span></p>
    <p>${s.source}: <span lang="de">${meta.sourceUrl ? maybeLink('url', meta.sourceUrl, meta.source) : meta.source}</span></p>
    <p>
      ${s.geometry}:
      <span lang="de">${geometry.attribution}</span> (${maybeLink('url', geometry.licenseUrl ?? DEFAULT_LICENSE_URL, s.license)})
    </p>
  </footer>`;
}
