// A Chrome trace of one render, reduced to self time per phase on the page's main thread:
// script, garbage collection, style, layout (and forced style/layout inside script), paint and
// commit, HTML parsing. It tells whether a render is slow in our code or in the amount of DOM
// it asks the browser to style, lay out and paint.
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'disabled-by-default-v8.gc',
];

const PHASES = [
  ['gc', /GC|Scavenge|MarkCompact|Sweep/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController|ResizeObserver)/],
  ['paint + commit', /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage|Decode)/],
  ['parse HTML', /^ParseHTML/],
  ['hit test', /^HitTest/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|HandlePostMessage|XHR|ResourceReceivedData)/,
  ],
];

const phaseOf = (name) => PHASES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** Complete events (ts, end in µs) of the busiest renderer main thread. */
function mainThreadEvents(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  const open = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mains.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    if (e.ph === 'X' && e.dur) byThread.get(thread).push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.set(`${thread}:${e.name}`, e.ts);
    else if (e.ph === 'E' && open.has(`${thread}:${e.name}`)) {
      byThread.get(thread).push({ name: e.name, ts: open.get(`${thread}:${e.name}`), end: e.ts });
      open.delete(`${thread}:${e.name}`);
    }
  }
  const busy = (list) => list.reduce((sum, e) => sum + e.end - e.ts, 0);
  return [...byThread.values()].sort((a, b) => busy(b) - busy(a))[0] ?? [];
}

/** Self time per phase in ms (events nested in others count only once, in the innermost). */
export function phaseTimes(trace) {
  const events = mainThreadEvents(trace).sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack = [];
  const self = new Map();
  const close = (event) => self.set(event.phase, (self.get(event.phase) ?? 0) + event.end - event.ts - event.children);
  for (const event of events) {
    while (stack.length && stack.at(-1).end <= event.ts) close(stack.pop());
    event.children = 0;
    event.phase = phaseOf(event.name);
    // Style or layout that script asked for (reading a size mid-update) is forced, not a frame's.
    if ((event.phase === 'style' || event.phase === 'layout') && stack.some((e) => e.phase === 'script'))
      event.phase = 'forced style/layout';
    const parent = stack.at(-1);
    if (parent) parent.children += Math.min(event.end, parent.end) - event.ts;
    stack.push(event);
  }
  while (stack.length) close(stack.pop());
  // Task containers (RunTask and the like) have little self time; it stays under "other".
  return Object.fromEntries([...self].map(([phase, us]) => [phase, Math.round(us / 100) / 10]).sort((a, b) => b[1] - a[1]));
}
