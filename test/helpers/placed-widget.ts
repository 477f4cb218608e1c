/** A widget of the accessibility suite, placed as an editor writes it and waited for until it shows its feed. */
import { clearFeedCache } from '../../src/feed/load.js';
import { createByHtml, GOOD_FEED, type WidgetUnderTest } from './conformance.js';

/** A widget element with Lit's update promise. */
export type Widget = WidgetUnderTest & { updateComplete: Promise<boolean> };

/**
 * `<tag src="GOOD_FEED" …attributes>` at the end of `container`, once it shows its feed or its
 * error; the chart also once it has drawn (after its first ResizeObserver call).
 */
export async function placeWidget(tag: string, attributes: Record<string, string>, container: HTMLElement): Promise<Widget> {
  clearFeedCache();
  const widget = (await createByHtml(tag, { src: GOOD_FEED, ...attributes }, container)) as Widget;
  const drawn = (): boolean => !!widget.shadowRoot!.querySelector('.plot svg, [role="alert"]');
  for (let i = 0; i < 20 && tag === 'asskomm-progress-chart' && !drawn(); i++) {
    await new Promise(requestAnimationFrame);
    await widget.updateComplete;
  }
  return widget;
}
