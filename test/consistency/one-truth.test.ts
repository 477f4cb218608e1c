/**
 * One truth on every date: map, counter and chart on one page show the same official figure for
 * the same concept on the same date, for every date the default feed knows, each month end
 * 2019–2025, the launch day and `asOf`; and the same on seeded generated feeds with random dates
 * and precisions. Where the map documents more records than the official figure, the validator
 * warns.
 */
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedModel, LayerId } from '../../src/feed/types.js';
import { figureAt } from '../../src/feed/figures.js';
import { countsFrom, endOf, recordSpan } from '../../src/feed/when.js';
import { checkDocumentedAgainstOfficial } from '../../src/geo/check-official.js';
import {
  chartValue,
  counterValue,
  mapDocumented,
  mapOfficial,
  monthEnds,
  openPage,
  showDate,
  type Linked,
  type Page,
} from './one-truth.js';
import { generateFeed } from './generate-feed.js';

const DEFAULT_FEED = '/data/asskomm.json';
const LAUNCH = '2019-02-06';

function linkedOf(model: FeedModel): Linked[] {
  return [...model.indicators.values()].filter((i) => i.layer).map((i) => ({ layer: i.layer!, indicator: i.id, label: i.label.de }));
}

/** Every date at which a figure or a record of the feed starts to count. */
function feedDates(raw: Record<string, unknown>, model: FeedModel): string[] {
  const dates = new Set<string>([model.meta.asOf, LAUNCH]);
  for (const indicator of model.indicators.values()) for (const point of indicator.points) dates.add(point.date);
  for (const event of model.events) dates.add(event.date);
  const records = [...Object.values((raw.municipalities ?? {}) as object), ...Object.values((raw.bodies ?? {}) as object)] as Record<
    string,
    unknown
  >[];
  for (const record of records) {
    for (const status of Object.values(record).flat()) {
      const date = (status as { date?: unknown } | null)?.date;
      if (typeof date === 'string') dates.add(recordSpan(date).end);
    }
  }
  return [...dates];
}

/** Asserts one date on one page: every linked layer's official figure is the counter's and the chart's. */
async function assertOneTruth(page: Page, model: FeedModel, date: string, warned: ReadonlySet<LayerId>): Promise<void> {
  await showDate(page, date);
  for (const { layer, indicator, label } of linkedOf(model)) {
    const official = mapOfficial(page, layer);
    const counter = counterValue(page, indicator);
    expect(official, `${date} ${layer}: map legend vs counter`).to.equal(counter);
    const chart = await chartValue(page, label);
    if (chart === null) {
      // The chart claims nothing after a series' last report; it never shows another number.
      const last = figureAt(model.indicators.get(indicator)!);
      const tip = page.chart.shadowRoot!.querySelector('[part="tooltip"]')?.textContent?.replace(/\s+/g, ' ');
      if (counter !== null)
        expect(countsFrom(last!.date) <= endOf(date), `${date} ${layer}: chart is silent before the last report (${counter}; ${tip})`).to.be
          .true;
    } else {
      expect(chart, `${date} ${layer}: chart vs counter`).to.equal(counter);
    }
    const figure = figureAt(model.indicators.get(indicator)!, date);
    if (figure && figure.qualifier === 'exact' && mapDocumented(page, layer) > figure.value) {
      expect(
        warned.has(layer),
        `${date} ${layer}: ${mapDocumented(page, layer)} documented > ${figure.value} official needs a validator warning`,
      ).to.be.true;
    }
  }
}

function warnedLayers(model: FeedModel): Set<LayerId> {
  const byIndex = [...model.indicators.values()];
  const warned = new Set<LayerId>();
  for (const issue of checkDocumentedAgainstOfficial(model)) {
    const index = Number(/\$\.indicators\[(\d+)\]/.exec(issue.path)?.[1]);
    const layer = byIndex[index]?.layer;
    if (layer) warned.add(layer);
  }
  return warned;
}

describe('one truth on every date: the default feed', function () {
  this.timeout(240_000);
  let raw: Record<string, unknown>;
  let model: FeedModel;
  let page: Page;

  before(async () => {
    raw = (await (await fetch(DEFAULT_FEED)).json()) as Record<string, unknown>;
    model = validateFeed(raw).model!;
    page = await openPage(DEFAULT_FEED, linkedOf(model));
  });

  it('ties the seven counted layers to an indicator', () => {
    expect(
      linkedOf(model)
        .map((l) => l.layer)
        .sort(),
    ).to.deep.equal(['agreement', 'analysis', 'coaching', 'contacted', 'funding', 'kpr', 'model']);
  });

  it('shows the same figure on map, counter and chart at every feed date, month end, the launch and asOf', async () => {
    const dates = [...new Set([...feedDates(raw, model), ...monthEnds()])].sort();
    expect(dates.length).to.be.greaterThan(120);
    const warned = warnedLayers(model);
    for (const date of dates) await assertOneTruth(page, model, date, warned);
  });

  it('shows the 8 model municipalities at the launch and nothing that counts only later', async () => {
    await showDate(page, LAUNCH);
    expect(mapDocumented(page, 'model')).to.equal(8);
    for (const layer of ['pre-agreement', 'agreement', 'coaching', 'analysis', 'funding'] as const)
      expect(mapDocumented(page, layer), layer).to.equal(0);
    // Councils that existed before ASSKomm: Hoyerswerda (1999), Schkeuditz (2004), Leipzig (by 2010), Landkreis Görlitz (2009).
    expect(mapDocumented(page, 'kpr')).to.equal(4);
    const table = page.map.shadowRoot!.querySelector('table')!;
    for (const cell of table.querySelectorAll('tbody td:last-child')) {
      for (const year of (cell.textContent ?? '').match(/\b20[2-9]\d\b/g) ?? [])
        expect.fail(`a record of ${year} on the launch map: ${cell.textContent}`);
    }
  });

  it('names one concept with one name on map, counter and chart', async () => {
    await showDate(page, model.meta.asOf);
    for (const { layer, indicator, label } of linkedOf(model)) {
      const legend = page.map
        .shadowRoot!.querySelector(`.legend input[value="${layer}"]`)!
        .closest('label')!
        .querySelector('.layer-name')!
        .textContent!.trim();
      expect(legend, layer).to.equal(label);
      expect(page.counters.get(indicator)!.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim(), indicator).to.equal(label);
      expect(page.chart.shadowRoot!.querySelector('[part="legend"]')!.textContent, indicator).to.contain(label);
    }
  });
});

describe('one truth on every date: generated feeds', function () {
  this.timeout(240_000);
  for (const seed of [1, 2, 3]) {
    it(`agrees at 40 random dates and every record date (seed ${seed})`, async () => {
      const raw = generateFeed(seed);
      const result = validateFeed(raw);
      expect(
        result.issues.filter((i) => i.severity !== 'warning'),
        'the generated feed is valid',
      ).to.deep.equal([]);
      const model = result.model!;
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        id: `generated-${seed}`,
        textContent: JSON.stringify(raw),
      });
      document.body.append(script);
      try {
        const page = await openPage(`#generated-${seed}`, linkedOf(model));
        const random = generateFeed.random(seed * 7919);
        const dates = new Set(feedDates(raw, model));
        for (let i = 0; i < 40; i++) dates.add(generateFeed.randomDate(random, 2018, 2026));
        const warned = warnedLayers(model);
        for (const date of [...dates].sort()) await assertOneTruth(page, model, date, warned);
      } finally {
        script.remove();
      }
    });
  }
});
