// A small same-origin server for the hostile-feed suite: the page (with or without the demo's
// strict CSP), the built dist/, and each case's feed at its own URL, held in memory.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../../scripts/serve.mjs';
import { ROOT } from '../widgets.mjs';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json' };

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hostile feeds</title>
<script type="module" src="/dist/asskomm-widgets.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;

/**
 * Starts the server on a free port: `{ origin, feeds: Map<path, string | Buffer>, whenSent(path), stop() }`.
 * HOSTILE_DIST serves another build (e.g. a copy, so a rebuild meanwhile cannot disturb a long run).
 */
export async function startHostileServer() {
  const feeds = new Map();
  const sent = new Map();
  const dist = normalize(process.env.HOSTILE_DIST ?? join(ROOT, 'dist'));
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/page.html') {
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (url.searchParams.get('csp') === '1') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      response.writeHead(200, headers).end(PAGE);
      return;
    }
    if (feeds.has(url.pathname)) {
      response
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(feeds.get(url.pathname), () => {
          sent.get(url.pathname)?.();
          sent.delete(url.pathname);
        });
      return;
    }
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(dist, url.pathname.slice('/dist/'.length)));
      if (file.startsWith(dist)) {
        try {
          const body = await readFile(file);
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          // falls through to 404
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address();
  return {
    origin: `http://localhost:${port}`,
    feeds,
    /** Resolves once the feed at `path` has been sent in full (the hang clock starts there). */
    whenSent: (path) => new Promise((resolve) => sent.set(path, resolve)),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
