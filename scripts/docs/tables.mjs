// The README's API reference, written from the custom-elements manifest: per widget its
// summary and tables of attributes, slot, events, CSS custom properties and parts.
import { elementsOf } from './manifest.mjs';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** A table cell on one line; `|` would end the cell, even inside backticks. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${text.replace(/\|/g, '\\|')}\``;

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

function section(title, lines) {
  return lines.length ? [`**${title}**`, '', ...lines] : [];
}

/** Markdown for one element of the manifest. */
export function elementReference({ tagName, declaration, module }) {
  const attributes = declaration.attributes ?? [];
  const slots = declaration.slots ?? [];
  const events = declaration.events ?? [];
  const properties = declaration.cssProperties ?? [];
  const parts = declaration.cssParts ?? [];
  return [
    `### \`<${tagName}>\``,
    '',
    cell(declaration.summary),
    '',
    ...(declaration.description
      ? [
          ...declaration.description
            .split('\n\n')
            .map(cell)
            .flatMap((p) => [p, '']),
        ]
      : []),
    ...section(
      'Attribute',
      table(
        ['Attribut · Datenform', 'Werte', 'Standard', 'Beschreibung'],
        attributes.map((a) => [
          `${code(a.name)} · ${code(`data-${a.name}`)}`,
          a.type ? code(a.type.text) : '',
          a.default === undefined ? '–' : code(a.default),
          cell(a.description),
        ]),
      ),
    ),
    ...section(
      'Inhalt (Slot)',
      table(
        ['Slot', 'Beschreibung'],
        slots.map((s) => [s.name ? code(s.name) : '(Inhalt des Elements)', cell(s.description)]),
      ),
    ),
    ...section(
      'Ereignisse',
      table(
        ['Ereignis', 'Typ', 'Beschreibung'],
        events.map((e) => [code(e.name), e.type ? code(e.type.text) : '', cell(e.description)]),
      ),
    ),
    ...section(
      'CSS-Eigenschaften',
      table(
        ['Eigenschaft', 'Standard', 'Beschreibung'],
        properties.map((p) => [code(p.name), p.default === undefined ? '–' : code(p.default), cell(p.description)]),
      ),
    ),
    ...section(
      'Parts (`::part(…)`)',
      table(
        ['Part', 'Beschreibung'],
        parts.map((p) => [code(p.name), cell(p.description)]),
      ),
    ),
    `Quelle: [\`${module}\`](${module})`,
    '',
  ].join('\n');
}

/**
 * How the data form (`src/loader/data-form.ts`) maps onto the tables: every attribute with `data-`
 * before it, the widget named by `data-asskomm` without the `asskomm-` prefix.
 */
export const DATA_FORM_NOTE = [
  'Jedes Attribut gibt es in zwei Formen: in der Elementform steht es am Element (`<asskomm-status-map layers="kpr">`),',
  'in der [Datenform](#wenn-das-cms-eigene-elemente-entfernt-die-datenform) mit `data-` davor an einem gewöhnlichen `div`,',
  'das mit `data-asskomm` das Widget nennt – der Tag-Name ohne `asskomm-`',
  '(`<div data-asskomm="status-map" data-layers="kpr">`). Werte und Standard sind in beiden Formen gleich;',
  'boolesche Attribute stehen in beiden Formen ohne Wert (`timeline`, `data-timeline`).',
].join(' ');

/** Everything between the markers, the markers included. */
export function apiReference(manifest) {
  const body = elementsOf(manifest).map(elementReference).join('\n');
  return [
    START,
    '<!-- Erzeugt von `npm run docs` aus custom-elements.json (JSDoc der Widget-Klassen); nicht von Hand ändern. -->',
    '',
    DATA_FORM_NOTE,
    '',
    body.trimEnd(),
    '',
    END,
  ].join('\n');
}

/** `text` with everything from `start` to `end` (a generated block with its markers) replaced. */
export function replaceBlock(text, start, end, block) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: die Marker ${start} und ${end} fehlen`);
  return text.slice(0, from) + block + text.slice(to + end.length);
}

/** The README with its API reference replaced; throws if the markers are missing. */
export function withApiReference(readme, manifest) {
  return replaceBlock(readme, START, END, apiReference(manifest));
}

/**
 * Attributes that no example in the README uses: every attribute gets at least one
 * `<tag … name="…">` in a code block outside the generated reference; a boolean attribute may
 * also stand bare (`<tag … timeline>`), as HTML writes it.
 */
export function attributesWithoutExample(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const prose = start >= 0 && end > start ? readme.slice(0, start) + readme.slice(end + END.length) : readme;
  const blocks = [...prose.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
  const missing = [];
  for (const { tagName, declaration } of elementsOf(manifest)) {
    const tags = blocks.flatMap((block) => [...block.matchAll(new RegExp(`<${tagName}\\b[^>]*>`, 'g'))].map((m) => m[0]));
    for (const attribute of declaration.attributes ?? []) {
      const used = new RegExp(attribute.type?.text === 'boolean' ? `\\s${attribute.name}(="|[\\s/>])` : `\\s${attribute.name}="`);
      if (!tags.some((tag) => used.test(tag))) missing.push(`<${tagName} ${attribute.name}>`);
    }
  }
  return missing;
}
