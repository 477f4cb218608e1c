/** Reading „So lesen Sie …“ as a visitor does: the box, its sentences when open, opening it by keyboard. */
import { sendKeys } from '@web/test-runner-commands';
import { visibleText } from './conformance.js';

/** The box in a widget's shadow root. */
export function howToRead(root: ShadowRoot): HTMLDetailsElement {
  return root.querySelector<HTMLDetailsElement>('details.help:not(.placeholder)')!;
}

/** The sentences a sighted visitor reads: none while the box is closed. */
export function shownSentences(root: ShadowRoot): string[] {
  return [...howToRead(root).querySelectorAll('li')].filter((li) => li.checkVisibility()).map((li) => visibleText(li));
}

/** Opens the box as a keyboard user does: focus on its summary, then Enter. */
export async function openByKeyboard(root: ShadowRoot, updated: () => Promise<unknown>): Promise<void> {
  howToRead(root).querySelector<HTMLElement>('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await updated();
}

/** What a visitor sees of the box: its title, then, closed and after opening it by keyboard, whether it is open and its sentences. */
export async function readByKeyboard(
  root: ShadowRoot,
  updated: () => Promise<unknown>,
): Promise<{
  title: string;
  closed: { open: boolean; sentences: string[] };
  opened: { open: boolean; sentences: string[] };
}> {
  const box = howToRead(root);
  const closed = { open: box.open, sentences: shownSentences(root) };
  await openByKeyboard(root, updated);
  return {
    title: visibleText(box.querySelector('summary')!),
    closed,
    opened: { open: box.open, sentences: shownSentences(root) },
  };
}

/**
 * The widget's outline as a screen reader's heading list gives it (visible headings, `h3 Text`),
 * and whatever in the open box is neither its summary nor a list: a line in bold that only looks
 * like a heading would show up there.
 */
export function outline(root: ShadowRoot): { headings: string[]; besideLists: string[] } {
  const headings = [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => heading.checkVisibility())
    .map((heading) => `${heading.localName} ${visibleText(heading)}`);
  const besideLists = [...howToRead(root).querySelectorAll(':scope > :not(summary, ul), li > *')].map((element) => element.localName);
  return { headings, besideLists };
}
