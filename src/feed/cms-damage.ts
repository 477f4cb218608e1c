/**
 * What a CMS did to an inline feed (`<script type="application/json">`) whose text is no JSON:
 * WordPress's wpautop puts `</p><p>` at a blank line and `<br />` at line ends, wptexturize turns
 * `"` into „ “ ” or `&#8220;`, other editors escape quotes as `&quot;`. Called only after
 * `JSON.parse` failed, so a feed that merely mentions `<p>` in a text is never named here; and only
 * markup outside the JSON's strings counts, so a `<p>` in a label does not hide the real mistake.
 */

/** What the CMS inserted, in the words of the German message. */
const KINDS = {
  paragraph: 'Absätze (<p>)',
  'line-break': 'Zeilenumbrüche (<br>)',
  entity: 'HTML-Zeichencodes (&…;)',
  quote: 'typografische Anführungszeichen (statt ")',
} as const;

export type CmsDamageKind = keyof typeof KINDS;

/** The kinds found, in order of their first place, and that first place (line and character from 1). */
export interface CmsDamage {
  kinds: CmsDamageKind[];
  found: string;
  line: number;
  column: number;
}

/** Markup, entities and typographic quotes, the things a CMS puts into text it takes for prose. */
const INSERTED = /<\/?p\b[^>]*>|<br\s*\/?>|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);|[„“”″]/gi;

/** Where a string, broken by a quote the CMS replaced, probably ends: before `:`, `,`, `}` or `]`. */
const CLOSES_KEY_OR_VALUE = /^\s*[:,}\]]/;

function kindOf(found: string): CmsDamageKind {
  if (/^<\/?p/i.test(found)) return 'paragraph';
  if (found.startsWith('<')) return 'line-break';
  if (found.startsWith('&')) return 'entity';
  return 'quote';
}

/**
 * The CMS's insertions in `text`, or `undefined` if there are none outside the JSON's strings.
 * A quote the CMS replaced inside a string counts where JSON would go on (`“name”: …`).
 */
export function findCmsDamage(text: string): CmsDamage | undefined {
  const stringRanges = jsonStrings(text);
  let damage: CmsDamage | undefined;
  for (const match of text.matchAll(INSERTED)) {
    const at = match.index;
    const inString = stringRanges.some(([from, to]) => at > from && at < to);
    const closesString = kindOf(match[0]) !== 'paragraph' && CLOSES_KEY_OR_VALUE.test(text.slice(at + match[0].length, at + 40));
    if (inString && !closesString) continue;
    const kind = kindOf(match[0]);
    if (!damage) {
      const before = text.slice(0, at).split('\n');
      damage = { kinds: [], found: match[0], line: before.length, column: before[before.length - 1]!.length + 1 };
    }
    if (!damage.kinds.includes(kind)) damage.kinds.push(kind);
  }
  return damage;
}

/**
 * The ranges `[open, close]` of the double-quoted strings in `text`, read as JSON reads them. A
 * line end closes a string: JSON strings hold none, so the text there is broken anyway.
 */
function jsonStrings(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    const open = at;
    for (at++; at < text.length && text[at] !== '"' && text[at] !== '\n'; at++) if (text[at] === '\\') at++;
    ranges.push([open, at]);
  }
  return ranges;
}

/** The German sentence for an editor: what the CMS inserted, where first, and what to do. */
export function cmsDamageMessage({ kinds, found, line, column }: CmsDamage): string {
  const what = kinds.map((kind) => KINDS[kind]).join(' und ');
  return (
    `Das CMS hat ${what} in die Daten eingefügt, zuerst in Zeile ${line}, Zeichen ${column} („${found}“). ` +
    'Bitte den Feed in einen Block „Individuelles HTML“ setzen (in anderen CMS: in ein HTML-Element, das der Editor nicht umformatiert) und den Beitrag nicht in Blöcke umwandeln.'
  );
}

/** The message for `text` that failed to parse, or `undefined` when no CMS inserted anything. */
export function describeCmsDamage(text: string): string | undefined {
  const damage = findCmsDamage(text);
  return damage && cmsDamageMessage(damage);
}
