// The map's timeline (issue 15): every frame while it plays through all stops with the
// controller's own one-second timer. A frame's work = the Lit updates run since the previous
// frame (timer task → update) plus that frame's rendering (rAF to the end of paint, as in paint.js).
// Long animation frames (Chromium's own measure, over 50 ms) are recorded beside it.
import { frameWork } from './paint.js';

const slider = (root) => root.querySelector('input[type="range"]');

/** Focuses the slider and moves it to the first stop; returns the number of stops. */
export async function timelineStart(element) {
  const root = element.shadowRoot;
  slider(root).focus();
  slider(root).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true, cancelable: true }));
  await element.updateComplete;
  if (slider(root).value !== '0') throw new Error(`timeline: Home left the slider at ${slider(root).value}`);
  return Number(slider(root).max) + 1;
}

/** Presses play (a click on the button, no pointer over the map) and records every frame until it stops at the end. */
export async function playThrough(element, timeoutMs) {
  const root = element.shadowRoot;
  const button = root.querySelector('.timeline-play');
  const playText = button.textContent;
  const updates = [];
  const performUpdate = element.performUpdate;
  element.performUpdate = function () {
    const start = performance.now();
    performUpdate.call(this);
    updates.push(performance.now() - start);
  };
  const long = [];
  // Each long frame with the work Chromium found in it on the main thread: its scripts, and its
  // rendering (from renderStart to its end). A long frame with neither waited off the main thread.
  const observer = new PerformanceObserver((list) =>
    long.push(
      ...list.getEntries().map((e) => ({
        duration: e.duration,
        blocking: e.blockingDuration,
        scripts: e.scripts.reduce((sum, script) => sum + script.duration, 0),
        rendering: e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0,
      })),
    ),
  );
  observer.observe({ type: 'long-animation-frame' });
  const frames = [];
  const started = performance.now();
  button.click();
  const seen = new Set();
  try {
    for (;;) {
      const { start, end } = await frameWork();
      const script = updates.splice(0).reduce((a, b) => a + b, 0);
      const index = Number(slider(root).value);
      frames.push({ work: script + (end - start), script, render: end - start, index, step: script > 0 });
      seen.add(index);
      const stopped = button.textContent === playText && index === Number(slider(root).max);
      if (stopped && frames.length > 2) break;
      if (performance.now() - started > timeoutMs) throw new Error(`timeline: still playing after ${timeoutMs} ms (at stop ${index})`);
    }
  } finally {
    observer.disconnect();
    delete element.performUpdate;
  }
  return { frames, long, stopsSeen: seen.size, seconds: (performance.now() - started) / 1000 };
}
