// Issue 17's target lines: printed only for what the run measured, under the issue they belong to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTargets } from './lib/targets.mjs';

const cold = (median) => ({ cold: { work: { median } } });
const interaction = { hover: { work: { median: 3 } }, toggle: { work: { p95: 20 } }, step: { work: { p95: 7 } } };
const throttled = (map, leaflet) => ({ rate: 4, map: cold(map), leaflet: cold(leaflet) });
const chart = (series, points) => ({ series, points, cold: { work: { median: 280 } }, step: { work: { p95: 12 } } });
const lines = (results, issue) =>
  checkTargets(results)
    .find((g) => g.issue === issue)
    ?.lines.map((l) => l.line) ?? [];

test('checkTargets prints interaction lines of issue 17 and issue 7 apart, each with its own limit', () => {
  const groups = checkTargets({ interaction });
  assert.deepEqual(
    groups.map((g) => g.issue),
    [17, 7],
  );
  assert.ok(lines({ interaction }, 17).includes('FAIL  legend toggle ≤ 16 ms (p95): 20.0 ms (over by 4.0 ms)'));
  assert.ok(lines({ interaction }, 17).includes('PASS  hover ≤ 4 ms median: 3.0 ms'));
});

test('checkTargets leaves out the lines whose section did not run', () => {
  const printed = lines({ interaction }, 17).join('\n');
  assert.doesNotMatch(printed, /Leaflet|first paint|gzip|chart 10/);
});

test('checkTargets reports the throttled first paint beside Leaflet: PASS when ours is not slower, else INFO', () => {
  assert.deepEqual(lines({ throttled: throttled(900, 400) }, 17), [
    'INFO  time to first paint of the map, CPU 4× slower (work median; reported beside Leaflet): 2.25× (ours 900.0 ms, Leaflet 400.0 ms)',
  ]);
  assert.match(lines({ throttled: throttled(300, 400) }, 17)[0], /^PASS {2}time to first paint/);
});

test("checkTargets names the chart's case when it is not issue 17's 10 × 1,000", () => {
  assert.deepEqual(lines({ scale: { maps: [], chart: chart(10, 1000) } }, 17), [
    'PASS  chart 10 × 1,000 points: render ≤ 300 ms (work median): 280.0 ms',
    'PASS  chart 10 × 1,000 points: keyboard step ≤ 16 ms (p95): 12.0 ms',
  ]);
  assert.match(lines({ scale: { maps: [], chart: chart(3, 500) } }, 17)[0], /^PASS {2}chart 3 × 500 points \(not issue 17's 10 × 1,000\)/);
});

test('checkTargets compares the map with Leaflet at each scale that ran with its peers', () => {
  const scale = (id, map, leaflet) => ({
    id,
    renderers: { map: cold(map), floor: cold(50), ...(leaflet ? { leaflet: cold(leaflet) } : {}) },
    hover: { work: { median: 5 } },
  });
  const printed = lines(
    { scale: { maps: [scale('saxony', 60, 50), scale('east-4', 100, 130), scale('germany', 900)], chart: chart(10, 1000) } },
    17,
  );
  assert.ok(
    printed.includes(
      "FAIL  map cold render ≤ Leaflet's, Saxony, 419 Gemeinden (ours ÷ Leaflet, section 5): 1.20× (ours 60.0 ms, Leaflet 50.0 ms) (over by 0.20×)",
    ),
  );
  assert.ok(printed.some((l) => l.startsWith("PASS  map cold render ≤ Leaflet's, 4 Länder")));
  assert.ok(!printed.some((l) => l.includes("Leaflet's, Germany")), 'no Leaflet figure at Germany, no line');
  assert.ok(printed.includes('PASS  Germany-wide map render ≤ 1,000 ms (work median): 900.0 ms'));
  assert.ok(
    printed.includes('PASS  Saxony map render ≤ 1.5× the bare-DOM floor (work medians, section 5): 1.20× (ours 60.0 ms, floor 50.0 ms)'),
  );
});

test("the timeline's long frames all count; those with the main thread idle are told apart", async () => {
  const { longFrames } = await import('./suites/timeline.mjs');
  const idleFrame = { duration: 63.8, blocking: 0, scripts: 0, rendering: 0.6 };
  const scriptFrame = { duration: 52, blocking: 0, scripts: 31, rendering: 4 };
  const blockingFrame = { duration: 70, blocking: 20, scripts: 0, rendering: 2 };
  const renderingFrame = { duration: 55, blocking: 0, scripts: 0, rendering: 40 };
  assert.deepEqual(longFrames([]), { count: 0, max: 0, idle: 0, idleMax: 0 });
  assert.deepEqual(longFrames([idleFrame, scriptFrame, blockingFrame, renderingFrame]), { count: 4, max: 70, idle: 1, idleMax: 63.8 });
  const timeline = (long) => ({ step: { work: { median: 9 } }, play: { maxFrame: 22.7, long } });
  const line = (long) => checkTargets({ timeline: timeline(long) }).find((g) => g.issue === 15).lines[1].line;
  assert.match(line(longFrames([])), /^PASS .*22\.7 ms/);
  assert.match(line(longFrames([idleFrame])), /^FAIL .*63\.8 ms/);
});
