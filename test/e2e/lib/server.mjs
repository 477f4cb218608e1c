// Servers for the e2e tests: the real demo server (scripts/serve.mjs, strict CSP) and a plain
// static server for a folder, both on a free port.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { serve } from '../../../scripts/serve.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** `npm start`'s server on a free port: `{ origin, stop() }`. */
export async function startDemoServer() {
  const port = await freePort();
  const server = await serve(port, { quiet: true });
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}

/** Any static file server for `rootDir`, without the demo's CSP or redirects. */
export async function startStaticServer(rootDir) {
  const port = await freePort();
  const server = await startDevServer({
    config: { rootDir, port, hostname: 'localhost', nodeResolve: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}
