/**
 * The one way the widgets fetch JSON (the feed, the map's topology): same-origin credentials,
 * the caller's abort signal, and every failure handed to the caller as a small typed failure,
 * which it names in its own terms (a `FeedError`, a `GeometryError`).
 */

/** Why a JSON request failed, before the caller names it. */
export type JsonFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-json'; readonly message: string };

/** Turns a failure into the error the caller throws. */
export type JsonFailureToError = (failure: JsonFailure) => Error;

/**
 * The parsed JSON of `text`; `fail` names a text longer than `maxLength` characters or one that
 * is not JSON.
 */
export function parseJsonText(text: string, fail: JsonFailureToError, maxLength = Infinity): unknown {
  if (text.length > maxLength) throw fail({ kind: 'too-large', size: text.length });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail({ kind: 'not-json', message: error instanceof Error ? error.message : '' });
  }
}

/**
 * The parsed JSON at `url`. A body over `maxLength` is refused by its `Content-Length` before it
 * is read (a 50 MB body would take the page's memory and seconds to parse), else by its length.
 * When `signal` aborts, the abort's reason is thrown (the caller's timeout, or nobody waits any
 * more): that is no network failure.
 */
export async function fetchJson(url: string, signal: AbortSignal, fail: JsonFailureToError, maxLength = Infinity): Promise<unknown> {
  const lost = (): unknown => (signal.aborted ? signal.reason : fail({ kind: 'network' }));
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw lost();
  }
  if (!response.ok) throw fail({ kind: 'http', status: response.status });
  const length = Number(response.headers.get('Content-Length'));
  if (length > maxLength) throw fail({ kind: 'too-large', size: length });
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw lost();
  }
  return parseJsonText(text, fail, maxLength);
}
