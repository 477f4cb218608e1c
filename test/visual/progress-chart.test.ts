/** The chart as readers see it at three widths: loaded, and with the crosshair on 12 February 2020. */
import { expect } from '@open-wc/testing';
import { plot, press, TAG, tooltip, waitForPlot } from '../widgets/progress-chart/helpers.js';
import { shoot, widgetIn, WIDTHS } from './shots.js';

describe('<asskomm-progress-chart> screenshots', () => {
  for (const width of WIDTHS) {
    it(`loaded at ${width} px`, async () => {
      const chart = await widgetIn(TAG, width);
      await waitForPlot(chart);
      await shoot(chart, `progress-chart/loaded-${width}`);
    });

    it(`crosshair on 12 February 2020 at ${width} px`, async () => {
      const chart = await widgetIn(TAG, width);
      await waitForPlot(chart);
      plot(chart).focus();
      await press(chart, 'Home');
      await press(chart, 'ArrowRight');
      expect(tooltip(chart)).to.contain('12. Februar 2020');
      await shoot(chart, `progress-chart/selected-${width}`);
    });
  }
});
