/**
 * Watches memoised functions held in an element's private fields, without a counter in the
 * production code: a memo that recomputes returns a new object, one that reuses returns the same.
 */

/** What the watched functions did since `watchResults`: calls per name, and how many of them returned a new result. */
export interface Watched {
  calls(): Record<string, number>;
  /** Names whose result changed identity since the watch began, with how often; names that never changed are left out. */
  recomputed(): Record<string, number>;
}

/**
 * Wraps each of `names` on `owner` (a memoised function in a field) to compare each result with the
 * previous one by identity. The first call only sets the baseline when nothing was seen before.
 * Only objects are told apart: a recomputed string equal to the last one does not count.
 */
export function watchResults(owner: object, names: readonly string[]): Watched {
  const fields = owner as Record<string, (...args: unknown[]) => unknown>;
  const calls: Record<string, number> = {};
  const changes: Record<string, number> = {};
  for (const name of names) {
    const original = fields[name]!;
    if (typeof original !== 'function') throw new Error(`${name} is no function`);
    let seen = false;
    let last: unknown;
    fields[name] = (...args: unknown[]): unknown => {
      const result = original(...args);
      calls[name] = (calls[name] ?? 0) + 1;
      if (seen && !Object.is(result, last)) changes[name] = (changes[name] ?? 0) + 1;
      seen = true;
      last = result;
      return result;
    };
  }
  return { calls: () => ({ ...calls }), recomputed: () => ({ ...changes }) };
}
