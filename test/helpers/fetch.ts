/**
 * Tests that need to see or hold the widgets' requests replace `window.fetch` for a while;
 * `restore()` (in a `finally`) puts the browser's own back.
 */
type Fetch = typeof window.fetch;

/** Routes every request through `handler`, which may call the real `fetch`. */
export function interceptFetch(handler: (input: RequestInfo | URL, init: RequestInit | undefined, real: Fetch) => Promise<Response>): {
  restore(): void;
} {
  const real = window.fetch;
  window.fetch = (input, init) => handler(input, init, real);
  return { restore: () => void (window.fetch = real) };
}

/** Lets requests through and lists their URLs. */
export function recordFetches(): { urls: string[]; restore(): void } {
  const urls: string[] = [];
  const { restore } = interceptFetch((input, init, real) => {
    urls.push(String(input));
    return real(input, init);
  });
  return { urls, restore };
}

/** Holds every request until `release()`: the widget stays in its loading state until then. */
export function holdFetches(): { release(): void; restore(): void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { restore } = interceptFetch(async (input, init, real) => {
    await gate;
    return real(input, init);
  });
  return { release, restore };
}
