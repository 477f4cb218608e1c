// The targets of issues 7, 12 and 15, checked against the results and printed as pass/fail lines.
// They never change the exit code: the budget in `npm test` (scripts/size.mjs --check) does that,
// and test/e2e/memory.test.mjs guards the map's detach without timings.
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const x = (n) => `${n.toFixed(2)}×`;

const row = (r, id) => r.sizes.rows.find((s) => s.id === id);
const work = (r, id) => r.render[id].cold.work.median;
const germany = (r) => r.scale.maps.find((m) => m.id === 'germany');
// The issues ask for 1,000 cycles; a --quick run says how many it really did.
const cyclesOf = (r, widget) => r.memory[widget].cycles.toLocaleString('en-US');

/** Each target: its words, the measured value, and whether it holds. */
export const TARGETS = [
  { text: 'all-widgets bundle ≤ 45 kB gzip', value: (r) => row(r, 'all').gzip, limit: 45_000, show: kB },
  { text: 'counter-only page ≤ 10 kB gzip', value: (r) => row(r, 'counter').gzip, limit: 10_000, show: kB },
  {
    text: 'counter-only page downloads no geometry',
    value: (r) => row(r, 'counter').assets.length,
    limit: 0,
    show: (n) => `${n} geometry file(s)`,
  },
  { text: 'geometry ≤ 40 kB gzip', value: (r) => row(r, 'geometry').gzip, limit: 40_000, show: kB },
  { text: 'map render ≤ 1.3× the bare-DOM floor (work medians)', value: (r) => work(r, 'map') / work(r, 'floor'), limit: 1.3, show: x },
  {
    text: 'map render ≥ 2× faster than Leaflet (Leaflet ÷ ours)',
    value: (r) => work(r, 'leaflet') / work(r, 'map'),
    limit: 2,
    atLeast: true,
    show: x,
  },
  {
    text: 'map render ≥ 2× faster than Vega-Lite (Vega ÷ ours)',
    value: (r) => work(r, 'vega') / work(r, 'map'),
    limit: 2,
    atLeast: true,
    show: x,
  },
  { text: 'hover ≤ 4 ms median', value: (r) => r.interaction.hover.work.median, limit: 4, show: ms },
  { text: 'layer toggle ≤ 16 ms (p95)', value: (r) => r.interaction.toggle.work.p95, limit: 16, show: ms },
  { text: 'chart step ≤ 8 ms (p95)', value: (r) => r.interaction.step.work.p95, limit: 8, show: ms },
  // Issue 15: the map's timeline.
  { text: 'timeline one stop → map repainted ≤ 16 ms (work median)', value: (r) => r.timeline.step.work.median, limit: 16, show: ms },
  {
    text: 'timeline playing through all stops: every frame < 50 ms',
    value: (r) => Math.max(r.timeline.play.maxFrame, r.timeline.play.long.max),
    limit: 50,
    strict: true,
    show: ms,
  },
  {
    text: 'CLS of the demo page = 0 (worst load, any viewport)',
    value: (r) => Math.max(...Object.values(r.cls).map((c) => c.max)),
    limit: 0,
    show: (n) => n.toFixed(4),
  },
  {
    text: '… of that, in frames where a widget resized = 0',
    value: (r) => Math.max(...Object.values(r.cls).map((c) => c.widgetMax)),
    limit: 0,
    show: (n) => n.toFixed(4),
  },
  { text: 'Germany-wide map render ≤ 500 ms (work median)', value: (r) => germany(r).renderers.map.cold.work.median, limit: 500, show: ms },
  { text: 'Germany-wide hover < 16 ms (median)', value: (r) => germany(r).hover.work.median, limit: 16, strict: true, show: ms },
  ...['counter', 'chart', 'map'].map((widget) => ({
    text: (r) => `${widget}: heap growth over ${cyclesOf(r, widget)} cycles < 1 MB`,
    value: (r) => r.memory[widget].growth,
    limit: 1_000_000,
    strict: true,
    show: (n) => `${(n / 1e6).toFixed(3)} MB`,
  })),
  // Issue 12: the map detached and attached again and again holds on to nothing.
  {
    text: (r) => `map: heap growth over ${cyclesOf(r, 'map')} cycles < 0.5 MB (issue 12)`,
    value: (r) => r.memory.map.growth,
    limit: 500_000,
    strict: true,
    show: (n) => `${(n / 1e6).toFixed(3)} MB`,
  },
  {
    text: (r) => `map: no DOM growth over ${cyclesOf(r, 'map')} cycles (issue 12)`,
    value: (r) => r.memory.map.nodes,
    limit: 0,
    show: (n) => `${n >= 0 ? '+' : ''}${n} nodes`,
  },
  {
    text: (r) => `map: no removed map still in memory after GC (issue 12; the last ${r.memory.map.retained.watched} watched)`,
    value: (r) => r.memory.map.retained.alive,
    limit: 0,
    show: (n) => `${n} held`,
  },
];

/** Evaluates every target whose inputs were measured in this run. */
export function checkTargets(results) {
  const lines = [];
  for (const target of TARGETS) {
    let value;
    try {
      value = target.value(results);
    } catch {
      continue; // that section was skipped
    }
    if (value === undefined || Number.isNaN(value)) continue;
    const text = typeof target.text === 'function' ? target.text(results) : target.text;
    const pass = target.atLeast ? value >= target.limit : target.strict ? value < target.limit : value <= target.limit;
    const miss = pass
      ? ''
      : target.atLeast
        ? ` (short by ${target.show(target.limit - value)})`
        : ` (over by ${target.show(value - target.limit)})`;
    lines.push({ pass, text, value: target.show(value), line: `${pass ? 'PASS' : 'FAIL'}  ${text}: ${target.show(value)}${miss}` });
  }
  return lines;
}
