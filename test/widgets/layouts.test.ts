/**
 * Every widget keeps a usable width in the layouts of real CMS pages: table cells, flex items,
 * inline-block, float, fit-content and absolutely positioned parents, grid `auto` columns, a host
 * made `display: inline` by page CSS, in standards and in quirks mode. Each page is its own
 * iframe (a page without doctype is in quirks mode), so its CSS touches nothing else.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets/registry.js';
import { GOOD_FEED } from '../helpers/conformance.js';

/** The smallest width a widget takes where the page lets it size itself (17.5rem). */
const MIN_WIDTH = 280;
const FRAME_WIDTH = 1000;

const TAGS = WIDGETS.map((widget) => widget.tag);
/** Widgets that reserve space until their code has run. */
const RESERVING = WIDGETS.filter((widget) => widget.space).map((widget) => widget.tag);

interface Layout {
  name: string;
  css?: string;
  /** Markup around one widget; `W` stands for the widget. */
  wrap: string;
  /** Whether the wrapper has a definite width the widget should fill (else: at least `MIN_WIDTH`). */
  fills?: boolean;
}

const LAYOUTS: Layout[] = [
  { name: 'normal block', wrap: '<div class="c">W</div>', fills: true },
  { name: 'table cell', wrap: '<table><tr><td>W</td></tr></table>' },
  { name: 'flex item', css: '.c { display: flex }', wrap: '<div class="c">W</div>' },
  { name: 'inline-block parent', css: '.c { display: inline-block }', wrap: '<div class="c">W</div>' },
  { name: 'float parent', css: '.c { float: left } .after { clear: both }', wrap: '<div class="c">W</div><div class="after"></div>' },
  { name: 'fit-content parent', css: '.c { width: fit-content }', wrap: '<div class="c">W</div>' },
  {
    name: 'absolute parent',
    css: '.box { position: relative; height: 1600px } .c { position: absolute }',
    wrap: '<div class="box"><div class="c">W</div></div>',
  },
  {
    name: 'grid auto column',
    css: '.c { display: grid; grid-template-columns: auto 12rem }',
    wrap: '<div class="c">W<aside>Seitenleiste</aside></div>',
  },
  { name: 'host display: inline', css: `${TAGS.join(', ')} { display: inline }`, wrap: '<div class="c">W</div>', fills: true },
  { name: 'page reset * { all: unset }', css: '* { all: unset } head, style, script { display: none }', wrap: '<div class="c">W</div>' },
  {
    name: 'body { font-size: 0 }',
    css: 'body { font-size: 0 } .c { display: inline-block; width: 100% }',
    wrap: '<div class="c">W</div>',
    fills: true,
  },
];

interface Widget extends HTMLElement {
  whenReady(): Promise<void>;
  updateComplete: Promise<boolean>;
}
/** The widgets of a page by tag. */
type Widgets = Record<string, Widget>;

type PageWindow = Window & typeof globalThis & { widgetsLoaded: Promise<unknown>; held: Promise<void>; release(): void };

/**
 * A blob document (an srcdoc one is never in quirks mode) with the three widgets, each in
 * `layout`'s wrapper; `<base>` lets it load from the test server. With `entry` the page loads the
 * script-tag entry instead of the widgets, and their definitions wait for `release()`.
 */
async function loadPage(layout: Layout, quirks: boolean, entry = false): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const body = WIDGETS.map(({ tag, starters = {} }) => {
    const attributes = Object.entries(starters)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    return layout.wrap.replace('W', `<${tag} src="${GOOD_FEED}"${attributes}></${tag}>`);
  }).join('\n');
  const imports = entry ? `import('/src/all.ts')` : WIDGETS.map(({ name }) => `import('/src/widgets/${name}/define.ts')`).join(', ');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${FRAME_WIDTH}px; height: 900px; border: 0`;
  const page = `${quirks ? '' : '<!doctype html>'}<html lang="de"><head><meta charset="utf-8"><base href="${location.origin}/">
    <style>${layout.css ?? ''}</style><script>${entry ? holdDefinitions : ''}window.widgetsLoaded = Promise.all([${imports}]);</script></head><body>${body}</body></html>`;
  frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  URL.revokeObjectURL(frame.src);
  const win = frame.contentWindow as PageWindow;
  expect(win.document.compatMode).to.equal(quirks ? 'BackCompat' : 'CSS1Compat');
  await win.widgetsLoaded;
  return { frame, win };
}

/** Page script: the widgets' code arrives, but their elements are defined only on `release()`. */
const holdDefinitions = `{
  const define = customElements.define.bind(customElements);
  const waiting = [];
  let heldAll;
  window.held = new Promise((resolve) => (heldAll = resolve));
  customElements.define = (name, ...rest) => {
    if (!name.startsWith('asskomm-')) return define(name, ...rest);
    waiting.push(() => define(name, ...rest));
    if (waiting.length === ${TAGS.length}) heldAll();
  };
  window.release = () => waiting.splice(0).forEach((go) => go());
}`;

/** The page of `layout` with its widgets loaded and drawn. */
async function openPage(layout: Layout, quirks: boolean): Promise<{ frame: HTMLIFrameElement; widgets: Widgets }> {
  const { frame, win } = await loadPage(layout, quirks);
  return { frame, widgets: await drawn(win) };
}

async function drawn(win: PageWindow): Promise<Widgets> {
  const widgets = Object.fromEntries(TAGS.map((tag) => [tag, win.document.querySelector(tag) as Widget])) as Widgets;
  await Promise.all(Object.values(widgets).map((widget) => widget.whenReady()));
  // Sizes arrive through ResizeObservers, which report in the next frame; the re-render follows.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await Promise.all(Object.values(widgets).map((widget) => widget.updateComplete));
  return widgets;
}

const widthOf = (element: Element | null | undefined): number => Math.round(element?.getBoundingClientRect().width ?? 0);
const fontSize = (element: Element | null): number => (element ? parseFloat(getComputedStyle(element).fontSize) : 0);

/** Lines the text of `element` takes (one per distinct line top). */
function lines(element: Element | null): number {
  if (!element) return 0;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/** What a person sees of each widget: the width of its visible content, and whether it is drawn. */
function look(widgets: Widgets) {
  const root = (tag: string): ShadowRoot => widgets[tag]!.shadowRoot!;
  const counter = root('asskomm-milestone-counter');
  const map = root('asskomm-status-map');
  const chart = root('asskomm-progress-chart');
  const mapSvg = map.querySelector('svg.map');
  return {
    counter: {
      width: widthOf(counter.querySelector('[part="metrics"]')),
      value: counter.querySelector('[part="value"] .final')?.textContent?.trim(),
      labelLines: lines(counter.querySelector('[part="label"]')),
      dateFontSize: fontSize(counter.querySelector('[part="date"]')),
    },
    map: {
      width: widthOf(map.querySelector('[part="base"]')),
      drawing: [widthOf(mapSvg), Math.round(mapSvg?.getBoundingClientRect().height ?? 0)],
      municipalities: map.querySelectorAll('path.municipality').length,
      summaryFontSize: fontSize(map.querySelector('.summary')),
    },
    chart: {
      width: widthOf(chart.querySelector('.plot > svg')),
      lines: [...chart.querySelectorAll('path.line')].filter((path) => (path.getAttribute('d') ?? '').length > 1).length,
    },
  };
}

/** Width of the box the wrapper gives its content (the page minus body margin, or less). */
function availableWidth(frame: HTMLIFrameElement): number {
  const doc = frame.contentDocument!;
  return Math.round(doc.documentElement.clientWidth - 2 * parseFloat(getComputedStyle(doc.body).marginLeft || '0'));
}

/** Columns of the items as laid out (distinct left edges). */
const columns = (items: Iterable<Element>): number => new Set([...items].map((item) => Math.round(item.getBoundingClientRect().left))).size;

describe('widgets in the layouts of CMS pages', function () {
  this.timeout(30000);

  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('lay out by their own width (container queries): map beside its legend and a 3-column chart legend only when wide', async () => {
    const narrow = await openPage({ name: 'narrow column', css: '.c { width: 400px }', wrap: '<div class="c">W</div>' }, false);
    const map = (page: typeof narrow) => page.widgets['asskomm-status-map']!.shadowRoot!.querySelectorAll('.layout > *');
    const legend = (page: typeof narrow) => page.widgets['asskomm-progress-chart']!.shadowRoot!.querySelectorAll('.legend-item');
    expect([columns(map(narrow)), columns(legend(narrow))]).to.deep.equal([1, 1]);
    narrow.frame.remove();
    const wide = await openPage(LAYOUTS[0]!, false);
    expect([columns(map(wide)), columns(legend(wide))]).to.deep.equal([2, 3]);
  });

  for (const [layout, quirks] of [
    [LAYOUTS[1]!, false],
    [LAYOUTS[1]!, true],
    [LAYOUTS[3]!, false],
    [LAYOUTS[0]!, false],
  ] as const) {
    it(`reserve the width they will take until their code has run: ${layout.name}${quirks ? ' (quirks mode)' : ''}`, async () => {
      const { win } = await loadPage(layout, quirks, true);
      await win.held;
      const reserved = RESERVING.map((tag) => widthOf(win.document.querySelector(tag)));
      win.release();
      const widgets = await drawn(win);
      const loaded = RESERVING.map((tag) => widthOf(widgets[tag]));
      expect(reserved, `reserved ${reserved.join(', ')} px, loaded ${loaded.join(', ')} px`).to.deep.equal(loaded);
    });
  }

  for (const quirks of [false, true]) {
    for (const layout of LAYOUTS) {
      it(`keep a usable width and draw their content: ${layout.name}${quirks ? ' (quirks mode)' : ''}`, async () => {
        const { frame, widgets } = await openPage(layout, quirks);
        const seen = look(widgets);
        const context = `${layout.name}${quirks ? ', quirks' : ''}: ${JSON.stringify(seen)}`;
        const least = layout.fills ? availableWidth(frame) : MIN_WIDTH;

        expect(seen.counter.value, context).to.equal('126');
        expect(seen.counter.width, context).to.be.at.least(least);
        expect(seen.counter.labelLines, context).to.equal(1);
        expect(seen.counter.dateFontSize, context).to.be.at.least(12);

        expect(seen.map.municipalities, context).to.be.above(0);
        expect(seen.map.width, context).to.be.at.least(least);
        expect(seen.map.drawing[0], context).to.be.at.least(MIN_WIDTH - 2);
        expect(seen.map.drawing[1], context).to.be.at.least(200);
        expect(seen.map.summaryFontSize, context).to.be.at.least(12);

        expect(seen.chart.lines, context).to.be.above(0);
        expect(seen.chart.width, context).to.be.at.least(least);
      });
    }
  }
});
