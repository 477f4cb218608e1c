// Section 2b (issue 17): time to first paint of the map with the CPU slowed 4× (CDP
// `Emulation.setCPUThrottlingRate`, the usual stand-in for a mid-range phone), beside Leaflet's
// in the same run. The render section's page, renderers and timing (attach → painted frame),
// alternating run by run on fresh pages.
import { alternate } from '../lib/pages.mjs';
import { RENDER_ENTRIES } from './render.mjs';

export const CPU_THROTTLE = 4;
const IDS = ['map', 'leaflet'];

export async function throttledSuite({ browser, origin, log, runs, warmup }) {
  const entries = RENDER_ENTRIES.filter((e) => IDS.includes(e.id));
  log(`throttled: ${IDS.join(', ')} × ${runs} runs (+${warmup} warm-up), CPU ${CPU_THROTTLE}× slower, alternating`);
  const results = await alternate(browser, origin, entries, { runs, warmup, log, cpuThrottle: CPU_THROTTLE });
  return {
    rate: CPU_THROTTLE,
    ...Object.fromEntries(entries.map((e) => [e.id, { label: e.label, cold: results[e.id].cold }])),
  };
}
