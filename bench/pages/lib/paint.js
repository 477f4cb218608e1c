// When a change is on screen, measured on the main thread. Headless Chromium draws at a fixed
// 60 Hz, so waiting for frames adds up to 17 ms of idle time per frame; "work" leaves that
// idle out and "wall" (the double requestAnimationFrame of the issue) keeps it in.

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * The next frame's rendering work: from its requestAnimationFrame callbacks to the end of its
 * style, layout and paint (a message posted from rAF runs right after the frame's main-thread work).
 */
export function frameWork() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, end: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Waits for the first frame in which `done()` holds and returns work = the script time
 * t0 → syncEnd() plus that frame's rendering, and wall = t0 → the requestAnimationFrame after
 * that frame (the frame has been painted by then). syncEnd is read once the frame has run.
 */
export async function toPaint(t0, syncEnd, done, maxFrames = 120) {
  const first = await frameWork();
  let last = first;
  let frames = 1;
  while (!done()) {
    if (frames >= maxFrames) throw new Error(`not drawn after ${frames} frames`);
    last = await frameWork();
    frames += 1;
  }
  const wall = (await nextFrame()) - t0;
  return { work: syncEnd() - t0 + (last.end - first.start), wall, frames };
}

/** Records when the last Lit update of `element` finished (its `updated()` returned). */
export function trackUpdates(element) {
  const tracker = { lastUpdate: 0 };
  const updated = element.updated;
  element.updated = function (changed) {
    updated.call(this, changed);
    tracker.lastUpdate = performance.now();
  };
  return tracker;
}
