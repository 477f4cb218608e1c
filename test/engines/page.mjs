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
