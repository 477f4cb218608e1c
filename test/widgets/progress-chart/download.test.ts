import { expect } from '@open-wc/testing';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { csvLines, savedBy } from '../../helpers/download.js';
import { $$, chart } from './helpers.js';

describe('<asskomm-progress-chart> data download', () => {
  it('saves the shown figures as CSV (with a BOM): header, one row per date, plain numbers, dates as in the feed, "über" kept', async () => {
    const element = await chart({ metrics: 'advised,kpr' });
    const file = await savedBy(element.shadowRoot!, 'CSV herunterladen');
    expect(file.name).to.equal('asskomm-verlauf-2021-11.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(csvLines(file.text)).to.deep.equal([
      'Datum;Kommunen beraten;Kommunale Präventionsräte',
      '2019-02-06;8;',
      '2020-02-12;64;16',
      '2021-02-06;102;19',
      '2021-06-25;über 100;',
      '2021-11;126;28',
    ]);
  });

  it('writes euros as plain digits, with the words the chart puts around a figure it qualifies', async () => {
    const element = await chart({ metrics: 'funding-eur' });
    const file = await savedBy(element.shadowRoot!, 'CSV herunterladen');
    expect(csvLines(file.text)).to.deep.equal(['Datum;Fördermittel bewilligt', '2021-02-06;über 420000']);
  });

  it('leaves a series the visitor switched off out of the download, and dates only it had', async () => {
    const element = await chart({ metrics: 'advised,kpr' });
    const advised = $$<HTMLInputElement>(element, '.legend input')[0]!;
    advised.click();
    await (element as unknown as ProgressChart).updateComplete;
    const file = await savedBy(element.shadowRoot!, 'CSV herunterladen');
    expect(csvLines(file.text)).to.deep.equal(['Datum;Kommunale Präventionsräte', '2020-02-12;16', '2021-02-06;19', '2021-11;28']);
  });

  it('saves the same rows as JSON', async () => {
    const element = await chart({ metrics: 'advised,kpr', lang: 'en' });
    const file = await savedBy(element.shadowRoot!, 'Download JSON');
    expect(file.name).to.equal('asskomm-verlauf-2021-11.json');
    expect(file.type).to.equal('application/json');
    const rows = JSON.parse(file.text) as unknown[];
    expect(rows).to.have.length(5);
    expect(rows[0]).to.deep.equal({ Date: '2019-02-06', 'Municipalities advised': 8, 'Local prevention councils': null });
  });
});
