// `npm start` (after the build): serves the demo and dist/ at http://localhost:8000/ (PORT
// overrides). Every page is sent with the strict Content-Security-Policy that the widgets
// promise to work under, so the demo proves it on every visit.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Koa middleware: `/` opens the demo; HTML pages get the CSP. */
export async function demoMiddleware(context, next) {
  if (context.path === '/' || context.path === '/index.html') {
    context.redirect('/demo/');
    return;
  }
  await next();
  if (context.response.is('html')) context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
}

/** Starts the server; `quiet` leaves out the greeting (for tests). Resolves to the dev server. */
export async function serve(port = Number(process.env.PORT ?? 8000), { quiet = false } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: fileURLToPath(new URL('..', import.meta.url)),
      port,
      hostname: 'localhost',
      nodeResolve: false,
      watch: false,
      middleware: [demoMiddleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  if (!quiet) {
    console.log(`ASSKomm-Widgets: Demo unter http://localhost:${port}/ (Beenden mit Strg+C)`);
    console.log(`  Beispiele:    http://localhost:${port}/demo/`);
    console.log(`  Konfigurator: http://localhost:${port}/demo/configurator.html`);
    console.log(`  Musterseite:  http://localhost:${port}/demo/cms.html`);
  }
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
