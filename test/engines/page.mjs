// What a person sees of each widget, read inside the page. Plain functions that the drivers send
// as source text (puppeteer's evaluate and WebDriver's executeScript both take that).

/**
 * Per widget in the document, in order: what it shows. With `scroll`, widgets that do not show
 * their data yet are scrolled into view (counters count when seen).
 */
export function widgetState(scroll) {
  const shown = (node) => {
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const widgets = [...document.querySelectorAll('asskomm-milestone-counter, asskomm-progress-chart, asskomm-status-map')];
  return widgets.map((element) => {
    const root = element.shadowRoot;
    const rect = element.getBoundingClientRect();
    const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
    const text = (selector) => all(selector).map((node) => node.innerText.replace(/\s+/g, ' ').trim());
    const state = {
      tag: element.localName,
      defined: element.matches(':defined'),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      loading: text('[part="loading"]'),
      errors: text('[part="error"]'),
      hints: text('[part="hint"]'),
      loadErrorBox: !!element.querySelector(':scope > [data-asskomm-load-error]'),
      visibleText: root
        ? [...root.children]
            .map((node) => node.innerText ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
        : '',
      values: text('[part="value"]'),
      finals: all('[part="value"] .final').map((node) => node.textContent.trim()),
      labels: text('[part="label"]'),
      series: all('svg g.series').length,
      lines: all('svg g.series path.line').filter((path) => (path.getAttribute('d') ?? '').length > 20 && shown(path)).length,
      xTicks: all('.x-axis text').map((node) => node.textContent.trim()),
      municipalities: all('path.municipality').length,
      shownMunicipalities: all('path.municipality').filter(shown).length,
      legend: text('[part="legend"]').join(' '),
      legendShown: all('[part="legend"]').some(shown),
    };
    const ready =
      state.defined &&
      !!root &&
      state.loading.length === 0 &&
      !state.loadErrorBox &&
      (state.errors.length > 0 ||
        {
          'asskomm-milestone-counter': () => state.values.length > 0 && state.values.join() === state.finals.join(),
          'asskomm-progress-chart': () => state.lines > 0 && state.xTicks.length > 0,
          'asskomm-status-map': () => state.municipalities > 0 && state.legendShown,
        }[state.tag]());
    if (scroll && !ready) element.scrollIntoView({ block: 'center' });
    return { ...state, ready };
  });
}

/** The probe's record (probe.js), or null when it is missing. */
export function probeRecord() {
  return window.__probe ? JSON.parse(JSON.stringify(window.__probe)) : null;
}

/** Whether the page enforces Trusted Types: an HTML string into innerHTML must throw. */
export function trustedTypesEnforced() {
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    return 'innerHTML accepted a string';
  } catch (error) {
    return error.name;
  }
}

/**
 * Records every download the page offers from here on, in `window.__downloads`: the Blob behind
 * each Blob URL (wrapping URL.createObjectURL) and the link clicked for it (wrapping the anchor's
 * click()), with whether the click's default action, the download, was left to the browser. Also
 * empties the probe's lists, so that what it reports later happened from here on.
 */
export function captureDownloads() {
  for (const list of Object.values(window.__probe ?? {})) if (Array.isArray(list)) list.length = 0;
  if (window.__downloads) {
    window.__downloads.length = 0;
    return;
  }
  const offered = [];
  window.__downloads = offered;
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(this, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const link = { href: this.href, name: this.download, blob: blobs.get(this.href), defaultPrevented: undefined };
    // Added last, so it hears the click after any listener the page has.
    this.addEventListener('click', (event) => (link.defaultPrevented = event.defaultPrevented), { once: true });
    offered.push(link);
    return click.call(this);
  };
}

/** Clicks the button labelled `label` in the first `tag` of the page; false if there is none. */
export function clickWidgetButton({ tag, label }) {
  const buttons = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('button') ?? [])];
  const button = buttons.find((candidate) => candidate.textContent.trim() === label);
  button?.click();
  return !!button;
}

/** The downloads offered since captureDownloads(): file name, type, the Blob's bytes (base64), the click's fate. */
export async function offeredDownloads() {
  return Promise.all(
    window.__downloads.map(async ({ href, name, blob, defaultPrevented }) => {
      const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : new Uint8Array();
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { blobUrl: href.startsWith('blob:'), name, type: blob?.type, base64: btoa(binary), defaultPrevented };
    }),
  );
}

/**
 * The first data table of the first `tag` as a person reads it: the column names and each row's
 * cells (`null` for the dash that stands for no figure), without sort arrows and hidden hints.
 */
export function visibleTable(tag) {
  const table = document.querySelector(tag)?.shadowRoot?.querySelector('table');
  if (!table) return null;
  const read = (cell) => {
    const copy = cell.cloneNode(true);
    if ([...copy.querySelectorAll('[aria-hidden="true"]')].some((node) => node.textContent.trim() === '–')) return null;
    for (const node of copy.querySelectorAll('[aria-hidden="true"], .visually-hidden')) node.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };
  return {
    header: [...table.querySelectorAll('thead th')].map(read),
    rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(read)),
  };
}
