/**
 * Long German words as a reader sees them: headings, counter labels and legend labels stay inside
 * their boxes at 1280, 768 and 375 px and with the text spacing of WCAG 1.4.12, and a word that
 * breaks across lines shows a hyphen there („Kooperations-/vereinbarungen“, never
 * „Kooperationsvereinbarunge/n“), also in Debian's Chromium, which has no German dictionary.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, GOOD_FEED } from '../helpers/conformance.js';

const HEADING = 'Kooperationsvereinbarungen und Sicherheitsanalysen der Kriminalprävention';

/** Each widget with attributes that show long words, and where its labels are. */
const WIDGETS: { tag: string; attributes: Record<string, string>; labels: string }[] = [
  {
    tag: 'asskomm-milestone-counter',
    attributes: { metric: 'advised,kpr,cooperation-agreements,security-analyses', duration: '0' },
    labels: '.label',
  },
  { tag: 'asskomm-progress-chart', attributes: { metrics: 'advised,kpr,cooperation-agreements' }, labels: '.legend-item' },
  { tag: 'asskomm-status-map', attributes: {}, labels: '.legend label' },
];

/** WCAG 1.4.12: what a reader's style sheet may set without anything being lost. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }`;

function spaceText(host: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const root = host.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const describeText = (element: Element): string => `${element.className} „${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}“`;

/** The box of the text inside `element` (its lines, not the element's own width). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/**
 * Places where a word continues on the next line without a hyphen: two letters in a row whose
 * second starts a lower line, with no hyphen, soft hyphen or compound joint (`.joint`) between.
 */
function wordsBrokenWithoutHyphen(element: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let previous: { char: string; bottom: number; text: string } | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.classList.contains('joint') && previous) previous.char = '\u00ad';
      continue;
    }
    const text = (node as Text).data;
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      if (!rects.length) continue;
      const box = rects[rects.length - 1]!;
      const letter = /[\p{L}\p{N}]/u;
      if (previous && letter.test(text[i]!) && letter.test(previous.char) && box.top >= previous.bottom - 1) {
        found.push(`${previous.text}|${text.slice(i, i + 6)}`);
      }
      previous = { char: text[i]!, bottom: box.bottom, text: text.slice(Math.max(0, i - 11), i + 1) };
    }
  }
  return found;
}

describe('Long German words in headings and labels', () => {
  for (const { tag, attributes, labels } of WIDGETS) {
    for (const width of [1280, 768, 375]) {
      for (const spaced of [false, true]) {
        it(`${tag} at ${width} px${spaced ? ' with text spacing' : ''}: inside their boxes, hyphenated where they break`, async () => {
          clearFeedCache();
          const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
          const widget = await createByHtml(tag, { src: GOOD_FEED, heading: HEADING, ...attributes }, container);
          if (spaced) spaceText(widget);
          const root = widget.shadowRoot!;
          const texts = [...root.querySelectorAll('.heading'), ...root.querySelectorAll(labels)];
          expect(texts.length, 'Überschrift und Beschriftungen').to.be.greaterThan(1);

          const outer = widget.getBoundingClientRect();
          for (const element of texts) {
            const what = describeText(element);
            const box = element.getBoundingClientRect();
            const text = textBox(element);
            expect(element.scrollWidth, `${what}: scrollWidth`).to.be.at.most(element.clientWidth + 1);
            expect(text.right, `${what}: Text rechts aus seiner Box`).to.be.at.most(box.right + 0.5);
            expect(text.right, `${what}: Text rechts aus dem Widget`).to.be.at.most(outer.right + 0.5);
          }
          // In the map's legend the layer names are hyphenated; the rest of a label (counts, extents) has no long words.
          const hyphenated = tag === 'asskomm-status-map' ? [...root.querySelectorAll('.heading, .legend .layer-name')] : texts;
          expect(hyphenated.flatMap(wordsBrokenWithoutHyphen), 'Wörter ohne Trennstrich umbrochen').to.deep.equal([]);
        });
      }
    }
  }

  for (const spaced of [false, true]) {
    it(`a counter in a 16rem sidebar, in the serif font of demo/cms.html${spaced ? ', with text spacing' : ''}: labels hyphenated inside their column`, async () => {
      clearFeedCache();
      const container = await fixture<HTMLDivElement>(
        html`<div
          style="width: 16rem; font: 16px Georgia, 'DejaVu Serif', serif; --asskomm-counter-label-size: 1rem; --asskomm-counter-number-size: 2rem"
        ></div>`,
      );
      const widget = await createByHtml(
        'asskomm-milestone-counter',
        { src: GOOD_FEED, metric: 'cooperation-agreements', duration: '0' },
        container,
      );
      if (spaced) spaceText(widget);
      const label = widget.shadowRoot!.querySelector('.label')!;
      expect(textBox(label).right, describeText(label)).to.be.at.most(container.getBoundingClientRect().right + 0.5);
      expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
      expect(wordsBrokenWithoutHyphen(label), 'Wörter ohne Trennstrich umbrochen').to.deep.equal([]);
    });
  }

  it('the map at 1280 px in the serif font of demo/cms.html, with text spacing: the legend’s layer names hyphenated', async () => {
    clearFeedCache();
    // „Kooperationsvereinbarun/gen“ broke without a hyphen here (in sans-serif too, at 20 px).
    const container = await fixture<HTMLDivElement>(html`<div style="width: 1280px; font: 16px Georgia, 'DejaVu Serif', serif"></div>`);
    const widget = await createByHtml('asskomm-status-map', { src: GOOD_FEED }, container);
    spaceText(widget);
    const names = [...widget.shadowRoot!.querySelectorAll('.legend .layer-name')];
    expect(names).to.have.length(8);
    expect(names.flatMap(wordsBrokenWithoutHyphen), 'Wörter ohne Trennstrich umbrochen').to.deep.equal([]);
  });

  it('keeps the words as written for screen readers and a copy', async () => {
    clearFeedCache();
    const widget = await createByHtml('asskomm-milestone-counter', {
      src: GOOD_FEED,
      heading: HEADING,
      metric: 'cooperation-agreements',
      duration: '0',
    });
    const root = widget.shadowRoot!;
    expect(root.querySelector('.heading')!.textContent).to.equal(HEADING);
    expect(root.querySelector('.label')!.textContent).to.equal('Kooperationsvereinbarungen');
    expect(root.querySelectorAll('.label .joint')).to.have.length(1);
    // What a screen reader gets: the generated soft hyphen has empty alternative text, so no name
    // in Chromium's accessibility tree carries it (without `/ ''` the heading's name would).
    const names: string[] = [];
    const collect = (node: AxNode): void => {
      if (node.name) names.push(node.name);
      for (const child of node.children ?? []) collect(child);
    };
    // The command's type says void; it answers with Chromium's accessibility tree.
    collect((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.include(HEADING);
    expect(names.filter((name) => name.includes('\u00ad'))).to.deep.equal([]);
  });
});

interface AxNode {
  name?: string;
  children?: AxNode[];
}
