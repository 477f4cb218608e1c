// Which source modules the minified bytes of a page come from, read from the build's source
// maps (rollup + terser map every output segment back to its source file), the way
// source-map-explorer does it. Gzip per module is the module's bytes compressed alone: an
// upper bound (gzip shares its dictionary across modules in the real file), good for ranking.
//
//   node bench/size/modules.mjs [page] [--dist DIR]     page: all | counter | chart | map
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { sizeReport } from '../../scripts/size.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));
/** Output that maps to no source: import/export statements and names rollup adds. */
const GLUE = '(rollup glue)';

/** Decodes one source-map `mappings` string into lines of [column, sourceIndex] segments. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Groups a source path: `lit-html`, `d3-geo`, … for packages; the path under src/ for ours. */
export function moduleName(source) {
  const path = source.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pkg) return `${pkg[1]}/${pkg[2].replace(/^(dist|src|lib|development|production|esm)\//, '')}`;
  const own = /(?:^|\/)(src\/.*)$/.exec(path);
  return own ? own[1] : path.replace(/^(\.\.\/)+/, '');
}

/** Bytes of one built file attributed to its source modules (UTF-8 bytes of the output). */
export function attributeFile(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const mapPath = join(dir, `${file}.map`);
  const parts = new Map();
  const add = (name, text) => {
    if (!text) return;
    const entry = parts.get(name) ?? { min: 0, text: [] };
    entry.min += Buffer.byteLength(text);
    entry.text.push(text);
    parts.set(name, entry);
  };
  if (!existsSync(mapPath)) {
    add(`(${file}: no source map)`, code);
    return parts;
  }
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const lines = code.split('\n');
  const nameOf = (source) => (source < 0 ? GLUE : moduleName(map.sources[source]));
  // A segment runs to the next one, across line breaks: a multi-line template literal (Lit's
  // css and html) has no segment on its later lines and belongs to the module it started in.
  let current = GLUE;
  const decoded = decodeMappings(map.mappings);
  lines.forEach((text, lineIndex) => {
    const segments = decoded[lineIndex] ?? [];
    // Lines past the mappings (the sourceMappingURL comment) are glue.
    if (lineIndex >= decoded.length) current = GLUE;
    const line = `${text}${lineIndex < lines.length - 1 ? '\n' : ''}`;
    add(current, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], i) => add(nameOf(source), line.slice(column, segments[i + 1]?.[0] ?? line.length)));
    if (segments.length) current = nameOf(segments.at(-1)[1]);
  });
  return parts;
}

/** A lookup from a (0-based) line and column of a built file to the source module it came from. */
export function sourceLocator(dir, file) {
  const mapPath = join(dir, `${file}.map`);
  if (!existsSync(mapPath)) return () => `(${file}: no source map)`;
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const decoded = decodeMappings(map.mappings);
  return (line, column) => {
    let name = GLUE;
    for (const [start, source] of decoded[line] ?? []) {
      if (start > column) break;
      name = source < 0 ? GLUE : moduleName(map.sources[source]);
    }
    return name;
  };
}

/** Per-module min and stand-alone gzip bytes of the files of one page, biggest first. */
export function pageModules(dir, files, group = (name) => name) {
  const modules = new Map();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    for (const [name, part] of attributeFile(dir, file)) {
      const key = group(name);
      const entry = modules.get(key) ?? { module: key, min: 0, text: [] };
      entry.min += part.min;
      entry.text.push(...part.text);
      modules.set(key, entry);
    }
  }
  return [...modules.values()]
    .map(({ module, min, text }) => ({ module, min, gzip: zlib.gzipSync(text.join(''), { level: 9 }).length }))
    .sort((a, b) => b.min - a.min);
}

/** Groups a module name to its package (`lit-html`, `d3-geo`) or our source folder (`src/feed`). */
export const byPackage = (name) =>
  name.startsWith('src/')
    ? name
        .split('/')
        .slice(0, name.startsWith('src/widgets/') ? 3 : 2)
        .join('/')
    : name.startsWith('(')
      ? name
      : name.startsWith('@')
        ? name.split('/').slice(0, 2).join('/')
        : name.split('/')[0];

/** Breakdown of every page of the size report, by package and by module. */
export function breakdown(dir) {
  const report = sizeReport(dir);
  const pages = {};
  for (const row of report.rows.filter((r) => !r.missing && ['all', 'counter', 'chart', 'map'].includes(r.id))) {
    pages[row.id] = { packages: pageModules(dir, row.files, byPackage), modules: pageModules(dir, row.files) };
  }
  return pages;
}

export function formatBreakdown(list, limit = 15) {
  const total = list.reduce((sum, m) => sum + m.min, 0);
  const lines = list
    .slice(0, limit)
    .map(
      (m) =>
        `  ${m.module.padEnd(52)} ${m.min.toLocaleString('en-US').padStart(8)} min ${m.gzip.toLocaleString('en-US').padStart(7)} gz*  ${((100 * m.min) / total).toFixed(1).padStart(5)} %`,
    );
  if (list.length > limit)
    lines.push(
      `  … ${list.length - limit} more, ${list
        .slice(limit)
        .reduce((s, m) => s + m.min, 0)
        .toLocaleString('en-US')} B min`,
    );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distArg = args.indexOf('--dist');
  const dir = distArg >= 0 ? resolve(args[distArg + 1]) : fileURLToPath(new URL('../../dist', import.meta.url));
  const page = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist') ?? 'counter';
  const result = breakdown(dir)[page];
  if (!result) throw new Error(`unknown page ${page}`);
  console.log(`${page}: by package\n${formatBreakdown(result.packages, 30)}\n\n${page}: by module\n${formatBreakdown(result.modules, 40)}`);
  console.log('\n* gz = the module gzipped alone, an upper bound used for ranking');
}
