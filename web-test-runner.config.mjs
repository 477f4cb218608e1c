// Runs every test in Debian's headless Chromium (no downloaded browser: see README).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as in dist/ (its dev build prints "Lit is in dev mode" in every test file).
  nodeResolve: { exportConditions: ['production'] },
  // Background tabs never fire requestAnimationFrame: one page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // A large attribute-fuzzing run (ATTR_N) needs longer than the default 120 s per file.
  testsFinishTimeout: Math.max(120_000, (Number(process.env.ATTR_N) || 0) * 250),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    // Chromium's accessibility tree (names and roles as screen readers get them), for `a11ySnapshot()`.
    a11ySnapshotPlugin(),
    // Screenshot tests (test/visual/): baselines in test/visual/baselines/<browser>/, committed; a failed shot
    // and its diff go to test/visual/failed/ (git-ignored). `npm run test:visual:update` rewrites the baselines.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINES === '1',
      baseDir: 'test/visual',
      getBaselineName: ({ browser, name }) => `baselines/${browser}/${name}`,
      getFailedName: ({ browser, name }) => `failed/${browser}/${name}`,
      getDiffName: ({ browser, name }) => `failed/${browser}/${name}-diff`,
      // pixelmatch's colour distance per pixel (its default 0.1), then how many pixels may differ. Three runs
      // differed by 0 px; the zoom buttons moved back into the frame differ by 838-877 px, a legend 4 px over by 1-3 %.
      diffOptions: { threshold: 0.1 },
      failureThresholdType: 'pixel',
      failureThreshold: 100,
    }),
    // The attribute-fuzzing suite reads its size and seed here: `ATTR_N=5000 ATTR_SEED=7 npx web-test-runner …`.
    {
      name: 'attribute-fuzz-config',
      serve: (context) =>
        context.path === '/__attribute-fuzz.json'
          ? { type: 'json', body: JSON.stringify({ n: Number(process.env.ATTR_N) || 300, seed: Number(process.env.ATTR_SEED) || 1 }) }
          : undefined,
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
