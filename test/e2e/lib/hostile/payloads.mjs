// What a hostile or careless feed puts into text and link fields. Every script payload sets
// window.__pwned, so execution is seen whatever the path it took.

/** For human-text fields (names, labels, notes). */
export const TEXT_PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'><img src=x onerror=window.__pwned=1>",
  '</script><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">Link</a>',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  "<style>@import '//evil.example/x.css';</style>",
  'red;background:url(//evil.example/css)',
  '<!--<img src=x onerror=window.__pwned=1>-->',
];

/** For url / sourceUrl / source / email / phone fields. */
export const URL_PAYLOADS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  'javascript://%0Awindow.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:window.__pwned=1',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://evil.example/x" onmouseover="window.__pwned=1',
  "https://evil.example/x' onerror='window.__pwned=1",
  'tel:javascript:window.__pwned=1',
  'mailto:javascript:window.__pwned=1',
  'blob:https://evil.example/x',
  '\\\\evil.example\\x',
];

/** Odd but legal Unicode: direction overrides, zero-width, emoji, lone surrogates, NUL. */
export const UNICODE_STRINGS = [
  '\u202eevil.exe\u202c',
  '\u200b\u200c\u200d\ufeff',
  '\u200b',
  '👩‍👩‍👧‍👦🏳️‍🌈💥',
  '\ud800',
  'A\udc00B',
  '\u0000',
  'Dresden\u0000<script>',
  '\u0301\u0301\u0301\u0301',
  'ﷺ'.repeat(50),
  'ع'.repeat(200),
  'x'.repeat(10_000),
];

export const NAN_LIKE = ['NaN', 'Infinity', '-Infinity', '', ' ', '134 ', '1e3', '0x10', '1,5', '134.0', 'null', 'undefined', '٣٤'];

export const IMPOSSIBLE_DATES = [
  '2023-02-30',
  '2021-02-29',
  '2021-13-01',
  '2021-00-10',
  '2021-04-31',
  '2021-1-5',
  '20210105',
  ' 2021-01-05',
  '2021-01-05T00:00:00Z',
  '0021-11-05',
  '0000-01-01',
  '9999-12-31',
  '0099',
  '10000-01-01',
  '-2021-01-01',
  '2021-05/2021-01',
  '../2021-11',
  '2021-01/..',
  '/',
  '..',
  '2021/2021',
  '2021-01/2021-13',
  '2020-11-03/2024-02/2025',
];
