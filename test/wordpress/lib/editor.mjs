// What an Author does in WordPress's own pages: log in through wp-login.php, write in the block editor
// (post-new.php, post.php) through its public data API (wp.data, wp.blocks), publish.
import assert from 'node:assert/strict';
import { PASSWORD } from './wordpress.mjs';

/** Logs `login` in through wp-login.php in a fresh context; returns the session cookies. */
export async function logIn(browser, origin, login) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/wp-login.php`);
  await page.fill('#user_login', login);
  await page.fill('#user_pass', PASSWORD);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** Opens the block editor for a new post (or post `id`) and waits until it has loaded the post. */
export async function openEditor(page, origin, id) {
  await page.goto(id ? `${origin}/wp-admin/post.php?post=${id}&action=edit` : `${origin}/wp-admin/post-new.php`);
  await page.waitForFunction(() => {
    const editor = window.wp?.data?.select('core/editor');
    return (
      !!editor?.getCurrentPostId() && editor.__unstableIsEditorReady?.() !== false && !!window.wp.blocks.getBlockType('core/paragraph')
    );
  });
  // The welcome guide is a modal over the page; it is not part of what is tested.
  await page.evaluate(() => window.wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false));
}

/** Appends blocks, each `{ name, attributes }`, to the post in the editor; returns their client ids. */
export function insertBlocks(page, blocks) {
  return page.evaluate((list) => {
    const created = list.map(({ name, attributes }) => window.wp.blocks.createBlock(name, attributes));
    window.wp.data.dispatch('core/block-editor').insertBlocks(created);
    return created.map((block) => block.clientId);
  }, blocks);
}

/** Publishes the post open in the editor with `title`, as the publish button does; returns its id and address. */
export async function publish(page, title) {
  const saved = await page.evaluate(async (postTitle) => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title: postTitle, status: 'publish' });
    await dispatch('core/editor').savePost();
    const post = select('core/editor').getCurrentPost();
    return { id: post.id, link: post.link, status: post.status, failed: select('core/editor').didPostSaveRequestFail() };
  }, title);
  assert.equal(saved.failed, false, `„${title}“ wurde nicht gespeichert`);
  assert.equal(saved.status, 'publish', `„${title}“ ist nicht veröffentlicht`);
  return saved;
}

/** Saves the post open in the editor again (after edits to an already published post). */
export async function update(page) {
  const failed = await page.evaluate(async () => {
    await window.wp.data.dispatch('core/editor').savePost();
    return window.wp.data.select('core/editor').didPostSaveRequestFail();
  });
  assert.equal(failed, false, 'Aktualisieren fehlgeschlagen');
}

/**
 * Replaces the post's blocks by one Classic block holding `html` (default: the post's blocks as saved),
 * waits for its TinyMCE and keeps what TinyMCE makes of the markup, as the block does when it loses
 * focus. Returns the block's client id and TinyMCE's markup.
 */
export async function toClassicBlock(page, html) {
  const clientId = await page.evaluate((markup) => {
    const { blocks, data } = window.wp;
    const content = markup ?? blocks.serialize(data.select('core/block-editor').getBlocks());
    const classic = blocks.createBlock('core/freeform', { content });
    data.dispatch('core/block-editor').resetBlocks([classic]);
    return classic.clientId;
  }, html);
  await page.waitForFunction((id) => window.tinymce?.get(`editor-${id}`)?.initialized, clientId);
  const content = await page.evaluate((id) => {
    const content = window.tinymce.get(`editor-${id}`).getContent();
    window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { content });
    return content;
  }, clientId);
  return { clientId, content };
}

/**
 * „In Blöcke umwandeln“ in the Classic block's toolbar; returns the blocks it made as `{ name, widget }`
 * (`widget`: the asskomm/widget block's widget), leaving out blank paragraphs and blank Classic blocks:
 * what the line breaks between the widgets become (TinyMCE writes a blank line as `<p>&nbsp;</p>`).
 * Debian's wordpress-l10n has no JSON translations, so the block editor's own words are English there.
 */
export async function convertToBlocks(page, clientId) {
  await page.evaluate((id) => window.wp.data.dispatch('core/block-editor').selectBlock(id), clientId);
  await page.locator(`[data-block="${clientId}"]`).hover();
  await page.getByRole('button', { name: /^(In Blöcke umwandeln|Convert to blocks)$/ }).click();
  return page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .filter(
        ({ name, attributes }) =>
          !['core/paragraph', 'core/freeform'].includes(name) ||
          String(attributes.content ?? '')
            .replace(/<\/?(p|br)\b[^>]*>|&nbsp;|\u00a0/g, '')
            .trim(),
      )
      .map(({ name, attributes }) => ({ name, widget: attributes.widget })),
  );
}
