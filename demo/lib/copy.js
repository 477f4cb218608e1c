// "Code kopieren": the clipboard where the browser allows it, else the code is selected for
// Strg+C. The result is shown beside the button and announced through its status region.

const CONFIRM_MS = 4000;

function selectContents(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies `text`; resolves to `'copied'`, or `'selected'` when only selecting `source` worked. */
export async function copyText(text, source) {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectContents(source);
    // execCommand is deprecated, but it is the only copy path left without clipboard permission.
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // fall through: the code stays selected for Strg+C
    }
    return 'selected';
  }
}

/**
 * A "Code kopieren" button with its status line for the code in `source`. `text()` gives the
 * current code (it may change, e.g. in the configurator); `describedBy` names the example (its
 * heading's id), so a list of buttons stays distinguishable for screen readers.
 */
export function copyButton(source, { text = () => source.textContent ?? '', describedBy } = {}) {
  const wrapper = document.createElement('div');
  wrapper.className = 'copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Code kopieren';
  if (describedBy) button.setAttribute('aria-describedby', describedBy);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  let timer;
  button.addEventListener('click', async () => {
    const result = await copyText(text(), source);
    status.textContent = result === 'copied' ? 'Kopiert' : 'Markiert – jetzt mit Strg+C (Mac: ⌘+C) kopieren';
    status.dataset.result = result;
    clearTimeout(timer);
    if (result === 'copied') timer = setTimeout(() => (status.textContent = ''), CONFIRM_MS);
  });
  wrapper.append(button, status);
  return wrapper;
}
