/**
 * The tooltip (name, Kreis, statuses at a glance) and the details panel (every status with its
 * date, note and source, funding projects, the KPR's institutional contact). Feed text is only
 * ever text; links are made only for http(s), e-mail and phone values that pass `safeHref`.
 * The panel's words break at compound joints (`hyphenated`): its column is narrow, and an
 * unbroken „Landespräventionsrat“ stuck out of it beside the buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContactBody, LayerId, Status } from '../../feed/types.js';
import { linkText, safeHref, type LinkKind } from '../../util/safe-url.js';
import { cssProps } from '../../element/css-props.js';
import { bridgeProps, type TooltipBox } from '../../element/tooltip-bridge.js';
import { renderHeading, type HeadingLevel } from '../../element/heading.js';
import { hyphenated } from '../../element/hyphenated.js';
import {
  describedLayers,
  districtLabel,
  formatAmount,
  formatRecordDate,
  statusQualifier,
  statusTexts,
  type TextContext,
} from './describe.js';
import { LEGEND_PATTERN_PREFIX } from './legend.js';
import type { PlaceView } from './map-data.js';
import { legendSwatch } from './symbols.js';

export const DETAILS_TITLE_ID = 'details-title';

/** A link when the value is safe for its kind, plain text otherwise. */
export function maybeLink(kind: LinkKind, value: string, text: string = linkText(kind, value)): TemplateResult {
  const href = safeHref(kind, value);
  return href ? html`<a href=${href}>${text}</a>` : html`<span>${text}</span>`;
}

/** The host of an http(s) address as written (no punycode for umlauts), after any user part. */
const URL_HOST = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

/**
 * How a reader names a web address: by its site (`https://www.zittau.de/a?b=1` → `zittau.de`), so
 * a link says where it goes without a long address. A value that is no safe address stays as it is.
 */
function siteName(value: string): string {
  const href = safeHref('url', value);
  const host = href && URL_HOST.exec(href)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : value;
}

/** Distance in CSS px from the place's point to the tooltip's corner; its bridge spans it for the pointer. */
export const TOOLTIP_OFFSET = 12;

/** A width and a height in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Where the tooltip goes in the frame: below and right of the point, `TOOLTIP_OFFSET` away; left of
 * it or above it where it fits there and not so; then moved to lie wholly inside the frame, also
 * where the point itself is near an edge or zoomed out of sight.
 */
export function placeTooltip(x: number, y: number, frame: Size, size: Size): TooltipBox {
  const along = (at: number, length: number, room: number): number => {
    const after = at + TOOLTIP_OFFSET;
    const before = at - TOOLTIP_OFFSET - length;
    const start = after + length <= room || before < 0 ? after : before;
    return Math.min(Math.max(0, start), Math.max(0, room - length));
  };
  return { left: along(x, size.width, frame.width), top: along(y, size.height, frame.height), ...size };
}

/**
 * The tooltip's position and its bridge's box as CSS properties, for a place's point at `x`, `y`
 * in `frame` and a tooltip of `size`. Equal properties for two sizes: a new size does not move it.
 */
export function tooltipStyle(x: number, y: number, frame: Size, size: Size): Record<string, string> {
  const box = placeTooltip(x, y, frame, size);
  // A point zoomed out of sight gets no bridge: it would lie across the frame and take the pointer from the places below.
  const inFrame = x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  return { left: `${box.left}px`, top: `${box.top}px`, ...(inFrame ? bridgeProps({ x, y }, box) : {}) };
}

export interface TooltipInput {
  place: PlaceView;
  /** Where it goes (`tooltipStyle`). */
  style: Record<string, string>;
  shown(id: LayerId): boolean;
  context: TextContext;
  /** The pointer holds the tooltip: it takes pointer events (otherwise only its bridge does). */
  held: boolean;
  on: {
    /** The pointer reached the tooltip (over its bridge). */
    pointerenter(): void;
    pointerleave(event: PointerEvent): void;
    /** A click on the held tooltip chooses its place, as a click on the place does. */
    click(): void;
  };
}

export function renderTooltip({ place, style, shown, context, held, on }: TooltipInput): TemplateResult {
  const texts = statusTexts(place, shown, context);
  return html`<div
    class=${held ? 'tooltip held' : 'tooltip'}
    part="tooltip"
    aria-hidden="true"
    ${cssProps(style)}
    @pointerenter=${on.pointerenter}
    @pointerleave=${on.pointerleave}
    @click=${on.click}
  >
    <strong class="tooltip-name">${place.name}</strong>
    <span class="tooltip-district">${districtLabel(place, context.s)}</span>
    ${
      texts.length
        ? html`<ul>
            ${texts.map((text) => html`<li>${text}</li>`)}
          </ul>`
        : html`<span class="tooltip-none">${context.s.noStatus}</span>`
    }
  </div>`;
}

/** "Quelle (zittau.de)" as the link to a source's address; a source that is no address, as text after "Quelle:". */
function sourceText(source: string, label: string): TemplateResult {
  const href = safeHref('url', source);
  return href ? html`<a href=${href}>${label} (${siteName(source)})</a>` : html`${label}: <span>${source}</span>`;
}

function sourceLine(status: Pick<Status, 'note' | 'source'>, { s }: TextContext): TemplateResult | typeof nothing {
  if (!status.note && !status.source) return nothing;
  return html`${status.note ? html`<p class="status-note">${hyphenated(status.note)}</p>` : nothing}
  ${status.source ? html`<p class="status-source">${sourceText(status.source, s.source)}</p>` : nothing}`;
}

function contactBlock(body: ContactBody, { s }: TextContext): TemplateResult {
  return html`<div class="contact">
    <p><span class="label">${s.contact}:</span> ${hyphenated(body.name)}</p>
    <ul>
      ${body.url ? html`<li><span class="label">${s.website}:</span> ${maybeLink('url', body.url, siteName(body.url))}</li>` : nothing}
      ${body.email ? html`<li><span class="label">${s.email}:</span> ${maybeLink('email', body.email)}</li>` : nothing}
      ${body.phone ? html`<li><span class="label">${s.phone}:</span> ${maybeLink('phone', body.phone)}</li>` : nothing}
    </ul>
  </div>`;
}

function statusBlock(id: LayerId, place: PlaceView, context: TextContext): TemplateResult {
  const { s } = context;
  const statuses = place.statuses;
  const qualifier = statusQualifier(id, place, context);
  const when = (date: string | undefined): string => formatRecordDate(date, context);
  const joint = place.via[id];
  let body: unknown = nothing;
  if (id === 'funding') {
    body = html`<ul class="funding">
      ${(statuses.funding ?? []).map(
        (item) =>
          html`<li>
            ${hyphenated(s.fundingItem(item.project, formatAmount(item, context), when(item.date)))}
            ${item.partners?.length ? html`<p><span class="label">${s.fundingPartners}:</span> ${hyphenated(item.partners.join(', '))}</p>` : nothing}
            ${sourceLine(item, context)}
          </li>`,
      )}
    </ul>`;
  } else {
    const status = statuses[id]!;
    body = html`<span class="status-date">${when(status.date)}</span> ${
        id === 'agreement' && statuses.agreement?.partners?.length
          ? html`<p><span class="label">${s.partners}:</span> ${hyphenated(statuses.agreement.partners.join(', '))}</p>`
          : nothing
      }
      ${id === 'kpr' && statuses.kpr?.body ? contactBlock(statuses.kpr.body, context) : nothing} ${sourceLine(status, context)}`;
  }
  return html`<li class="status" data-layer=${id}>
    ${legendSwatch(LEGEND_PATTERN_PREFIX, id)}
    <div>
      <strong>${hyphenated(`${s.layerStatus[id]}${qualifier ? ` (${qualifier})` : ''}`)}</strong>
      ${joint ? html`<p class="status-body">${hyphenated(s.viaBody(joint.name, joint.memberNames.join(', ')))}</p>` : nothing} ${body}
    </div>
  </li>`;
}

export interface DetailsInput {
  place: PlaceView;
  /** One below the map's heading level. */
  titleLevel: HeadingLevel;
  context: TextContext;
  close(): void;
  showOnMap(): void;
}

/** The panel's content; the element owns the `<dialog>` around it. */
export function renderDetails({ place, titleLevel, context, close, showOnMap }: DetailsInput): TemplateResult {
  const { s } = context;
  return html`${renderHeading(titleLevel, place.name, { className: 'details-title', id: DETAILS_TITLE_ID, tabindex: -1 })}
    <p class="details-district">${districtLabel(place, s)}</p>
    ${place.note ? html`<p class="details-note">${hyphenated(place.note)}</p>` : nothing}
    ${
      describedLayers(place).length
        ? html`<ul class="statuses">
            ${describedLayers(place).map((id) => statusBlock(id, place, context))}
          </ul>`
        : html`<p>${s.noStatus}</p>`
    }
    <div class="details-actions">
      <button type="button" @click=${showOnMap}>${s.detailsShowOnMap}</button>
      <button type="button" class="close" @click=${close}>${s.detailsClose}</button>
    </div>`;
}
