// "Network excluded": the feed and geometry are fetched before a run starts, and the widget's
// own fetch() of those URLs is answered from memory. Parsing and validating stay in the run.
// The answer is built from the file's bytes, as a network answer arrives: a Response made from
// the text would first encode it to UTF-8, work no real fetch does (17-35 ms for all of
// Germany's 3.6 MB topology against 1.5 ms from the bytes). Decoding them (`text()`) stays in.
const texts = new Map();
const bodies = new Map();
const originalFetch = window.fetch.bind(window);

const absolute = (url) => new URL(url, location.href).href;

export async function preload(urls) {
  for (const url of urls) {
    const response = await originalFetch(absolute(url));
    if (!response.ok) throw new Error(`preload ${url}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    bodies.set(absolute(url), bytes);
    texts.set(absolute(url), new TextDecoder().decode(bytes));
  }
}

export const preloaded = (url) => {
  const text = texts.get(absolute(url));
  if (text === undefined) throw new Error(`${url} was not preloaded`);
  return text;
};

window.fetch = (input, init) => {
  const url = absolute(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
  const body = bodies.get(url);
  if (body === undefined) return originalFetch(input, init);
  return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
};
