// The download check of the engines run, on the Node side: the file a browser saved into its
// download folder. The checks of its contents are shared with the e2e run (test/e2e/lib/downloads.mjs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export { assertChartFileMatchesTable, assertJsonMatchesCsv, assertMapFileMatchesTable, parseCsv } from '../e2e/lib/downloads.mjs';

/**
 * The file `name` in `folder` once it holds `size` bytes (a browser writes a download elsewhere
 * first, or grows it), or undefined after `timeout` ms.
 */
export async function savedFile(folder, name, size, timeout = 10000) {
  const path = join(folder, name);
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(100)) {
    if (existsSync(path) && statSync(path).size === size) return readFileSync(path);
  }
  return undefined;
}
