/**
 * Fetching and sharing feeds. Every widget on a page that names the same feed gets the same
 * request and the same parsed model; a request nobody waits for any more is aborted, and a
 * failed one is forgotten so that "Erneut versuchen" asks again.
 */
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

interface SharedRequest {
  model: Promise<FeedModel>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

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

function start(key: string, src: string, context: Node, timeoutMs: number): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, users: 0, settled: false, model: Promise.resolve(null as never) };
  if (key.startsWith('inline:')) {
    request.model = Promise.resolve().then(() => readInline(src.slice(1), context));
  } else {
    const timer = setTimeout(() => controller.abort(new FeedError('timeout', key)), timeoutMs);
    request.model = fetchModel(key, controller.signal).finally(() => clearTimeout(timer));
  }
  request.model.then(
    () => (request.settled = true),
    () => {
      request.settled = true;
      // A failure is not cached: the next attempt asks again.
      if (requests.get(key) === request) requests.delete(key);
    },
  );
  requests.set(key, request);
  return request;
}

/**
 * The model of the feed at `src` for one widget. Resolves once for everyone who asks for the
 * same feed; when `signal` aborts, this widget stops waiting and, if it was the last one, the
 * request itself is aborted.
 */
export function acquireFeed(src: string, context: Node, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FeedModel> {
  const key = feedKey(src, context);
  const request = requests.get(key) ?? start(key, src, context, timeoutMs);
  request.users += 1;
  return new Promise<FeedModel>((resolve, reject) => {
    const release = (): void => {
      request.users -= 1;
      if (request.users === 0 && !request.settled) {
        request.controller.abort(new DOMException('Kein Widget braucht diese Daten mehr', 'AbortError'));
        if (requests.get(key) === request) requests.delete(key);
      }
    };
    const onAbort = (): void => {
      release();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    request.model.then(
      (model) => {
        signal.removeEventListener('abort', onAbort);
        request.users -= 1;
        resolve(model);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        request.users -= 1;
        reject(error);
      },
    );
  });
}

/** Forgets every cached feed (tests; a page that knows its feed changed). */
export function clearFeedCache(): void {
  requests.clear();
}
