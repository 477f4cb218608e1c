/**
 * Screenshot tests' page: the same pixels on every run and on CI (a fresh Debian 12 whose only fonts
 * are fonts-dejavu-core). DejaVu Sans regular and bold only, by local name, so the extra faces of
 * this machine (DejaVu oblique, light, condensed; LibreOffice's fonts) never reach a shot: italic
 * is synthesised here as on CI. Reduced motion (no count-up, no zoom animation), device scale 1,
 * no caret, and a viewport tall enough that no shot needs pixels from beyond it.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';
import { clearFeedCache } from '../../src/feed/load.js';
import { createByHtml, type WidgetUnderTest } from '../helpers/conformance.js';

// The package's types re-export `./browser/commands.mjs`, for which it ships no `.d.mts`: TypeScript sees no members.
const { visualDiff } = visualRegression as unknown as { visualDiff(element: Element, name: string): Promise<void> };

/** The container widths of every shot: desktop column, tablet, phone. */
export const WIDTHS = [1280, 768, 375] as const;

/** A frozen copy of the bundled feed (data/asskomm.json, 2026-11-30): its figures never move the shots. */
export const SHOT_FEED = '/test/visual/feed.json';

const PAGE_CSS = `
@font-face { font-family: "Shot Sans"; src: local("DejaVu Sans"); font-weight: 400; font-style: normal; }
@font-face { font-family: "Shot Sans"; src: local("DejaVu Sans Bold"); font-weight: 700; font-style: normal; }
html, body { margin: 0; background: #fff; }
body { font: 16px/1.5 "Shot Sans"; caret-color: transparent; }
.shot { padding: 8px; box-sizing: content-box; }
`;

let pageReady: Promise<void> | undefined;

/** Once per test file: the page style and the media features. */
function preparePage(): Promise<void> {
  pageReady ??= (async () => {
    const style = document.createElement('style');
    style.textContent = PAGE_CSS;
    document.head.append(style);
    await emulateMedia({ reducedMotion: 'reduce' });
    // The faces load on first use: wait here so no shot catches the fallback.
    await Promise.allSettled(['400 16px "Shot Sans"', '700 16px "Shot Sans"'].map((font) => document.fonts.load(font)));
    // Without DejaVu the shots would silently use another font: say so instead of failing on every pixel.
    const faces = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Shot Sans');
    const missing = faces.filter((face) => face.status !== 'loaded').map((face) => face.weight);
    if (faces.length !== 2 || missing.length) throw new Error(`DejaVu Sans (fonts-dejavu-core) not found, weights ${missing.join(', ')}`);
  })();
  return pageReady;
}

/** Waits `frames` animation frames. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
}

/**
 * `<tag src=SHOT_FEED …attributes>` in a column `width` px wide (with an 8 px white margin around,
 * so a part that sticks out shows), once it shows its feed and has measured its width.
 */
export async function widgetIn<T extends WidgetUnderTest>(tag: string, width: number, attributes: Record<string, string> = {}): Promise<T> {
  await preparePage();
  // 1900 px: the tallest widget (the map at 1280 with its legend) fits, so each shot is one capture.
  await setViewport({ width: Math.max(800, width + 40), height: 1900 });
  clearFeedCache();
  const container = await fixture<HTMLDivElement>(html`<div class="shot" style="width: ${width}px"></div>`);
  const widget = (await createByHtml(tag, { src: SHOT_FEED, ...attributes }, container)) as T;
  await settle(widget);
  return widget;
}

/** Lets ResizeObserver callbacks, Lit updates and layout work that waits a frame finish. */
export async function settle(widget: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await frames(1);
    await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await document.fonts.ready;
}

/** Compares the widget's box (with its margin) against `test/visual/baselines/<browser>/<name>.png`. */
export async function shoot(widget: Element, name: string): Promise<void> {
  await settle(widget);
  await visualDiff(widget.parentElement!, name);
}
