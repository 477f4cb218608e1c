/**
 * Escape for keyboard users in a page that puts the widget in a modal dialog (WCAG 1.4.13 and
 * 2.1.2): the widget takes the key only while it has something to close, innermost first, and then
 * leaves it to the page. Covered elsewhere, not repeated here: the tooltip hidden with focus kept and
 * shown again by the next move (test/widgets/status-map/interaction.test.ts, test/widgets/progress-chart/
 * progress-chart.a11y.test.ts), search suggestions closed and then the field cleared (interaction.test.ts),
 * the details closed with focus returned (interaction.test.ts), and a pointer's tooltip in a page dialog
 * (test/element/escape-controller.test.ts). This file adds the keyboard's tooltip, the search field and
 * the details inside a page dialog.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { deepActiveElement } from '../helpers/layout.js';
import { placeWidget, type Widget } from '../helpers/placed-widget.js';

/** The widget `tag` in a modal dialog of the page. */
async function inDialog(tag: string, attributes: Record<string, string> = {}): Promise<{ dialog: HTMLDialogElement; widget: Widget }> {
  const dialog = await fixture<HTMLDialogElement>(html`<dialog style="width: 900px; max-width: none"></dialog>`);
  dialog.showModal();
  const widget = await placeWidget(tag, attributes, dialog);
  return { dialog, widget };
}

async function press(widget: Widget, key: string): Promise<void> {
  await sendKeys({ press: key });
  await widget.updateComplete;
}

const $ = <T extends HTMLElement = HTMLElement>(widget: Widget, selector: string): T | null =>
  widget.shadowRoot!.querySelector<T>(selector);

describe('Escape from the keyboard, the widget in a page dialog', () => {
  it("map: the first Escape hides the keyboard's tooltip with focus kept, the second closes the dialog", async () => {
    const { dialog, widget } = await inDialog('asskomm-status-map');
    $(widget, '.viewport')!.focus();
    await press(widget, 'ArrowRight');
    expect($(widget, '.tooltip'), 'the tooltip shows').to.exist;
    await press(widget, 'Escape');
    expect($(widget, '.tooltip'), 'hidden').to.be.null;
    expect(dialog.open, 'the dialog stays').to.be.true;
    expect(deepActiveElement(), 'focus stays on the map').to.equal($(widget, '.viewport'));
    await press(widget, 'Escape');
    expect(dialog.open, 'the second Escape is the page’s').to.be.false;
  });

  it("chart: the first Escape hides the keyboard's tooltip with focus kept, the second closes the dialog", async () => {
    const { dialog, widget } = await inDialog('asskomm-progress-chart');
    $(widget, '.plot')!.focus();
    await widget.updateComplete;
    expect($(widget, '[part="tooltip"]'), 'the tooltip shows').to.exist;
    await press(widget, 'Escape');
    expect($(widget, '[part="tooltip"]'), 'hidden').to.be.null;
    expect(dialog.open, 'the dialog stays').to.be.true;
    expect(deepActiveElement(), 'focus stays on the plot').to.equal($(widget, '.plot'));
    await press(widget, 'Escape');
    expect(dialog.open, 'the second Escape is the page’s').to.be.false;
  });

  it('map search: Escape closes the suggestions, then clears the field, then closes the dialog', async () => {
    const { dialog, widget } = await inDialog('asskomm-status-map');
    const input = $<HTMLInputElement>(widget, '#search-input')!;
    input.focus();
    await sendKeys({ type: 'dres' });
    await widget.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press(widget, 'Escape');
    expect([input.getAttribute('aria-expanded'), input.value, dialog.open]).to.deep.equal(['false', 'dres', true]);
    await press(widget, 'Escape');
    expect([input.value, dialog.open]).to.deep.equal(['', true]);
    await press(widget, 'Escape');
    expect(dialog.open, 'an empty field leaves Escape to the page').to.be.false;
  });

  it("map details: Escape closes them and returns focus to the map, the next hides the map's tooltip, the third closes the dialog", async () => {
    const { dialog, widget } = await inDialog('asskomm-status-map', { focus: '14626610' });
    const viewport = $(widget, '.viewport')!;
    viewport.focus();
    await press(widget, 'Enter');
    const details = $<HTMLDialogElement>(widget, 'dialog.details')!;
    expect(details.open, 'details open').to.be.true;
    await press(widget, 'Escape');
    expect([details.open, dialog.open]).to.deep.equal([false, true]);
    expect(deepActiveElement(), 'focus back on the map').to.equal(viewport);
    // Focus is back on the map, and with it the keyboard's tooltip: the next Escape hides it, the one after is the page's.
    expect($(widget, '.tooltip'), 'the tooltip shows').to.exist;
    await press(widget, 'Escape');
    expect([$(widget, '.tooltip'), dialog.open]).to.deep.equal([null, true]);
    await press(widget, 'Escape');
    expect(dialog.open).to.be.false;
  });
});
