/** The map as readers see it at three widths: loaded, a Gemeinde chosen with its details open, zoomed in. */
import { expect } from '@open-wc/testing';
import '../../src/widgets/status-map/define.js';
import type { StatusMap } from '../../src/widgets/status-map/status-map.js';
import { chooseZittau, detailsDialog, shadow, TAG } from '../widgets/status-map/helpers.js';
import { shoot, widgetIn, WIDTHS } from './shots.js';

describe('<asskomm-status-map> screenshots', () => {
  for (const width of WIDTHS) {
    it(`loaded at ${width} px`, async () => {
      const map = await widgetIn<StatusMap>(TAG, width);
      await shoot(map, `status-map/loaded-${width}`);
    });

    it(`Zittau chosen, details open, at ${width} px`, async () => {
      const map = await widgetIn<StatusMap>(TAG, width);
      await chooseZittau(map);
      expect(detailsDialog(map).open, 'details open').to.be.true;
      await shoot(map, `status-map/selected-${width}`);
    });

    it(`zoomed in twice at ${width} px`, async () => {
      const map = await widgetIn<StatusMap>(TAG, width);
      const zoomIn = shadow(map).querySelector<HTMLButtonElement>('.zoom-in')!;
      zoomIn.click();
      zoomIn.click();
      await shoot(map, `status-map/zoomed-${width}`);
    });
  }
});
