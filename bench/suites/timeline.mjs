// Issue 15, point 4: the map's timeline on the bundled feed and geometry. (a) One stop with the
// keyboard: ArrowRight on the focused slider → the map repainted at that stop, through every stop
// (after one unrecorded pass). (b) Play through all stops with the controller's real timer (about
// one second a stop), every frame recorded (lib/timeline.js on the page side).
import { summarize } from '../lib/stats.mjs';
import { assertClean, openBench } from '../lib/pages.mjs';
import { measure } from './interaction.mjs';

async function stepForward(page, stops, record) {
  await page.evaluate(() => window.bench.timelineStart());
  const times = [];
  for (let index = 1; index < stops; index++) {
    const timing = await measure(page, 'keydown', { kind: 'timeline', index }, () => page.keyboard.press('ArrowRight'));
    if (record) times.push(timing);
  }
  return times;
}

/**
 * The long animation frames, all of them counted, and how many of them had the main thread idle:
 * no script, no blocking task and little rendering (`IDLE_RENDERING_MS`). Such a frame waited off the
 * main thread. All 17 long frames of six plays on 4040802 were of that kind (50–64 ms, 0.5–1.2 ms of
 * rendering at their end); those timed started 4–14 ms after the update of a new stop, so the wait is
 * most likely the raster of the newly coloured map (software raster here: GPU off, 2 cores).
 */
const IDLE_RENDERING_MS = 16;
const idleMain = (frame) => frame.scripts === 0 && frame.blocking === 0 && frame.rendering < IDLE_RENDERING_MS;

export function longFrames(frames) {
  const idle = frames.filter(idleMain);
  const longest = (list) => (list.length ? Math.max(...list.map((frame) => frame.duration)) : 0);
  return { count: frames.length, max: longest(frames), idle: idle.length, idleMax: longest(idle) };
}

export async function timelineSuite({ browser, origin, log }) {
  log('timeline: map with `timeline`, default feed, 419 Gemeinden');
  const map = await openBench(browser, origin, { renderer: 'map', timeline: '' });
  try {
    await map.page.evaluate(() => window.bench.render());
    const stops = await map.page.evaluate(() => window.bench.timelineStart());
    log(`timeline: ${stops} stops; → through all of them twice (the first pass unrecorded)`);
    await stepForward(map.page, stops, false);
    const steps = await stepForward(map.page, stops, true);
    // Pointer off the map: hovering its drawing pauses the timeline.
    await map.page.mouse.move(1, 1);
    await map.page.evaluate(() => document.activeElement?.blur());
    log(`timeline: playing through ${stops} stops (about ${stops} s)`);
    const play = await map.page.evaluate((ms) => window.bench.playThrough(ms), (stops + 30) * 1000);
    assertClean(map, 'timeline');
    const stepFrames = play.frames.filter((f) => f.step);
    return {
      stops,
      step: { work: summarize(steps.map((t) => t.work)), wall: summarize(steps.map((t) => t.wall)) },
      play: {
        seconds: play.seconds,
        stopsSeen: play.stopsSeen,
        frames: play.frames.length,
        // Frames in which the map changed stop (a Lit update ran before them).
        stepFrames: {
          work: summarize(stepFrames.map((f) => f.work)),
          script: summarize(stepFrames.map((f) => f.script)),
          render: summarize(stepFrames.map((f) => f.render)),
        },
        maxFrame: Math.max(...play.frames.map((f) => f.work)),
        long: longFrames(play.long),
      },
    };
  } finally {
    await map.close();
  }
}
