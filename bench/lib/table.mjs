// The one table `npm run bench` prints (and bench/README.md quotes): every section that ran,
// then the issues' targets as pass/fail lines, one group per issue.
import { checkTargets } from './targets.mjs';

const n = (v) => v.toLocaleString('en-US');
const f1 = (v) => v.toFixed(1);
const pad = (s, w) => String(s).padStart(w);
const spread = (s) => `${f1(s.median)} [${f1(s.p25)}–${f1(s.p75)}]`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function header(m, options) {
  return [
    `asskomm-widgets benchmark, ${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; load average ${m.load} at start`,
    `Node ${m.node}; Chromium ${m.chromium} (headless=new, --disable-gpu); viewport 1280×900, every renderer in the same 960 px box`,
    `runs: ${options.runs} per render (+${options.warmup} warm-up, alternating, fresh page each), ${options.samples} per interaction, ${options.scaleRuns} per scale render, ${options.cycles} memory cycles`,
  ];
}

function sizes(s) {
  const lines = [
    '',
    '1. Bytes (dist/, each file compressed on its own)',
    `   ${'what'.padEnd(34)}${pad('files', 6)}${pad('min', 10)}${pad('gzip -9', 10)}${pad('brotli', 10)}`,
  ];
  for (const r of s.rows)
    lines.push(
      r.missing
        ? `   ${r.label.padEnd(34)}${r.missing}`
        : `   ${r.label.padEnd(34)}${pad(r.files.length, 6)}${pad(n(r.min), 10)}${pad(n(r.gzip), 10)}${pad(n(r.brotli), 10)}`,
    );
  const peerLabels = {
    leaflet: 'peer: Leaflet + css + topojson',
    vega: 'peer: vega + vega-lite + embed',
    floor: 'peer: floor (d3-array/geo, topojson)',
  };
  for (const [id, p] of Object.entries(s.peers))
    lines.push(`   ${peerLabels[id].padEnd(34)}${pad(p.files.length, 6)}${pad(n(p.min), 10)}${pad(n(p.gzip), 10)}${pad(n(p.brotli), 10)}`);
  for (const page of ['counter', 'all']) {
    const top = s.modules[page]?.packages.slice(0, 8) ?? [];
    lines.push(
      `   ${page === 'counter' ? 'counter-only' : 'all-widgets'} page by package (min B / gzip alone): ${top.map((m) => `${m.module} ${n(m.min)}/${n(m.gzip)}`).join(', ')}`,
    );
  }
  return lines;
}

function render(r) {
  const lines = [
    '',
    '2./4. Render: attach → painted frame, ms. cold = fresh page (parse, validate, build geometry, first-time code);',
    '      warm = a 2nd render on the same page; work median [p25–p75]; wall = to the 2nd rAF (incl. vsync waits)',
    `   ${'renderer'.padEnd(36)}${pad('cold work', 20)}${pad('wall', 8)}${pad('warm', 8)}${pad('÷ ours', 8)}${pad('DOM', 7)}${pad('heap', 9)}`,
  ];
  for (const e of Object.values(r)) {
    const ratio = e.peer ? `${(e.cold.work.median / r.map.cold.work.median).toFixed(2)}×` : '';
    lines.push(
      `   ${e.label.padEnd(36)}${pad(spread(e.cold.work), 20)}${pad(f1(e.cold.wall.median), 8)}${pad(f1(e.warm.work.median), 8)}${pad(ratio, 8)}${pad(n(e.heap.nodes), 7)}${pad(mb(e.heap.bytes), 9)}`,
    );
  }
  lines.push(
    "   ÷ ours: the peer's cold work ÷ our map's (below 1 = the peer is faster); DOM = nodes added, heap = JS heap held (after GC)",
  );
  return lines;
}

function throttled(t) {
  const { map, leaflet } = t;
  const lines = [
    '',
    `2b. First paint with the CPU ${t.rate}× slower (CDP Emulation.setCPUThrottlingRate, a mid-range phone): attach → painted frame, ms,`,
    `    cold, ${map.cold.work.n} runs each alternating on fresh pages (+1 warm-up round); work median [p25–p75], wall median`,
    `   ${'renderer'.padEnd(36)}${pad('cold work', 22)}${pad('wall', 9)}`,
  ];
  for (const e of [map, leaflet]) lines.push(`   ${e.label.padEnd(36)}${pad(spread(e.cold.work), 22)}${pad(f1(e.cold.wall.median), 9)}`);
  const ratio = (k) => (map.cold[k].median / leaflet.cold[k].median).toFixed(2);
  lines.push(`   ours ÷ Leaflet: work ${ratio('work')}×, wall ${ratio('wall')}× (above 1 = Leaflet paints first)`);
  return lines;
}

function interaction(i) {
  const lines = [
    '',
    '3. Interaction: real input → painted result, ms',
    `   ${'what'.padEnd(40)}${pad('median', 8)}${pad('p95', 8)}${pad('wall med', 10)}${pad('n', 5)}`,
  ];
  const labels = {
    hover: 'hover Gemeinde → highlight + tooltip',
    toggle: 'legend click → layer shown/hidden',
    step: 'chart ←/→ → tooltip',
  };
  for (const [id, t] of Object.entries(i))
    lines.push(
      `   ${labels[id].padEnd(40)}${pad(f1(t.work.median), 8)}${pad(f1(t.work.p95), 8)}${pad(f1(t.wall.median), 10)}${pad(t.work.n, 5)}`,
    );
  return lines;
}

function timeline(t) {
  const p = t.play;
  const w = p.stepFrames.work;
  return [
    '',
    `3b. Timeline of the map (issue 15), ${t.stops} stops, ms of work`,
    `   ${'what'.padEnd(40)}${pad('median', 8)}${pad('p95', 8)}${pad('max', 8)}${pad('n', 5)}`,
    `   ${'slider → (key, one stop) → map repainted'.padEnd(40)}${pad(f1(t.step.work.median), 8)}${pad(f1(t.step.work.p95), 8)}${pad(f1(t.step.work.max), 8)}${pad(t.step.work.n, 5)}`,
    `   ${'play: frames that change the stop'.padEnd(40)}${pad(f1(w.median), 8)}${pad(f1(w.p95), 8)}${pad(f1(w.max), 8)}${pad(w.n, 5)}`,
    `   play: ${n(p.frames)} frames in ${f1(p.seconds)} s, ${p.stopsSeen} stops shown; slowest frame ${f1(p.maxFrame)} ms (update ${f1(p.stepFrames.script.median)} + rendering ${f1(p.stepFrames.render.median)} median); long animation frames (> 50 ms): ${p.long.count}${p.long.count ? `, longest ${f1(p.long.max)}` : ''}${p.long.idle ? ` (${p.long.idle} with the main thread idle: no script, no blocking task, little rendering; the wait was off the main thread)` : ''}`,
  ];
}

function scale(s) {
  const lines = [
    '',
    '5. Scale: the map over generated geometry with synthetic feeds (work medians, ms; hover median/p95)',
    `   ${'set'.padEnd(28)}${pad('Gem.', 7)}${pad('entries', 8)}${pad('cold', 8)}${pad('warm', 8)}${pad('hover', 12)}${pad('DOM', 8)}${pad('heap', 9)}${pad('floor', 8)}${pad('Leaflet', 9)}${pad('Vega', 8)}`,
  ];
  const short = { saxony: 'Saxony (bundled)', 'east-4': 'SN+TH+ST+BB', germany: 'Germany' };
  for (const m of s.maps) {
    const r = m.renderers;
    const peer = (id) => (r[id] ? f1(r[id].cold.work.median) : '–');
    lines.push(
      `   ${(short[m.id] ?? m.label).padEnd(28)}${pad(n(m.municipalities), 7)}${pad(n(m.entries), 8)}${pad(f1(r.map.cold.work.median), 8)}${pad(f1(r.map.warm.work.median), 8)}${pad(`${f1(m.hover.work.median)}/${f1(m.hover.work.p95)}`, 12)}${pad(n(r.map.heap.nodes), 8)}${pad(mb(r.map.heap.bytes), 9)}${pad(peer('floor'), 8)}${pad(peer('leaflet'), 9)}${pad(peer('vega'), 8)}`,
    );
  }
  const dom = (d) => `${n(d.elements)} elements, ${n(d.comments)} comments, ${n(d.text)} text`;
  lines.push(`   our map's nodes: ${s.maps.map((m) => `${m.id} ${dom(m.renderers.map.heap.dom)}`).join('; ')}`);
  lines.push(
    `   peers' heap: ${s.maps
      .map(
        (m) =>
          `${m.id} ${Object.entries(m.renderers)
            .filter(([id]) => id !== 'map')
            .map(([id, e]) => `${id} ${mb(e.heap.bytes)}`)
            .join(', ')}`,
      )
      .join('; ')}`,
  );
  const c = s.chart;
  lines.push(
    `   ${c.label}: render ${spread(c.cold.work)} ms cold (wall ${f1(c.cold.wall.median)}, warm ${f1(c.warm.work.median)}), DOM ${n(c.heap.nodes)}, heap ${mb(c.heap.bytes)}; ←/→ step ${f1(c.step.work.median)} ms median, ${f1(c.step.work.p95)} p95`,
  );
  return lines;
}

function memory(m) {
  const lines = ['', '6. Memory: JS heap and DOM nodes after create/attach/detach cycles (after GC, warm-up excluded)'];
  for (const [id, r] of Object.entries(m)) {
    const held = r.retained ? `, removed ones still in memory: ${r.retained.alive} of the last ${r.retained.watched}` : '';
    lines.push(
      `   ${id.padEnd(10)} ${n(r.cycles)} cycles: heap growth ${pad(n(r.growth), 10)} B, DOM nodes ${r.nodes >= 0 ? '+' : ''}${r.nodes}${held}, ${f1(r.seconds)} s`,
    );
  }
  return lines;
}

function cls(c) {
  const lines = ['', '7. CLS of demo/index.html while the widgets load (throttled: 150 ms RTT, 1.6 Mbit/s)'];
  for (const r of Object.values(c)) {
    const worst = r.worstShifts
      .filter((s) => s.value >= 0.001)
      .slice(0, 3)
      .map((s) => `${s.value.toFixed(4)} at ${s.at} ms: ${s.grew.join(', ') || `moved ${s.moved.join('+')}`}`)
      .join('; ');
    lines.push(
      `   ${r.label.padEnd(32)} worst of ${r.runs}: ${r.max.toFixed(4)}, in frames where a widget resized ${r.widgetMax.toFixed(4)}${worst ? `  (${worst})` : ''}`,
    );
  }
  return lines;
}

function profile(p) {
  const lines = ['', 'Where a cold map render goes (one render each; tracing and profiling slow it down, compare shares)'];
  const phases = (t) =>
    Object.entries(t.phases)
      .map(([name, ms]) => `${name} ${f1(ms)}`)
      .join(', ');
  for (const r of Object.values(p)) {
    lines.push(`   ${r.label}: trace of ours  (${f1(r.trace.map.work)} ms): ${phases(r.trace.map)}`);
    lines.push(`   ${' '.repeat(r.label.length)}  trace of floor (${f1(r.trace.floor.work)} ms): ${phases(r.trace.floor)}`);
    lines.push(`   ${' '.repeat(r.label.length)}  trace per hover (${f1(r.trace.hover.work)} ms): ${phases(r.trace.hover)}`);
    lines.push(
      `   ${' '.repeat(r.label.length)}  JS self time by module: ${r.modules
        .slice(0, 8)
        .map((m) => `${m.name} ${f1(m.ms)}`)
        .join(', ')}`,
    );
  }
  return lines;
}

export function formatResults(results) {
  const lines = header(results.machine, results.options);
  if (results.sizes) lines.push(...sizes(results.sizes));
  if (results.render) lines.push(...render(results.render));
  if (results.throttled) lines.push(...throttled(results.throttled));
  if (results.interaction) lines.push(...interaction(results.interaction));
  if (results.timeline) lines.push(...timeline(results.timeline));
  if (results.scale) lines.push(...scale(results.scale));
  if (results.memory) lines.push(...memory(results.memory));
  if (results.cls) lines.push(...cls(results.cls));
  if (results.profile) lines.push(...profile(results.profile));
  lines.push('', 'Targets, one group per issue (reported, not enforced; INFO = a figure reported beside a peer, no limit):');
  for (const group of checkTargets(results)) lines.push(`  ${group.title}:`, ...group.lines.map((t) => `   ${t.line}`));
  return lines.join('\n');
}
