// `npm run build`: dist/ is a complete deployment. asskomm-widgets.js is the script-tag entry;
// each widget of src/widgets/registry.js also has its own entry for bundler users; the geometry and default feed are
// copied beside them, and every chunk stays in dist/ so assets resolve next to the script.
import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { BUNDLED_FIELDS, WIDGETS } from './src/widgets/registry.js';

/**
 * dist/ is copied to servers as a whole: chunks of earlier builds must not linger in it.
 * (DIST_DIR=/tmp/x builds elsewhere, e.g. to compare sizes, and leaves dist/ alone.)
 */
function emptyOutputDir() {
  return {
    name: 'empty-output-dir',
    renderStart({ dir }) {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The data files a deployment needs, emitted as they are. */
function copyData(files) {
  return {
    name: 'copy-data',
    generateBundle() {
      for (const file of files) {
        if (existsSync(`data/${file}`)) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`data/${file}`) });
      }
    },
  };
}

/**
 * Lit and d3 are BSD/ISC licensed: their notices must travel with the code. terser drops
 * comments, so the notices of every bundled package go into one file beside the bundle.
 */
function thirdPartyLicenses(fileName) {
  return {
    name: 'third-party-licenses',
    generateBundle() {
      const packages = new Map();
      for (const id of this.getModuleIds()) {
        const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
        if (!match || packages.has(match[1])) continue;
        const root = match[1];
        const meta = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
        const licenseFile = readdirSync(root).find((name) => /^(licen[sc]e|copying)/i.test(name));
        const text = licenseFile ? readFileSync(`${root}/${licenseFile}`, 'utf8').trim() : `License: ${meta.license}`;
        packages.set(root, `${meta.name} ${meta.version} (${meta.license})\n\n${text}`);
      }
      const body = [...packages.values()].sort().join(`\n\n${'-'.repeat(72)}\n\n`);
      this.emitFile({ type: 'asset', fileName, source: `Third-party software in asskomm-widgets:\n\n${body}\n` });
    },
  };
}

/**
 * The registry's titles, starters and names serve the demo, scripts and tests: in dist/ it keeps
 * only the fields the script-tag entry reads (BUNDLED_FIELDS), about 100 B gzip less on every page.
 */
function bundledRegistry() {
  const registry = fileURLToPath(new URL('./src/widgets/registry.js', import.meta.url));
  return {
    name: 'bundled-registry',
    load(id) {
      if (id !== registry) return null;
      const shipped = (widget) => BUNDLED_FIELDS.filter((field) => field in widget).map((field) => [field, widget[field]]);
      const widgets = WIDGETS.map((widget) => Object.fromEntries(shipped(widget)));
      return `export const WIDGETS = ${JSON.stringify(widgets)};`;
    },
  };
}

/** In the sources the bundled geometry lives in data/; in dist/ it sits beside the script. */
function bundledAssetPaths() {
  return {
    name: 'bundled-asset-paths',
    transform(code, id) {
      if (!id.endsWith('src/geo/default-topology.ts') && !id.endsWith('src/geo/default-topology.js')) return null;
      return { code: code.replace("'../../data/sachsen.topo.json'", "'./sachsen.topo.json'"), map: null };
    },
  };
}

/**
 * lit-html creates its Trusted Types policy "lit-html" when it is evaluated; under a CSP without
 * 'allow-duplicates' that throws if any other Lit on the page took the name first, and no widget
 * loads. Our copy calls `createLitPolicy` (src/util/trusted-types.ts) instead, which falls
 * back to a name of our own and otherwise tells the editor what the CSP needs. The build fails
 * if Lit spells the call differently or creates a policy elsewhere, so an upgrade cannot undo this.
 */
function litTrustedTypesPolicy() {
  const policyModule = fileURLToPath(new URL('./src/util/trusted-types.ts', import.meta.url));
  const call = /\b([\w$.]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g;
  let replaced = 0;
  return {
    name: 'lit-trusted-types-policy',
    buildStart() {
      replaced = 0;
    },
    transform(code, id) {
      if (id === policyModule || !code.includes('createPolicy')) return null;
      const calls = code.match(call)?.length ?? 0;
      const all = code.match(/\bcreatePolicy\b/g).length;
      if (!/[\\/]node_modules[\\/]lit-html[\\/]/.test(id) || calls !== 1 || all !== 1) {
        this.error(
          `${id}: expected exactly one createPolicy("lit-html", …) of lit-html, found ${calls} of ${all} createPolicy; adapt litTrustedTypesPolicy() in rollup.config.js`,
        );
      }
      replaced += 1;
      const patched = code.replace(call, '__asskommLitPolicy($1,');
      return { code: `import { createLitPolicy as __asskommLitPolicy } from ${JSON.stringify(policyModule)};\n${patched}`, map: null };
    },
    buildEnd(error) {
      if (!error && !replaced)
        this.error(
          'lit-html\'s createPolicy("lit-html", …) was not found: the Trusted Types fallback would be lost; adapt litTrustedTypesPolicy() in rollup.config.js',
        );
    },
  };
}

/**
 * d3-shape ships one file in which eight curve factories are made by calls at its top level
 * (`var bundle = (function custom(beta) {…})(0.85)`, `curveRadial(curveLinear)`). Rollup must keep
 * a call it cannot prove pure, and with it every curve the factory reaches: 8.2 kB of curves the
 * chart never draws (it uses `line`, `curveLinear`, `curveStepAfter` and the symbols). Marked pure,
 * the unused ones fall away (-1.0 kB gzip on chart pages, issue 17). The build fails when d3-shape
 * changes those calls, so an upgrade shows up here instead of as silent bytes.
 */
function pureD3ShapeFactories() {
  const factories = /\((function custom\()/g;
  const radial = '= curveRadial(curveLinear)';
  const expected = 7;
  return {
    name: 'pure-d3-shape-factories',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]d3-shape[\\/]/.test(id)) return null;
      const found = code.match(factories)?.length ?? 0;
      if (found !== expected || !code.includes(radial))
        this.error(
          `${id}: expected ${expected} curve factories called at the top level and one curveRadial(curveLinear), found ${found}; adapt pureD3ShapeFactories() in rollup.config.js`,
        );
      return { code: code.replace(factories, '/*#__PURE__*/($1').replace(radial, `= /*#__PURE__*/curveRadial(curveLinear)`), map: null };
    },
  };
}

const outDir = process.env.DIST_DIR || 'dist';

export default {
  input: {
    'asskomm-widgets': 'src/all.ts',
    index: 'src/index.ts',
    ...Object.fromEntries(WIDGETS.map(({ name }) => [name, `src/widgets/${name}/define.ts`])),
  },
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    // Every file is compressed and requested on its own: fold chunks under 2 kB into their
    // importer (a few hundred bytes of feed checks are cheaper inside a chunk than beside it).
    experimentalMinChunkSize: 2_000,
  },
  plugins: [
    emptyOutputDir(),
    bundledRegistry(),
    bundledAssetPaths(),
    litTrustedTypesPolicy(),
    pureD3ShapeFactories(),
    resolve({ exportConditions: ['production'] }),
    // The indentation and line breaks of our `html`, `svg` and `css` templates would ship (terser
    // keeps template strings as written): the Lit team's plugin minifies them (html-minifier-next,
    // lightningcss) before TypeScript sees them, -2.2 kB gzip over all widgets. A template it
    // cannot parse fails the build rather than shipping unminified or half-minified. Whitespace is
    // collapsed to one space, never dropped: the space in `${qualifier} </span>` is what a reader sees
    // between „rund“ and the number (dropped, it read „rund20“; +67 B gzip).
    minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    typescript({ tsconfig: './tsconfig.build.json', outDir, declarationDir: `${outDir}/types` }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    copyData(['sachsen.topo.json', 'asskomm.json']),
    thirdPartyLicenses('THIRD-PARTY-LICENSES.txt'),
  ],
};
