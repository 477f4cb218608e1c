/**
 * Watching a widget's first paint (issue 17): the map and the chart draw first and build their
 * deferred parts in the next idle period, so tests of that must not wait for `whenReady()`.
 */
import type { ReactiveElement } from 'lit';

/** Resolves after the Lit update in which `drawn()` first holds (not waiting for `whenReady`). */
export async function untilDrawn(element: ReactiveElement, drawn: () => boolean): Promise<void> {
  while (!drawn()) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => (observer.disconnect(), resolve(undefined)));
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    });
    await element.updateComplete;
  }
}

/**
 * Makes idle and frame callbacks never come, as in a background tab, until the returned function
 * puts the page's own back.
 */
export function backgroundTab(): () => void {
  const { requestIdleCallback: idle, requestAnimationFrame: frame } = window;
  window.requestIdleCallback = () => 0;
  window.requestAnimationFrame = () => 0;
  return () => Object.assign(window, { requestIdleCallback: idle, requestAnimationFrame: frame });
}
