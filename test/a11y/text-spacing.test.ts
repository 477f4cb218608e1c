/**
 * Text spacing (WCAG 1.4.12): with the spacing a reader's style sheet may set (line height 1.5,
 * paragraphs 2em apart, letters 0.12em, words 0.16em), put into the page and into every shadow
 * root as a bookmarklet does, in a wide (900 px) and a narrow (400 px) column (the map's timeline also at 320 and 272 px), no text is cut off
 * by a box that hides its overflow, sticks out of the widget, or lies on other text; checked
 * loaded, with the map's details and its tooltip, and with the chart's tooltip.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { clippedText, shadowElements, stickingOut, textOverlaps } from '../helpers/layout.js';
import { placeWidget, type Widget } from '../helpers/placed-widget.js';

/** The spacing of WCAG 1.4.12, as the W3C's text-spacing bookmarklet writes it. */
const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Adds the spacing to the page and to every shadow root in `widget`. */
function applySpacing(widget: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const roots: (Document | ShadowRoot)[] = [document, widget.shadowRoot!, ...shadowElements(widget).flatMap((e) => e.shadowRoot ?? [])];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

async function press(widget: Widget, selector: string, key: string): Promise<void> {
  widget.shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: key });
  await widget.updateComplete;
}

const CASES: {
  tag: string;
  attributes: Record<string, string>;
  state: string;
  open?: (widget: Widget) => Promise<void>;
  tooltip?: string;
  /** Column widths for this case alone (default: the wide and the narrow one). */
  widths?: number[];
}[] = [
  { tag: 'asskomm-milestone-counter', attributes: { metric: 'advised,kpr,cooperation-agreements' }, state: 'loaded' },
  { tag: 'asskomm-status-map', attributes: {}, state: 'loaded' },
  // The timeline's play button, label and date grow with the spacing instead of keeping fixed boxes; 272 px is
  // a 320 px screen with 24 px page margins, where its label and date no longer fit side by side.
  { tag: 'asskomm-status-map', attributes: { timeline: '' }, state: 'with its timeline', widths: [400, 320, 272] },
  { tag: 'asskomm-status-map', attributes: { focus: '14626610' }, state: 'details open', open: (map) => press(map, '.viewport', 'Enter') },
  // A tooltip lies over the drawing on purpose: there it is its own text that must not be cut off.
  {
    tag: 'asskomm-status-map',
    attributes: {},
    state: 'tooltip',
    open: (map) => press(map, '.viewport', 'ArrowRight'),
    tooltip: '.tooltip',
  },
  { tag: 'asskomm-progress-chart', attributes: { metrics: 'advised,kpr,security-analyses' }, state: 'loaded' },
  {
    tag: 'asskomm-progress-chart',
    attributes: { metrics: 'advised,kpr,security-analyses' },
    state: 'tooltip',
    open: async (chart) => {
      chart.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
      await chart.updateComplete;
    },
    tooltip: '[part="tooltip"]',
  },
];

describe('text spacing (WCAG 1.4.12)', () => {
  for (const width of [900, 400, 320, 272]) {
    for (const { tag, attributes, state, open, tooltip, widths = [900, 400] } of CASES) {
      if (!widths.includes(width)) continue;
      it(`<${tag}> ${state} in a ${width} px column: no text cut off, outside the widget or on other text`, async () => {
        const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const widget = await placeWidget(tag, attributes, column);
        await open?.(widget);
        const removeSpacing = applySpacing(widget);
        try {
          // A tooltip placed by its measured size moves once the ResizeObserver has seen it grow.
          // (layout and ResizeObserver run after this frame's callbacks: the next frame sees what they did).
          await new Promise(requestAnimationFrame);
          await new Promise(requestAnimationFrame);
          await widget.updateComplete;
          expect(clippedText(widget), 'text cut off').to.deep.equal([]);
          expect(stickingOut(widget), 'parts outside the widget').to.deep.equal([]);
          // Text under a tooltip, or under the details' sheet of a narrow map (fixed at the bottom of
          // the screen), is covered on purpose: then the overlay's own lines must stay apart.
          const sheet = widget.shadowRoot!.querySelector('dialog.details[open]');
          const overlay = tooltip ?? (sheet && getComputedStyle(sheet).position === 'fixed' ? 'dialog.details' : undefined);
          const shown = overlay ? (widget.shadowRoot!.querySelector(overlay) ?? null) : undefined;
          expect(shown === null, 'the tooltip shows').to.be.false;
          expect(textOverlaps(widget, shown ?? undefined), 'text on text').to.deep.equal([]);
        } finally {
          removeSpacing();
        }
      });
    }
  }
});
