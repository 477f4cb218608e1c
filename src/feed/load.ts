/**
 * Fetching and sharing feeds. Every widget on a page that names the same feed gets the same
 * request (see `SharedRequests`) and the same parsed JSON; each widget class validates the
 * parts of it that it shows, once per feed.
 */
import { SharedRequests, withTimeout } from '../internal/shared-requests.js';
import type { FeedModel } from './types.js';
import { validateFeedParts, type FeedPart } from './validate-parts.js';

export type FeedErrorKind = 'missing-src' | 'element-not-found' | 'network' | 'http' | 'timeout' | 'not-json' | 'invalid';

/** Why a feed could not be used; widgets turn `kind` into a German sentence. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly detail = '',
    readonly status?: number,
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'FeedError';
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;

const requests = new SharedRequests<unknown>('Kein Widget braucht diese Daten mehr');

/** Models by parsed feed and by the parts list a widget class asks for. */
const models = new WeakMap<object, Map<readonly FeedPart[], FeedModel>>();

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError('not-json', error instanceof Error ? error.message : '');
  }
}

function modelOf(json: unknown, parts: readonly FeedPart[]): FeedModel {
  const cache = typeof json === 'object' && json !== null ? models.get(json) ?? models.set(json, new Map()).get(json)! : undefined;
  const cached = cache?.get(parts);
  if (cached) return cached;
  const { model, issues } = validateFeedParts(json, parts);
  for (const issue of issues) {
    if (issue.severity !== 'fatal') console.warn(`[asskomm-widgets] ${issue.path}: ${issue.message}`);
  }
  if (!model) {
    const fatal = issues.find((issue) => issue.severity === 'fatal');
    throw new FeedError('invalid', fatal ? `${fatal.path}: ${fatal.message}` : '');
  }
  cache?.set(parts, model);
  return model;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason instanceof FeedError ? signal.reason : error;
    throw new FeedError('network', url);
  }
  if (!response.ok) throw new FeedError('http', url, response.status);
  return parseJson(await response.text());
}

/** Where a `src` points: an absolute URL, or `#id` of a JSON script element in the same document. */
export function feedKey(src: string, context: Node): string {
  if (src.startsWith('#')) return `inline:${src}`;
  return new URL(src, context.ownerDocument?.baseURI ?? document.baseURI).href;
}

function readInline(id: string, context: Node): unknown {
  const root = context.getRootNode() as Document | ShadowRoot;
  const element = root.getElementById?.(id) ?? document.getElementById(id);
  if (!element) throw new FeedError('element-not-found', id);
  return parseJson(element.textContent ?? '');
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
  const json = await requests.acquire(key, signal, (controller) =>
    key.startsWith('inline:')
      ? readInline(src.slice(1), context)
      : withTimeout((timed) => fetchJson(key, timed), controller, timeoutMs, () => new FeedError('timeout', key)),
  );
  try {
    return modelOf(json, parts);
  } catch (error) {
    // A feed that fails validation is fetched again on "Erneut versuchen" (it may be fixed by then).
    requests.drop(key);
    throw error;
  }
}

/** Forgets every cached feed (tests; a page that knows its feed changed). */
export function clearFeedCache(): void {
  requests.clear();
}
