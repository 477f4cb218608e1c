// `npm run test:engines` builds dist/ only when it is missing or older than its sources (after
// `npm run test:e2e` it is current).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUTS = ['dist/asskomm-widgets.js', 'dist/asskomm.json', 'dist/sachsen.topo.json'];
const INPUTS = ['src', 'data', 'rollup.config.js', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const missing = OUTPUTS.filter((file) => !existsSync(join(ROOT, file)));
const built = missing.length ? 0 : Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
const changed = INPUTS.filter((input) => existsSync(join(ROOT, input)) && newest(join(ROOT, input)) > built);
if (missing.length || changed.length) {
  console.log(
    `test:engines: npm run build (${missing.length ? `fehlt: ${missing.join(', ')}` : `neuer als dist/: ${changed.join(', ')}`})`,
  );
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
