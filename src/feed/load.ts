/**
 * Fetching and sharing feeds. Every widget on a page that names the same feed gets the same
 * request (see `SharedRequests`) and the same parsed JSON; each widget class validates the
 * parts of it that it shows, once per feed.
 */
import { fetchJson, parseJsonText, type JsonFailure } from '../util/fetch-json.js';
import type { CmsDamage } from './cms-damage.js';
import { SharedRequests, withTimeout } from '../util/shared-requests.js';
import { warn } from '../util/warn.js';
import { FEED_LIMITS, tooLongMessage } from './limits.js';
import type { FeedIssue, FeedModel } from './types.js';
import { validateFeedParts, type FeedPart } from './validate-parts.js';

export type FeedErrorKind = 'missing-src' | 'element-not-found' | 'network' | 'http' | 'timeout' | 'not-json' | 'too-large' | 'invalid';

/** Why a feed could not be used; widgets turn `kind` into a German sentence. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly detail = '',
    readonly status?: number,
    /** For an inline feed that is no JSON: what a CMS inserted into it (`cms-damage.ts`). */
    readonly cmsDamage?: CmsDamage,
    /** The same in German words for the editor's hint box (`i18n/cms-damage-hint.ts`). */
    readonly cmsDamageHint?: string,
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'FeedError';
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;

const requests = new SharedRequests<unknown>('Kein Widget braucht diese Daten mehr');

/** Models by parsed feed and by the parts list a widget class asks for. */
const models = new WeakMap<object, Map<readonly FeedPart[], FeedModel>>();

/** The feed's name for a failed JSON request or text at `source` (its URL or `#id`). */
function feedFailure(source: string): (failure: JsonFailure) => FeedError {
  return (failure) => {
    switch (failure.kind) {
      case 'network':
        return new FeedError('network', source);
      case 'http':
        return new FeedError('http', source, failure.status);
      case 'too-large':
        return new FeedError('too-large', tooLongMessage(failure.size));
      case 'not-json':
        return new FeedError('not-json', failure.message);
    }
  };
}

function modelOf(json: unknown, parts: readonly FeedPart[]): FeedModel {
  const cache = typeof json === 'object' && json !== null ? (models.get(json) ?? models.set(json, new Map()).get(json)!) : undefined;
  const cached = cache?.get(parts);
  if (cached) return cached;
  const { model, issues } = validateFeedParts(json, parts);
  reportIssues(issues);
  if (!model) {
    const fatal = issues.find((issue) => issue.severity === 'fatal');
    throw new FeedError('invalid', fatal ? `${fatal.path}: ${fatal.message}` : '');
  }
  cache?.set(parts, model);
  return model;
}

/**
 * One console line per feed and widget type, however many findings: a broken export with
 * 100,000 records must not bury the page in 100,000 warnings. `npm run validate` lists them all.
 */
function reportIssues(issues: readonly FeedIssue[]): void {
  const shown = issues.filter((issue) => issue.severity !== 'fatal');
  if (!shown.length) return;
  const first = shown.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
  const more = shown.length > first.length ? ` … und ${shown.length - first.length} weitere (alle: npm run validate)` : '';
  warn(`${shown.length} Hinweise zu den Daten: ${first.join('; ')}${more}`);
}

/**
 * The address a URL `src` names, without its `#fragment` (one feed, one request). Relative to the
 * page: a `<base href>` counts only on the page's own origin, so a relative `src` never sends the
 * request to a third party.
 */
function feedUrl(src: string, context: Node): string {
  const page = context.ownerDocument ?? document;
  const base = new URL(page.baseURI);
  const url = new URL(src, base.origin === new URL(page.URL).origin ? base : page.URL);
  url.hash = '';
  return url.href;
}

/** Ids of the roots (document, shadow roots) inline feeds are read from, so `#feed` in two roots are two feeds. */
const rootIds = new WeakMap<Node, number>();
let nextRootId = 0;

/** Where a `src` points: an absolute URL, or `#id` of a JSON script element in the widget's own root. */
export function feedKey(src: string, context: Node): string {
  if (!src.startsWith('#')) return feedUrl(src, context);
  const root = context.getRootNode();
  if (!rootIds.has(root)) rootIds.set(root, nextRootId++);
  return `inline:${rootIds.get(root)}:${src}`;
}

/**
 * The parsed JSON of each inline feed element, or why it is none, kept while its text is unchanged:
 * ten widgets on one broken 5 MB feed parse and diagnose it once.
 */
const inlineJson = new WeakMap<Element, { text: string; json: Promise<unknown> }>();

/** An inline feed's element, from the widget's own root (a page's shadow root or the document). */
function inlineElement(id: string, context: Node): Element {
  const root = context.getRootNode() as Document | ShadowRoot;
  const element = root.getElementById?.(id) ?? (root === document ? null : document.getElementById(id));
  if (!element) throw new FeedError('element-not-found', id);
  return element;
}

/** An inline feed's parsed JSON, read once per text of its element. */
function readInline(id: string, context: Node): Promise<unknown> {
  const element = inlineElement(id, context);
  const text = element.textContent ?? '';
  const cached = inlineJson.get(element);
  if (cached?.text === text) return cached.json;
  const json = parseInline(text, `#${id}`);
  inlineJson.set(element, { text, json });
  return json;
}

/**
 * `text` parsed. Text that is no JSON is looked at for what a CMS put in (`<p>`, `&#8220;`); that
 * code is loaded only then, as few pages ever need it.
 */
async function parseInline(text: string, source: string): Promise<unknown> {
  try {
    return parseJsonText(text, feedFailure(source), FEED_LIMITS.bytes);
  } catch (error) {
    if (!(error instanceof FeedError) || error.kind !== 'not-json') throw error;
    // The diagnosis and its words are loaded together; without them (offline) the error stays the plain one.
    const diagnosis = await import('../i18n/cms-damage-hint.js').then(
      ({ findCmsDamage, cmsDamageHint }) => {
        const damage = findCmsDamage(text);
        return damage && { damage, hint: cmsDamageHint(damage) };
      },
      () => undefined,
    );
    throw diagnosis ? new FeedError('not-json', error.detail, undefined, diagnosis.damage, diagnosis.hint) : error;
  }
}

/**
 * The model of the feed at `src` for one widget, with the `parts` it shows validated. The
 * request resolves once for everyone who asks for the same feed; when `signal` aborts, this
 * widget stops waiting and, if it was the last one, the request itself is aborted.
 */
export async function acquireFeed(
  src: string,
  context: Node,
  signal: AbortSignal,
  parts: readonly FeedPart[],
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<FeedModel> {
  const key = feedKey(src, context);
  // An inline feed is read anew each time (a CMS preview edits it in place); its JSON and models
  // stay cached while its text is unchanged.
  if (key.startsWith('inline:')) return modelOf(await readInline(src.slice(1), context), parts);
  const json = await requests.acquire(key, signal, (controller) =>
    withTimeout(
      (timed) => fetchJson(key, timed, feedFailure(key), FEED_LIMITS.bytes),
      controller,
      timeoutMs,
      () => new FeedError('timeout', key),
    ),
  );
  try {
    return modelOf(json, parts);
  } catch (error) {
    // A feed that fails validation is fetched again on "Erneut versuchen" (it may be fixed by then).
    requests.drop(key);
    throw error;
  }
}

const retries = new EventTarget();

/**
 * "Erneut versuchen" in one widget retries every widget that shows the same failed feed: they
 * wait for one shared request, so they should recover together.
 */
export function announceRetry(key: string): void {
  retries.dispatchEvent(new CustomEvent('retry', { detail: key }));
}

/** Calls `listener` with the key of every retried feed; returns the function that stops it. */
export function onRetry(listener: (key: string) => void): () => void {
  const handler = (event: Event): void => listener((event as CustomEvent<string>).detail);
  retries.addEventListener('retry', handler);
  return () => retries.removeEventListener('retry', handler);
}

/** Forgets every cached feed (tests; a page that knows its feed changed). */
export function clearFeedCache(): void {
  requests.clear();
}
