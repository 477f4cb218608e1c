// Serves the repository (dist/, demo/, bench/pages/, bench/.cache/, the peers in node_modules/)
// on a free localhost port. Bench pages run without a CSP because Vega compiles expressions with
// Function(); the demo page gets the strict CSP it is published with.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function demoPolicy(context, next) {
  await next();
  if (context.path.startsWith('/demo/') && context.response.is('html')) context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
}

/** `root`: another built work tree (the compare scripts serve two or more side by side). */
export async function startServer(root = ROOT) {
  const server = await startDevServer({
    config: { rootDir: root, port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [demoPolicy] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
