/**
 * The map's timeline (attribute `timeline`): play/pause, a native range slider over the stops
 * (`geo/timeline-stops.ts`) with the stop's date as its spoken value, the date shown beside it,
 * the years under it and a polite live region; and the words that region speaks. Pure.
 */
import { css, html, type TemplateResult } from 'lit';
import { cssProps } from '../../element/css-props.js';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId } from '../../feed/types.js';
import { formatValue } from '../../format/number.js';
import { stopLabel, type TimelineStop } from '../../geo/timeline-stops.js';
import type { Lang } from '../../i18n/strings.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';

export interface TimelineInput {
  stops: readonly TimelineStop[];
  /** The stop shown, an index into `stops`. */
  index: number;
  playing: boolean;
  /** What the live region says (empty until the slider first rests). */
  announcement: string;
  s: StatusMapStrings;
  lang: Lang;
  /** The slider was dragged or clicked to `index`. */
  input(index: number): void;
  /** A key on the slider; the handler moves by stops and years, not by the browser's 10 %. */
  keydown(event: KeyboardEvent): void;
  togglePlay(): void;
}

export const TIMELINE_SLIDER_ID = 'timeline-slider';

export function renderTimeline(input: TimelineInput): TemplateResult {
  const { stops, index, playing, s, lang } = input;
  const label = stopLabel(stops[index]!, lang);
  const last = Math.max(stops.length - 1, 1);
  return html`<div class="timeline" part="timeline">
    <button type="button" class="timeline-play" @click=${input.togglePlay}>${playing ? s.timelinePause : s.timelinePlay}</button>
    <div class="timeline-track">
      <label for=${TIMELINE_SLIDER_ID}>${s.timelineLabel}</label>
      <span class="timeline-date" aria-hidden="true">${label}</span>
      <input
        id=${TIMELINE_SLIDER_ID}
        type="range"
        min="0"
        max=${stops.length - 1}
        step="1"
        .value=${String(index)}
        aria-valuetext=${label}
        @input=${(event: Event) => input.input(Number((event.target as HTMLInputElement).value))}
        @keydown=${input.keydown}
      />
      <div class="timeline-years" aria-hidden="true">
        ${yearStops(stops).map(({ at, year }) => {
          const share = (at / last) * 100;
          // Near the right end a year reads leftwards from its tick, so it never widens the page.
          const place = share > 85 ? { right: `${100 - share}%` } : { left: `${share}%` };
          return html`<span class=${share > 85 ? 'timeline-year end' : 'timeline-year'} ${cssProps(place)}>${year}</span>`;
        })}
      </div>
    </div>
    <p class="visually-hidden" role="status">${input.announcement}</p>
  </div>`;
}

/** Where each year starts on the slider: the first stop and every 1 January. */
function yearStops(stops: readonly TimelineStop[]): { at: number; year: string }[] {
  return stops.flatMap((stop, at) =>
    at === 0 || stop.reasons.some((reason) => reason.kind === 'year') ? [{ at, year: stop.date.slice(0, 4) }] : [],
  );
}

/** The records on the map per layer (the legend's counts). */
export type LayerRecords = Readonly<Record<LayerId, number>>;

/** What the live region says after a move: the date and each shown layer whose count changed, with the count before. */
export function timelineAnnouncement(
  stop: TimelineStop,
  before: LayerRecords,
  after: LayerRecords,
  shown: (id: LayerId) => boolean,
  s: StatusMapStrings,
  lang: Lang,
): string {
  const changes = LAYER_IDS.filter((id) => shown(id) && before[id] !== after[id]).map((id) =>
    s.timelineChange(s.layerTitle[id], formatValue(after[id], lang), formatValue(before[id], lang)),
  );
  return s.timelineAnnouncement(stopLabel(stop, lang), changes);
}

export const timelineStyles = css`
  .timeline {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 0.75em;
    margin: 0.5em 0 0;
  }
  .timeline-play {
    min-width: 7em;
  }
  .timeline-track {
    flex: 1 1 12em;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
  }
  .timeline-track label {
    font-weight: 600;
  }
  .timeline-date {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .timeline input[type='range'] {
    grid-column: 1 / -1;
    width: 100%;
    margin: 0.25em 0 0;
    accent-color: var(--_focus);
  }
  .timeline-years {
    grid-column: 1 / -1;
    position: relative;
    height: 1.4em;
    margin: 0 0.5em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .timeline-year {
    position: absolute;
    top: 0;
    border-left: 1px solid currentColor;
    padding-left: 0.2em;
  }
  .timeline-year.end {
    border-left: 0;
    border-right: 1px solid currentColor;
    padding: 0 0.2em 0 0;
  }
`;
