// The WordPress plugin as `npm run wordpress:zip` packs it (scripts/wordpress-zip.mjs), from a stand-in
// build: its attribute list is exactly custom-elements.json's, the zip has the layout WordPress installs,
// every PHP file passes `php -l`, and its shortcodes, block, KSES and script tag do what editors and
// visitors see (run with PHP outside WordPress: integrations/wordpress/test/harness.php stubs the few
// WordPress functions, integrations/wordpress/test/plugin-fixture.mjs packs and unpacks the plugin).
// The real WordPress run is the end-to-end test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  FEED,
  camelCase,
  entries,
  php,
  phpMissing,
  root,
  text,
  unpacked,
  version,
  widgets,
  work,
} from '../../integrations/wordpress/test/plugin-fixture.mjs';
import { buildReason } from '../../scripts/wordpress-zip.mjs';

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
  assert.ok(entries['asskomm-widgets/lib/THIRD-PARTY-LICENSES.txt'], 'the licences of bundled libraries');
  // The plugin loads the script-tag entry; source maps (~1.3 MB of sources) and the bundler entry are dead weight.
  assert.deepEqual(
    paths.filter((path) => path.endsWith('.map') || path.endsWith('/index.js')),
    [],
  );
  assert.equal(text('LICENSE'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  assert.match(text('LICENSE'), /^MIT License\n\nCopyright \(c\) 2026 The asskomm-widgets authors\n/);
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

test('the block editor gets German labels, the addresses under „Erweitert“, and checkboxes or selects for known values', () => {
  const list = JSON.parse(text('includes/attributes.json')).widgets;
  const feed = JSON.parse(readFileSync(join(root, 'data/asskomm.json'), 'utf8'));
  for (const [widget, { attributes }] of Object.entries(list)) {
    for (const [name, attribute] of Object.entries(attributes)) {
      assert.ok(attribute.label && attribute.label !== name, `${widget} ${name}: German label, not ${attribute.label}`);
      assert.equal(attribute.advanced, name === 'src' || name === 'topology', `${widget} ${name} advanced`);
    }
  }
  const { layers } = list['status-map'].attributes;
  assert.equal(layers.multiple, true);
  assert.deepEqual(layers.choices.map(({ value }) => value).join(','), layers.default);
  assert.equal(layers.choices.find(({ value }) => value === 'kpr').label, 'Kommunale Präventionsräte');
  for (const attribute of [list['milestone-counter'].attributes.metric, list['progress-chart'].attributes.metrics]) {
    assert.deepEqual(
      attribute.choices,
      feed.indicators.map(({ id, label }) => ({ value: id, label: label.de })),
    );
  }
  assert.deepEqual(
    list['progress-chart'].attributes['heading-level'].choices.map(({ value }) => value),
    ['2', '3', '4', '5', '6'],
  );
});

test('every PHP file of the plugin passes php -l', { skip: phpMissing }, () => {
  const files = Object.keys(entries).filter((path) => path.endsWith('.php'));
  assert.ok(files.length >= 10, `${files.length} PHP files`);
  for (const path of [...files.map((file) => unpacked(file)), join(root, 'integrations/wordpress/test/harness.php')]) {
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
      /^<span class="asskomm-widgets-hint" role="note">[^<]*„layer“[^<]*„layers“[^<]*<\/span><asskomm-status-map src=/,
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
  'KSES lets the widget elements with their documented attributes through for users who may edit posts, and leaves div alone',
  { skip: phpMissing },
  () => {
    const tags = { div: { class: true }, p: {} };
    const [author] = php([['asskomm_widgets_kses_allowed_html', tags, 'post']], { can: true });
    const [other] = php([['asskomm_widgets_kses_allowed_html', tags, 'post']], { can: false });
    for (const widget of widgets) {
      assert.deepEqual(Object.keys(author.result[widget.tagName]).sort(), widget.attributes.map(({ name }) => name).sort());
      assert.equal(other.result[widget.tagName], undefined);
    }
    // WordPress itself allows data-* on every allowed tag: the plugin leaves div as it is.
    assert.deepEqual(author.result.div, { class: true });
    assert.deepEqual(other.result.div, { class: true });
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

test('the header keeps WordPress.org from offering updates of a stranger with this slug, and the readme says what holds', () => {
  const header = text('asskomm-widgets.php').split('*/')[0];
  assert.match(header, /^ \* Update URI:\s+false$/m);
  assert.match(header, /^ \* License URI:\s+https:\/\/opensource\.org\/licenses\/MIT$/m);
  // WordPress 5.9+ brings str_contains & co. for PHP 7.
  assert.match(header, /^ \* Requires PHP:\s+7\.4$/m);
  const readme = text('readme.txt');
  assert.match(readme, /^Requires PHP: 7\.4$/m);
  const summary = readme.split('\n\n')[1];
  assert.ok([...summary].length <= 150, `short description has ${[...summary].length} characters (at most 150)`);
  assert.doesNotMatch(readme, /Content Security Policy braucht keine Ausnahme/);
  assert.match(readme, /Das Plugin fügt kein Inline-Script hinzu/);
  assert.match(readme, /Das Plugin ist nur auf Deutsch/);
});

test('the PHP uses no syntax newer than PHP 7.4', () => {
  for (const path of Object.keys(entries).filter((file) => file.endsWith('.php'))) {
    const code = new TextDecoder().decode(entries[path]);
    for (const [name, pattern] of Object.entries({
      nullsafe: /\?->/,
      match: /\bmatch\s*\(/,
      attribute: /^\s*#\[/m,
      'mixed or union type': /function\s+\w+\s*\([^)]*\b(mixed|\w+\|\w+)\s+\$/,
    })) {
      assert.doesNotMatch(code, pattern, `${path}: ${name}`);
    }
  }
});

test('the script is not asked for by an excerpt (home page, archives, search), only by the post itself', { skip: phpMissing }, () => {
  const content = '<div data-asskomm="status-map">Karte</div>';
  const [excerpt] = php([['asskomm_widgets_prepare_content', content]], { doing: ['get_the_excerpt', 'the_content'] });
  assert.deepEqual([excerpt.result, excerpt.enqueued], [content, []]);
  const [post] = php([['asskomm_widgets_prepare_content', content]], { doing: ['the_content'] });
  assert.deepEqual(post.enqueued, ['asskomm-widgets']);
});

test('content stays as written when the pattern fails (PCRE backtrack limit) instead of vanishing', { skip: phpMissing }, () => {
  const content = `<p>${'<div a="1" '.repeat(40)}</p><asskomm-status-map>Karte</asskomm-status-map>`;
  const ini = { 'pcre.jit': '0', 'pcre.backtrack_limit': '10' };
  const [trusted] = php([['asskomm_widgets_prepare_content', content]], { ini, trusted: true });
  assert.deepEqual([trusted.result, trusted.enqueued], [content, ['asskomm-widgets']]);
  // Its addresses went unchecked: from an author who may not name foreign ones, no script upgrades it.
  const [untrusted] = php([['asskomm_widgets_prepare_content', content]], { ini });
  assert.deepEqual([untrusted.result, untrusted.enqueued], [content, []]);
});

test('only our script tag becomes a module, not the inline scripts WordPress prints before it', { skip: phpMissing }, () => {
  const tag = [
    "<script type='text/javascript' id='asskomm-widgets-js-translations'>\nwp.i18n.setLocaleData({});\n</script>",
    "<script type='text/javascript' id='asskomm-widgets-js-before'>\nvar x = 1;\n</script>",
    "<script type='text/javascript' src='x.js?ver=1' id='asskomm-widgets-js'></script>\n",
  ].join('\n');
  const [{ result }] = php([['asskomm_widgets_module_tag', tag, 'asskomm-widgets']]);
  assert.equal(
    result,
    [
      "<script type='text/javascript' id='asskomm-widgets-js-translations'>\nwp.i18n.setLocaleData({});\n</script>",
      "<script type='text/javascript' id='asskomm-widgets-js-before'>\nvar x = 1;\n</script>",
      "<script type=\"module\" src='x.js?ver=1' id='asskomm-widgets-js'></script>\n",
    ].join('\n'),
  );
});

test('the bundled feed carries the plugin version, so browsers fetch new figures after an update', { skip: phpMissing }, () => {
  const [{ result }] = php([['asskomm_widgets_feed_url']]);
  assert.equal(result, `https://example.org/wp-content/plugins/asskomm-widgets/lib/asskomm.json?ver=${version}`);
});

test(
  'an author without unfiltered_html cannot send visitors to another server: src and topology fall back, editors see why',
  { skip: phpMissing },
  () => {
    const options = { asskomm_widgets_feed_url: 'https://daten.example/asskomm.json' };
    const shortcode = (attributes) => ['asskomm_widgets_shortcode', attributes, '', 'asskomm-status-map'];
    const foreign = shortcode({ src: 'https://fremd.example/x.json', topology: '//fremd.example/karte.json' });
    const [refused] = php([foreign], { can: true, options });
    assert.match(
      refused.result,
      /^<span class="asskomm-widgets-hint" role="note">[^<]*„https:\/\/fremd\.example\/x\.json“ \(Attribut „src“\) liegt auf einem fremden Server/,
    );
    assert.match(refused.result, /<\/span><span class="asskomm-widgets-hint" role="note">[^<]*„topology“[^<]*mitgelieferte Karte/);
    assert.match(refused.result, /<asskomm-status-map src="https:\/\/daten\.example\/asskomm\.json"><\/asskomm-status-map>$/);
    const [visitor] = php([foreign], { options });
    assert.equal(visitor.result, '<asskomm-status-map src="https://daten.example/asskomm.json"></asskomm-status-map>');
    const [admin] = php([foreign], { trusted: true, options });
    assert.equal(
      admin.result,
      '<asskomm-status-map src="https://fremd.example/x.json" topology="//fremd.example/karte.json"></asskomm-status-map>',
    );

    const allowed = [
      '/asskomm/a.json',
      'daten/a.json',
      'https://example.org/a.json',
      'https://DATEN.example/b.json',
      '//daten.example/c.json',
    ];
    const tricks = [
      '/\\fremd.example/a.json',
      '/\t/fremd.example/a.json',
      'https:fremd.example',
      'https://example.org.fremd.example/a',
      'ftp://example.org/a',
    ];
    const results = php(
      [...allowed, ...tricks].map((src) => ['asskomm_widgets_address_allowed', src]),
      { options },
    );
    assert.deepEqual(
      results.map(({ result }) => result),
      [...allowed.map(() => true), ...tricks.map(() => false)],
    );
  },
);

test(
  'element and data form in content lose a foreign address for untrusted authors, and get the feed instead',
  { skip: phpMissing },
  () => {
    const content = [
      '<asskomm-progress-chart heading=\'Quelle src="https://fremd.example"\' src="https://fremd.example/x.json">Verlauf</asskomm-progress-chart>',
      '<div data-asskomm="status-map" data-topology=\'https://fremd.example/k.json\' data-layers="kpr">Karte</div>',
      '<div class="bild" data-src="https://fremd.example/bild.jpg">Kein Widget</div>',
      '<asskomm-milestone-counter src="/asskomm/eigener.json"></asskomm-milestone-counter>',
    ].join('\n');
    const [untrusted] = php([['asskomm_widgets_prepare_content', content]], {
      can: true,
      options: { asskomm_widgets_feed_url: '/feed.json' },
    });
    const hint =
      '<span class="asskomm-widgets-hint" role="note">Hinweis für die Redaktion: Die Adresse „https://fremd.example/x.json“ (Attribut „src“)';
    const lines = untrusted.result.split('\n');
    assert.ok(lines[0].startsWith(hint), lines[0]);
    assert.ok(
      lines[0].endsWith(
        '</span><asskomm-progress-chart src="/feed.json" heading=\'Quelle src="https://fremd.example"\'>Verlauf</asskomm-progress-chart>',
      ),
      lines[0],
    );
    assert.match(
      lines[1],
      /„data-topology“.*<\/span><div data-src="\/feed\.json" data-asskomm="status-map" data-layers="kpr">Karte<\/div>$/,
    );
    assert.deepEqual(lines.slice(2), content.split('\n').slice(2));
    // Outside a post (a Custom HTML widget, a template) nobody's right to publish any HTML can be told: refused too.
    const [widgetArea] = php([['asskomm_widgets_prepare_content', content]], {
      post: false,
      trusted: true,
      options: { asskomm_widgets_feed_url: '/feed.json' },
    });
    assert.ok(widgetArea.result.includes('<div data-src="/feed.json" data-asskomm="status-map" data-layers="kpr">'), widgetArea.result);
    const [trusted] = php([['asskomm_widgets_prepare_content', content]], { can: true, trusted: true });
    assert.ok(!trusted.result.includes('asskomm-widgets-hint'), trusted.result);
    assert.ok(trusted.result.includes("data-topology='https://fremd.example/k.json'"));
  },
);

test('in an RSS feed a widget is its fallback text, or a link to the post when it has none', { skip: phpMissing }, () => {
  const [withText, without] = php(
    [
      ['asskomm_widgets_shortcode', { metric: 'advised' }, '134 Kommunen beraten', 'asskomm-milestone-counter'],
      ['asskomm_widgets_render_block', { widget: 'status-map' }],
    ],
    { feed: true },
  );
  assert.deepEqual([withText.result, withText.enqueued], ['<p>134 Kommunen beraten</p>', []]);
  assert.equal(
    without.result,
    '<p><a href="https://example.org/2026/11/karte/">Grafik mit den ASSKomm-Zahlen auf der Website ansehen</a></p>',
  );
});

test('a block with an unknown widget shows editors a hint (block.json has no enum that would hide it)', { skip: phpMissing }, () => {
  const block = JSON.parse(text('blocks/widget/block.json'));
  assert.equal(block.attributes.widget.enum, undefined);
  const call = ['asskomm_widgets_render_block', { widget: 'karte' }];
  const [editor] = php([call], { can: true });
  assert.equal(
    editor.result,
    '<span class="asskomm-widgets-hint" role="note">Hinweis für die Redaktion: Das ASSKomm-Widget „karte“ gibt es nicht. Möglich: milestone-counter, progress-chart, status-map.</span>',
  );
  const [visitor] = php([call]);
  assert.equal(visitor.result, '');
});

test(
  'hooks: the setting is registered on every request, Custom HTML widgets and blocks in templates are prepared',
  { skip: phpMissing },
  () => {
    const [{ result: hooks }] = php([['asskomm_test_hooks']]);
    const hooked = (hook, callback) => hooks.some(([name, fn]) => name === hook && fn === callback);
    assert.ok(hooked('init', 'asskomm_widgets_register_setting'), 'register_setting on init (REST and update_option run the check)');
    assert.ok(hooked('widget_custom_html_content', 'asskomm_widgets_prepare_content'));
    assert.ok(hooked('render_block', 'asskomm_widgets_prepare_html_block'));
    const content = '<div data-asskomm="status-map">Karte</div>';
    const [html, freeform, paragraph] = php(
      ['core/html', 'core/freeform', 'core/paragraph'].map((blockName) => ['asskomm_widgets_prepare_html_block', content, { blockName }]),
    );
    assert.deepEqual(
      [html, freeform, paragraph].map(({ enqueued }) => enqueued),
      [['asskomm-widgets'], ['asskomm-widgets'], []],
    );
    assert.equal(html.result, `<div data-src="${FEED}" data-asskomm="status-map">Karte</div>`);
  },
);

test('deleting the plugin removes the feed address from every site of a multisite', { skip: phpMissing }, () => {
  const [network] = php([['asskomm_test_uninstall']], { sites: [1, 2, 5] });
  assert.deepEqual(network.result, ['1:asskomm_widgets_feed_url', '2:asskomm_widgets_feed_url', '5:asskomm_widgets_feed_url']);
  const [single] = php([['asskomm_test_uninstall']]);
  assert.deepEqual(single.result, ['1:asskomm_widgets_feed_url']);
});

test('src keeps to web addresses even for trusted authors (esc_url alone lets mailto: and ftp: pass)', { skip: phpMissing }, () => {
  const results = php(
    ['mailto:a@example.org', 'ftp://example.org/a.json', 'https://example.org/a.json'].map((src) => [
      'asskomm_widgets_shortcode',
      { src },
      '',
      'asskomm-milestone-counter',
    ]),
    { trusted: true },
  );
  assert.deepEqual(
    results.map(({ result }) => result.match(/src="([^"]*)"/)[1]),
    [FEED, FEED, 'https://example.org/a.json'],
  );
});

test('the zip script builds first when the build is missing or older than src/', () => {
  const srcDir = join(work, 'src');
  const distDir = join(work, 'build');
  mkdirSync(srcDir, { recursive: true });
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(srcDir, 'all.ts'), '');
  assert.match(buildReason({ distDir, srcDir }), /asskomm-widgets\.js is missing$/);
  writeFileSync(join(distDir, 'asskomm-widgets.js'), '');
  utimesSync(join(srcDir, 'all.ts'), new Date(2026, 0, 1), new Date(2026, 0, 1));
  assert.equal(buildReason({ distDir, srcDir }), '');
  utimesSync(join(srcDir, 'all.ts'), new Date(), new Date(Date.now() + 60_000));
  assert.match(buildReason({ distDir, srcDir }), /^src\/ changed after .* was built$/);
});
