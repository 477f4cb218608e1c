// What an Author does with mouse and keyboard in the block editor and what an administrator does on the
// plugin's settings page: the inserter, the block's sidebar, the publish buttons, a form sent to options.php.
// The block editor's own words are English here (Debian's wordpress-l10n has no JSON translations), the
// PHP pages and the plugin's labels German.
import assert from 'node:assert/strict';

/** Opens the inserter in the top bar, searches for `words` and clicks the block titled `title`. */
export async function insertFromInserter(page, words, title) {
  await page.getByRole('button', { name: /^(Toggle block inserter|Block-Inserter umschalten)$/ }).click();
  await page.getByRole('searchbox', { name: /^(Search|Suche)/ }).fill(words);
  // The item's name starts with its dashicon's glyph (a private-use character from CSS content).
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^\\W?\\s*${escaped}$`) }).click();
}

/** The block sidebar (Settings → Block) open, as the „Settings“ button in the top bar opens it. */
export async function openBlockSidebar(page) {
  const settings = page.getByRole('button', { name: /^(Settings|Einstellungen)$/, exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  await page
    .locator('.edit-post-sidebar__panel-tabs')
    .getByRole('button', { name: /^Block( \(selected\))?$/ })
    .click();
}

/** Types `value` into the sidebar's text field labelled `label` (a RegExp or string). */
export async function fillSidebarField(page, label, value) {
  const field = page.locator('.interface-complementary-area').getByLabel(label);
  await field.fill(value);
}

/** Switches on the sidebar's toggle or checkbox labelled `label`. */
export async function switchOn(page, label) {
  const toggle = page.locator('.interface-complementary-area').getByLabel(label);
  await toggle.check();
  assert.equal(await toggle.isChecked(), true, `Schalter ${label} an`);
}

/** Types the title and publishes with the two „Publish“ buttons (top bar, then the pre-publish check). */
export async function publishByHand(page, title) {
  await page.getByRole('textbox', { name: /^(Add title|Titel hinzufügen)$/ }).fill(title);
  await page
    .getByRole('button', { name: /^(Publish|Veröffentlichen)$/ })
    .first()
    .click();
  await page
    .locator('.editor-post-publish-panel')
    .getByRole('button', { name: /^(Publish|Veröffentlichen)$/ })
    .click();
  await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished());
  return page.evaluate(() => {
    const post = window.wp.data.select('core/editor').getCurrentPost();
    return { id: post.id, link: post.link };
  });
}

/**
 * Sends the plugin's settings form (Einstellungen → ASSKomm-Widgets) with `feed` in its field, through
 * options.php with the form's nonce, as an administrator does. Returns the notices on the page it lands on
 * and the field's value there.
 */
export async function saveFeedSetting(page, origin, feed) {
  await page.goto(`${origin}/wp-admin/options-general.php?page=asskomm-widgets`);
  await page.getByLabel(/^Feed-Adresse/).fill(feed);
  await Promise.all([page.waitForURL(/settings-updated=true/), page.getByRole('button', { name: 'Änderungen speichern' }).click()]);
  return {
    notices: (await page.locator('#wpbody-content .notice > p').allInnerTexts()).map((text) => text.trim()),
    field: await page.getByLabel(/^Feed-Adresse/).inputValue(),
  };
}
