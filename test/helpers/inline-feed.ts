/**
 * Inline feeds as a CMS post holds them (`<script type="application/json">` in the page), for the
 * tests of the CMS-damage diagnosis: the feed layer's error and the widget's boxes.
 */
import { fixture, html } from '@open-wc/testing';
import { acquireFeed, FeedError } from '../../src/feed/load.js';
import { EVENTS, INDICATORS, PLACES } from '../../src/feed/validate.js';
import type { WidgetUnderTest } from './conformance.js';

/** Puts `text` into `parent` as an inline feed and returns its `src` (`#id`). */
export function appendInlineFeed(text: string, parent: Element): string {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = `inline-feed-${Math.random().toString(36).slice(2)}`;
  script.textContent = text;
  parent.append(script);
  return `#${script.id}`;
}

/** The `FeedError` of the inline feed `text` (which must fail), as the feed layer throws it. */
export async function feedErrorOf(text: string): Promise<FeedError> {
  const post = await fixture<HTMLDivElement>(html`<div></div>`);
  const src = appendInlineFeed(text, post);
  const error = await acquireFeed(src, post, new AbortController().signal, [INDICATORS, EVENTS, PLACES]).catch((e: unknown) => e);
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

/** A counter (`lang` as given) reading the inline feed `text`, settled. */
export async function counterWith(text: string, lang?: string): Promise<WidgetUnderTest> {
  const post = await fixture<HTMLDivElement>(html`<div></div>`);
  const counter = document.createElement('asskomm-milestone-counter') as WidgetUnderTest;
  counter.setAttribute('src', appendInlineFeed(text, post));
  counter.setAttribute('metric', 'advised');
  if (lang) counter.setAttribute('lang', lang);
  post.append(counter);
  await counter.whenReady();
  return counter;
}
