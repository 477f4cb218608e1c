import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { runConformance, visibleText } from '../../helpers/conformance.js';
import { $, $$, chart, plot, press, SPARSE, TAG, texts, tooltip } from './helpers.js';

runConformance({
  tag: TAG,
  attributes: { metrics: 'advised,kpr' },
  assertShowsData(element) {
    const text = visibleText(element);
    expect(text).to.contain('Kommunen beraten');
    expect(text).to.contain('Kommunale Präventionsräte');
    expect(text).to.contain('Stand: November 2021');
  },
});

describe('<asskomm-progress-chart>', () => {
  beforeEach(() => clearFeedCache());

  it('draws one line per metric, in the default order', async () => {
    const element = await chart({});
    expect($$(element, '.series').map((g) => g.getAttribute('data-series'))).to.deep.equal(['advised', 'kpr', 'cooperation-agreements']);
    for (const group of $$(element, '.series')) expect(group.querySelector('path.line:not(.planned)')?.getAttribute('d')).to.match(/^M/);
    // A marker wherever the feed has a figure, and nowhere else.
    expect($$(element, '[data-series="advised"] .marker').map((m) => m.getAttribute('data-date'))).to.deep.equal([
      '2019-02-06',
      '2020-02-12',
      '2021-02-06',
      '2021-06-25',
      '2021-11',
    ]);
    expect($$(element, '[data-series="kpr"] .marker')).to.have.length(3);
  });

  it('draws cumulative figures as steps, not curves', async () => {
    const element = await chart({ metrics: 'kpr' });
    const d = $(element, '[data-series="kpr"] path.line')!.getAttribute('d')!;
    expect(d).not.to.match(/[CQSA]/);
    // Step after: every report starts with a horizontal run, then a vertical jump.
    expect(d.match(/L/g)).to.have.length(4);
  });

  it('labels the axes in German', async () => {
    const element = await chart({ from: '2020-12', to: '2021-11' });
    const xLabels = texts(element, '.x-axis text');
    expect(xLabels.length).to.be.at.least(3);
    // The first label names its year; later months read "Apr." until the next year starts.
    expect(xLabels[0]).to.match(/^(Dez\. 2020|2021)$/);
    const month = /^(Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.)( 20\d\d)?$|^20\d\d$/;
    for (const label of xLabels) expect(label).to.match(month);
    expect(xLabels.some((l) => /^(Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.)$/.test(l))).to.be.true;
    const euros = await chart({ metrics: 'funding-eur' });
    expect(texts(euros, '.y-axis text').some((l) => /^\d{3}\.000 €$/.test(l))).to.be.true;
  });

  it('shows the feed events as annotations on the time axis, unless events="off"', async () => {
    const element = await chart({});
    expect(texts(element, '.event text')).to.deep.equal(['Start ASSKomm', '100. Kommune beraten', '2. Fachtagung']);
    const off = await chart({ events: 'off' });
    expect($$(off, '.event')).to.have.length(0);
  });

  it('draws a planned figure dashed, hollow and labelled "geplant", apart from the reported line', async () => {
    const element = await chart({ metrics: 'security-analyses' });
    const reported = $$(element, '[data-series="security-analyses"] .marker:not(.planned)');
    const planned = $$(element, '[data-series="security-analyses"] .marker.planned');
    expect(reported.map((m) => m.getAttribute('data-date'))).to.deep.equal(['2021']);
    expect(planned.map((m) => m.getAttribute('data-date'))).to.deep.equal(['2022']);
    const dashed = $(element, '[data-series="security-analyses"] path.line.planned')!;
    expect(getComputedStyle(dashed).strokeDasharray).not.to.equal('none');
    expect(getComputedStyle(planned[0]!).fill).to.equal('rgb(255, 255, 255)');
    expect(texts(element, '.planned-label')).to.deep.equal(['geplant']);
    expect($(element, '[data-series="security-analyses"] path.line:not(.planned)')).to.be.null;
  });

  it('clips to from/to, entering and leaving with the step the series is on', async () => {
    const element = await chart({ from: '2020', to: '2021-02' });
    expect($$(element, '[data-series="advised"] .marker').map((m) => m.getAttribute('data-date'))).to.deep.equal([
      '2020-02-12',
      '2021-02-06',
    ]);
    expect($$(element, '[data-series="kpr"] .marker').map((m) => m.getAttribute('data-date'))).to.deep.equal(['2020-02-12', '2021-02-06']);
    // Advised enters at 8 (from 2019) on the left edge.
    expect($(element, '[data-series="advised"] path.line')!.getAttribute('d')).to.match(/^M0,/);
    expect(texts(element, '.event text')).to.deep.equal(['100. Kommune beraten']);
    const dates = [...$<HTMLTableElement>(element, 'table[part~="table"]')!.tBodies[0]!.rows].map((r) => r.cells[0]!.textContent!.trim());
    expect(dates).to.deep.equal(['12. Februar 2020', 'Dezember 2020', '6. Februar 2021']);
  });

  it('gives a German hint for an unknown metric or a malformed date and falls back', async () => {
    const element = await chart({ metrics: 'advised,gibtsnicht', from: '31.12.2020' });
    const text = visibleText(element);
    expect(text).to.contain('Hinweis für die Redaktion');
    expect(text).to.contain('„gibtsnicht“');
    expect(text).to.contain('„31.12.2020“');
    expect($$(element, '.series').map((g) => g.getAttribute('data-series'))).to.deep.equal(['advised']);
    expect($$(element, '[data-series="advised"] .marker')).to.have.length(5);
    const mixed = await chart({ metrics: 'advised,funding-eur' });
    expect(visibleText(mixed)).to.contain('Die Kennzahlen in Euro (funding-eur) und die Anzahlen (advised) teilen sich eine Achse');
    const none = await chart({ metrics: 'nix' });
    expect($$(none, '.series')).to.have.length(3);
    expect(visibleText(none)).to.contain('„nix“');
  });

  it('tells screen readers what the chart shows', async () => {
    const element = await chart({});
    const summary = visibleText($(element, '#summary')!);
    expect(summary).to.contain('Verlauf von 3 Kennzahlen von 6. Februar 2019 bis November 2021.');
    expect(summary).to.contain('Kommunen beraten: 8 (6. Februar 2019), zuletzt 126 (November 2021).');
    expect(summary).to.contain('Start ASSKomm');
    expect(plot(element).getAttribute('aria-describedby')).to.equal('summary');
  });

  it('renders a series with one point, and one dated only by year', async () => {
    const single = await chart({ src: SPARSE, metrics: 'single' });
    expect($$(single, '[data-series="single"] .marker')).to.have.length(1);
    expect($$(single, '.x-axis text').length).to.be.at.least(1);
    const yearly = await chart({ src: SPARSE, metrics: 'yearly,visits' });
    expect($$(yearly, '[data-series="yearly"] .marker')).to.have.length(3);
    expect($(yearly, '[data-series="visits"] path.line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    plot(yearly).focus();
    await press(yearly, 'Home');
    expect(tooltip(yearly)).to.contain('2019');
    expect(tooltip(yearly)).to.contain('Jahreswerte: 3');
    // The source URL is not http(s): plain text, no link.
    expect($(yearly, '.meta a')).to.be.null;
  });

  it('speaks English with lang="en"', async () => {
    const element = await chart({ lang: 'en', from: '2021-01', to: '2021-11' });
    expect($(element, 'button.table-toggle')!.textContent!.trim()).to.equal('Show table');
    expect(visibleText(element)).to.contain('Municipalities advised');
    plot(element).focus();
    await press(element, 'Home');
    expect(tooltip(element)).to.contain('6 February 2021');
  });

  it('names the plot and the table after its heading', async () => {
    const element = await chart({ heading: 'ASSKomm seit 2019' });
    expect(visibleText($(element, '[part="heading"]')!)).to.equal('ASSKomm seit 2019');
    expect(plot(element).getAttribute('aria-label')).to.match(/^ASSKomm seit 2019: Diagramm/);
    expect(visibleText($(element, 'caption')!)).to.equal('ASSKomm seit 2019: Werte nach Datum');
  });

  it('says so when the range holds no figures', async () => {
    const element = await chart({ from: '2030' });
    expect(visibleText(element)).to.contain('Für die gewählten Kennzahlen gibt es in diesem Zeitraum keine Werte.');
    expect($(element, '.plot')).to.be.null;
  });

  it('shows feed text only as text (hostile feed)', async () => {
    const element = await chart({ src: '/test/fixtures/feeds/hostile.json', metrics: 'advised' });
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    expect($(element, 'img, script, [onerror], [onload]')).to.be.null;
    expect(visibleText($(element, '[part="legend"]')!)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect($(element, '.meta a'), 'javascript: is never a link').to.be.null;
  });

  it('shows the usable part of a partly broken feed', async () => {
    const element = await chart({ src: '/test/fixtures/feeds/partial.json' });
    expect($$(element, '.series').map((g) => g.getAttribute('data-series'))).to.deep.equal(['advised']);
    expect($$(element, '[data-series="advised"] .marker').map((m) => m.getAttribute('data-date'))).to.deep.equal(['2021-11']);
  });
});
