/**
 * Text that follows the reader's font size (WCAG 1.4.4, Chartability "user style"): each widget
 * in a page whose font is 200 % (32 px instead of 16 px, as a reader's browser setting makes it)
 * draws every kind of text at least 1.9 times as large, the chart's and the map's SVG text
 * included, and at 200 % no text is cut off, sticks out of the widget or lies on other text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { clippedText, overlapping, shadowElements, stickingOut, textElements, textOverlaps } from '../helpers/layout.js';
import { placeWidget, type Widget } from '../helpers/placed-widget.js';

const WIDGETS: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'asskomm-milestone-counter', attributes: { metric: 'advised,kpr,cooperation-agreements' } },
  { tag: 'asskomm-status-map', attributes: {} },
  { tag: 'asskomm-progress-chart', attributes: { metrics: 'advised,kpr,security-analyses' } },
];

/** The widget in a page whose root font is `fontSize`, as a reader's browser setting makes it (rem follows). */
async function widgetAt(fontSize: string, tag: string, attributes: Record<string, string>): Promise<Widget> {
  document.documentElement.style.fontSize = fontSize;
  const column = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  return placeWidget(tag, attributes, column);
}

/** The kind of a text (tag and classes) → the smallest size it is drawn at, in px. */
function drawnSizes(widget: Element): Map<string, number> {
  const sizes = new Map<string, number[]>();
  for (const element of textElements(widget)) {
    const kind = `${element.localName}.${(element.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} in ${element.parentElement?.localName ?? ''}`;
    // SVG text is drawn at its font size times the scale of the drawing (viewBox, zoom).
    const scale = element instanceof SVGGraphicsElement ? Math.hypot(element.getScreenCTM()!.a, element.getScreenCTM()!.b) : 1;
    const size = parseFloat(getComputedStyle(element).fontSize) * scale;
    sizes.set(kind, [...(sizes.get(kind) ?? []), size]);
  }
  return new Map([...sizes].map(([kind, list]) => [kind, Math.min(...list)]));
}

describe('200 % font size', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const { tag, attributes } of WIDGETS) {
    it(`<${tag}>: every kind of text grows at least 1.9 times`, async () => {
      const normal = drawnSizes(await widgetAt('16px', tag, attributes));
      const large = drawnSizes(await widgetAt('32px', tag, attributes));
      const kinds = [...normal.keys()].filter((kind) => large.has(kind));
      expect(kinds.length, 'kinds of text measured').to.be.greaterThan(3);
      const small = kinds
        .filter((kind) => large.get(kind)! < 1.9 * normal.get(kind)!)
        .map((kind) => `${kind}: ${normal.get(kind)} → ${large.get(kind)}`);
      expect(small, 'texts that grow less than 1.9 times').to.deep.equal([]);
    });

    it(`<${tag}>: at 200 % no text is cut off, sticks out or lies on other text`, async () => {
      const widget = await widgetAt('32px', tag, attributes);
      expect(clippedText(widget), 'text cut off').to.deep.equal([]);
      expect(stickingOut(widget), 'parts outside the widget').to.deep.equal([]);
      expect(textOverlaps(widget), 'text on text').to.deep.equal([]);
      expect(
        overlapping(shadowElements(widget).filter((element) => element.localName === 'text')),
        'SVG labels on each other',
      ).to.deep.equal([]);
    });
  }
});
