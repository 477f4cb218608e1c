/** „So lesen Sie das Diagramm“: closed under the chart, opened by keyboard, its sentences follow what the chart shows. */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { howToRead, openByKeyboard, outline, readByKeyboard, shownSentences } from '../../helpers/how-to-read.js';
import { $$, chart, press, SPARSE, updated } from './helpers.js';
import { day, longFeed, longMetrics } from './long-feed.js';
import { dateRange } from '../../../src/chart/date-range.js';
import type { ChartPoint, ChartSeries } from '../../../src/chart/select-series.js';
import { de } from '../../../src/i18n/progress-chart.js';
import { howToReadChart } from '../../../src/widgets/progress-chart/how-to-read.js';
import { layoutChart } from '../../../src/widgets/progress-chart/progress-chart.layout.js';
import type { ChartText } from '../../../src/widgets/progress-chart/progress-chart.text.js';

/** A chart as an editor writes it, its box opened by keyboard. */
async function openChart(attributes: Record<string, string>): Promise<WidgetUnderTest> {
  const element = await chart(attributes);
  await openByKeyboard(element.shadowRoot!, () => updated(element));
  return element;
}

const sentences = (element: WidgetUnderTest): string[] => shownSentences(element.shadowRoot!);
const KEYS = [
  'Tabulator: in das Diagramm; ← / →: voriges / nächstes Datum; Pos1 / Ende: erstes / letztes.',
  '↑ / ↓: vorige / nächste Kennzahl an diesem Datum; Escape: den Tooltip ausblenden.',
  'Maus: Zeigen auf das Diagramm zeigt die Werte des nächstgelegenen Datums.',
];

describe('<asskomm-progress-chart> „So lesen Sie das Diagramm“', () => {
  beforeEach(() => clearFeedCache());

  it('is closed at first and opens with Enter on its summary: axes, steps, what the feed qualifies, events, keys', async () => {
    const element = await chart({ metrics: 'advised,kpr' });
    const read = await readByKeyboard(element.shadowRoot!, () => updated(element));
    expect(read.closed).to.deep.equal({ open: false, sentences: [] });
    expect([read.title, read.opened.open]).to.deep.equal(['So lesen und bedienen Sie das Diagramm', true]);
    expect(read.opened.sentences).to.deep.equal([
      'Nach rechts die Zeit (6. Februar 2019 – November 2021), nach oben der Wert (0 bis 130).',
      'Jede Markierung ist eine Meldung. Die Treppenlinie hält einen Wert, bis der nächste gemeldet wird; dazwischen wird nichts geschätzt.',
      'Eine hohle, gepunktete Markierung neben der Linie ist eine weitere Meldung desselben Tages, die nicht als Stand zählt.',
      '„über 100“ steht so in der Quelle: mehr als diese Zahl; wie viel mehr, ist nicht bekannt.',
      // Kommunale Präventionsräte start in 2020: before that, „keine Angabe“.
      '„keine Angabe“ heißt: Für dieses Datum gibt es keine Meldung der Kennzahl – das ist nicht null.',
      'Senkrechte gepunktete Linien mit einer Raute an der Zeitachse markieren Ereignisse; ihr Name steht darüber.',
      ...KEYS,
    ]);
  });

  it('says nothing about plans, events or qualified figures where the chart shows none', async () => {
    const element = await openChart({ metrics: 'kpr', events: 'off' });
    expect(sentences(element)).to.deep.equal([
      'Nach rechts die Zeit (12. Februar 2020 – November 2021), nach oben der Wert (0 bis 28).',
      'Jede Markierung ist eine Meldung. Die Treppenlinie hält einen Wert, bis der nächste gemeldet wird; dazwischen wird nichts geschätzt.',
      ...KEYS,
    ]);
  });

  it('explains dashed plans, and „keine Angabe“ after a series ends before the chart does', async () => {
    const element = await openChart({ metrics: 'advised,security-analyses', events: 'off' });
    const shown = sentences(element);
    expect(shown).to.include('Gestrichelt, mit hohler Markierung und „geplant“: ein geplanter Wert, noch keine Meldung.');
    // The plan for 2022 is the chart's last date; Kommunen beraten were last reported in November 2021.
    expect(shown).to.include(
      'Kommunen beraten: letzte Meldung November 2021; danach steht „keine Angabe“, denn der Wert ist unbekannt, nicht null.',
    );
  });

  it('names straight lines for figures that do not add up, and explains figures that only end early', async () => {
    const element = await openChart({ src: SPARSE });
    expect(sentences(element).slice(0, 4)).to.deep.equal([
      'Nach rechts die Zeit (2019 – 2021), nach oben der Wert (0 bis 40).',
      'Jede Markierung ist eine Meldung. Die Treppenlinie hält einen Wert, bis der nächste gemeldet wird; dazwischen wird nichts geschätzt.',
      'Besuche je Jahr: Gerade Linien verbinden die Meldungen; Werte dazwischen gibt es nicht.',
      'Einzelwert: letzte Meldung Juni 2021; danach steht „keine Angabe“, denn der Wert ist unbekannt, nicht null.',
    ]);
  });

  it('follows the legend: a series switched off takes its sentences along and is named as hidden', async () => {
    const element = await openChart({ metrics: 'advised,security-analyses', events: 'off' });
    $$<HTMLInputElement>(element, '.legend input')[1]!.click();
    await updated(element);
    const shown = sentences(element);
    expect(shown.join(' ')).not.to.contain('Gestrichelt');
    expect(shown).to.include('Ausgeblendet: Sicherheitsanalysen; die Kästchen über dem Diagramm blenden sie wieder ein.');
    expect(howToRead(element.shadowRoot!).open, 'stays open').to.be.true;
  });

  it('stays as it is while the keyboard steps through the dates', async () => {
    const element = await openChart({ metrics: 'advised,kpr' });
    const before = sentences(element);
    element.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await press(element, 'ArrowLeft');
    await press(element, 'Home');
    expect(sentences(element)).to.deep.equal(before);
  });

  it('speaks English in an English chart', async () => {
    const element = await openChart({ metrics: 'advised,security-analyses', lang: 'en', events: 'off' });
    expect(visibleText(howToRead(element.shadowRoot!).querySelector('summary')!)).to.equal('How to read and use the chart');
    expect(sentences(element).slice(0, 3)).to.deep.equal([
      'Time runs to the right (6 February 2019 – 2022), values go up (0 to 130).',
      'Each marker is a report. The stepped line holds a value until the next one is reported; nothing is estimated in between.',
      'Dashed, with a hollow marker and “planned”: a planned value, not yet reported.',
    ]);
    expect(sentences(element)).to.include('Tab: into the chart; ← / →: previous / next date; Home / End: first / last.');
  });

  it('adds no heading, real or only bold, to the outline under heading-level="3" (WCAG 1.3.1)', async () => {
    const element = await openChart({ metrics: 'advised', heading: 'Entwicklung seit 2019', 'heading-level': '3' });
    expect(howToRead(element.shadowRoot!).open).to.be.true;
    // The keyboard help was under a bold „Bedienung mit Tastatur und Maus“ that was no heading; the summary names it now.
    expect(outline(element.shadowRoot!)).to.deep.equal({ headings: ['h3 Entwicklung seit 2019'], besideLists: [] });
  });

  it('names a series whose reports lie too close for a marker each, and only that one, in German and English', async () => {
    // Reihe 1: 400 daily reports on a 900 px chart (about 2 px apart); Reihe 2: a report every 40 days.
    const points = (series: number): Array<{ date: string; value: number }> =>
      Array.from({ length: series === 0 ? 400 : 10 }, (_, i) => ({ date: day(series === 0 ? i : i * 40), value: i }));
    const src = await longFeed(2, points);
    const german = await chart({ src, metrics: longMetrics(2), events: 'off' }, 900);
    await openByKeyboard(german.shadowRoot!, () => updated(german));
    expect(sentences(german).filter((line) => line.includes('dicht'))).to.deep.equal([
      'Reihe 1: Die Meldungen liegen so dicht, dass die Linie sie ohne Markierungen zeigt; jede steht in der Tabelle.',
    ]);
    const english = await chart({ src, metrics: longMetrics(2), events: 'off', lang: 'en' }, 900);
    await openByKeyboard(english.shadowRoot!, () => updated(english));
    expect(sentences(english).filter((line) => line.includes('close together'))).to.deep.equal([
      'Series 1: reports lie so close together that the line shows them without markers; the table lists each one.',
    ]);
  });

  it('says nothing about dense reports for the bundled feed, where every report has its marker', async () => {
    const element = await openChart({});
    expect(sentences(element).join(' ')).not.to.contain('so dicht');
  });

  it('is accessible open (axe-core)', async () => {
    const element = await openChart({ metrics: 'advised,security-analyses' });
    await expect(element).to.be.accessible();
  });
});

describe('howToReadChart', () => {
  const DAY = 86_400_000;
  const point = (day: number, value: number, extra: Partial<ChartPoint> = {}): ChartPoint => ({
    date: new Date(day * DAY).toISOString().slice(0, 10),
    time: day * DAY,
    value,
    qualifier: 'exact',
    planned: false,
    disputed: false,
    headline: true,
    ...extra,
  });
  const series = (id: string, reported: ChartPoint[], extra: Partial<ChartSeries> = {}): ChartSeries => ({
    id,
    label: id,
    format: 'count',
    cumulative: true,
    reported,
    planned: [],
    continuesAfter: false,
    ...extra,
  });
  const text: ChartText = { s: de, lang: 'de' };
  const lines = (all: ChartSeries[], hidden: ReadonlySet<string> = new Set()): readonly string[] => {
    const layout = layoutChart({
      series: all,
      hidden,
      events: [],
      range: dateRange(),
      width: 600,
      height: 300,
      lang: 'de',
      plannedLabel: 'geplant',
    })!;
    return howToReadChart(layout, all, text)[0]!;
  };

  it('runs the value axis up to the top of its scale only for a figure drawn above the last tick: not for a hidden one', () => {
    // The axis keeps its scale (0 to 450) when „Groß“ is hidden; its 420 no longer lies above the tick at 400.
    const large = series('Groß', [point(10, 420), point(20, 300)]);
    const small = series('Klein', [point(10, 37), point(20, 38)]);
    const axes = (hidden: string[]): string => lines([large, small], new Set(hidden))[0]!;
    expect(axes([])).to.equal('Nach rechts die Zeit (11. Januar 1970 – 21. Januar 1970), nach oben der Wert (0 bis 450).');
    expect(axes(['Groß'])).to.equal('Nach rechts die Zeit (11. Januar 1970 – 21. Januar 1970), nach oben der Wert (0 bis 400).');
  });

  it('gives the feed’s own rounded figure as the example', () => {
    expect(lines([series('a', [point(10, 20, { qualifier: 'approx' }), point(20, 30)])])).to.include(
      '„rund 20“: eine gerundete Zahl der Quelle.',
    );
  });

  it('tells apart a series that ends early from one that starts late', () => {
    const early = series('Früh', [point(10, 5), point(20, 8)]);
    const late = series('Spät', [point(20, 3), point(30, 4)]);
    const told = lines([early, late]);
    // Both quote the chart's own word for a missing figure.
    expect(de.howToReadNoValue).to.contain(`„${de.noValue}“`);
    expect(told).to.include('Früh: letzte Meldung 21. Januar 1970; danach steht „keine Angabe“, denn der Wert ist unbekannt, nicht null.');
    expect(told).to.include(de.howToReadNoValue);
    expect(lines([early, late], new Set(['Spät']))).not.to.include(de.howToReadNoValue);
  });

  it('does not say „keine Angabe“ for a step that runs on past the range', () => {
    const told = lines([series('a', [point(10, 5)], { continuesAfter: true }), series('b', [point(10, 1), point(20, 2)])]);
    expect(told.join(' ')).not.to.contain('keine Angabe');
  });

  it('names the series drawn with straight lines, and the axis up to the top of its scale above the last tick', () => {
    const told = lines([series('Besuche', [point(10, 420_000), point(20, 300_000)], { cumulative: false, format: 'eur' })]);
    expect(told).to.include('Besuche: Gerade Linien verbinden die Meldungen; Werte dazwischen gibt es nicht.');
    expect(told).not.to.include(de.howToReadSteps);
    // Intl writes a no-break space before the euro sign.
    expect(told[0]!.replace(/\s/g, ' ')).to.equal(
      'Nach rechts die Zeit (11. Januar 1970 – 21. Januar 1970), nach oben der Wert (0 € bis 450.000 €).',
    );
  });
});
