// Beispiele: writes the code beside each live widget from the widget's own attributes, with the
// editor's folder; "Code kopieren" and a link that opens the example in the configurator.
import { copyButton } from './lib/copy.js';
import { normaliseFolder, snippetOf } from './lib/snippet.js';

const folderInput = document.getElementById('folder');
const folder = () => normaliseFolder(folderInput.value);

/** Configurator link with the example's settings in the address (see configurator.js). */
function configuratorLink(element) {
  const params = new URLSearchParams({ widget: element.localName });
  for (const { name, value } of element.attributes) if (name !== 'src') params.set(name, value);
  const content = element.textContent?.trim().replace(/\s+/g, ' ');
  if (content) params.set('content', content);
  const link = document.createElement('a');
  link.className = 'to-configurator';
  link.href = `configurator.html#${params}`;
  link.textContent = 'Im Konfigurator anpassen';
  return link;
}

const examples = [...document.querySelectorAll('.example-code[data-example]')].map((container) => {
  const exampleId = container.dataset.example;
  const elements = [...(container.closest('.example')?.querySelectorAll('.example-live > *') ?? [])];
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.id = `${exampleId}-code`;
  pre.append(code);
  const label = document.createElement('p');
  label.className = 'code-label';
  label.textContent = 'Code zum Einfügen';
  const actions = document.createElement('div');
  actions.className = 'code-actions';
  actions.append(copyButton(pre, { describedBy: exampleId }));
  // The configurator sets up one widget; linked widgets are copied as they are.
  if (elements.length === 1) actions.append(configuratorLink(elements[0]));
  container.append(label, pre, actions);
  return { elements, code };
});

function writeSnippets() {
  for (const { elements, code } of examples) code.textContent = snippetOf(elements, folder());
}

// The snippet is read before the widget upgrades; widgets only reflect attributes they were given.
writeSnippets();
folderInput.addEventListener('input', writeSnippets);
