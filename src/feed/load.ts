/**
 * Fetching and sharing feeds. Every widget on a page that names the same feed gets the same
 * request and the same parsed model (see `SharedRequests`).
 */
import { SharedRequests, withTimeout } from '../internal/shared-requests.js';
import type { FeedModel } from './types.js';
import { parseFeedText } from './validate.js';

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

const requests = new SharedRequests<FeedModel>('Kein Widget braucht diese Daten mehr');

function modelFromText(text: string): FeedModel {
  const { model, issues } = parseFeedText(text);
  for (const issue of issues) {
    if (issue.severity !== 'fatal') console.warn(`[asskomm-widgets] ${issue.path}: ${issue.message}`);
  }
  if (model) return model;
  const fatal = issues.find((issue) => issue.severity === 'fatal');
  const kind = fatal?.message.startsWith('Der Feed ist kein gültiges JSON') ? 'not-json' : 'invalid';
  throw new FeedError(kind, fatal ? `${fatal.path}: ${fatal.message}` : '');
}

async function fetchModel(url: string, signal: AbortSignal): Promise<FeedModel> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason instanceof FeedError ? signal.reason : error;
    throw new FeedError('network', url);
  }
  if (!response.ok) throw new FeedError('http', url, response.status);
  return modelFromText(await response.text());
}

/** Where a `src` points: an absolute URL, or `#id` of a JSON script element in the same document. */
export function feedKey(src: string, context: Node): string {
  if (src.startsWith('#')) return `inline:${src}`;
  return new URL(src, context.ownerDocument?.baseURI ?? document.baseURI).href;
}

function readInline(id: string, context: Node): FeedModel {
  const root = context.getRootNode() as Document | ShadowRoot;
  const element = root.getElementById?.(id) ?? document.getElementById(id);
  if (!element) throw new FeedError('element-not-found', id);
  return modelFromText(element.textContent ?? '');
}

/**
 * The model of the feed at `src` for one widget. Resolves once for everyone who asks for the
 * same feed; when `signal` aborts, this widget stops waiting and, if it was the last one, the
 * request itself is aborted.
 */
export function acquireFeed(src: string, context: Node, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FeedModel> {
  const key = feedKey(src, context);
  return requests.acquire(key, signal, (controller) =>
    key.startsWith('inline:')
      ? readInline(src.slice(1), context)
      : withTimeout((timed) => fetchModel(key, timed), controller, timeoutMs, () => new FeedError('timeout', key)),
  );
}

/** Forgets every cached feed (tests; a page that knows its feed changed). */
export function clearFeedCache(): void {
  requests.clear();
}
