/**
 * The counter draws without Intl (issue 17; see test/helpers/intl-watch.ts). Its own file: each
 * test file has a page of its own, so no other widget made a formatter before it.
 */
import { made } from '../../helpers/intl-watch.js';
import { expect, fixture, html } from '@open-wc/testing';

describe('<asskomm-milestone-counter> without Intl', () => {
  it('shows its figures, their change and the as-of date', async () => {
    await import('../../../src/widgets/milestone-counter/define.js');
    const counter = (await fixture(
      html`<asskomm-milestone-counter src="/test/fixtures/feeds/good.json" metric="advised" duration="0"></asskomm-milestone-counter>`,
    )) as HTMLElement & { whenReady(): Promise<void> };
    await counter.whenReady();
    const text = counter.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/\d/);
    expect(text).to.match(/Stand: (\d{1,2}\. )?\p{L}+ \d{4}/u);
    expect(made, 'Intl objects made while the counter drew').to.deep.equal([]);
  });
});
