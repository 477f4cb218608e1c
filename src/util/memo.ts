/** Whether two argument lists hold the same values, by identity (`Object.is`). */
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** Remembers the last result of `fn` and recomputes only when an argument changes (by identity). */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  return (...args: A): R => {
    if (!lastArgs || !sameValues(args, lastArgs)) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}
