#!/usr/bin/env node
// Packs the WordPress plugin: integrations/wordpress/asskomm-widgets/ plus the built library.
//
//   npm run wordpress:zip                              writes dist/asskomm-widgets-wordpress.zip
//   node scripts/wordpress-zip.mjs --out FILE          writes FILE instead
//   node scripts/wordpress-zip.mjs --dist DIR          packs another build (default dist/)
//
// The zip has one folder, asskomm-widgets/: the plugin source, its attribute list
// includes/attributes.json (generated here from custom-elements.json, so shortcodes, block and
// KSES know exactly the documented attributes), the project's LICENSE, and the library under lib/
// (what the plugin loads: not types/, source maps, the bundler entry index.js or zips). The library
// is built first if the build is missing or older than src/ (unless --dist names another build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { layersOf } from './docs/values.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN_DIR = join(root, 'integrations/wordpress/asskomm-widgets');
export const ZIP_NAME = 'asskomm-widgets-wordpress.zip';
const TOP = 'asskomm-widgets';

/** The block editor's German label of each widget attribute (the manifest has descriptions, no labels). */
export const LABELS = {
  src: 'Feed-Adresse',
  topology: 'Geometrie (TopoJSON)',
  layers: 'Anfangs gezeigte Ebenen',
  metric: 'Kennzahlen',
  metrics: 'Kennzahlen',
  label: 'Eigene Beschriftung',
  date: 'Stand (Datum)',
  since: 'Veränderung seit (Datum)',
  from: 'Von (Datum)',
  to: 'Bis (Datum)',
  group: 'Gruppe verbundener Widgets',
  'url-state': 'Ansicht in der Adresse festhalten',
  duration: 'Dauer des Hochzählens (ms)',
  notation: 'Schreibweise',
  heading: 'Überschrift',
  'heading-level': 'Ebene der Überschrift',
  lang: 'Sprache',
  events: 'Ereignisse zeigen',
  height: 'Höhe des Diagramms (px)',
  focus: 'Anfangs zoomen auf (Schlüssel)',
  timeline: 'Zeitleiste',
};

/** Addresses: in the editor's „Erweitert“ panel, since most sites keep the feed of the settings. */
const ADVANCED = new Set(['src', 'topology']);

/**
 * Fixed choices the editor offers instead of free text: layer ids (from the manifest) and indicator ids of
 * the bundled feed as checkboxes (comma lists), heading levels 2-6 as a select.
 */
function choicesOf(name, { layers, indicators }) {
  if (name === 'layers') return { multiple: true, choices: layers.map(({ id, label }) => ({ value: id, label })) };
  if (name === 'metric' || name === 'metrics') {
    return { multiple: true, choices: indicators.map(({ id, label }) => ({ value: id, label: label?.de ?? id })) };
  }
  if (name === 'heading-level')
    return { multiple: false, choices: [2, 3, 4, 5, 6].map((level) => ({ value: `${level}`, label: `h${level}` })) };
  return {};
}

/**
 * The widgets and their documented attributes, as includes/attributes.json holds them:
 * `{ widgets: { 'status-map': { tag, summary, attributes: { layers: { type, values, default, description, label,
 * advanced, choices?, multiple? } } } } }`. `type` is `string`, `number`, `boolean` or `enum` (with `values`, from
 * a union of string literals); `choices` (`[{ value, label }]`) are the editor's options for free-text attributes.
 */
export function attributeList(manifest, feed = { indicators: [] }) {
  const widgets = {};
  const known = { layers: layersOf(manifest), indicators: feed.indicators ?? [] };
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const attributes = {};
    for (const attribute of declaration.attributes ?? []) {
      attributes[attribute.name] = {
        ...attributeType(declaration.tagName, attribute),
        default: attribute.default ?? null,
        description: attribute.description ?? '',
        label: LABELS[attribute.name] ?? attribute.name,
        advanced: ADVANCED.has(attribute.name),
        ...choicesOf(attribute.name, known),
      };
    }
    widgets[declaration.tagName.replace(/^asskomm-/, '')] = { tag: declaration.tagName, summary: declaration.summary ?? '', attributes };
  }
  return { generatedFrom: 'custom-elements.json', widgets };
}

function attributeType(tag, { name, type }) {
  const text = type?.text ?? 'string';
  if (['string', 'number', 'boolean'].includes(text)) return { type: text, values: [] };
  const literals = text.split('|').map((part) => part.trim().match(/^'([^']*)'$/)?.[1]);
  if (literals.every((literal) => literal !== undefined)) return { type: 'enum', values: literals };
  throw new Error(`${tag}: attribute ${name} has type ${text}, which the WordPress plugin does not know`);
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir) {
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      // Dirent.parentPath came with Node 20.12; `path` is its older name (engines allow Node 20.0).
      .map((entry) =>
        relative(dir, join(entry.parentPath ?? entry.path, entry.name))
          .split(sep)
          .join('/'),
      )
      .sort()
  );
}

/** The last change of a file below `dir`, in ms. */
function newestBelow(dir) {
  return Math.max(...filesBelow(dir).map((path) => statSync(join(dir, path)).mtimeMs));
}

/** Why the library in `distDir` must be built before packing (missing, or older than `srcDir`), or ''. */
export function buildReason({ distDir, srcDir }) {
  const entry = join(distDir, 'asskomm-widgets.js');
  if (!existsSync(entry)) return `${relative(process.cwd(), entry)} is missing`;
  if (newestBelow(srcDir) > statSync(entry).mtimeMs) return `src/ changed after ${relative(process.cwd(), distDir)} was built`;
  return '';
}

/**
 * Whether a file of the build belongs in the plugin: not the type declarations, source maps (the full
 * TypeScript and node_modules sources, ~1.3 MB), the bundler entry index.js (the plugin loads the script-tag
 * entry) or an earlier zip.
 */
export function shippedFromBuild(path) {
  return !path.startsWith('types/') && !path.endsWith('.map') && !/^index\.js$/.test(path) && !path.endsWith('.zip');
}

/** The plugin's version is the library's: written into the plugin header and readme.txt. */
function stampVersion(path, text, version) {
  if (path === 'asskomm-widgets.php') {
    return text
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'ASSKOMM_WIDGETS_VERSION', '[^']*' \);/, `define( 'ASSKOMM_WIDGETS_VERSION', '${version}' );`);
  }
  if (path === 'readme.txt') return text.replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  return text;
}

/** The zip's entries: path in the zip => bytes. */
export function pluginEntries({ distDir, manifest, version }) {
  const entries = {};
  for (const path of filesBelow(PLUGIN_DIR)) {
    const bytes = readFileSync(join(PLUGIN_DIR, path));
    const stamped = /\.(php|txt)$/.test(path) ? Buffer.from(stampVersion(path, bytes.toString('utf8'), version)) : bytes;
    entries[`${TOP}/${path}`] = stamped;
  }
  const feed = JSON.parse(readFileSync(join(distDir, 'asskomm.json'), 'utf8'));
  entries[`${TOP}/includes/attributes.json`] = Buffer.from(`${JSON.stringify(attributeList(manifest, feed), null, 2)}\n`);
  // MIT asks for the notice with every copy.
  entries[`${TOP}/LICENSE`] = readFileSync(join(root, 'LICENSE'));
  for (const path of filesBelow(distDir).filter(shippedFromBuild)) {
    entries[`${TOP}/lib/${path}`] = readFileSync(join(distDir, path));
  }
  return entries;
}

/** Writes the zip; returns its entries' paths. */
export function writePluginZip({ distDir, out }) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = pluginEntries({ distDir, manifest, version });
  // Every entry dated now, not to a fixed date: a PHP opcache checks file dates, and a copy unpacked over an
  // older one with the same date would keep running the old code.
  const packed = new Date();
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { level: 9, mtime: packed }]])));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return Object.keys(entries);
}

function main(args) {
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const distDir = resolve(option('--dist') ?? join(root, 'dist'));
  const out = resolve(option('--out') ?? join(distDir, ZIP_NAME));
  const reason = buildReason({ distDir, srcDir: join(root, 'src') });
  if (reason && option('--dist')) {
    // Another build is packed as it is; only a missing one is an error.
    if (!existsSync(join(distDir, 'asskomm-widgets.js'))) throw new Error(`${distDir} holds no asskomm-widgets.js`);
    console.warn(`Warning: ${reason}.`);
  } else if (reason) {
    // The end-to-end test packs through here: a stale build would test old widgets.
    console.log(`${reason}: building the library first (npm run build).`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const paths = writePluginZip({ distDir, out });
  console.log(`${relative(process.cwd(), out)}: ${paths.length} files, ${(readFileSync(out).length / 1000).toFixed(1)} kB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
