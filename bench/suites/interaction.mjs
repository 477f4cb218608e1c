// Section 3: input → painted result, with real input from playwright. Hover a Gemeinde
// (mouse.move), toggle a layer in the legend (mouse.click), step the chart (keyboard.press).
import { summarize } from '../lib/stats.mjs';
import { assertClean, openBench } from '../lib/pages.mjs';

export const LAYERS = ['contacted', 'model', 'kpr', 'pre-agreement', 'agreement', 'coaching', 'analysis', 'funding'];
const TIMEOUT_MS = 10_000;

/** Arms the page for the next `type` event, runs `input`, and returns the page's timing. */
export async function measure(page, type, check, input) {
  await page.evaluate(([t, c]) => window.bench.arm(t, c), [type, check]);
  await input();
  return page.evaluate(
    (ms) => Promise.race([window.bench.measured, new Promise((_, reject) => setTimeout(() => reject(new Error('no paint')), ms))]),
    TIMEOUT_MS,
  );
}

/** Gemeinden spread over the map (every k-th by key) that the pointer can reach uncovered. */
async function hoverTargets(page, count) {
  const keys = await page.evaluate(() =>
    [...document.querySelector('asskomm-status-map').shadowRoot.querySelectorAll('path.municipality')].map((p) => p.dataset.key),
  );
  const step = Math.max(1, Math.floor(keys.length / (count * 2)));
  const targets = [];
  // Every k-th first; where symbols cover those (Germany: a symbol on most Gemeinden with a
  // status), the next pass starts one key later, until enough are found or all were tried.
  for (let offset = 0; offset < step && targets.length < count; offset++) {
    for (let i = offset; i < keys.length && targets.length < count; i += step) {
      const point = await page.evaluate((key) => window.bench.pointInside(key), keys[i]);
      if (point) targets.push({ key: keys[i], ...point });
    }
  }
  const wanted = Math.min(count, 10);
  if (targets.length < wanted)
    throw new Error(`hover: only ${targets.length} of ${keys.length} Gemeinden can be reached uncovered (${wanted} wanted)`);
  return targets;
}

/** Hover times over `samples` moves between different Gemeinden (after 3 warm-up moves). */
export async function hoverTimes(page, samples) {
  // The map draws its symbols after the first paint (issue 17): targets are found once they are there.
  await page.evaluate(() => document.querySelector('asskomm-status-map')?.whenReady());
  const targets = await hoverTargets(page, Math.min(samples + 3, 40));
  const times = [];
  let moves = 0;
  for (let i = 0; moves < samples + 3 && i < 10 * (samples + 3); i++) {
    const target = targets[i % targets.length];
    // The shown tooltip and its bridge (the gap to its place, WCAG 1.4.13) belong to the place
    // hovered last: a target under them would keep that place, so it waits for another move.
    if (!(await page.evaluate((key) => window.bench.pointInside(key), target.key))) continue;
    const timing = await measure(page, 'pointermove', { kind: 'hover', key: target.key }, () => page.mouse.move(target.x, target.y));
    if (moves++ >= 3) times.push(timing);
  }
  if (times.length < samples) throw new Error(`hover: only ${times.length} of ${samples} targets were free of the tooltip`);
  // Leave the map so that a following measurement starts without a tooltip.
  await page.mouse.move(1, 1);
  return times;
}

async function toggleTimes(page, rounds) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const layer of LAYERS) {
      for (const shown of [false, true]) {
        const { x, y } = await page.evaluate((l) => window.bench.checkboxCentre(l), layer);
        const timing = await measure(page, 'click', { kind: 'toggle', layer, shown }, () => page.mouse.click(x, y));
        if (round > 0 || layer !== LAYERS[0]) times.push(timing);
      }
    }
  }
  return times;
}

/** Keyboard steps on the chart: ← and → in turn, so every press moves the tooltip. */
export async function stepTimes(page, samples) {
  // The chart builds its data table in the first idle period after its render (issue 17): steps
  // are measured once it is there, not in the frame that lays it out.
  await page.evaluate(() => document.querySelector('asskomm-progress-chart')?.whenReady());
  await page.evaluate(() => window.bench.focusPlot());
  const times = [];
  for (let i = 0; i < samples + 2; i++) {
    const key = i % 2 ? 'ArrowRight' : 'ArrowLeft';
    const timing = await measure(page, 'keydown', { kind: 'step' }, () => page.keyboard.press(key));
    if (i >= 2) times.push(timing);
  }
  return times;
}

const summary = (timings) => ({ work: summarize(timings.map((t) => t.work)), wall: summarize(timings.map((t) => t.wall)) });

export async function interactionSuite({ browser, origin, log, samples }) {
  log('interaction: map hover and layer toggle (default feed, 419 Gemeinden)');
  const map = await openBench(browser, origin, { renderer: 'map' });
  await map.page.evaluate(() => window.bench.render());
  const hover = await hoverTimes(map.page, samples);
  const toggle = await toggleTimes(map.page, Math.max(2, Math.ceil(samples / 16) + 1));
  assertClean(map, 'map interactions');
  await map.close();

  log('interaction: chart keyboard step (3 series)');
  const chart = await openBench(browser, origin, { renderer: 'chart' });
  await chart.page.evaluate(() => window.bench.render());
  const step = await stepTimes(chart.page, samples);
  assertClean(chart, 'chart interactions');
  await chart.close();

  return { hover: summary(hover), toggle: summary(toggle), step: summary(step) };
}
