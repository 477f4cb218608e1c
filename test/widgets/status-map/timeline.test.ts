/** `<asskomm-status-map timeline>`: the slider over the stops, its keys, play/pause and what the live region says. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { TimelineController, PLAY_STEP_MS, REST_MS, type TimelineClock } from '../../../src/widgets/status-map/timeline-controller.js';
import { joinDateGroup } from '../../../src/util/date-group.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { axeViolations } from '../../helpers/axe.js';
import { visibleText } from '../../helpers/conformance.js';
import { clippedText, controls, stickingOut, tabStops, textOverlaps } from '../../helpers/layout.js';
import { placeWidget } from '../../helpers/placed-widget.js';
import { centreOf, createMap, legendCount, shadow } from './helpers.js';

/** A clock the test moves by hand: `run(ms)` fires the timers set for `ms`, as if that time had passed. */
class ManualClock implements TimelineClock {
  private next = 0;
  readonly timers = new Map<number, { callback: () => void; ms: number }>();
  set(callback: () => void, ms: number): number {
    this.timers.set(++this.next, { callback, ms });
    return this.next;
  }
  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  pending(ms: number): number {
    return [...this.timers.values()].filter((timer) => timer.ms === ms).length;
  }
  run(ms: number): void {
    for (const [handle, timer] of [...this.timers]) {
      if (timer.ms !== ms) continue;
      this.timers.delete(handle);
      timer.callback();
    }
  }
}

const systemClock = TimelineController.clock;
let clock: ManualClock;
beforeEach(() => (TimelineController.clock = clock = new ManualClock()));
afterEach(async () => {
  TimelineController.clock = systemClock;
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

const slider = (map: StatusMap): HTMLInputElement => shadow(map).querySelector<HTMLInputElement>('.timeline input[type="range"]')!;
const playButton = (map: StatusMap): HTMLButtonElement => shadow(map).querySelector<HTMLButtonElement>('.timeline-play')!;
const spoken = (map: StatusMap): string => slider(map).getAttribute('aria-valuetext')!;
const standLine = (map: StatusMap): string => visibleText(shadow(map).querySelector('.credits')!);
const liveRegion = (map: StatusMap): Element => shadow(map).querySelector('.timeline [role="status"]')!;

async function press(map: StatusMap, key: string): Promise<void> {
  slider(map).focus();
  await sendKeys({ press: key });
  await map.updateComplete;
}

/** Steps of play, one second each, until it stops (with a bound, so a bug cannot loop forever). */
async function playToEnd(map: StatusMap): Promise<string[]> {
  const shown = [spoken(map)];
  for (let i = 0; i < 50 && clock.pending(PLAY_STEP_MS); i++) {
    clock.run(PLAY_STEP_MS);
    await map.updateComplete;
    shown.push(spoken(map));
  }
  return shown;
}

describe('<asskomm-status-map timeline>', () => {
  it('renders no timeline without the attribute', async () => {
    const map = await createMap();
    expect(shadow(map).querySelector('[part="timeline"]')).to.be.null;
    expect(shadow(map).querySelector('input[type="range"]')).to.be.null;
  });

  it('renders a slider over the stops of the feed, at its date, with German labels and the years under it', async () => {
    const map = await createMap({ timeline: '' });
    const input = slider(map);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Stand der Karte');
    expect(Number(input.value)).to.equal(Number(input.max));
    expect(spoken(map)).to.equal('November 2021');
    expect(visibleText(shadow(map).querySelector('.timeline-date')!)).to.equal('November 2021');
    expect(playButton(map).textContent!.trim()).to.equal('Abspielen');
    expect([...shadow(map).querySelectorAll('.timeline-year')].map((year) => year.textContent)).to.deep.equal(['2019', '2020', '2021']);

    await press(map, 'Home');
    expect(spoken(map)).to.equal('6. Februar 2019');
    expect(input.value).to.equal('0');
  });

  it('starts at the `date` attribute, and hiding a layer does not change the stops', async () => {
    const map = await createMap({ timeline: '', date: '2021-01' });
    expect(spoken(map)).to.equal('1. Januar 2021');
    const stops = slider(map).max;
    shadow(map).querySelector<HTMLInputElement>('.legend input[value="kpr"]')!.click();
    await map.updateComplete;
    expect(slider(map).max).to.equal(stops);
  });

  it('moves one stop with the arrows, a year with the Page keys and to the ends with Home and End; legend and Stand follow', async () => {
    const map = await createMap({ timeline: '' });
    expect(legendCount(map, 'agreement')).not.to.equal('0');
    expect(standLine(map)).to.contain('Stand: November 2021');

    await press(map, 'Home');
    expect(legendCount(map, 'agreement')).to.equal('0');
    expect(standLine(map)).to.contain('Stand: 6. Februar 2019');
    expect(shadow(map).querySelector('.summary')!.textContent).to.contain('Stand 6. Februar 2019');

    // A year on: the first stop a calendar year or more later (stops: 6. Februar 2019, 1. Januar 2020, Oktober 2020, …).
    await press(map, 'PageUp');
    expect(spoken(map)).to.equal('Oktober 2020');
    await press(map, 'PageUp');
    expect(spoken(map)).to.equal('November 2021');
    await press(map, 'PageDown');
    expect(spoken(map)).to.equal('Oktober 2020');

    await press(map, 'ArrowRight');
    expect(spoken(map)).to.equal('1. Januar 2021');
    expect(slider(map).value).to.equal('3');
    await press(map, 'ArrowLeft');
    expect(spoken(map)).to.equal('Oktober 2020');

    await press(map, 'End');
    expect(spoken(map)).to.equal('November 2021');
    expect(standLine(map)).to.contain('Stand: November 2021');
    expect(legendCount(map, 'agreement')).not.to.equal('0');
  });

  it('plays one stop a second from the first stop and stops at the end', async () => {
    const map = await createMap({ timeline: '' });
    const last = Number(slider(map).max);
    playButton(map).click();
    await map.updateComplete;
    // At the end, play starts from the first stop.
    expect(spoken(map)).to.equal('6. Februar 2019');
    expect(playButton(map).textContent!.trim()).to.equal('Anhalten');
    const shown = await playToEnd(map);
    expect(shown).to.have.length(last + 1);
    expect(shown.at(-1)).to.equal('November 2021');
    expect(playButton(map).textContent!.trim()).to.equal('Abspielen');
    expect(clock.pending(PLAY_STEP_MS)).to.equal(0);
  });

  /** Whether play stopped: the button offers „Abspielen“ again and no step is waiting. */
  const paused = (map: StatusMap): boolean => playButton(map).textContent!.trim() === 'Abspielen' && clock.pending(PLAY_STEP_MS) === 0;

  it('pauses when the map gets focus or the pointer', async () => {
    const map = await createMap({ timeline: '' });
    playButton(map).click();
    await map.updateComplete;
    clock.run(PLAY_STEP_MS);
    await map.updateComplete;
    expect(spoken(map)).to.equal('1. Januar 2020');
    expect(paused(map)).to.be.false;
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await map.updateComplete;
    expect(paused(map), 'after focus').to.be.true;

    playButton(map).click();
    await map.updateComplete;
    expect(paused(map)).to.be.false;
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('.frame')!) });
    await map.updateComplete;
    expect(paused(map), 'after the pointer').to.be.true;
  });

  it('pauses when a chart of its group previews a date: the reader took over', async () => {
    const map = await createMap({ timeline: '', group: 'vorschau' });
    const chart = joinDateGroup('vorschau', () => undefined);
    try {
      playButton(map).click();
      await map.updateComplete;
      clock.run(PLAY_STEP_MS);
      await map.updateComplete;
      expect(spoken(map)).to.equal('1. Januar 2020');
      chart.preview('2019-02-06');
      await map.updateComplete;
      expect(paused(map)).to.be.true;
      expect(spoken(map)).to.equal('6. Februar 2019');
      chart.preview(undefined);
      await map.updateComplete;
      expect(spoken(map)).to.equal('1. Januar 2020');
    } finally {
      chart.leave();
    }
  });

  it('stops playing when the timeline is switched off, and the map shows its date again', async () => {
    const map = await createMap({ timeline: '' });
    playButton(map).click();
    await map.updateComplete;
    map.removeAttribute('timeline');
    await map.updateComplete;
    clock.run(PLAY_STEP_MS);
    await map.updateComplete;
    expect(clock.pending(PLAY_STEP_MS)).to.equal(0);
    expect(standLine(map)).to.contain('Stand: November 2021');
  });

  it('still steps with reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const map = await createMap({ timeline: '', date: '2019-02-06' });
    playButton(map).click();
    await map.updateComplete;
    expect(spoken(map)).to.equal('6. Februar 2019');
    clock.run(PLAY_STEP_MS);
    await map.updateComplete;
    expect(slider(map).value).to.equal('1');
  });

  it('announces the date and the changed counts once the slider rests, and once when playing stops', async () => {
    const map = await createMap({ timeline: '' });
    expect(liveRegion(map).textContent!.trim()).to.equal('');
    await press(map, 'Home');
    await press(map, 'PageUp');
    // Not yet: the slider is still moving.
    expect(liveRegion(map).textContent!.trim()).to.equal('');
    clock.run(REST_MS);
    await map.updateComplete;
    expect(liveRegion(map).textContent!.trim()).to.equal(
      'Stand Oktober 2020. Beratene Kommunen: 3 auf der Karte (vorher 4); Kooperationsvereinbarungen: 0 auf der Karte (vorher 2); ' +
        'Geförderte Kommunen: 0 auf der Karte (vorher 1).',
    );

    // Play from the end starts at the first stop; nothing is said at each step, once when it stops.
    await press(map, 'End');
    playButton(map).click();
    await map.updateComplete;
    clock.run(PLAY_STEP_MS);
    await map.updateComplete;
    expect(spoken(map)).to.equal('1. Januar 2020');
    expect(clock.pending(REST_MS)).to.equal(0);
    expect(liveRegion(map).textContent!.trim(), 'silent while playing').to.match(/^Stand Oktober 2020\. /);
    playButton(map).click();
    await map.updateComplete;
    expect(liveRegion(map).textContent!.trim()).to.equal('Stand 1. Januar 2020. Beratene Kommunen: 2 auf der Karte (vorher 3).');
  });

  it('pins its group on the slider’s date: another map of the group follows, and the group moves the slider', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = await createMap({ timeline: '', group: 'zeitleiste' }, container);
    const other = await createMap({ group: 'zeitleiste' }, container);
    await press(map, 'Home');
    await other.updateComplete;
    expect(standLine(other)).to.contain('Stand: 6. Februar 2019');
    expect(legendCount(other, 'agreement')).to.equal('0');
    await press(map, 'PageUp');
    await other.updateComplete;
    expect(standLine(other)).to.contain('Stand: Oktober 2020');

    other.setAttribute('timeline', '');
    await other.updateComplete;
    await press(other, 'End');
    await map.updateComplete;
    expect(spoken(map)).to.equal('November 2021');
    expect(standLine(map)).to.contain('Stand: November 2021');
  });

  it('follows its group once it joins one, though its slider moved before', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = await createMap({ timeline: '' }, container);
    const other = await createMap({ timeline: '', group: 'beitritt' }, container);
    await press(map, 'Home');
    expect(standLine(map)).to.contain('Stand: 6. Februar 2019');
    await press(other, 'Home');
    await press(other, 'PageUp');
    map.setAttribute('group', 'beitritt');
    await map.updateComplete;
    expect(standLine(map)).to.contain('Stand: Oktober 2020');
    expect(spoken(map)).to.equal(spoken(other));
  });

  it('is accessible', async () => {
    const map = await createMap({ timeline: '' });
    expect(await axeViolations(map)).to.deep.equal([]);
  });

  it('speaks English with lang="en"', async () => {
    const map = await createMap({ timeline: '', lang: 'en' });
    expect(slider(map).labels![0]!.textContent!.trim()).to.equal('Map date');
    expect(playButton(map).textContent!.trim()).to.equal('Play');
    expect(spoken(map)).to.equal('November 2021');
    await press(map, 'Home');
    expect(spoken(map)).to.equal('6 February 2019');
    playButton(map).click();
    await map.updateComplete;
    expect(playButton(map).textContent!.trim()).to.equal('Pause');
  });

  it('fits a page 320 px wide: nothing sticks out or is cut off, and Tab reaches play and the slider', async () => {
    await setViewport({ width: 320, height: 600 });
    const column = await fixture<HTMLDivElement>(html`<div><button id="before">vorher</button></div>`);
    const map = await placeWidget('asskomm-status-map', { timeline: '' }, column);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
    expect(stickingOut(map)).to.deep.equal([]);
    expect(clippedText(map)).to.deep.equal([]);
    const reached = new Set(await tabStops(map, column.querySelector('#before')!));
    const timeline = controls(map).filter((control) => control.closest('.timeline'));
    expect(timeline).to.have.length(2);
    expect(timeline.filter((control) => !reached.has(control))).to.deep.equal([]);
  });

  it('keeps the years of the bundled feed apart in a page 320 px wide', async () => {
    await setViewport({ width: 320, height: 600 });
    const column = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = await placeWidget('asskomm-status-map', { timeline: '', src: '/data/asskomm.json' }, column);
    const years = map.shadowRoot!.querySelector('.timeline-years')!;
    expect(years.children.length).to.be.at.least(3);
    expect(years.firstElementChild!.textContent).to.equal('2019');
    expect(textOverlaps(map, years)).to.deep.equal([]);
    expect(stickingOut(map)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
