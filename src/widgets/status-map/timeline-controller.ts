/**
 * The timers of the map's timeline: play steps one stop about once a second and stops at the
 * end; the live region speaks once the slider rests (not at every step while playing, but once
 * when playing stops); focus or hover on the map's drawing pauses, so the map holds still under
 * a reader. The host owns the stops and the shown date; this only decides when to move and speak.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The timer functions; tests put a manual clock in `TimelineController.clock`. */
export interface TimelineClock {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** How long each stop shows while playing. */
export const PLAY_STEP_MS = 1000;
/** How long the slider must rest before the new date is announced. */
export const REST_MS = 500;

export interface TimelineHooks {
  /** Whether the last stop is shown (play then starts from the first). */
  atEnd(): boolean;
  /** Shows the first stop. */
  restart(): void;
  /** Shows the next stop; whether there is one more after it. */
  advance(): boolean;
  /** The slider rests (or playing stopped): time to announce. */
  rested(): void;
  /** Whether an event's path runs through the map's drawing. */
  onDrawing(path: readonly EventTarget[]): boolean;
}

export class TimelineController implements ReactiveController {
  /** The timers; tests replace them with a manual clock. */
  static clock: TimelineClock = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) };

  /** Whether the timeline is playing. */
  playing = false;
  private stepTimer: unknown;
  private restTimer: unknown;
  private readonly pauseOnDrawing = (event: Event): void => {
    if (this.playing && this.hooks.onDrawing(event.composedPath())) this.pause();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: TimelineHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.pauseOnDrawing);
    this.host.addEventListener('pointerover', this.pauseOnDrawing);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.pauseOnDrawing);
    this.host.removeEventListener('pointerover', this.pauseOnDrawing);
    this.stop();
    TimelineController.clock.clear(this.restTimer);
  }

  /** Play, or pause while playing (the button). */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.hooks.atEnd()) this.hooks.restart();
    TimelineController.clock.clear(this.restTimer);
    this.playing = true;
    this.scheduleStep();
    this.host.requestUpdate();
  }

  /** Stops playing and announces where it stopped. */
  pause(): void {
    if (!this.playing) return;
    this.stop();
    this.hooks.rested();
  }

  /** The reader moved the slider: playing stops, and the date is announced once it rests. */
  moved(): void {
    this.stop();
    const clock = TimelineController.clock;
    clock.clear(this.restTimer);
    this.restTimer = clock.set(() => this.hooks.rested(), REST_MS);
  }

  private scheduleStep(): void {
    this.stepTimer = TimelineController.clock.set(() => {
      if (this.hooks.advance()) this.scheduleStep();
      else this.pause();
    }, PLAY_STEP_MS);
  }

  private stop(): void {
    TimelineController.clock.clear(this.stepTimer);
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }
}
