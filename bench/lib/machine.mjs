// The facts a figure needs to be compared: where and with what it was measured.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

function gitCommit() {
  try {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim();
    return dirty ? `${commit} (src/ with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

export function machine(chromiumVersion) {
  const cpus = os.cpus();
  const debian = existsSync('/etc/debian_version') ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}` : os.type();
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${debian}, ${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    commit: gitCommit(),
    // Other work on the machine skews timings: the 1-minute load average when the run started.
    load: Number(os.loadavg()[0].toFixed(2)),
  };
}
