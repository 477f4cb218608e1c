/**
 * The 1em probe (`element/em-probe.ts`) that the chart and the map measure for their font size:
 * in both it is as wide as the host's font size, takes no room in the page and is not seen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { createByHtml, GOOD_FEED } from '../helpers/conformance.js';

for (const tag of ['asskomm-progress-chart', 'asskomm-status-map']) {
  describe(`<${tag}> 1em probe`, () => {
    it('is 1em wide at the host’s font size, 0 px tall, out of the flow and hidden', async () => {
      clearFeedCache();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 700px; font-size: 20px"></div>`);
      const widget = await createByHtml(tag, { src: GOOD_FEED }, container);
      const probe = widget.shadowRoot!.querySelector<HTMLElement>('.em')!;
      expect(probe, 'probe rendered').to.exist;
      const box = probe.getBoundingClientRect();
      expect(box.width, 'as wide as the host’s font size').to.equal(20);
      expect(box.height, 'no height').to.equal(0);
      const style = getComputedStyle(probe);
      expect(style.position, 'out of the flow').to.equal('absolute');
      expect(style.visibility, 'unseen').to.equal('hidden');
      expect(style.pointerEvents, 'takes no pointer').to.equal('none');
    });
  });
}
