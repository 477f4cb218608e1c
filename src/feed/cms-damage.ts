/**
 * What an editor did to an inline feed (`<script type="application/json">`) whose text is no JSON.
 * WordPress (6.1) leaves a script's text alone except at a blank line in the post's text, where
 * wpautop puts `</p><p>`; `<br>`, HTML entities (`&#8220;`, `&quot;`), typographic quotes and
 * no-break or invisible spaces come from other editors (TinyMCE, CKEditor) or from pasting. Called
 * only after `JSON.parse` failed, so a feed that merely mentions `<p>` in a text is never named
 * here; and only what stands outside the JSON's strings counts, so a `<p>` in a label does not hide
 * the real mistake. No German here: `editorHints.hintCmsDamage` words it.
 */

export type CmsDamageKind = 'paragraph' | 'line-break' | 'entity' | 'quote' | 'invisible';

/** The kinds found, in order of their first place, and that first place (line and character from 1). */
export interface CmsDamage {
  kinds: CmsDamageKind[];
  found: string;
  line: number;
  column: number;
}

/**
 * Markup, entities, typographic quotes and spaces a reader cannot see: what an editor puts into
 * text it takes for prose. Bounded, so a stray `<p` in 5 MB does not scan to the end.
 */
const INSERTED = /<\/?p\b[^>]{0,100}>|<br\s{0,10}\/?>|&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{1,30}\d?);|[„“”″]|[\u00a0\u200b\ufeff]/gi;

/** Where a string, broken by a quote the editor replaced, probably ends: before `:`, `,`, `}` or `]`. */
const CLOSES_KEY_OR_VALUE = /^\s*[:,}\]]/;

/** A double-quoted string as JSON reads it: from its opening quote to its end, closed by `"` or cut off by a line end. */
interface JsonString {
  from: number;
  to: number;
  terminated: boolean;
}

function kindOf(found: string): CmsDamageKind {
  if (/^<\/?p/i.test(found)) return 'paragraph';
  if (found.startsWith('<')) return 'line-break';
  if (found.startsWith('&')) return 'entity';
  if (/[\u00a0\u200b\ufeff]/.test(found)) return 'invisible';
  return 'quote';
}

/**
 * The editor's insertions in `text`, or `undefined` if there are none outside the JSON's strings.
 * Inside a string, only a quote or entity that stands where the string was cut off before `:` or
 * `,` counts (`"name”: …`): there it replaced the closing `"`. Matches and strings both come in
 * ascending order, so one pass over each does (a 5 MB feed takes milliseconds, not minutes).
 */
export function findCmsDamage(text: string): CmsDamage | undefined {
  const strings = jsonStrings(text);
  let next = 0;
  let damage: CmsDamage | undefined;
  for (const match of text.matchAll(INSERTED)) {
    const at = match.index;
    while (next < strings.length && strings[next]!.to <= at) next++;
    const string = strings[next];
    const inString = string !== undefined && at > string.from && at < string.to;
    if (inString && !(replacedClosingQuote(text, at, match[0]) && !string.terminated)) continue;
    const kind = kindOf(match[0]);
    if (!damage) damage = { kinds: [], found: match[0], ...placeOf(text, at) };
    if (!damage.kinds.includes(kind)) damage.kinds.push(kind);
  }
  return damage;
}

function replacedClosingQuote(text: string, at: number, found: string): boolean {
  const kind = kindOf(found);
  return (kind === 'quote' || kind === 'entity') && CLOSES_KEY_OR_VALUE.test(text.slice(at + found.length, at + found.length + 40));
}

function placeOf(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let end = text.indexOf('\n'); end >= 0 && end < at; end = text.indexOf('\n', end + 1)) {
    line++;
    lineStart = end + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** The double-quoted strings in `text`. A line end cuts a string off: JSON strings hold none, so the text there is broken anyway. */
function jsonStrings(text: string): JsonString[] {
  const strings: JsonString[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    const from = at;
    for (at++; at < text.length && text[at] !== '"' && text[at] !== '\n'; at++) if (text[at] === '\\') at++;
    strings.push({ from, to: at, terminated: text[at] === '"' });
  }
  return strings;
}
