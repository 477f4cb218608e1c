/** The counter as readers see it at three widths, with its final figures (no count-up). */
import '../../src/widgets/milestone-counter/define.js';
import { shoot, widgetIn, WIDTHS } from './shots.js';

describe('<asskomm-milestone-counter> screenshots', () => {
  for (const width of WIDTHS) {
    it(`loaded at ${width} px`, async () => {
      const counter = await widgetIn('asskomm-milestone-counter', width, { metric: 'advised,kpr,cooperation-agreements', duration: '0' });
      await shoot(counter, `milestone-counter/loaded-${width}`);
    });
  }
});
