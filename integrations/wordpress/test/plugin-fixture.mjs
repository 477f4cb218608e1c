// The WordPress plugin as `npm run wordpress:zip` packs it, from a stand-in build, unpacked as WordPress puts
// it into wp-content/plugins/, and a way to call its PHP functions outside WordPress (harness.php stubs the
// few WordPress functions). Used by test/node/wordpress-plugin.test.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { writePluginZip } from '../../../scripts/wordpress-zip.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
export const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const phpMissing = spawnSync('php', ['--version']).error
  ? 'php is not installed: the PHP checks need the php command line (apt install php-cli)'
  : false;

export const work = mkdtempSync(join(tmpdir(), 'asskomm-wp-plugin-'));

// A stand-in for dist/: the zip takes the build as it is, so a few files show what goes in and what stays out.
const fakeDist = join(work, 'dist');
mkdirSync(join(fakeDist, 'types'), { recursive: true });
for (const [path, text] of Object.entries({
  'asskomm-widgets.js': 'export {};\n',
  'asskomm-widgets.js.map': '{}\n',
  'status-map.js': 'export {};\n',
  'status-map.js.map': '{}\n',
  'index.js': 'export {};\n',
  'index.js.map': '{}\n',
  'sachsen.topo.json': '{}\n',
  'asskomm.json': readFileSync(join(root, 'data/asskomm.json'), 'utf8'),
  'THIRD-PARTY-LICENSES.txt': 'd3: ISC\n',
  'types/index.d.ts': 'export {};\n',
  'asskomm-widgets-wordpress.zip': 'old zip',
})) {
  writeFileSync(join(fakeDist, path), text);
}
const zipFile = join(work, 'plugin.zip');
writePluginZip({ distDir: fakeDist, out: zipFile });
export const entries = unzipSync(readFileSync(zipFile));
/** A file of the zip as text, by its path inside asskomm-widgets/. */
export const text = (path) => new TextDecoder().decode(entries[`asskomm-widgets/${path}`]);

const pluginDir = join(work, 'plugins');
for (const [path, bytes] of Object.entries(entries)) {
  if (path.endsWith('/')) continue;
  mkdirSync(dirname(join(pluginDir, path)), { recursive: true });
  writeFileSync(join(pluginDir, path), bytes);
}
export const unpacked = (path) => join(pluginDir, path);

export const widgets = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
/** The bundled feed, as widgets without an address get it. */
export const FEED = `https://example.org/wp-content/plugins/asskomm-widgets/lib/asskomm.json?ver=${version}`;
export const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/**
 * Calls plugin functions in PHP; returns one `{ result, enqueued, errors }` per call. `can`: the visitor's
 * capabilities (true: may edit the post); `trusted`: the post's author has unfiltered_html; `post`: false outside a
 * post (widget areas, block theme templates); `doing`: filters
 * running; `feed`: an RSS request; `sites`: a multisite's site ids; `ini`: PHP settings.
 */
export function php(
  calls,
  { can = false, trusted = false, post = true, doing = [], feed = false, sites = null, ini = {}, options = {} } = {},
) {
  const run = spawnSync('php', [join(root, 'integrations/wordpress/test/harness.php'), unpacked('asskomm-widgets')], {
    input: JSON.stringify({ can, trusted, post, doing, feed, sites, ini, options, calls }),
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
  return JSON.parse(run.stdout);
}
