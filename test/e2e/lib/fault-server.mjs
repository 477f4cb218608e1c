// A server for coexistence tests: the built dist/ under /dist/ and again under /dist2/ (a second
// copy of the library: other URLs, so the browser loads every module twice), pages and page
// scripts the test registers, each page with its own CSP, and faults per path that the test
// switches on and off while the page is open.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../scripts/serve.mjs';
import { ROOT } from './widgets.mjs';

/** The built library the tests serve: dist/, or DIST_DIR as in rollup.config.js. */
export const DIST = process.env.DIST_DIR || join(ROOT, 'dist');

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

/** The demo's strict CSP with the page's own `trusted-types` directive. */
export function strictCsp(trustedTypes) {
  const csp = CONTENT_SECURITY_POLICY.replace(/trusted-types [^;]*$/, trustedTypes);
  if (csp === CONTENT_SECURITY_POLICY && trustedTypes !== 'trusted-types lit-html')
    throw new Error('serve.mjs CSP changed: adapt strictCsp()');
  return csp;
}

/**
 * Starts the server on a free port: `{ origin, page(path, html, csp), script(path, code),
 * fail(path, status), heal(path), requests(path), stop() }`.
 */
export async function startFaultServer() {
  const pages = new Map();
  const faults = new Map();
  const counts = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (faults.has(path)) return send(faults.get(path), 'fault');
    if (pages.has(path)) {
      const { body, csp } = pages.get(path);
      return send(200, body, { 'content-type': TYPES[extname(path)] ?? 'text/plain', ...(csp ? { 'content-security-policy': csp } : {}) });
    }
    const copy = /^\/dist2?\//.exec(path);
    const file = copy && normalize(join(DIST, path.slice(copy[0].length)));
    if (!file || !file.startsWith(DIST) || !existsSync(file)) return send(404, 'not found');
    send(200, readFileSync(file), { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${server.address().port}`,
    /** An HTML page sent with `csp` (a full policy). */
    page: (path, html, csp) => pages.set(path, { body: html, csp }),
    /** A page script (CSP `script-src 'self'` allows only files). */
    script: (path, code) => pages.set(path, { body: code }),
    fail: (path, status = 404) => faults.set(path, status),
    heal: (path) => faults.delete(path),
    requests: (path) => counts.get(path) ?? 0,
    stop: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
