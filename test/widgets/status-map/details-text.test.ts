/**
 * The details of a Gemeinde keep every line of their text inside their column (issue 16): at 1280 px
 * an unbroken „Landespräventionsrat“ in Zittau's agreement note stuck 8 px out of it, into the
 * panel's padding, where its last letter showed as a stray „n“ beside „Schließen“ (the buttons'
 * sticky bar covers the column only). Shot on the screenshot tests' page: DejaVu Sans, frozen feed.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { settle, widgetIn, WIDTHS } from '../../visual/shots.js';
import { chooseZittau, detailsDialog, TAG } from './helpers.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** The panel's text column: its box less border and padding, in page px. */
function column(panel: HTMLElement): { left: number; right: number } {
  const box = panel.getBoundingClientRect();
  const style = getComputedStyle(panel);
  return {
    left: box.left + panel.clientLeft + parseFloat(style.paddingLeft),
    right: box.left + panel.clientLeft + panel.clientWidth - parseFloat(style.paddingRight),
  };
}

/** Each painted line of text (a text node's box with a size) that reaches out of the column by more than half a px. */
function linesOutside(panel: HTMLElement): string[] {
  const { left, right } = column(panel);
  const range = document.createRange();
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (line.width === 0 || line.height === 0) continue;
      if (line.left < left - 0.5 || line.right > right + 0.5)
        found.push(
          `„${node.textContent!.trim().slice(0, 40)}…“ ${Math.round(line.left)}–${Math.round(line.right)} px, column ${Math.round(left)}–${Math.round(right)}`,
        );
    }
  }
  return found;
}

describe('<asskomm-status-map> details text', () => {
  for (const width of WIDTHS) {
    it(`Zittau at ${width} px: every line of the details lies inside the panel's column`, async () => {
      const map = await widgetIn<StatusMap>(TAG, width);
      await chooseZittau(map);
      await settle(map);
      const panel = detailsDialog(map);
      expect(panel.open, 'details open').to.be.true;
      expect(panel.textContent, 'the agreement note is there').to.contain('Landespräventionsrat');
      expect(linesOutside(panel)).to.deep.equal([]);
    });
  }
});
