// What a person sees of every widget on a page, wherever it sits: in the document, in open shadow
// roots (nested too) and in the closed roots a page script lists in `window.closedRoots`.
import { WIDGETS } from '../../../src/widgets/registry.js';

/**
 * Installs `window.__deepWidgets()` in every page of `page` (before its scripts run): every widget
 * element, with what it shows and the text of the loader's message box, if it has one.
 */
export function installDeepReader(page) {
  const tags = WIDGETS.map((widget) => widget.tag);
  return page.addInitScript((widgetTags) => {
    window.__deepWidgets = () => {
      const widgets = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (widgetTags.includes(element.localName)) widgets.push(element);
          else if (element.shadowRoot && !element.hasAttribute('data-asskomm-load-error')) visit(element.shadowRoot);
        }
      };
      visit(document);
      (window.closedRoots ?? []).forEach(visit);
      return widgets.map((element) => {
        const root = element.matches(':defined') ? element.shadowRoot : null;
        const box = element.querySelector(':scope > [data-asskomm-load-error]');
        const rect = element.getBoundingClientRect();
        const shown = {
          'asskomm-status-map': () => root.querySelectorAll('path.municipality').length > 0,
          'asskomm-progress-chart': () => !!root.querySelector('.x-axis text'),
          'asskomm-milestone-counter': () => !!root.querySelector('[part="value"] .final')?.textContent.trim(),
        }[element.localName];
        if (!shown) throw new Error(`installDeepReader (test/e2e/lib/deep-widgets.mjs): when does <${element.localName}> show its data?`);
        return {
          tag: element.localName,
          id: element.id,
          defined: element.matches(':defined'),
          data: !!root && shown() && rect.width > 0 && rect.height > 0,
          errors: root ? [...root.querySelectorAll('[part="error"]')].map((node) => node.innerText.trim()) : [],
          message: box ? [...box.shadowRoot.children].map((node) => node.innerText.trim()).join(' ') : null,
          messageHeight: box ? box.getBoundingClientRect().height : 0,
          retry: box?.shadowRoot.querySelector('button')?.textContent ?? null,
          width: rect.width,
          height: rect.height,
        };
      });
    };
  }, tags);
}

export const deepWidgets = (page) => page.evaluate(() => window.__deepWidgets());

/**
 * Waits until there are `count` widgets and each shows `state` ('data': its data and no message
 * box; 'message': the loader's message), `byId` overriding `state` per widget id; returns them.
 */
export async function waitForDeepWidgets(page, { count, state, byId = {} }, timeout = 20000) {
  const waited = page.waitForFunction(
    (want) => {
      const widgets = window.__deepWidgets();
      return (
        widgets.length === want.count &&
        widgets.every((widget) => {
          const expected = want.byId[widget.id] ?? want.state;
          return expected === 'data' ? widget.data && widget.message === null : widget.message !== null;
        })
      );
    },
    { count, state, byId },
    { timeout, polling: 'raf' },
  );
  try {
    await waited;
  } catch (error) {
    // Say what the page shows instead.
    error.message += `\nwidgets: ${JSON.stringify(await deepWidgets(page).catch(() => 'unreadable'))}`;
    throw error;
  }
  return deepWidgets(page);
}
