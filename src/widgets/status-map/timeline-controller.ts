/**
 * The map's timeline as state: which stop the map shows, the keys (one stop, a year, the ends),
 * play (one stop about a second, stopping at the end), and the live region, which speaks once the
 * slider rests (not at every step while playing, but once when playing stops). Focus or hover on
 * the map's drawing pauses, so the map holds still under a reader. The host keeps the date the
 * map shows (`show`) and renders what `render` gives.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { LAYER_IDS } from '../../feed/schema.js';
import type { LayerId, PartialDate } from '../../feed/types.js';
import { stepForKey, stepStop, stopIndexAt } from '../../geo/timeline-navigation.js';
import type { MapSnapshot } from './derived.js';
import { renderTimeline, timelineAnnouncement, type LayerRecords } from './timeline.js';

/** The timer functions; tests put a manual clock in `TimelineController.clock`. */
export interface TimelineClock {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** How long each stop shows while playing. */
export const PLAY_STEP_MS = 1000;
/** How long the slider must rest before the new date is announced. */
export const REST_MS = 500;

export interface TimelineHost {
  /** What the map shows now; its `data.date` is the date the slider points at. */
  snapshot(): MapSnapshot | undefined;
  /** Shows the map on `date`, the slider's (and pins the map's group on it). */
  show(date: PartialDate): void;
  /** Whether the timeline is on (attribute `timeline`); switched off, playing stops. */
  shown(): boolean;
  /** Whether another widget previews a date the map shows (a chart's crosshair in its group): playing pauses. */
  previewed(): boolean;
}

export class TimelineController implements ReactiveController {
  /** The timers; tests replace them with a manual clock. */
  static clock: TimelineClock = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) };

  /** Whether the timeline is playing. */
  playing = false;
  /** What the live region says; the counts it compares with are those it said last. */
  private announcement = '';
  private announced?: LayerRecords;
  private stepTimer: unknown;
  private restTimer: unknown;
  private readonly pauseOnDrawing = (event: Event): void => {
    const onDrawing = event.composedPath().some((target) => target instanceof Element && target.classList.contains('frame'));
    if (this.playing && onDrawing) this.pause();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly map: TimelineHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.pauseOnDrawing);
    this.host.addEventListener('pointerover', this.pauseOnDrawing);
  }

  /** A preview in the group is a reader taking over, like hovering the map: playing pauses where it was. */
  hostUpdate(): void {
    if (this.playing && this.map.previewed()) this.pause();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.pauseOnDrawing);
    this.host.removeEventListener('pointerover', this.pauseOnDrawing);
    this.stop();
    // `moving` asks whether a timer is set: a map put back on the page must not move forever.
    TimelineController.clock.clear(this.restTimer);
    this.restTimer = undefined;
  }

  /** The slider, play button and live region for `snapshot`; `width`: the map's, in CSS px. */
  render(snapshot: MapSnapshot, width: number): TemplateResult {
    return renderTimeline({
      stops: snapshot.stops,
      index: this.index(),
      playing: this.playing,
      announcement: this.announcement,
      width,
      s: snapshot.context.s,
      lang: snapshot.context.lang,
      input: (index) => this.moved(index),
      keydown: (event) => {
        const step = stepForKey(event.key);
        if (!step) return;
        // The browser's own Page step is 10 % of the range, not a year.
        event.preventDefault();
        this.moved(stepStop(snapshot.stops, this.index(), step));
      },
      togglePlay: () => (this.playing ? this.pause() : this.play()),
    });
  }

  /** Whether the slider is on its way: playing, or moved by the reader and not yet at rest. */
  get moving(): boolean {
    return this.playing || this.restTimer !== undefined;
  }

  play(): void {
    const last = (this.map.snapshot()?.stops.length ?? 0) - 1;
    if (this.index() >= last) this.showStop(0);
    TimelineController.clock.clear(this.restTimer);
    this.restTimer = undefined;
    this.playing = true;
    this.scheduleStep();
    this.host.requestUpdate();
  }

  /** Stops playing and announces where it stopped. */
  pause(): void {
    if (!this.playing) return;
    this.stop();
    this.announce();
  }

  /** The stop the map shows: the last one in force on its date (the first for a date before the launch). */
  private index(): number {
    const snapshot = this.map.snapshot();
    return snapshot ? Math.max(stopIndexAt(snapshot.stops, snapshot.data.date), 0) : 0;
  }

  private showStop(index: number): void {
    const snapshot = this.map.snapshot();
    const stop = snapshot?.stops[index];
    if (!snapshot || !stop) return;
    this.announced ??= recordsOf(snapshot);
    this.map.show(stop.date);
  }

  /** The reader moved the slider: playing stops, and the date is announced once it rests. */
  private moved(index: number): void {
    this.showStop(index);
    this.stop();
    const clock = TimelineController.clock;
    clock.clear(this.restTimer);
    this.restTimer = clock.set(() => {
      this.restTimer = undefined;
      this.announce();
    }, REST_MS);
  }

  private scheduleStep(): void {
    this.stepTimer = TimelineController.clock.set(() => {
      const last = (this.map.snapshot()?.stops.length ?? 0) - 1;
      // Switched off while playing (the editor removed `timeline`): it stops where it was.
      if (this.map.shown()) this.showStop(Math.min(this.index() + 1, last));
      if (this.map.shown() && this.index() < last) this.scheduleStep();
      else this.pause();
    }, PLAY_STEP_MS);
  }

  private stop(): void {
    TimelineController.clock.clear(this.stepTimer);
    this.stepTimer = undefined;
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }

  /** The live region names the date and the counts of shown layers that changed since it last spoke. */
  private announce(): void {
    const snapshot = this.map.snapshot();
    const stop = snapshot?.stops[this.index()];
    if (!snapshot || !stop) return;
    const records = recordsOf(snapshot);
    const { s, lang } = snapshot.context;
    const shown = (id: LayerId): boolean => !snapshot.hidden.has(id);
    this.announcement = timelineAnnouncement(stop, this.announced ?? records, records, shown, s, lang);
    this.announced = records;
    this.host.requestUpdate();
  }
}

/** The legend's count per layer. */
function recordsOf(snapshot: MapSnapshot): LayerRecords {
  return Object.fromEntries(LAYER_IDS.map((id) => [id, snapshot.data.counts[id].records])) as Record<LayerId, number>;
}
