/**
 * `<asskomm-status-map url-state>` (issue 15, shareable state): a link's `#asskomm=…` shows its
 * date, layers and Gemeinde on load; a change of layer, choice or the group's pin rewrites the
 * address in place (no new history entry); what is wrong in it is a console hint; without
 * `url-state` the address is neither read nor written. A chart or counter with `url-state` carries
 * its group's date, the only part it has.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import { joinDateGroup } from '../../src/util/date-group.js';
import { TimelineController, type TimelineClock } from '../../src/widgets/status-map/timeline-controller.js';
import type { StatusMap } from '../../src/widgets/status-map/status-map.js';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';
import { waitForPlot } from './progress-chart/helpers.js';
import { chooseZittau, createMap, detailsDialog, legendCheckbox, shadow } from './status-map/helpers.js';

const LINK = '#asskomm=datum:2021-11;ebenen:kpr;gemeinde:14626610';

let original = '';
let warnings: string[] = [];
let consoleWarn: typeof console.warn;
beforeEach(() => {
  original = location.hash;
  warnings = [];
  consoleWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = consoleWarn;
  openWith(original);
});

/** Sets the address's fragment without a history entry, as a link opened in a new tab would have it. */
function openWith(hash: string): void {
  history.replaceState(history.state, '', `${location.href.replace(/#.*$/s, '')}${hash}`);
}

const credits = (map: StatusMap): string => visibleText(shadow(map).querySelector('[part="credits"]')!);
const shownLayers = (map: StatusMap): string[] =>
  [...shadow(map).querySelectorAll<HTMLInputElement>('.legend input')].filter((input) => input.checked).map((input) => input.value);
const activePlace = (map: StatusMap): string | null => shadow(map).querySelector('.viewport')!.getAttribute('aria-activedescendant');

describe('<asskomm-status-map url-state>', () => {
  it('a link shows its date, only its layers and its Gemeinde marked on the map', async () => {
    openWith(LINK);
    const map = await createMap({ 'url-state': '' });
    await map.updateComplete;
    expect(credits(map)).to.contain('November 2021');
    expect(shownLayers(map)).to.deep.equal(['kpr']);
    expect(activePlace(map)).to.equal('place-14626610');
    // Marked, not opened: a page that opens does not move focus into the map.
    expect(detailsDialog(map).open).to.be.false;
    expect(warnings).to.deep.equal([]);
    expect(location.hash).to.equal(LINK);
  });

  it('a link’s date gives way to a changed `date` attribute', async () => {
    openWith('#asskomm=datum:2020-10');
    const map = await createMap({ 'url-state': '', date: '2021-11' });
    await map.updateComplete;
    expect(credits(map)).to.contain('Oktober 2020');
    map.setAttribute('date', '2019-02');
    await map.updateComplete;
    expect(credits(map)).to.contain('Februar 2019');
  });

  it('pins the group of the map on the date of the link', async () => {
    openWith('#asskomm=datum:2020-10');
    const others: (string | undefined)[] = [];
    const member = joinDateGroup('geteilt', (state) => others.push(state.pinned));
    try {
      const map = await createMap({ 'url-state': '', group: 'geteilt' });
      await map.updateComplete;
      expect(member.state.pinned).to.equal('2020-10');
      expect(credits(map)).to.contain('Oktober 2020');
      // Another member pins: the address follows, in place.
      const length = history.length;
      member.pin('2021-02');
      await map.updateComplete;
      expect(location.hash).to.equal('#asskomm=datum:2021-02;ebenen:contacted,model,kpr,pre-agreement,agreement,coaching,analysis,funding');
      // A preview (a crosshair moving) is not written.
      member.preview('2019');
      await map.updateComplete;
      expect(location.hash).to.contain('datum:2021-02');
      expect(history.length).to.equal(length);
    } finally {
      member.leave();
    }
  });

  it('a layer switched and a Gemeinde chosen rewrite the address in place, keeping the page’s own part', async () => {
    openWith('#kapitel-3&asskomm=datum:2021-11;ebenen:kpr');
    const map = await createMap({ 'url-state': '' });
    await map.updateComplete;
    const length = history.length;
    legendCheckbox(map, 'agreement').click();
    await map.updateComplete;
    expect(location.hash).to.equal('#kapitel-3&asskomm=datum:2021-11;ebenen:kpr,agreement');
    await chooseZittau(map);
    expect(location.hash).to.equal('#kapitel-3&asskomm=datum:2021-11;ebenen:kpr,agreement;gemeinde:14626610');
    expect(history.length).to.equal(length);
  });

  it('while the timeline plays or its slider moves the address stays; it takes the date where it rests', async () => {
    const pending = new Map<number, () => void>();
    let next = 0;
    const clock: TimelineClock = {
      set: (callback) => pending.set(++next, callback) && next,
      clear: (handle) => pending.delete(handle as number),
    };
    const runTimers = (): void => {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((callback) => callback());
    };
    const systemClock = TimelineController.clock;
    TimelineController.clock = clock;
    try {
      openWith('#asskomm=datum:2019');
      const map = await createMap({ 'url-state': '', timeline: '' });
      await map.updateComplete;
      const play = shadow(map).querySelector<HTMLButtonElement>('.timeline-play')!;
      play.click();
      await map.updateComplete;
      for (let step = 0; step < 2; step++) {
        runTimers();
        await map.updateComplete;
      }
      expect(location.hash).to.equal('#asskomm=datum:2019');
      play.click();
      await map.updateComplete;
      expect(location.hash).to.match(/^#asskomm=datum:[0-9-]+;ebenen:/);
      expect(location.hash).not.to.contain('datum:2019;');
      // A step with the keys: written once the slider rests.
      const written = location.hash;
      shadow(map).querySelector<HTMLInputElement>('.timeline input[type="range"]')!.focus();
      await sendKeys({ press: 'Home' });
      await map.updateComplete;
      expect(location.hash).to.equal(written);
      runTimers();
      await map.updateComplete;
      expect(location.hash).to.contain('datum:2019-02-06;');
    } finally {
      TimelineController.clock = systemClock;
    }
  });

  it('a map taken off the page and put back while its slider moved writes the address again', async () => {
    const systemClock = TimelineController.clock;
    // A clock whose timers never fire: the slider is taken off the page before it rests.
    TimelineController.clock = { set: () => 1, clear: () => undefined };
    try {
      openWith('#asskomm=datum:2021-11;ebenen:kpr');
      const map = await createMap({ 'url-state': '', timeline: '' });
      await map.updateComplete;
      shadow(map).querySelector<HTMLInputElement>('.timeline input[type="range"]')!.focus();
      await sendKeys({ press: 'Home' });
      await map.updateComplete;
      const parent = map.parentNode!;
      map.remove();
      parent.appendChild(map);
      await map.updateComplete;
      legendCheckbox(map, 'agreement').click();
      await map.updateComplete;
      expect(location.hash).to.equal('#asskomm=datum:2019-02-06;ebenen:kpr,agreement');
    } finally {
      TimelineController.clock = systemClock;
    }
  });

  it('the slider at its end is "Heute": the address carries no date', async () => {
    const systemClock = TimelineController.clock;
    // The slider comes to rest when the test says so.
    let rest = (): void => undefined;
    TimelineController.clock = { set: (callback) => ((rest = callback), 1), clear: () => undefined };
    try {
      openWith('#asskomm=datum:2020-10;ebenen:kpr');
      const map = await createMap({ 'url-state': '', timeline: '' });
      await map.updateComplete;
      shadow(map).querySelector<HTMLInputElement>('.timeline input[type="range"]')!.focus();
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      rest();
      await map.updateComplete;
      expect(credits(map)).to.contain('November 2021');
      expect(location.hash).to.equal('#asskomm=ebenen:kpr');
    } finally {
      TimelineController.clock = systemClock;
    }
  });

  it('malformed parts are a console hint and ignored; the rest of the link still counts', async () => {
    openWith('#asskomm=datum:2021-13;ebenen:kpr,raketen;farbe:rot;gemeinde:123');
    const map = await createMap({ 'url-state': '' });
    await map.updateComplete;
    expect(shownLayers(map)).to.deep.equal(['kpr']);
    expect(activePlace(map)).to.equal(null);
    // The hints' texts are loaded only for a wrong address.
    await waitUntil(() => warnings.length > 0, 'console hints');
    expect(warnings.join('\n')).to.contain('„2021-13“').and.to.contain('„raketen“').and.to.contain('„farbe:rot“').and.to.contain('„123“');
    expect(shadow(map).querySelector('[part="hint"], [part="error"]')).to.equal(null);
  });

  it('a link within the page (an article’s text) shows its view; one without a date returns to „Heute“', async () => {
    const map = await createMap({ 'url-state': '', group: 'im-text' });
    const member = joinDateGroup('im-text', () => undefined);
    const follow = async (hash: string): Promise<void> => {
      const followed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await followed;
      await map.updateComplete;
    };
    try {
      await follow('#asskomm=datum:2020-10;ebenen:kpr');
      expect(member.state.pinned).to.equal('2020-10');
      expect(credits(map)).to.contain('Oktober 2020');
      expect(shownLayers(map)).to.deep.equal(['kpr']);
      await follow('#asskomm=gemeinde:14626610');
      expect(member.state.pinned).to.equal(undefined);
      expect(credits(map)).to.contain('November 2021');
      expect(activePlace(map)).to.equal('place-14626610');
      expect(shownLayers(map), 'layers the link leaves out stay').to.deep.equal(['kpr']);
      // The page's own anchors are not ours: the view stays.
      await follow('#kapitel-3');
      expect(activePlace(map)).to.equal('place-14626610');
      expect(shownLayers(map)).to.deep.equal(['kpr']);
    } finally {
      member.leave();
    }
  });

  it('without url-state the address is neither read nor written', async () => {
    openWith(LINK);
    const length = history.length;
    const map = await createMap();
    await map.updateComplete;
    expect(shownLayers(map)).to.have.length(8);
    expect(activePlace(map)).to.equal(null);
    legendCheckbox(map, 'model').click();
    await chooseZittau(map);
    expect(location.hash).to.equal(LINK);
    expect(history.length).to.equal(length);
  });
});

describe('url-state on the chart and the counter', () => {
  type Widget = WidgetUnderTest & ReactiveElement;
  const chartOf = async (attributes: Record<string, string>): Promise<Widget> => {
    const element = (await createByHtml('asskomm-progress-chart', { src: GOOD_FEED, ...attributes })) as Widget;
    await element.whenReady();
    await waitForPlot(element);
    return element;
  };
  const counterOf = async (attributes: Record<string, string>): Promise<Widget> => {
    const element = (await createByHtml('asskomm-milestone-counter', {
      src: GOOD_FEED,
      duration: '0',
      metric: 'advised',
      ...attributes,
    })) as Widget;
    await element.whenReady();
    return element;
  };
  const figure = (element: Element): string => visibleText(element.shadowRoot!.querySelector('[part="value"] .current')!);
  const hints = (element: Element): string =>
    visibleText(element.shadowRoot!.querySelector('[part="hint"]') ?? document.createElement('p'));

  it('a link’s date pins the group the moment a widget with url-state is on the page, before feed and geometry', () => {
    openWith('#asskomm=datum:2020-10;ebenen:kpr');
    const member = joinDateGroup('sofort', () => undefined);
    try {
      const map = document.createElement('asskomm-status-map');
      map.setAttribute('src', GOOD_FEED);
      map.setAttribute('group', 'sofort');
      map.setAttribute('url-state', '');
      document.body.append(map);
      // No await: neither the feed nor the geometry can be there yet.
      expect(member.state.pinned).to.equal('2020-10');
      map.remove();
    } finally {
      member.leave();
    }
  });

  it('a chart with url-state shows the link’s date in its group and writes the dates it pins, keeping the map’s part', async () => {
    openWith('#asskomm=datum:2019-03;ebenen:kpr');
    const advised = await counterOf({ group: 'link-chart' });
    const line = await chartOf({ group: 'link-chart', 'url-state': '' });
    await advised.updateComplete;
    expect(figure(advised)).to.equal('8');
    expect(location.hash, 'what was read is not written again').to.equal('#asskomm=datum:2019-03;ebenen:kpr');
    const length = history.length;
    line.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await line.updateComplete;
    expect(location.hash).to.match(/^#asskomm=datum:\d{4}-\d{2}(-\d{2})?;ebenen:kpr$/);
    expect(location.hash).not.to.contain('2019-03');
    // Back to "Heute": the date leaves the address, the map's layers stay.
    line.shadowRoot!.querySelector<HTMLButtonElement>('button.back-to-today')!.click();
    await line.updateComplete;
    expect(location.hash).to.equal('#asskomm=ebenen:kpr');
    expect(history.length).to.equal(length);
    expect(hints(line)).to.equal('');
  });

  it('a map and a chart with url-state in one group write one address: the chart’s date beside the map’s layers and place', async () => {
    openWith('#asskomm=datum:2021-11;ebenen:kpr;gemeinde:14626610');
    const map = await createMap({ 'url-state': '', group: 'zwei' });
    await map.whenReady();
    const line = await chartOf({ group: 'zwei', 'url-state': '' });
    line.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await line.updateComplete;
    await map.updateComplete;
    expect(location.hash).to.match(/^#asskomm=datum:2019[0-9-]*;ebenen:kpr;gemeinde:14626610$/);
    legendCheckbox(map, 'agreement').click();
    await map.updateComplete;
    expect(location.hash).to.match(/^#asskomm=datum:2019[0-9-]*;ebenen:kpr,agreement;gemeinde:14626610$/);
  });

  it('a widget taken off the page leaves the address as it is', async () => {
    openWith('#asskomm=datum:2019-03');
    const line = await chartOf({ group: 'weg', 'url-state': '' });
    line.remove();
    // An update that was due still runs; out of its group, the chart must not take the date out.
    line.requestUpdate();
    await line.updateComplete;
    expect(location.hash).to.equal('#asskomm=datum:2019-03');
  });

  it('a widget moved in the page keeps the link’s date', async () => {
    openWith('#asskomm=datum:2019-03');
    const advised = await counterOf({ group: 'umgezogen', 'url-state': '' });
    expect(figure(advised)).to.equal('8');
    // Its group had no other member: it was dropped when the counter left, and is made anew.
    const elsewhere = document.createElement('div');
    advised.parentElement!.after(elsewhere);
    elsewhere.append(advised);
    await advised.updateComplete;
    await advised.updateComplete;
    expect(figure(advised)).to.equal('8');
    expect(location.hash).to.equal('#asskomm=datum:2019-03');
    elsewhere.remove();
  });

  it('url-state in a second group is a visible hint and leaves the address to the first', async () => {
    openWith('#asskomm=datum:2019-03');
    const first = await counterOf({ group: 'erste', 'url-state': '' });
    const second = await counterOf({ group: 'zweite', 'url-state': '' });
    expect(hints(first)).to.equal('');
    expect(hints(second)).to.contain('der Gruppe „erste“').and.to.contain('„url-state“');
    expect(figure(first)).to.equal('8');
    expect(figure(second), 'the link’s date is the first group’s').to.equal('126');
    const member = joinDateGroup('zweite', () => undefined);
    try {
      member.pin('2021-02');
      await second.updateComplete;
      expect(location.hash).to.equal('#asskomm=datum:2019-03');
    } finally {
      member.leave();
    }
  });

  it('a followed link with a wrong date keeps the date; a link to the page’s own anchor keeps the view in the address', async () => {
    openWith('#asskomm=datum:2019-03');
    const advised = await counterOf({ group: 'folgen', 'url-state': '' });
    const follow = async (hash: string): Promise<void> => {
      const followed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await followed;
      await advised.updateComplete;
    };
    await follow('#asskomm=datum:2019-13');
    expect(figure(advised)).to.equal('8');
    await follow('#kapitel-3');
    expect(location.hash).to.equal('#kapitel-3&asskomm=datum:2019-03');
  });

  it('url-state on a counter without group is a visible hint for the editor, and the address stays', async () => {
    openWith('#asskomm=datum:2019-03');
    const advised = await counterOf({ 'url-state': '' });
    expect(hints(advised)).to.contain('„url-state“').and.to.contain('„group“');
    expect(figure(advised)).to.equal('126');
    expect(location.hash).to.equal('#asskomm=datum:2019-03');
  });
});
