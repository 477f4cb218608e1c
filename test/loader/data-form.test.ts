/**
 * The data form (issue 19): `<div data-asskomm="…" data-…>` as a CMS keeps it for editors without
 * script rights, upgraded into the widget element with the same attributes and fallback content.
 * The element is not defined here: what is checked is the markup the loader builds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { upgradeDataForm } from '../../src/loader/data-form.js';

const TAGS = { attribute: 'data-asskomm', tags: ['asskomm-status-map', 'asskomm-milestone-counter', 'asskomm-progress-chart'] };

async function holder(markup: string): Promise<HTMLElement> {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.insertAdjacentHTML('beforeend', markup);
  return parent.firstElementChild as HTMLElement;
}

/** Until MutationObserver callbacks have run. */
const observed = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('the data form', () => {
  it('becomes the widget inside the holder, with every data- attribute and the fallback content', async () => {
    const div = await holder(
      '<div class="wp-block-html" id="karte" data-asskomm="status-map" data-src="/asskomm/asskomm.json" data-layers="kpr,agreement" data-url-state="">' +
        '<p>Karte der ASSKomm-Kommunen</p></div>',
    );
    const widget = upgradeDataForm(div, TAGS)!;
    expect(widget.localName).to.equal('asskomm-status-map');
    expect(widget.parentElement).to.equal(div);
    expect(div.className).to.equal('wp-block-html');
    expect(div.id).to.equal('karte');
    expect(widget.getAttributeNames().sort()).to.deep.equal(['layers', 'src', 'url-state']);
    expect(widget.getAttribute('layers')).to.equal('kpr,agreement');
    expect(widget.innerHTML).to.equal('<p>Karte der ASSKomm-Kommunen</p>');
    expect(div.children).to.have.length(1);
  });

  it('takes the short name or the full tag, in any case', async () => {
    expect(upgradeDataForm(await holder('<div data-asskomm=" Milestone-Counter "></div>'), TAGS)!.localName).to.equal(
      'asskomm-milestone-counter',
    );
    expect(upgradeDataForm(await holder('<div data-asskomm="asskomm-progress-chart"></div>'), TAGS)!.localName).to.equal(
      'asskomm-progress-chart',
    );
  });

  it('copies only the widgets’ own attributes: never an event handler, a style, an id or a tab stop', async () => {
    const div = await holder(
      '<div data-asskomm="milestone-counter" data-onclick="window.__pwned=1" data-ONMOUSEOVER="x" data-style="position:fixed;inset:0" ' +
        'data-id="x" data-tabindex="0" data-hidden="" data-popover="" data-metric="advised"></div>',
    );
    const widget = upgradeDataForm(div, TAGS)!;
    expect(widget.getAttributeNames()).to.deep.equal(['metric']);
    div.setAttribute('data-onfocus', 'window.__pwned=1');
    await observed();
    expect(widget.getAttributeNames()).to.deep.equal(['metric']);
  });

  it('is upgraded once, also when a second copy of the library finds it', async () => {
    const div = await holder('<div data-asskomm="progress-chart">Verlauf</div>');
    const first = upgradeDataForm(div, TAGS);
    expect(upgradeDataForm(div, TAGS)).to.equal(first);
    expect(div.querySelectorAll('asskomm-progress-chart')).to.have.length(1);
    expect(first!.textContent).to.equal('Verlauf');
  });

  it('passes later changes of its data- attributes on to the widget (a block editor’s preview)', async () => {
    const div = await holder('<div data-asskomm="status-map" data-layers="kpr" data-heading="Karte"></div>');
    const widget = upgradeDataForm(div, TAGS)!;
    div.setAttribute('data-layers', 'agreement');
    div.removeAttribute('data-heading');
    div.setAttribute('data-timeline', '');
    await observed();
    expect(widget.getAttribute('layers')).to.equal('agreement');
    expect(widget.hasAttribute('heading')).to.be.false;
    expect(widget.getAttribute('timeline')).to.equal('');
  });

  it('a changed name puts the other widget in its place, with the fallback and later attribute changes', async () => {
    const div = await holder('<div data-asskomm="status-map" data-src="a.json"><p>Ersatztext</p></div>');
    upgradeDataForm(div, TAGS);
    div.setAttribute('data-asskomm', 'progress-chart');
    const chart = upgradeDataForm(div, TAGS)!;
    expect([...div.children].map((child) => child.localName)).to.deep.equal(['asskomm-progress-chart']);
    expect(chart.innerHTML).to.equal('<p>Ersatztext</p>');
    div.setAttribute('data-src', 'b.json');
    await observed();
    expect(chart.getAttribute('src')).to.equal('b.json');
  });

  it('a preview that writes the holder’s content anew gets a new widget around it, with the attributes of that moment', async () => {
    const div = await holder('<div data-asskomm="milestone-counter" data-metric="advised"><p>134 Kommunen beraten</p></div>');
    const first = upgradeDataForm(div, TAGS)!;
    div.innerHTML = '<p>135 Kommunen beraten</p>';
    div.setAttribute('data-metric', 'kpr');
    await observed();
    const widget = div.firstElementChild!;
    expect(widget).not.to.equal(first);
    expect([...div.children].map((child) => child.localName)).to.deep.equal(['asskomm-milestone-counter']);
    expect(widget.getAttribute('metric')).to.equal('kpr');
    expect(widget.innerHTML).to.equal('<p>135 Kommunen beraten</p>');
    // Later changes reach the new widget.
    div.setAttribute('data-metric', 'advised');
    await observed();
    expect(widget.getAttribute('metric')).to.equal('advised');
    // A holder that is no data form any more is left alone.
    div.removeAttribute('data-asskomm');
    div.textContent = 'Nur Text';
    await observed();
    expect(div.innerHTML).to.equal('Nur Text');
  });

  it('a preview that writes the widget element itself into the holder keeps it, with the holder’s attributes and their later changes', async () => {
    const div = await holder('<div data-asskomm="milestone-counter" data-metric="kpr"><p>134 Kommunen beraten</p></div>');
    const first = upgradeDataForm(div, TAGS)!;
    div.innerHTML = '<asskomm-milestone-counter metric="advised"><p>135 Kommunen beraten</p></asskomm-milestone-counter>';
    await observed();
    const widget = div.firstElementChild!;
    expect(widget).not.to.equal(first);
    expect([...div.children].map((child) => child.localName)).to.deep.equal(['asskomm-milestone-counter']);
    expect(widget.getAttribute('metric'), 'the holder’s attribute wins').to.equal('kpr');
    div.setAttribute('data-metric', 'advised,kpr');
    div.setAttribute('data-heading', 'In Zahlen');
    await observed();
    expect([widget.getAttribute('metric'), widget.getAttribute('heading')]).to.deep.equal(['advised,kpr', 'In Zahlen']);
    expect(first.getAttribute('metric'), 'the old widget, gone from the page, gets nothing').to.equal('kpr');
  });

  it('stays as written inside text being edited, so an editor saves the data form and not the widget', async () => {
    const editor = await holder('<div contenteditable="true"><div data-asskomm="milestone-counter" data-metric="advised">134</div></div>');
    const div = editor.firstElementChild!;
    expect(upgradeDataForm(div, TAGS)?.localName).to.equal(undefined);
    expect(editor.innerHTML).to.equal('<div data-asskomm="milestone-counter" data-metric="advised">134</div>');
    const wrong = await holder('<div contenteditable="true"><div data-asskomm="karte"></div></div>');
    expect(upgradeDataForm(wrong.firstElementChild!, TAGS)?.localName).to.equal(undefined);
    expect(wrong.querySelector('[data-asskomm-hint]')).to.equal(null);
  });

  it('a name that is no widget gets a visible German hint, and the fallback stays', async () => {
    const div = await holder('<div data-asskomm="landkarte"><p>Ersatztext</p></div>');
    expect(upgradeDataForm(div, TAGS)?.localName).to.equal(undefined);
    expect(div.firstElementChild!.textContent).to.equal(
      'Hinweis für die Redaktion: data-asskomm="landkarte" ist kein ASSKomm-Widget. Möglich: status-map, milestone-counter, progress-chart.',
    );
    expect(div.textContent).to.contain('Ersatztext');
    // Corrected: the hint goes, the widget comes.
    div.setAttribute('data-asskomm', 'status-map');
    const widget = upgradeDataForm(div, TAGS)!;
    expect(div.querySelector('[data-asskomm-hint]')).to.equal(null);
    expect(widget.textContent).to.equal('Ersatztext');
  });
});
