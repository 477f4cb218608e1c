/**
 * Watches what makes Intl objects or collates and formats through ICU (issue 17): the first Intl
 * object a page makes loads ICU's data, 30–55 ms in a fresh Chromium page on the bench machine.
 * Import it before anything of `src/` (web-test-runner gives each test file its own page) and load
 * the widget with `import()` after, so that objects made when a module is evaluated count too.
 */
export const made: string[] = [];

for (const name of [
  'Collator',
  'DateTimeFormat',
  'NumberFormat',
  'PluralRules',
  'ListFormat',
  'Segmenter',
  'RelativeTimeFormat',
  'DisplayNames',
] as const) {
  const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
  // A subclass keeps `instanceof` and the static methods of the original.
  const Watched = class extends Original {
    constructor(...args: unknown[]) {
      made.push(`Intl.${name}`);
      super(...args);
    }
  };
  Object.defineProperty(Intl, name, { value: Watched, configurable: true, writable: true });
}

// Without a locale these still collate and format through ICU.
for (const [owner, method] of [
  [String.prototype, 'localeCompare'],
  [Number.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [Date.prototype, 'toLocaleString'],
] as const) {
  const original = (owner as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
  Object.defineProperty(owner, method, {
    value(this: unknown, ...args: unknown[]) {
      made.push(method);
      return original.apply(this, args);
    },
    configurable: true,
    writable: true,
  });
}
