/**
 * afterPaint and AfterFirstPaint: a part built after the first paint is built in the end on every
 * page, also without `requestIdleCallback` (Safari) in a tab that paints no frames.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AfterFirstPaint, afterPaint } from '../../src/element/after-first-paint.js';

/** Runs `body` as in Safari in a background tab: no `requestIdleCallback`, no frame ever painted. */
async function withoutIdleNorFrames(body: () => Promise<void>): Promise<void> {
  const { requestIdleCallback: idle, requestAnimationFrame: frame } = window;
  Object.assign(window, { requestIdleCallback: undefined, requestAnimationFrame: () => 0 });
  try {
    await body();
  } finally {
    Object.assign(window, { requestIdleCallback: idle, requestAnimationFrame: frame });
  }
}

const timeout = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class LateHost extends LitElement {
  readonly later = new AfterFirstPaint(this, () => true);
}
customElements.define('late-host', LateHost);

describe('afterPaint', () => {
  it('runs the task once, at the timeout, where no frame is painted and there is no idle callback', async () => {
    await withoutIdleNorFrames(async () => {
      let runs = 0;
      afterPaint(() => runs++, 20);
      expect(runs, 'not at once').to.equal(0);
      await timeout(60);
      expect(runs).to.equal(1);
    });
  });

  it('runs nothing once cancelled', async () => {
    await withoutIdleNorFrames(async () => {
      let runs = 0;
      afterPaint(() => runs++, 20)();
      await timeout(60);
      expect(runs).to.equal(0);
    });
  });
});

describe('AfterFirstPaint', () => {
  it('builds in the first idle period after the host rendered, not before', async () => {
    const { requestIdleCallback: idle } = window;
    const waiting: IdleRequestCallback[] = [];
    window.requestIdleCallback = (callback) => waiting.push(callback);
    try {
      const host = await fixture<LateHost>(html`<late-host></late-host>`);
      expect(host.later.built, 'not before the idle period').to.equal(false);
      expect(waiting).to.have.length(1);
      waiting[0]!({ didTimeout: false, timeRemaining: () => 50 });
      await host.later.done;
      expect(host.later.built).to.equal(true);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('builds at once when asked, also taken out of the page', async () => {
    const host = await fixture<LateHost>(html`<late-host></late-host>`);
    host.remove();
    host.later.now();
    await host.later.done;
    expect(host.later.built).to.equal(true);
  });
});
