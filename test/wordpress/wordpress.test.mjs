// End-to-end test of the WordPress plugin (issue 19) in a real WordPress 6.1 from Debian's packages
// (lib/wordpress.mjs), as the Author: no unfiltered_html, the role that lost every widget before the plugin.
// Logged in through wp-login.php; posts written in the block editor through its data API (wp.data, wp.blocks),
// one by hand (inserter, sidebar, publish buttons: lib/editor-ui.mjs); the Administrator's settings page last.
//
//   node --test test/wordpress/        (needs: wordpress wordpress-l10n mariadb-server php-mysql, chromium)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, watchedPage } from '../e2e/lib/browser.mjs';
import { feedRequests, readWidgets, ROOT, waitForWidgets } from '../e2e/lib/widgets.mjs';
import { convertToBlocks, insertBlocks, logIn, openEditor, publish, toClassicBlock, update } from './lib/editor.mjs';
import { fillSidebarField, insertFromInserter, openBlockSidebar, publishByHand, saveFeedSetting, switchOn } from './lib/editor-ui.mjs';
import { assertCleanWordPressPage, assertPublishedPage, assertThreeWidgets, BUNDLED_FEED, visit, waitForCount } from './lib/pages.mjs';
import { PLUGIN_FILE, startWordPress, USERS } from './lib/wordpress.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const session = { wp: undefined, chromium: undefined, author: [], admin: [], posts: {} };

before(async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'asskomm-wp-zip-'));
  try {
    const zip = join(scratch, 'asskomm-widgets-wordpress.zip');
    const packed = spawnSync(process.execPath, ['scripts/wordpress-zip.mjs', '--out', zip], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(packed.status, 0, `wordpress-zip.mjs:\n${packed.stdout}\n${packed.stderr}`);
    console.log(`# Plugin-ZIP gebaut: ${seconds(started)}`);
    session.wp = await startWordPress({ pluginZip: zip });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  session.chromium = await launch();
  session.author = await logIn(session.chromium.browser, session.wp.origin, USERS.author);
  session.admin = await logIn(session.chromium.browser, session.wp.origin, USERS.administrator);
});

/**
 * Debug-log entries WordPress 6.1.9 itself writes under PHP 8.2 on Debian 12, whoever's code runs (the
 * login page's own deprecations are kept out by a must-use plugin, lib/wordpress.mjs). Anything else, a
 * deprecation the plugin causes inside core included, fails the run.
 */
const CORE_NOISE = [
  // The Requests library bundled with 6.1 predates PHP 8.1's return types.
  /PHP Deprecated: {2}Return type of Requests_\w+::\w+\(.*\) should either be compatible with .* in \S+\/wp-includes\/Requests\/[\w/]+\.php on line \d+$/,
  // WP_HTTP_BLOCK_EXTERNAL: installing in German and installing a plugin ask wordpress.org, which is blocked.
  /PHP Warning: {2}An unexpected error occurred\. Something may be wrong with WordPress\.org .*\(WordPress could not establish a secure connection to WordPress\.org\. /,
];

after(async () => {
  // Every entry of WP_DEBUG_LOG (first lines; a stack trace continues an entry) belongs in the output before the site is gone.
  const entries = (session.wp?.debugLog() ?? '').split('\n').filter((line) => /^\[\d/.test(line));
  const unexpected = entries.filter((line) => !CORE_NOISE.some((noise) => noise.test(line)));
  await session.chromium?.close();
  await session.wp?.stop();
  console.log(`# WordPress-Test gesamt: ${seconds(started)}`);
  if (entries.length) console.log(`# WP_DEBUG_LOG: ${entries.length} Einträge, ${unexpected.length} unerwartet`);
  assert.deepEqual(unexpected, [], 'PHP-Meldungen im WP_DEBUG_LOG');
});

/** A new post by the Author in the block editor, published; `blocks` as `{ name, attributes }`. */
async function authorPublishes(title, blocks) {
  const { page, context } = await watchedPage(session.chromium.browser);
  await context.addCookies(session.author);
  await openEditor(page, session.wp.origin);
  await insertBlocks(page, blocks);
  const post = await publish(page, title);
  await context.close();
  return post;
}

const html = (content) => ({ name: 'core/html', attributes: { content } });
const shortcode = (text) => ({ name: 'core/shortcode', attributes: { text } });

test('Author: shortcodes render all three widgets with data; a misspelt attribute is named to the Author only', async () => {
  const time = Date.now();
  const post = await authorPublishes('Widgets als Shortcode', [
    shortcode('[asskomm-milestone-counter metric="advised,kpr" duration="0" metrik="advised"]'),
    shortcode('[asskomm-status-map layers="kpr,agreement"]Karte der Präventionsräte[/asskomm-status-map]'),
    shortcode('[asskomm-progress-chart metrics="kpr,cooperation-agreements"]'),
  ]);
  session.posts.shortcodes = post;
  const expected = { counterFigures: 2, mapLayers: ['kpr', 'agreement'], chartSeries: 2 };

  const asAuthor = await visit(session.chromium.browser, post.link, { cookies: session.author });
  assertPublishedPage(asAuthor, session.wp.origin, expected, 'Autorin');
  assert.match(asAuthor.text, /„metrik“/, 'Hinweis auf „metrik“ für die Autorin');

  const asVisitor = await visit(session.chromium.browser, post.link);
  assertPublishedPage(asVisitor, session.wp.origin, expected, 'Besucher');
  assert.doesNotMatch(asVisitor.text, /metrik|Hinweis für die Redaktion/, 'kein Hinweis für Besucher');

  // The sample post of a fresh install has no widget: no script there.
  const plain = await visit(session.chromium.browser, `${session.wp.origin}/?p=1`, { widgets: 0 });
  assert.equal(plain.widgets.length, 0);
  assert.equal(plain.scripts, 0, 'kein Script auf einer Seite ohne Widgets');
  console.log(`# Shortcodes: ${seconds(time)}`);
});

test('Author: three blocks set up in the block editor show a live preview and render when published', async () => {
  const time = Date.now();
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await context.addCookies(session.author);
  await openEditor(page, session.wp.origin);
  const block = (attributes) => ({ name: 'asskomm/widget', attributes });
  await insertBlocks(page, [
    block({ widget: 'milestone-counter', metric: 'advised', duration: '0' }),
    block({ widget: 'status-map', layers: 'model' }),
    block({ widget: 'progress-chart', metrics: 'advised' }),
  ]);
  const expected = { counterFigures: 1, mapLayers: ['model'], chartSeries: 1 };
  // The preview in the editor is the real widget with the block's settings.
  await waitForCount(page, 3);
  await waitForWidgets(page, 30000);
  assertThreeWidgets(await readWidgets(page), expected, 'Editor');
  assert.deepEqual(record.pageErrors, [], 'keine Ausnahmen im Editor');
  session.posts.blocks = await publish(page, 'Widgets als Block');
  await context.close();

  const asVisitor = await visit(session.chromium.browser, session.posts.blocks.link);
  assertPublishedPage(asVisitor, session.wp.origin, expected, 'Besucher');
  const asAuthor = await visit(session.chromium.browser, session.posts.blocks.link, { cookies: session.author });
  assertPublishedPage(asAuthor, session.wp.origin, expected, 'Autorin');
  console.log(`# Blöcke: ${seconds(time)}`);
});

/** The element form of the three widgets, as the README shows it, with the plugin's bundled feed. */
const ELEMENT_FORM = [
  `<asskomm-milestone-counter src="${BUNDLED_FEED}" metric="advised,kpr" duration="0">Bis April 2025 hat ASSKomm 134 Kommunen beraten.</asskomm-milestone-counter>`,
  `<asskomm-status-map src="${BUNDLED_FEED}" layers="kpr">Karte der Kommunalen Präventionsräte in Sachsen</asskomm-status-map>`,
  `<asskomm-progress-chart src="${BUNDLED_FEED}" metrics="kpr">Verlauf der Präventionsräte seit 2019</asskomm-progress-chart>`,
].join('\n');
const ELEMENT_FORM_SHOWS = { counterFigures: 2, mapLayers: ['kpr'], chartSeries: 1 };

test('Classic round trip: a Classic block and „In Blöcke umwandeln“ keep the widgets of a block post and of the element form', async () => {
  const time = Date.now();
  assert.ok(session.posts.blocks, 'braucht den Beitrag mit Blöcken aus dem Test davor');
  const { page, context } = await watchedPage(session.chromium.browser);
  await context.addCookies(session.author);
  const rendersAfterSave = async (link, expected, where) => {
    await update(page);
    assertPublishedPage(await visit(session.chromium.browser, link), session.wp.origin, expected, where);
  };

  // The block post, its blocks put into one Classic block (TinyMCE) and converted back.
  await openEditor(page, session.wp.origin, session.posts.blocks.id);
  const blockPost = await toClassicBlock(page);
  assert.equal(blockPost.content.match(/<!-- wp:asskomm\/widget /g)?.length, 3, `TinyMCE behält die Blöcke:\n${blockPost.content}`);
  const blocksShow = { counterFigures: 1, mapLayers: ['model'], chartSeries: 1 };
  await rendersAfterSave(session.posts.blocks.link, blocksShow, 'Block-Beitrag als Classic');
  assert.deepEqual(
    await convertToBlocks(page, blockPost.clientId),
    ['milestone-counter', 'status-map', 'progress-chart'].map((widget) => ({ name: 'asskomm/widget', widget })),
    'die Blöcke kommen als ASSKomm-Blöcke zurück',
  );
  await rendersAfterSave(session.posts.blocks.link, blocksShow, 'Block-Beitrag zurück in Blöcken');

  // The element form in a Classic block, as the Author pastes it into TinyMCE, then converted to blocks.
  await openEditor(page, session.wp.origin);
  const classic = await toClassicBlock(page, ELEMENT_FORM);
  assert.equal(classic.content.match(/<asskomm-[a-z-]+ src=/g)?.length, 3, `TinyMCE behält die Elemente:\n${classic.content}`);
  const post = await publish(page, 'Widgets im Classic-Block');
  assertPublishedPage(await visit(session.chromium.browser, post.link), session.wp.origin, ELEMENT_FORM_SHOWS, 'Classic-Block');
  assert.deepEqual(
    await convertToBlocks(page, classic.clientId),
    ['milestone-counter', 'status-map', 'progress-chart'].map((widget) => ({ name: 'asskomm/widget', widget })),
    'die Elemente werden ASSKomm-Blöcke',
  );
  await rendersAfterSave(post.link, ELEMENT_FORM_SHOWS, 'Classic-Block in Blöcke umgewandelt');
  await context.close();
  console.log(`# Classic hin und zurück: ${seconds(time)}`);
});

const DATA_FORM = [
  `<div data-asskomm="milestone-counter" data-src="${BUNDLED_FEED}" data-metric="advised,kpr,cooperation-agreements" data-duration="0">Bis April 2025 hat ASSKomm 134 Kommunen beraten.</div>`,
  `<div data-asskomm="status-map" data-src="${BUNDLED_FEED}" data-layers="agreement">Karte der Kooperationsvereinbarungen</div>`,
  `<div data-asskomm="progress-chart" data-src="${BUNDLED_FEED}" data-metrics="advised,kpr,cooperation-agreements">Verlauf seit 2019</div>`,
].join('\n');
const DATA_FORM_SHOWS = { counterFigures: 3, mapLayers: ['agreement'], chartSeries: 3 };

test('Author: the data form survives KSES in a Custom HTML block and TinyMCE in a Classic block, and renders', async () => {
  const time = Date.now();
  const post = await authorPublishes('Widgets in der Datenform', [html(DATA_FORM)]);
  assertPublishedPage(await visit(session.chromium.browser, post.link), session.wp.origin, DATA_FORM_SHOWS, 'Individuelles HTML');

  const { page, context } = await watchedPage(session.chromium.browser);
  await context.addCookies(session.author);
  await openEditor(page, session.wp.origin);
  const classic = await toClassicBlock(page, DATA_FORM);
  assert.equal(classic.content.match(/<div [^>]*data-asskomm="[a-z-]+"/g)?.length, 3, `TinyMCE behält die Datenform:\n${classic.content}`);
  const classicPost = await publish(page, 'Datenform im Classic-Block');
  await context.close();
  assertPublishedPage(await visit(session.chromium.browser, classicPost.link), session.wp.origin, DATA_FORM_SHOWS, 'Classic-Block');

  // Twenty Twenty-Three's home page lists the newest posts as excerpts: text, no widget, so no script.
  const home = await visit(session.chromium.browser, `${session.wp.origin}/`, { widgets: 0 });
  assert.match(home.text, /Datenform im Classic-Block/, 'die Startseite zeigt den Beitrag');
  assert.equal(home.scripts, 0, 'kein Script auf der Startseite (Auszüge ohne Widgets)');
  console.log(`# Datenform: ${seconds(time)}`);
});

test('without the plugin, the Author’s element form loses its elements (why the plugin is needed)', async () => {
  const time = Date.now();
  const withPlugin = await authorPublishes('Elemente mit Plugin', [html(ELEMENT_FORM)]);
  assertPublishedPage(await visit(session.chromium.browser, withPlugin.link), session.wp.origin, ELEMENT_FORM_SHOWS, 'mit Plugin');

  session.wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('${PLUGIN_FILE}');`);
  try {
    const withoutPlugin = await authorPublishes('Elemente ohne Plugin', [html(ELEMENT_FORM)]);
    const saved = session.wp.php(`echo get_post(${withoutPlugin.id})->post_content;`);
    assert.doesNotMatch(saved, /<asskomm-/, 'KSES entfernt die Elemente beim Speichern');
    assert.match(saved, /Bis April 2025 hat ASSKomm 134 Kommunen beraten\./, 'nur der Ersatztext bleibt');
    const seen = await visit(session.chromium.browser, withoutPlugin.link, { widgets: 0 });
    assert.equal(seen.scripts, 0);
    assert.match(seen.text, /Karte der Kommunalen Präventionsräte in Sachsen/);
  } finally {
    session.wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; activate_plugin('${PLUGIN_FILE}');`);
  }
  console.log(`# Ohne Plugin: ${seconds(time)}`);
});

test('Author: „ASSKomm-Kennzahlen“ from the inserter, set up in the sidebar and published by hand', async () => {
  const time = Date.now();
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await context.addCookies(session.author);
  await openEditor(page, session.wp.origin);
  await insertFromInserter(page, 'ASSKomm', 'ASSKomm-Kennzahlen');
  await openBlockSidebar(page);
  // The variation starts with „Beratene Kommunen“ (advised); one more box, a heading, and url-state,
  // which keeps the date in the address only for a group (else the widget tells the editor so).
  await switchOn(page, /\(kpr\)$/);
  await fillSidebarField(page, /^Überschrift$/, 'ASSKomm in Zahlen');
  await fillSidebarField(page, /^Gruppe verbundener Widgets$/, 'zahlen');
  await switchOn(page, /^Ansicht in der Adresse festhalten$/);
  // The preview follows the sidebar: two figures under the new heading, no hint.
  await page.getByRole('heading', { name: 'ASSKomm in Zahlen' }).waitFor();
  await waitForWidgets(page, 30000);
  const [preview] = await readWidgets(page);
  assert.equal(preview?.values.length, 2, 'Vorschau mit zwei Kennzahlen');
  assert.deepEqual(preview.hints, [], 'Vorschau ohne Hinweis');
  const post = await publishByHand(page, 'Kennzahlen von Hand');
  assert.deepEqual(record.pageErrors, [], 'keine Ausnahmen im Editor');
  await context.close();

  const seen = await visit(session.chromium.browser, post.link, { widgets: 1 });
  assert.equal(seen.widgets[0].tag, 'asskomm-milestone-counter');
  assert.deepEqual(seen.widgets[0].errors, []);
  assert.equal(seen.widgets[0].values.length, 2, 'zwei Kennzahlen auf der Seite');
  assert.ok(seen.headings.includes('ASSKomm in Zahlen'), `Überschrift auf der Seite: ${seen.headings.join(' | ')}`);
  assert.equal(seen.elements[0].metric, 'advised,kpr', 'Kennzahlen auf der Seite');
  assert.equal(seen.elements[0].group, 'zahlen', 'Gruppe auf der Seite');
  assert.ok('url-state' in seen.elements[0], `Schalter url-state auf der Seite: ${JSON.stringify(seen.elements[0])}`);
  assert.equal(seen.scripts, 1);
  assertCleanWordPressPage(seen.record, session.wp.origin, 'von Hand');
  console.log(`# Editor von Hand: ${seconds(time)}`);
});

test('Administrator: the settings page refuses javascript: in German, saves a site path, and widgets without src read it', async () => {
  const time = Date.now();
  assert.ok(session.posts.shortcodes, 'braucht den Shortcode-Beitrag (ohne src) aus dem ersten Test');
  // A second feed on the site: the bundled one, copied to where an administrator might publish it.
  const feedPath = '/asskomm-daten/asskomm.json';
  mkdirSync(join(session.wp.site, 'asskomm-daten'));
  copyFileSync(join(session.wp.site, 'wp-content/plugins/asskomm-widgets/lib/asskomm.json'), join(session.wp.site, feedPath));
  const { page, context } = await watchedPage(session.chromium.browser);
  await context.addCookies(session.admin);
  try {
    const refused = await saveFeedSetting(page, session.wp.origin, 'javascript:alert(1)');
    assert.equal(refused.notices.length, 1, `eine Meldung: ${refused.notices.join(' | ')}`);
    assert.match(refused.notices[0], /^Die Feed-Adresse muss mit „https:\/\/“ oder „http:\/\/“ beginnen/);
    assert.equal(refused.field, '', 'das Feld zeigt die bisherige (leere) Adresse');
    assert.equal(session.wp.php(`echo get_option('asskomm_widgets_feed_url');`), '', 'nichts gespeichert');

    const saved = await saveFeedSetting(page, session.wp.origin, feedPath);
    assert.deepEqual(saved.notices, ['Einstellungen gespeichert.']);
    assert.equal(saved.field, feedPath);
    await context.close();

    const seen = await visit(session.chromium.browser, session.posts.shortcodes.link);
    assertPublishedPage(seen, session.wp.origin, { counterFigures: 2, mapLayers: ['kpr', 'agreement'], chartSeries: 2 }, 'neuer Feed');
    const feeds = [...new Set(feedRequests(seen.record).map((url) => new URL(url).pathname))];
    assert.deepEqual(feeds, [feedPath], 'die Widgets lesen den eingestellten Feed');
  } finally {
    session.wp.php(`delete_option('asskomm_widgets_feed_url');`);
  }
  console.log(`# Einstellungen: ${seconds(time)}`);
});
