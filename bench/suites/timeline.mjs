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
        long: { count: play.long.length, max: play.long.length ? Math.max(...play.long.map((l) => l.duration)) : 0 },
      },
    };
  } finally {
    await map.close();
  }
}
