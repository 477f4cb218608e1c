// The widget registry (src/widgets/registry.js) against what cannot read it: the entry's import() per
// widget, each widget's folder, package.json, src/index.ts, the README, the manifest, the demo's CSS.
// A fourth widget added to the registry and forgotten in one of these fails here, naming the place.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FIELDS, WIDGETS } from '../../src/widgets/registry.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const tags = WIDGETS.map((widget) => widget.tag);
const sorted = (list) => [...list].sort();

test('registry: every record is complete, and tags, names, ids and titles are unique', () => {
  for (const widget of WIDGETS) {
    for (const field of ['tag', 'name', 'id', 'title']) {
      assert.equal(typeof widget[field], 'string', `${widget.tag ?? '?'}: ${field}`);
    }
    assert.equal(widget.tag, `asskomm-${widget.name}`, 'the tag is asskomm-<name>');
    if (widget.space) assert.deepEqual(Object.keys(widget.space).sort(), ['css', 'width'], `${widget.tag}: space`);
    for (const value of Object.values(widget.starters ?? {})) assert.equal(typeof value, 'string', `${widget.tag}: starters`);
  }
  for (const field of ['tag', 'name', 'id', 'title']) {
    assert.equal(new Set(WIDGETS.map((widget) => widget[field])).size, WIDGETS.length, `${field} repeated`);
  }
});

test('registry: the fields the build ships are the ones the types allow the entry to read', () => {
  const declared = /BUNDLED_FIELDS: readonly \[([^\]]*)\]/.exec(read('src/widgets/registry.d.ts'))?.[1];
  assert.deepEqual(
    declared?.split(',').map((field) => field.trim().replace(/'/g, '')),
    BUNDLED_FIELDS,
  );
  for (const field of BUNDLED_FIELDS)
    assert.ok(
      WIDGETS.some((widget) => field in widget),
      `${field} is a field of the registry`,
    );
});

test('src/all.ts loads each widget of the registry by its own import() of src/widgets/<name>/define.js', () => {
  const loader = /'([\w-]+)': \(\) => import\('\.\/widgets\/([\w-]+)\/define\.js'\)/g;
  const loaders = [...read('src/all.ts').matchAll(loader)].map(([, tag, name]) => ({ tag, name }));
  assert.deepEqual(
    sorted(loaders.map(({ tag, name }) => `${tag} ${name}`)),
    sorted(WIDGETS.map(({ tag, name }) => `${tag} ${name}`)),
    'the loaders of src/all.ts',
  );
});

test('one src/widgets/<name>/define.ts per widget, defining its tag; no unregistered widget folder', () => {
  for (const { tag, name } of WIDGETS) {
    const path = `src/widgets/${name}/define.ts`;
    assert.ok(existsSync(`${root}${path}`), `${path} is missing`);
    assert.match(read(path), new RegExp(`defineElement\\('${tag}',`), `${path} defines ${tag}`);
  }
  const folders = readdirSync(`${root}src/widgets`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}src/widgets/${entry.name}/define.ts`))
    .map((entry) => entry.name);
  assert.deepEqual(sorted(folders), sorted(WIDGETS.map((widget) => widget.name)), 'folders of src/widgets/ with a define.ts');
});

test('src/index.ts exports each widget from its define.js', () => {
  const exported = [...read('src/index.ts').matchAll(/from '\.\/widgets\/([\w-]+)\/define\.js'/g)].map(([, name]) => name);
  assert.deepEqual(sorted(exported), sorted(WIDGETS.map((widget) => widget.name)), 'widgets exported by src/index.ts');
});

test('package.json: an export and a sideEffects entry per widget, and none for others', () => {
  const pkg = JSON.parse(read('package.json'));
  for (const { name } of WIDGETS) {
    const expected = { types: `./dist/types/widgets/${name}/define.d.ts`, default: `./dist/${name}.js` };
    assert.deepEqual(pkg.exports[`./${name}`], expected, `exports["./${name}"]`);
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), `sideEffects: ./dist/${name}.js`);
  }
  const widgetExports = Object.keys(pkg.exports).filter((key) => pkg.exports[key].types?.includes('/widgets/'));
  assert.deepEqual(sorted(widgetExports), sorted(WIDGETS.map((widget) => `./${widget.name}`)), 'widget exports of package.json');
});

test('README: each tag in the element table, the API reference and the list of dist/ files', () => {
  const readme = read('README.md');
  const tableRows = [...readme.matchAll(/^\| `<(asskomm-[\w-]+)>` \|/gm)].map(([, tag]) => tag);
  assert.deepEqual(sorted(tableRows), sorted(tags), 'Tabelle „Element | zeigt“');
  const api = readme.slice(readme.indexOf('<!-- api:start -->'), readme.indexOf('<!-- api:end -->'));
  assert.deepEqual(sorted([...api.matchAll(/^### `<(asskomm-[\w-]+)>`$/gm)].map(([, tag]) => tag)), sorted(tags), 'API-Referenz');
  const buildRow = readme.split('\n').find((line) => line.startsWith('| `npm run build` |'));
  for (const { name } of WIDGETS) assert.ok(buildRow?.includes(`\`dist/${name}.js\``), `npm run build: dist/${name}.js`);
});

test('custom-elements.json declares each tag, with every starter attribute', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const declared = declarations.map((declaration) => declaration.tagName);
  assert.deepEqual(sorted(declared), sorted(tags), 'tags in custom-elements.json (npm run docs)');
  for (const { tag, starters = {} } of WIDGETS) {
    const attributes = declarations.find((declaration) => declaration.tagName === tag).attributes.map((attribute) => attribute.name);
    for (const name of Object.keys(starters)) assert.ok(attributes.includes(name), `${tag}: starter ${name} is an attribute`);
  }
});

test("reserved space: the width is the widget's --_preferred-width, and demo/widget-space.css reserves the same", () => {
  // The same CSS once comments and the whitespace that does not matter (line breaks, around
  // braces, colons, semicolons, commas and parentheses, a last semicolon) are gone; `space.css`
  // holds flat rules for `&`, the undefined element (`&[timeline]{…}`), which the entry writes out as in the demo.
  const normalize = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,()])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  const sheet = normalize(read('demo/widget-space.css'));
  const expected = [];
  for (const { tag, name, space } of WIDGETS) {
    if (!space) {
      assert.ok(!sheet.includes(tag), `widget-space.css reserves nothing for ${tag}`);
      continue;
    }
    const preferredWidth = `--_preferred-width: ${space.width};`;
    assert.ok(read(`src/widgets/${name}/${name}.styles.ts`).includes(preferredWidth), `${name}.styles.ts: ${preferredWidth}`);
    // Only rules for `&`, none nested: a bare declaration or a nested rule would be lost in the entry's sheet.
    assert.match(space.css, /^(&[^&{}]*\{[^&{}]*\})+$/, `${tag}: space.css is flat rules for &`);
    const undefinedTag = `${tag}:not(:defined)`;
    expected.push(normalize(space.css.replace(/&/g, undefinedTag)));
  }
  // Full selectors: CSS nesting is lost in older browsers and in CMS style sanitizers.
  assert.doesNotMatch(sheet, /&/, 'widget-space.css without nesting');
  assert.equal(sheet, expected.join(''), 'widget-space.css: the space of each widget, in the order of the registry');
});
