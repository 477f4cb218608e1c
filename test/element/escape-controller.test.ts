/**
 * Escape on the page: a widget's tooltip goes first, and a key the widget did not need stays the
 * page's (a dialog around the widget closes on it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { EscapeController } from '../../src/element/escape-controller.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { createByHtml, GOOD_FEED, type WidgetUnderTest } from '../helpers/conformance.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { waitForPlot } from '../widgets/progress-chart/helpers.js';
import { centreOf } from '../widgets/status-map/helpers.js';

class EscapeHost extends LitElement {
  dismissals = 0;
  /** What `dismiss` answers: whether there was something to hide. */
  showing = true;
  constructor() {
    super();
    new EscapeController(this, () => {
      this.dismissals++;
      return this.showing;
    });
  }
}
customElements.define('escape-test-host', EscapeHost);

/** Presses Escape as a page script would see it, and returns the event. */
function escape(prevented = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  if (prevented) event.preventDefault();
  document.body.dispatchEvent(event);
  return event;
}

describe('EscapeController', () => {
  it('dismisses on Escape anywhere on the page and takes the key only when it hid something', async () => {
    const host = await fixture<EscapeHost>(html`<escape-test-host></escape-test-host>`);
    expect(escape().defaultPrevented, 'hid something').to.be.true;
    host.showing = false;
    expect(escape().defaultPrevented, 'hid nothing: the page may use the key').to.be.false;
    expect(host.dismissals).to.equal(2);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(host.dismissals, 'other keys').to.equal(2);
  });

  it('leaves an Escape that something else took, and listens only while connected', async () => {
    const host = await fixture<EscapeHost>(html`<escape-test-host></escape-test-host>`);
    escape(true);
    expect(host.dismissals).to.equal(0);
    host.remove();
    escape();
    expect(host.dismissals).to.equal(0);
    document.body.append(host);
    escape();
    expect(host.dismissals).to.equal(1);
    host.remove();
  });
});

/** A modal dialog with a button (which takes focus) and the widget `tag` in it. */
async function widgetInDialog(tag: string): Promise<{ dialog: HTMLDialogElement; element: WidgetUnderTest }> {
  clearFeedCache();
  const dialog = await fixture<HTMLDialogElement>(html`<dialog style="width: 900px; max-width: none"><button>Weiter</button></dialog>`);
  dialog.showModal();
  const element = await createByHtml(tag, { src: GOOD_FEED }, dialog);
  dialog.querySelector('button')!.focus();
  return { dialog, element };
}

async function pressEscape(element: WidgetUnderTest): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await (element as unknown as LitElement).updateComplete;
}

describe('Escape in a page dialog around a widget', () => {
  afterEach(() => resetMouse());

  it("hides the map's tooltip first; the next Escape closes the dialog", async () => {
    const { dialog, element } = await widgetInDialog('asskomm-status-map');
    await sendMouse({ type: 'move', position: centreOf(element.shadowRoot!.querySelector('#place-14713000')!) });
    await (element as unknown as LitElement).updateComplete;
    expect(element.shadowRoot!.querySelector('.tooltip'), 'the tooltip shows').to.exist;
    await pressEscape(element);
    expect(element.shadowRoot!.querySelector('.tooltip'), 'the tooltip is hidden').to.be.null;
    expect(dialog.open, 'the dialog stays').to.be.true;
    await pressEscape(element);
    expect(dialog.open, 'the second Escape closes the dialog').to.be.false;
  });

  it("hides the chart's tooltip first; the next Escape closes the dialog", async () => {
    const { dialog, element } = await widgetInDialog('asskomm-progress-chart');
    await waitForPlot(element);
    const marker = element.shadowRoot!.querySelector('[data-series="advised"] .marker[data-date="2020-02-12"]')!;
    await sendMouse({ type: 'move', position: centreOf(marker) });
    await (element as unknown as LitElement).updateComplete;
    expect(element.shadowRoot!.querySelector('[part="tooltip"]'), 'the tooltip shows').to.exist;
    await pressEscape(element);
    expect(element.shadowRoot!.querySelector('[part="tooltip"]'), 'the tooltip is hidden').to.be.null;
    expect(dialog.open, 'the dialog stays').to.be.true;
    await pressEscape(element);
    expect(dialog.open, 'the second Escape closes the dialog').to.be.false;
  });

  it('closes the dialog on the first Escape when no tooltip shows', async () => {
    const { dialog, element } = await widgetInDialog('asskomm-progress-chart');
    await waitForPlot(element);
    await pressEscape(element);
    expect(dialog.open).to.be.false;
  });
});
