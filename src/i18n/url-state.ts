/**
 * Console hints about the view state in the page address (`#asskomm=…`, `element/url-state.ts`),
 * in German and English. Small enough to keep both here: they are written only when an address is
 * wrong, and never shown inside a widget.
 */
import { LAYER_IDS } from '../feed/schema.js';
import { clip, type Lang } from './strings.js';

/** The readable keys of the state, as they appear in the address. */
export type UrlStateField = 'datum' | 'ebenen' | 'gemeinde';

/** Something in the address that was not used; the rest of the state still is. */
export type UrlStateHint =
  /** An entry whose key is not one of ours (`farbe:rot`, or no `key:` at all). */
  | { kind: 'unknown'; entry: string }
  /** A value that is not a date, a layer id or a place key. */
  | { kind: 'malformed'; field: UrlStateField; value: string }
  /** A key (or the whole `asskomm=` part) given again: the first one counts. */
  | { kind: 'repeated'; name: string }
  /** Text that is not valid percent-encoding. */
  | { kind: 'unreadable'; text: string };

const ALLOWED: Record<UrlStateField, Record<Lang, string>> = {
  datum: { de: 'JJJJ, JJJJ-MM oder JJJJ-MM-TT', en: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  ebenen: { de: LAYER_IDS.join(', '), en: LAYER_IDS.join(', ') },
  gemeinde: {
    de: 'ein sächsischer Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern)',
    en: 'a Saxon municipality key (8 digits) or district key (5 digits)',
  },
};

/** The hint in words, naming the address part `key` (`asskomm`). */
export function urlStateHintText(hint: UrlStateHint, lang: Lang, key: string): string {
  const where = lang === 'de' ? `In der Adresse (#${key}=…)` : `In the address (#${key}=…)`;
  switch (hint.kind) {
    case 'unknown':
      return lang === 'de'
        ? `${where} ist „${clip(hint.entry)}“ unbekannt und wird übergangen; bekannt sind datum, ebenen und gemeinde.`
        : `${where}, "${clip(hint.entry)}" is unknown and ignored; known are datum, ebenen and gemeinde.`;
    case 'malformed':
      return lang === 'de'
        ? `${where} passt „${clip(hint.value)}“ nicht zu ${hint.field} (erlaubt: ${ALLOWED[hint.field].de}) und wird übergangen.`
        : `${where}, "${clip(hint.value)}" does not fit ${hint.field} (allowed: ${ALLOWED[hint.field].en}) and is ignored.`;
    case 'repeated':
      return lang === 'de'
        ? `${where} steht „${hint.name}“ mehrfach; es gilt das erste.`
        : `${where}, "${hint.name}" is given more than once; the first one counts.`;
    case 'unreadable':
      return lang === 'de'
        ? `${where} ist „${clip(hint.text)}“ nicht lesbar (fehlerhafte %-Kodierung) und wird übergangen.`
        : `${where}, "${clip(hint.text)}" cannot be read (broken percent-encoding) and is ignored.`;
  }
}
