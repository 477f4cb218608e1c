/** Catches what a download button would save: the Blob handed to `URL.createObjectURL` and the link's file name. */
export interface SavedFile {
  name: string;
  type: string;
  /** The text as saved, a BOM kept. */
  text: string;
}

/** Runs `click` with `URL.createObjectURL` and link clicks intercepted, and returns the one file it saved. */
export async function savedFile(click: () => void): Promise<SavedFile> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), `blob:saved-${blobs.length}`);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    click();
  } finally {
    URL.createObjectURL = original.create;
    HTMLAnchorElement.prototype.click = original.click;
  }
  if (blobs.length !== 1 || names.length !== 1)
    throw new Error(`expected one saved file, got ${blobs.length} blobs, ${names.length} links`);
  const blob = blobs[0]!;
  // `Blob.text()` drops a BOM; the test must see it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  return { name: names[0]!, type: blob.type, text };
}

/** The lines of a CSV file after its BOM (which it must have, for Excel), split at CRLF, without the last empty one. */
export function csvLines(text: string): string[] {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV file has no BOM');
  return text.slice(1).split('\r\n').slice(0, -1);
}

/** The button in `root` with this text. */
export function buttonByText(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((one) => one.textContent!.trim() === label);
  if (!found) throw new Error(`no button „${label}“`);
  return found;
}

/** The file saved by clicking the button in `root` with this text. */
export const savedBy = (root: ShadowRoot, label: string): Promise<SavedFile> => savedFile(() => buttonByText(root, label).click());
