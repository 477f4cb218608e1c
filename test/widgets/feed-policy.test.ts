/**
 * The validation policy as readers and editors meet it: a widget shows what the feed lets it show
 * and names, in its hint, the records it left out; a broken field no widget shows never blanks
 * one; "Erneut versuchen" in one widget recovers every widget on the same feed.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';
import { interceptFetch } from '../helpers/fetch.js';

// The tests break a real feed at arbitrary depths; typing every path would only restate the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Feed = Record<string, any>;

let realFeed: Feed;
let served = 0;

/** Serves `feed` at a fresh URL for the widgets created next. */
function serve(feed: Feed): { src: string; restore(): void } {
  const src = `/policy/${++served}.json`;
  const { restore } = interceptFetch((input, init, real) =>
    String(input).endsWith(src) ? Promise.resolve(new Response(JSON.stringify(feed))) : real(input, init),
  );
  return { src, restore };
}

function hint(element: Element): string {
  const part = element.shadowRoot!.querySelector('[part="hint"]');
  return part ? visibleText(part) : '';
}

function counterValue(element: Element): string {
  return visibleText(element.shadowRoot!.querySelector('[part="value"]')!);
}

function indicator(feed: Feed, id: string): Feed {
  return feed.indicators.find((entry: Feed) => entry.id === id);
}

describe('validation policy in the widgets', () => {
  before(async () => {
    realFeed = (await (await fetch('/data/asskomm.json')).json()) as Feed;
  });
  beforeEach(() => clearFeedCache());

  it('the counter names a broken newest point instead of silently showing the older figure', async () => {
    const feed = structuredClone(realFeed);
    const points = indicator(feed, 'advised').points as Feed[];
    const newest = points.reduce((a, b) => (a.date > b.date ? a : b));
    const good = await createByHtml('asskomm-milestone-counter', {
      src: serve(structuredClone(realFeed)).src,
      metric: 'advised',
      duration: '0',
    });
    newest.value = String(newest.value);
    const { src, restore } = serve(feed);
    try {
      const counter = await createByHtml('asskomm-milestone-counter', { src, metric: 'advised', duration: '0' });
      expect(counterValue(counter), 'an older figure stands in').to.not.equal(counterValue(good));
      const index = points.indexOf(newest);
      expect(hint(counter)).to.contain(`$.indicators[0].points[${index}].value: muss eine Zahl sein, ist aber „${newest.value}“`);
      expect(hint(counter)).to.contain('Die Daten enthalten einen fehlerhaften Eintrag, der hier nicht gezeigt wird');
    } finally {
      restore();
    }
  });

  it('the map tells the editor when every agreement date is broken, instead of a silent 0', async () => {
    const feed = structuredClone(realFeed);
    let broken = 0;
    for (const place of Object.values(feed.municipalities as Record<string, Feed>)) {
      if (place.agreement) {
        place.agreement.date = '2021-02-30';
        broken += 1;
      }
    }
    const { src, restore } = serve(feed);
    try {
      const map = await createByHtml('asskomm-status-map', { src });
      expect(broken).to.be.greaterThan(10);
      expect(hint(map)).to.contain(`Die Daten enthalten ${broken} fehlerhafte Einträge, die hier nicht gezeigt werden`);
      expect(hint(map))
        .to.contain('.agreement.date: ist kein gültiges Datum')
        .and.contain(`und ${broken - 3} weitere.`);
    } finally {
      restore();
    }
  });

  it('a typo in a meta field no widget shows, or events that are no list, leave every figure visible', async () => {
    const feed = structuredClone(realFeed);
    feed.meta.asOf = '2025-04-31';
    feed.meta.contact.phone = 3515644000;
    feed.events = { not: 'a list' };
    const { src, restore } = serve(feed);
    try {
      const widgets: WidgetUnderTest[] = [
        await createByHtml('asskomm-milestone-counter', { src, metric: 'advised', duration: '0' }),
        await createByHtml('asskomm-progress-chart', { src }),
        await createByHtml('asskomm-status-map', { src }),
      ];
      for (const widget of widgets) {
        expect(widget.shadowRoot!.querySelector('[part="error"]'), widget.localName).to.equal(null);
        expect(hint(widget), widget.localName)
          .to.contain('$.meta.asOf: ist kein gültiges Datum')
          .and.contain('als Stand gilt das jüngste Datum der Daten');
      }
      expect(counterValue(widgets[0]!)).to.match(/\d/);
      expect(
        widgets[1]!.shadowRoot!.querySelectorAll('path.line, path.series, .plot path').length,
        'the chart draws its lines',
      ).to.be.greaterThan(0);
      expect(hint(widgets[1]!)).to.contain('$.events: muss eine Liste sein; Ereignisse werden nicht gezeigt');
    } finally {
      restore();
    }
  });

  it('"Erneut versuchen" in one widget recovers every widget on the same feed', async () => {
    let fail = true;
    const src = `/policy/retry-${++served}.json`;
    const { restore } = interceptFetch((input, init, real) =>
      String(input).endsWith(src)
        ? Promise.resolve(fail ? new Response('', { status: 503 }) : new Response(JSON.stringify(realFeed)))
        : real(input, init),
    );
    try {
      const first = await createByHtml('asskomm-milestone-counter', { src, metric: 'advised', duration: '0' });
      const second = await createByHtml('asskomm-progress-chart', { src });
      for (const widget of [first, second]) expect(visibleText(widget)).to.contain('Fehler 503');
      fail = false;
      first.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await Promise.all([first, second].map((widget) => widget.whenReady()));
      for (const widget of [first, second]) expect(widget.shadowRoot!.querySelector('[part="error"]'), widget.localName).to.equal(null);
      expect(counterValue(first)).to.match(/\d/);
    } finally {
      restore();
    }
  });
});
