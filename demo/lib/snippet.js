// The HTML an editor pastes: the script tag and one element, written from the element's own
// attributes, so the code shown beside a live widget is exactly the code that made it.

/** Escapes text for an attribute value in double quotes or for element content. */
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<script type="module" src="…/asskomm-widgets.js"></script>` for files in `folder`. */
export function scriptTag(folder) {
  return `<script type="module" src="${escapeHtml(`${folder}asskomm-widgets.js`)}"></script>`;
}

/** The default feed's address when `dist/` was copied to `folder`. */
export function feedAddress(folder) {
  return `${folder}asskomm.json`;
}

/** A folder as the editor typed it, with exactly one trailing slash (empty stays empty: same folder). */
export function normaliseFolder(text) {
  const folder = text.trim();
  return folder && !folder.endsWith('/') ? `${folder}/` : folder;
}

/**
 * `<tag a="…" b="…" c>content</tag>` from `[name, value]` pairs in the given order. Long
 * elements put each attribute on its own line, which is easier to read and to edit in a CMS.
 */
export function elementTag(tag, attributes, content = '') {
  // An empty value is written bare (`timeline`): the same in HTML, and how boolean attributes are read.
  const pairs = attributes.map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`));
  const inner = content.trim() ? escapeHtml(content.trim().replace(/\s+/g, ' ')) : '';
  const oneLine = `<${tag}${pairs.map((pair) => ` ${pair}`).join('')}>`;
  const open = oneLine.length <= 80 ? oneLine : `<${tag}\n${pairs.map((pair) => `  ${pair}`).join('\n')}\n>`;
  if (!inner) return `${open}</${tag}>`;
  return open.includes('\n') || open.length + inner.length > 80 ? `${open}\n  ${inner}\n</${tag}>` : `${open}${inner}</${tag}>`;
}

/**
 * The snippet for live elements on a demo page (several when they are linked by `group`): the
 * script tag once, then each element with its attributes in document order, `src` replaced by
 * the feed's address on the editor's server.
 */
export function snippetOf(elements, folder) {
  const tags = [elements].flat().map((element) => {
    const attributes = [...element.attributes].map((attribute) => [
      attribute.name,
      attribute.name === 'src' ? feedAddress(folder) : attribute.value,
    ]);
    return elementTag(element.localName, attributes, element.textContent ?? '');
  });
  return [scriptTag(folder), ...tags].join('\n');
}
