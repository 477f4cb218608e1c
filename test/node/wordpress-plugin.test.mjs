// The WordPress plugin as `npm run wordpress:zip` packs it (scripts/wordpress-zip.mjs), from a stand-in
// build: its attribute list is exactly custom-elements.json's, the zip has the layout WordPress installs,
// every PHP file passes `php -l`, and its shortcodes, block, KSES and script tag do what editors and
// visitors see (run with PHP outside WordPress: integrations/wordpress/test/harness.php stubs the few
// WordPress functions). The real WordPress run is the end-to-end test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { writePluginZip } from '../../scripts/wordpress-zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const phpMissing = spawnSync('php', ['--version']).error
  ? 'php is not installed: the PHP checks need the php command line (apt install php-cli)'
  : false;

// A stand-in for dist/: the zip takes the build as it is, so a few files show what goes in and what stays out.
const work = mkdtempSync(join(tmpdir(), 'asskomm-wp-plugin-'));
const fakeDist = join(work, 'dist');
mkdirSync(join(fakeDist, 'types'), { recursive: true });
writeFileSync(join(fakeDist, 'asskomm-widgets.js'), 'export {};\n');
writeFileSync(join(fakeDist, 'status-map.js'), 'export {};\n');
writeFileSync(join(fakeDist, 'sachsen.topo.json'), '{}\n');
writeFileSync(join(fakeDist, 'asskomm.json'), '{}\n');
writeFileSync(join(fakeDist, 'types', 'index.d.ts'), 'export {};\n');
writeFileSync(join(fakeDist, 'asskomm-widgets-wordpress.zip'), 'old zip');
const zipFile = join(work, 'plugin.zip');
writePluginZip({ distDir: fakeDist, out: zipFile });
const entries = unzipSync(readFileSync(zipFile));
const text = (path) => new TextDecoder().decode(entries[`asskomm-widgets/${path}`]);

// The plugin unpacked, as WordPress puts it into wp-content/plugins/.
const pluginDir = join(work, 'plugins');
for (const [path, bytes] of Object.entries(entries)) {
  if (path.endsWith('/')) continue;
  mkdirSync(dirname(join(pluginDir, path)), { recursive: true });
  writeFileSync(join(pluginDir, path), bytes);
}

const widgets = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const FEED = 'https://example.org/wp-content/plugins/asskomm-widgets/lib/asskomm.json';
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** Calls plugin functions in PHP; returns one `{ result, enqueued, errors }` per call. */
function php(calls, { can = false, options = {} } = {}) {
  const run = spawnSync('php', [join(root, 'integrations/wordpress/test/harness.php'), join(pluginDir, 'asskomm-widgets')], {
    input: JSON.stringify({ can, options, calls }),
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
  return JSON.parse(run.stdout);
}

test('the zip has one folder asskomm-widgets/ with the plugin and the build under lib/, without types and old zips', () => {
  const paths = Object.keys(entries);
  assert.ok(paths.every((path) => path.startsWith('asskomm-widgets/')));
  for (const path of [
    'asskomm-widgets.php',
    'readme.txt',
    'uninstall.php',
    'blocks/widget/block.json',
    'blocks/widget/editor.js',
    'tinymce/asskomm-plugin.js',
    'includes/attributes.json',
    'lib/asskomm-widgets.js',
    'lib/status-map.js',
    'lib/sachsen.topo.json',
    'lib/asskomm.json',
  ]) {
    assert.ok(entries[`asskomm-widgets/${path}`], `${path} is in the zip`);
  }
  assert.ok(!paths.some((path) => path.includes('/types/') || path.endsWith('.zip')));
  assert.match(text('asskomm-widgets.php'), new RegExp(`^ \\* Version:\\s+${version}$`, 'm'));
  assert.match(text('readme.txt'), new RegExp(`^Stable tag:\\s+${version}$`, 'm'));
});

test('the attribute list in the zip is exactly the attributes custom-elements.json documents', () => {
  const list = JSON.parse(text('includes/attributes.json')).widgets;
  assert.deepEqual(
    Object.values(list)
      .map((widget) => widget.tag)
      .sort(),
    widgets.map((widget) => widget.tagName).sort(),
  );
  for (const widget of widgets) {
    const listed = list[widget.tagName.replace('asskomm-', '')].attributes;
    assert.deepEqual(
      Object.keys(listed),
      widget.attributes.map((attribute) => attribute.name),
      widget.tagName,
    );
    for (const attribute of widget.attributes) {
      const entry = listed[attribute.name];
      assert.equal(entry.default, attribute.default ?? null, `${widget.tagName} ${attribute.name} default`);
      assert.equal(entry.description, attribute.description, `${widget.tagName} ${attribute.name} description`);
      const literals = [...attribute.type.text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
      assert.equal(entry.type, literals.length ? 'enum' : attribute.type.text, `${widget.tagName} ${attribute.name} type`);
      assert.deepEqual(entry.values, literals);
    }
  }
});

test('every PHP file of the plugin passes php -l', { skip: phpMissing }, () => {
  const files = Object.keys(entries).filter((path) => path.endsWith('.php'));
  assert.ok(files.length >= 9, `${files.length} PHP files`);
  for (const path of [...files.map((file) => join(pluginDir, file)), join(root, 'integrations/wordpress/test/harness.php')]) {
    const lint = spawnSync('php', ['-l', path], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${path}: ${lint.stdout}${lint.stderr}`);
  }
});

test(
  'a shortcode and the block with the same settings give the same element, with the bundled feed and the script',
  { skip: phpMissing },
  () => {
    const [shortcode, block] = php([
      ['asskomm_widgets_shortcode', { layers: 'kpr', 0: 'timeline', 'heading-level': '3' }, 'Karte lädt', 'asskomm-status-map'],
      [
        'asskomm_widgets_render_block',
        { widget: 'status-map', layers: 'kpr', timeline: 'true', headingLevel: '3', fallback: 'Karte lädt' },
      ],
    ]);
    assert.equal(
      shortcode.result,
      `<asskomm-status-map src="${FEED}" layers="kpr" timeline heading-level="3">Karte lädt</asskomm-status-map>`,
    );
    assert.equal(block.result, shortcode.result);
    assert.deepEqual(shortcode.enqueued, ['asskomm-widgets']);
    assert.deepEqual(block.enqueued, ['asskomm-widgets']);
  },
);

test('every documented attribute of every widget is written, from the shortcode and from the block alike', { skip: phpMissing }, () => {
  for (const widget of widgets) {
    const values = Object.fromEntries(widget.attributes.map(({ name, type }) => [name, type.text === 'boolean' ? 'true' : `wert-${name}`]));
    const blockValues = Object.fromEntries(Object.entries(values).map(([name, value]) => [camelCase(name), value]));
    const [shortcode, block] = php([
      ['asskomm_widgets_shortcode', values, '', widget.tagName],
      ['asskomm_widgets_render_block', { widget: widget.tagName.replace('asskomm-', ''), ...blockValues }],
    ]);
    for (const { name, type } of widget.attributes) {
      const written = type.text === 'boolean' ? ` ${name}` : ` ${name}="wert-${name}"`;
      assert.ok(shortcode.result.includes(written), `${widget.tagName}: ${written} in ${shortcode.result}`);
    }
    assert.equal(block.result, shortcode.result, widget.tagName);
  }
});

test(
  'a misspelt attribute gets a German hint naming the closest one, for editors only; the widget still renders',
  { skip: phpMissing },
  () => {
    const call = ['asskomm_widgets_shortcode', { layer: 'kpr' }, '', 'asskomm-status-map'];
    const [forEditor] = php([call], { can: true });
    assert.match(
      forEditor.result,
      /^<p class="asskomm-widgets-hint" role="note">[^<]*„layer“[^<]*„layers“[^<]*<\/p><asskomm-status-map src=/,
    );
    const [farOff] = php([['asskomm_widgets_shortcode', { onclick: 'x' }, '', 'asskomm-milestone-counter']], { can: true });
    assert.match(farOff.result, /„onclick“ nicht, es wird übergangen\. Möglich sind: src, metric, label, /);
    const [forVisitor] = php([call], { can: false });
    assert.equal(forVisitor.result, `<asskomm-status-map src="${FEED}"></asskomm-status-map>`);
  },
);

test('only documented attributes are written, escaped; a script address falls back to the feed', { skip: phpMissing }, () => {
  const [hostile, off, ownFeed] = php(
    [
      [
        'asskomm_widgets_shortcode',
        { onclick: 'alert(1)', style: 'color:red', heading: '"><script>alert(1)</script>', src: 'javascript:alert(1)' },
        '<script>alert(2)</script>Text',
        'asskomm-status-map',
      ],
      ['asskomm_widgets_shortcode', { timeline: 'false', 'url-state': 'nein' }, '', 'asskomm-status-map'],
      ['asskomm_widgets_shortcode', { metric: 'advised' }, '', 'asskomm-milestone-counter'],
    ],
    { options: { asskomm_widgets_feed_url: '/asskomm/asskomm.json' } },
  );
  assert.ok(!/onclick|style=|<script/.test(hostile.result), hostile.result);
  assert.match(hostile.result, / src="\/asskomm\/asskomm.json" heading="&quot;&gt;&lt;script&gt;/);
  assert.equal(off.result, '<asskomm-status-map src="/asskomm/asskomm.json"></asskomm-status-map>');
  assert.equal(ownFeed.result, '<asskomm-milestone-counter src="/asskomm/asskomm.json" metric="advised"></asskomm-milestone-counter>');
});

test(
  'KSES lets the widget elements with their documented attributes through for users who may edit posts, data-* always',
  { skip: phpMissing },
  () => {
    const tags = { div: { class: true }, p: {} };
    const [author] = php([['asskomm_widgets_kses_allowed_html', tags, 'post']], { can: true });
    const [other] = php([['asskomm_widgets_kses_allowed_html', tags, 'post']], { can: false });
    for (const widget of widgets) {
      assert.deepEqual(Object.keys(author.result[widget.tagName]).sort(), widget.attributes.map(({ name }) => name).sort());
      assert.equal(other.result[widget.tagName], undefined);
    }
    assert.equal(author.result.div['data-*'], true);
    assert.equal(other.result.div['data-*'], true);
  },
);

test('the script is a module, asked for only by content with a widget', { skip: phpMissing }, () => {
  const [ours, theirs, element, dataForm, text] = php([
    [
      'asskomm_widgets_module_tag',
      "<script type='text/javascript' src='x.js?ver=1' id='asskomm-widgets-js'></script>\n",
      'asskomm-widgets',
    ],
    ['asskomm_widgets_module_tag', "<script src='y.js'></script>", 'jquery'],
    ['asskomm_widgets_prepare_content', '<p><asskomm-progress-chart src="/f.json"></asskomm-progress-chart></p>'],
    ['asskomm_widgets_prepare_content', '<div data-asskomm="status-map" data-src="/f.json"></div>'],
    ['asskomm_widgets_prepare_content', '<p>Über die asskomm-widgets schreiben wir später.</p>'],
  ]);
  assert.equal(ours.result, "<script type=\"module\" src='x.js?ver=1' id='asskomm-widgets-js'></script>\n");
  assert.equal(theirs.result, "<script src='y.js'></script>");
  assert.deepEqual([element.enqueued, dataForm.enqueued, text.enqueued], [['asskomm-widgets'], ['asskomm-widgets'], []]);
  assert.deepEqual(
    [element.result, dataForm.result, text.result],
    [
      '<p><asskomm-progress-chart src="/f.json"></asskomm-progress-chart></p>',
      '<div data-asskomm="status-map" data-src="/f.json"></div>',
      '<p>Über die asskomm-widgets schreiben wir später.</p>',
    ],
  );
});

test('element and data form in content without an address get the feed of the settings, as shortcodes do', { skip: phpMissing }, () => {
  const content = [
    '<asskomm-status-map heading="Karte > Sachsen" layers=\'kpr\' timeline>Karte</asskomm-status-map>',
    '<p><ASSKOMM-MILESTONE-COUNTER metric="advised"></ASSKOMM-MILESTONE-COUNTER></p>',
    '<div class="wp-block" data-asskomm="progress-chart" data-metrics="kpr">Verlauf</div>',
    '<div class="other" data-note="src"><asskomm-progress-chart data-src="x" src="/own.json"></asskomm-progress-chart></div>',
  ].join('\n');
  const [{ result }] = php([['asskomm_widgets_prepare_content', content]], { options: { asskomm_widgets_feed_url: '/feed.json' } });
  assert.equal(
    result,
    [
      '<asskomm-status-map src="/feed.json" heading="Karte > Sachsen" layers=\'kpr\' timeline>Karte</asskomm-status-map>',
      '<p><ASSKOMM-MILESTONE-COUNTER src="/feed.json" metric="advised"></ASSKOMM-MILESTONE-COUNTER></p>',
      '<div data-src="/feed.json" class="wp-block" data-asskomm="progress-chart" data-metrics="kpr">Verlauf</div>',
      '<div class="other" data-note="src"><asskomm-progress-chart data-src="x" src="/own.json"></asskomm-progress-chart></div>',
    ].join('\n'),
  );
});

test('the feed address setting keeps web addresses and site paths and refuses anything else in German', { skip: phpMissing }, () => {
  const calls = [
    'https://daten.example/asskomm.json',
    ' /asskomm/asskomm.json ',
    '',
    'javascript:alert(1)',
    '//fremd.example/x.json',
    'asskomm.json',
  ].map((value) => ['asskomm_widgets_sanitize_feed_url', value]);
  const results = php(calls, { options: { asskomm_widgets_feed_url: '/bisher.json' } });
  assert.deepEqual(
    results.map(({ result }) => result),
    ['https://daten.example/asskomm.json', '/asskomm/asskomm.json', '', '/bisher.json', '/bisher.json', '/bisher.json'],
  );
  assert.match(results[3].errors[0], /muss mit „https:\/\/“/);
  assert.deepEqual(results[0].errors, []);
});

test(
  'the Classic editor keeps the widget elements: TinyMCE knows them with their attributes, and our plugin for the data form',
  { skip: phpMissing },
  () => {
    const [{ result }] = php([
      ['asskomm_widgets_tinymce_settings', { custom_elements: 'other-element', extended_valid_elements: 'span[x]' }],
    ]);
    assert.equal(result.custom_elements, ['other-element', ...widgets.map((widget) => widget.tagName)].join(','));
    for (const widget of widgets) {
      assert.ok(result.extended_valid_elements.includes(`${widget.tagName}[${widget.attributes.map(({ name }) => name).join('|')}]`));
    }
    assert.ok(result.extended_valid_elements.startsWith('span[x],'));
    const [plugin] = php([['asskomm_widgets_tinymce_plugin', { other: '/other.js' }]]);
    assert.deepEqual(plugin.result, {
      other: '/other.js',
      asskomm: 'https://example.org/wp-content/plugins/asskomm-widgets/tinymce/asskomm-plugin.js',
    });
  },
);
