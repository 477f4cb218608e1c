import { expect } from '@open-wc/testing';
import { buttonByText, csvLines, savedBy } from '../../helpers/download.js';
import { createMap, legendCheckbox, shadow } from './helpers.js';

describe('<asskomm-status-map> data download', () => {
  it('saves the table of places as CSV (with a BOM): Name, Kreis, AGS and the date of each shown layer as in the feed', async () => {
    const map = await createMap();
    const file = await savedBy(map.shadowRoot!, 'CSV herunterladen');
    expect(file.name).to.equal('asskomm-karte-2021-11.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(csvLines(file.text)).to.deep.equal([
      'Name;Kreis;AGS;Kontaktiert;Modellkommune;Kommunaler Präventionsrat;Vorvereinbarung;Kooperationsvereinbarung;Coaching;Sicherheitsanalyse;Förderung',
      'Chemnitz;Kreisfreie Stadt Chemnitz;14511000;;2019-02-06;;;;;;',
      'Landkreis Görlitz;Eintrag für den ganzen Kreis;14626;;;2009-10-07;;;;;',
      'Zittau;Landkreis Görlitz;14626610;2020-10;;;;2021-02-05;;;',
      'Leipzig;Kreisfreie Stadt Leipzig;14713000;;2019-02-06;2010-06;;;;;',
      'Torgau;Landkreis Nordsachsen;14730310;;;;;2021-06-25;;;2021-06',
    ]);
  });

  it('leaves a layer the visitor switched off out of the download, and places only it had', async () => {
    const map = await createMap();
    // Contact is implied by the other building blocks, so it goes off too, or Chemnitz and Torgau would stay coloured.
    for (const layer of ['contacted', 'model', 'agreement', 'funding']) legendCheckbox(map, layer).click();
    await map.updateComplete;
    const file = await savedBy(map.shadowRoot!, 'CSV herunterladen');
    expect(csvLines(file.text)).to.deep.equal([
      'Name;Kreis;AGS;Kommunaler Präventionsrat;Vorvereinbarung;Coaching;Sicherheitsanalyse',
      'Landkreis Görlitz;Eintrag für den ganzen Kreis;14626;2009-10-07;;;',
      'Leipzig;Kreisfreie Stadt Leipzig;14713000;2010-06;;;',
    ]);
  });

  it('saves the same rows as JSON, in English with lang="en"', async () => {
    const map = await createMap({ lang: 'en' });
    const file = await savedBy(map.shadowRoot!, 'Download JSON');
    expect(file.name).to.equal('asskomm-karte-2021-11.json');
    expect(file.type).to.equal('application/json');
    const rows = JSON.parse(file.text) as Array<Record<string, unknown>>;
    expect(rows.map((row) => row['AGS'])).to.deep.equal(['14511000', '14626', '14626610', '14713000', '14730310']);
    expect(rows[0]).to.include({
      Name: 'Chemnitz',
      District: 'Kreisfreie Stadt Chemnitz',
      'Model municipality': '2019-02-06',
      Contacted: null,
    });
  });
});

describe('<asskomm-status-map> visible table', () => {
  it('shows the table of places behind „Tabelle anzeigen“ (aria-expanded), scrollable, with one row per place', async () => {
    const map = await createMap();
    const toggle = buttonByText(map.shadowRoot!, 'Tabelle anzeigen');
    const table = shadow(map).querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')!}`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.getBoundingClientRect().height).to.be.below(2);
    toggle.click();
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Tabelle ausblenden');
    expect(table.getBoundingClientRect().height).to.be.above(100);
    expect(getComputedStyle(table).overflowY).to.equal('auto');
    expect(table.getAttribute('tabindex')).to.equal('0');
    expect([...table.querySelectorAll('tbody th')].map((cell) => cell.textContent!.trim())).to.deep.equal([
      'Chemnitz',
      'Landkreis Görlitz',
      'Zittau',
      'Leipzig',
      'Torgau',
    ]);
    toggle.click();
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.getBoundingClientRect().height).to.be.below(2);
  });
});
