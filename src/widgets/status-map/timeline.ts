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
  /** The slider's width in CSS px (the map's): how many years fit under it. */
  width: number;
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
        ${yearLabels(stops, (YEAR_LABEL_PX / Math.max(input.width, MIN_WIDTH_PX)) * 100).map(({ share, end, year }) => {
          // Near the right end a year reads leftwards from its tick, so it never widens the page.
          const place = end ? { right: `${100 - share}%` } : { left: `${share}%` };
          return html`<span class=${end ? 'timeline-year end' : 'timeline-year'} ${cssProps(place)}>${year}</span>`;
        })}
      </div>
    </div>
    <p class="visually-hidden" role="status">${input.announcement}</p>
  </div>`;
}

/** The room a year label takes, its gap included (four digits at 0.8125em, tick and padding). */
const YEAR_LABEL_PX = 44;
/** The narrowest slider the labels are spaced for (a 320 px page). */
const MIN_WIDTH_PX = 280;

/** A year under the slider: where its tick is (% of the track) and whether it reads leftwards from it. */
export interface YearLabel {
  share: number;
  end: boolean;
  year: string;
}

/**
 * The years under the slider, where each starts (the first stop and every 1 January), left to
 * right, leaving out a year whose label would touch the one before: the stops are spread by
 * index, so busy years are wide and quiet ones narrow. `labelShare`: a label's width in % of the track.
 */
export function yearLabels(stops: readonly TimelineStop[], labelShare: number): YearLabel[] {
  const last = Math.max(stops.length - 1, 1);
  const labels: YearLabel[] = [];
  let free = 0;
  stops.forEach((stop, at) => {
    if (at > 0 && !stop.reasons.some((reason) => reason.kind === 'year')) return;
    const share = (at / last) * 100;
    const end = share > 100 - labelShare;
    const start = end ? share - labelShare : share;
    if (labels.length && start < free) return;
    labels.push({ share, end, year: stop.date.slice(0, 4) });
    free = start + labelShare;
  });
  return labels;
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

/**
 * At the default text spacing the timeline's height is a function of its width alone, so the
 * placeholder's `.timeline-space` (the same boxes drawn by its `::before` and `::after`) is exactly
 * as tall at every width: the play button and the track have minimum heights that their text fills,
 * and the track a fixed flex basis (not its text's width), so both wrap under each other at the
 * same width, about 26em. The track's height: the label's line (1.45em), the slider (0.25em +
 * 1.25em) and the years (1.4 × 0.8125em). Minimums, not fixed sizes, so that a reader's wider
 * spacing (WCAG 1.4.12) grows the boxes; in a narrow column the label then wraps beside the date.
 */
export const timelineStyles = css`
  .timeline,
  :host([timeline]) .timeline-space {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 0.75em;
    min-height: 0;
    margin: 0.5em 0 0;
  }
  .timeline-play,
  .timeline-space::before {
    flex: none;
    min-width: 7em;
    min-height: calc(2.15em + 2px);
    white-space: nowrap;
  }
  .timeline-track,
  .timeline-space::after {
    flex: 1 1 18em;
    min-width: 0;
    min-height: 4.0875em;
  }
  .timeline-space::before,
  .timeline-space::after {
    content: '';
  }
  .timeline-track {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-rows: minmax(1.45em, auto) auto auto;
    gap: 0 0.5em;
  }
  .timeline-track label {
    font-weight: 600;
  }
  .timeline-date {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .timeline input[type='range'] {
    grid-column: 1 / -1;
    display: block;
    width: 100%;
    height: 1.25em;
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
