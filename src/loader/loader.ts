/**
 * The script-tag loader: imports a widget's code the first time one of its elements is found, in
 * the document, in every open shadow root reachable from it (nested ones, and roots that custom
 * elements attach when they are defined later) and in the roots handed to `watch` (closed ones);
 * and the data form (`<div data-asskomm="status-map" data-src=…>`, `data-form.ts`), at any time.
 * A failed download puts a German message with „Erneut versuchen“ into every element of that tag;
 * the loader keeps watching, and the button, a new element or the browser going online try again
 * (Chromium fetches a failed dynamic import anew, so the same URL is retried). Once every tag is
 * defined (by us or another copy of the library) it watches the document for the data form only.
 */
import { clearLoadErrors, LOAD_ERROR, showLoadError } from './load-error.js';

export type Root = Document | ShadowRoot;

/** The attribute of the data form (`data-form.ts`): `<div data-asskomm="status-map" data-src=…>`. */
export const DATA_FORM = 'data-asskomm';

const IDLE = 0;
const LOADING = 1;
const FAILED = 2;

/**
 * Starts loading for the tags in `loaders` (those not defined yet) and returns `watch(root)`.
 * `prepare` runs once per watched root (the entry reserves the widgets' space there).
 */
export function startLoader(loaders: Record<string, () => Promise<unknown>>, prepare: (root: Root) => void): (root: Root) => void {
  const pending = new Map<string, number>();
  // Held weakly: the shadow roots of components a page throws away must not live on in here.
  const watched = new WeakSet<Root>();
  let roots: WeakRef<Root>[] = [];
  const eachRoot = (fn: (root: Root) => void): void => {
    roots = roots.filter((ref) => {
      const root = ref.deref();
      if (root) fn(root);
      return root;
    });
  };
  const observer = new MutationObserver((records) =>
    records.forEach((record) => (record.type === 'attributes' ? check(record.target as Element) : record.addedNodes.forEach(scan))),
  );

  function load(tag: string): void {
    if (pending.get(tag) === LOADING || !pending.has(tag)) return;
    pending.set(tag, LOADING);
    eachRoot((root) => clearLoadErrors(root, tag));
    loaders[tag]!().catch((error: unknown) => {
      // Another copy of the library may have defined the tag meanwhile. (The browser logs the failure.)
      if (!pending.has(tag)) return;
      pending.set(tag, FAILED);
      // The Trusted Types error (util/trusted-types.ts, in Lit's chunk) says what the CSP needs; a retry cannot help.
      const detail = (error as Error)?.name === 'AsskommTrustedTypesError' ? (error as Error).message : undefined;
      eachRoot((root) => root.querySelectorAll(tag).forEach((element) => showLoadError(element, detail, () => load(tag))));
    });
  }

  function check(element: Element): void {
    if (element.hasAttribute(DATA_FORM)) upgrade(element);
    const tag = element.localName;
    // A new element of a failed tag is a retry; our own widgets' shadow roots need no watching.
    if (tag in loaders) load(tag);
    else if (element.shadowRoot) {
      if (!element.hasAttribute(LOAD_ERROR)) watch(element.shadowRoot);
    } else if (tag.includes('-') && !element.matches(':defined')) {
      // A custom element defined later usually attaches its shadow root on upgrade. (Hyphenated
      // names reserved by SVG and MathML count as defined: whenDefined would reject them, so it never does here.)
      void customElements.whenDefined(tag).then(() => element.shadowRoot && watch(element.shadowRoot));
    }
  }

  /** The data form's code comes only to pages that use it; a failed download is told in the holder, with a retry. */
  function upgrade(holder: Element): void {
    import('./data-form.js').then(
      ({ upgradeDataForm }) => {
        holder.querySelector(`:scope>[${LOAD_ERROR}]`)?.remove();
        const widget = upgradeDataForm(holder, { attribute: DATA_FORM, tags: Object.keys(loaders) });
        if (widget) check(widget);
      },
      () => showLoadError(holder, undefined, () => upgrade(holder)),
    );
  }

  function scan(node: Node): void {
    if (node.nodeType !== 1) return; // elements only
    check(node as Element);
    // Once every widget is defined, only the data form still needs us.
    (node as Element).querySelectorAll(pending.size ? '*' : `[${DATA_FORM}]`).forEach(check);
  }

  function watch(root: Root): void {
    if (!pending.size || watched.has(root)) return;
    watched.add(root);
    roots.push(new WeakRef(root));
    prepare(root);
    // `data-asskomm` changed: a name corrected in a block editor's preview is upgraded then.
    observer.observe(root, { childList: true, subtree: true, attributeFilter: [DATA_FORM] });
    root.querySelectorAll('*').forEach(check);
  }

  for (const tag of Object.keys(loaders)) {
    if (customElements.get(tag)) continue;
    pending.set(tag, IDLE);
    // Our own tags are valid names: whenDefined never rejects.
    void customElements.whenDefined(tag).then(() => {
      pending.delete(tag);
      eachRoot((root) => clearLoadErrors(root, tag));
      // Every tag defined: its elements upgrade by themselves anywhere, so only the document is
      // still watched, for the data form (`data-form.ts`) a CMS may add at any time.
      if (!pending.size) watchDataFormOnly();
    });
  }
  function watchDataFormOnly(): void {
    observer.disconnect();
    roots = [new WeakRef<Root>(document)];
    observer.observe(document, { childList: true, subtree: true, attributeFilter: [DATA_FORM] });
    document.querySelectorAll(`[${DATA_FORM}]`).forEach(check);
  }

  addEventListener('online', () => pending.forEach((state, tag) => state === FAILED && load(tag)));
  // Another copy of the library may have defined every tag already.
  if (pending.size) watch(document);
  else watchDataFormOnly();
  return watch;
}
