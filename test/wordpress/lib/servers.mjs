// The servers of the throwaway WordPress, each in a process group of its own: MariaDB on a socket in the
// temp folder without network, PHP's built-in server on a free port. Started, waited for, stopped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** A fresh MariaDB data folder in `root` and its server on `socket`, with an empty database `wordpress`. */
export async function startMariaDb(root, socket) {
  const datadir = join(root, 'db');
  const user = isRoot ? ['--user=root'] : [];
  const install = spawnSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
    { encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`mariadb-install-db fehlgeschlagen:\n${install.stdout}\n${install.stderr}`);
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(root, 'mysqld.pid')}`,
      `--log-error=${join(root, 'mysqld.log')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=64M',
      // Throwaway data: no flush on shutdown.
      '--innodb-fast-shutdown=2',
      ...user,
    ],
    { stdio: 'ignore', detached: true },
  );
  await waitFor(
    () => existsSync(socket),
    'MariaDB',
    () => readLog(join(root, 'mysqld.log')),
    server,
  );
  const create = spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', 'CREATE DATABASE wordpress'], {
    encoding: 'utf8',
  });
  if (create.status !== 0) {
    await stopProcess(server);
    throw new Error(`CREATE DATABASE fehlgeschlagen: ${create.stderr}`);
  }
  return server;
}

/** PHP's built-in server for `site` on 127.0.0.1:`port`, answering once wp-login.php does. */
export async function startPhpServer(site, port, logFile) {
  // Several workers: the block editor loads its scripts in parallel, and a REST request may wait on another.
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    cwd: site,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stderr.on('data', (chunk) => {
    output += chunk;
    if (output.length > 200000) output = output.slice(-100000);
  });
  server.on('exit', () => writeFileSync(logFile, output));
  const answers = async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/wp-login.php`, { redirect: 'manual' })).status === 200;
    } catch {
      return false;
    }
  };
  await waitFor(answers, 'PHP-Server', () => output, server);
  return server;
}

async function waitFor(ready, name, details, child, timeout = 30000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${name} hat sich beendet (${child.exitCode}):\n${details()}`);
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopProcess(child);
  throw new Error(`${name} nicht bereit nach ${timeout} ms:\n${details()}`);
}

/** Signals the process group of a child we started (PHP's workers are in it); false when it is gone. */
export function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Ends a process group we started and waits for it (SIGKILL after 10 s). */
export async function stopProcess(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (!killGroup(child, 'SIGTERM')) return;
  const timeout = setTimeout(() => killGroup(child, 'SIGKILL'), 10000);
  await exited;
  clearTimeout(timeout);
}

const readLog = (file) => (existsSync(file) ? readFileSync(file, 'utf8').slice(-3000) : '');

/** `lap(step)` logs the time since the last lap (or restart) and since the start. */
export function stopwatch(log) {
  const start = Date.now();
  let last = start;
  const lap = (step) => {
    const now = Date.now();
    log(`${step}: ${((now - last) / 1000).toFixed(1)} s (seit Start ${((now - start) / 1000).toFixed(1)} s)`);
    last = now;
  };
  lap.restart = () => {
    last = Date.now();
  };
  return lap;
}
