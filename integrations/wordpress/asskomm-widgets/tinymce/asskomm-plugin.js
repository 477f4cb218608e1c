/**
 * TinyMCE plugin for the Classic block and the classic editor. In the block editor the library is
 * loaded for the block's preview, and it upgrades every `data-asskomm` div in the document: the
 * Classic block edits inline, in that document, so the widget would be written into the post's
 * content. While TinyMCE edits, the attribute is called `data-asskomm-editing`; it is saved with
 * its own name again.
 */
/* global tinymce */
// TinyMCE 4 calls a plugin with `new`: an arrow function would throw.
tinymce.PluginManager.add('asskomm', function (editor) {
  const rename = (from, to) => (nodes) => {
    for (const node of nodes) {
      node.attr(to, node.attr(from));
      node.attr(from, null);
    }
  };
  editor.on('PreInit', () => {
    editor.parser.addAttributeFilter('data-asskomm', rename('data-asskomm', 'data-asskomm-editing'));
    editor.serializer.addAttributeFilter('data-asskomm-editing', rename('data-asskomm-editing', 'data-asskomm'));
  });
});
