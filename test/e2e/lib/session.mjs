// What every end-to-end test file needs: a built dist/, the demo server with its strict CSP,
// and Debian's Chromium, started before the file's tests and stopped after them.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { startDemoServer } from './server.mjs';
import { requireBuild } from './widgets.mjs';

/** Registers the hooks; `server` and `chromium` are set on the returned object once they run. */
export function demoSession() {
  const session = { server: undefined, chromium: undefined };
  before(async () => {
    requireBuild();
    session.server = await startDemoServer();
    session.chromium = await launch();
  });
  after(async () => {
    await session.chromium?.close();
    await session.server?.stop();
  });
  return session;
}
