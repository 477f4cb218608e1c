/**
 * The editor's German hint for an inline feed a CMS damaged. `load.ts` loads this file, with the
 * diagnosis it passes on, only after an inline feed failed to parse, so no page pays for either:
 * one import keeps the two in one chunk (a chunk this small on its own is merged into the
 * widgets' shared chunk by the build's minimum chunk size).
 */
import type { CmsDamage, CmsDamageKind } from '../feed/cms-damage.js';

export { findCmsDamage } from '../feed/cms-damage.js';

/** What an editor inserted into an inline feed, in the words of `cmsDamageHint`. */
const CMS_DAMAGE_KINDS: Record<CmsDamageKind, string> = {
  paragraph: 'Absätze (<p>)',
  'line-break': 'Zeilenumbrüche (<br>)',
  entity: 'HTML-Entitäten (&…;)',
  quote: 'typografische Anführungszeichen (statt ")',
  invisible: 'geschützte Leerzeichen und unsichtbare Zeichen',
};

/**
 * What was found, as quoted, cut at 30 characters: a character nobody sees is named by its code
 * (U+00A0). No import of `strings.ts`'s `clip`: that would tie this lazy chunk to the widgets' chunks.
 */
function shownInsertion(found: string): string {
  return /^[\u00a0\u200b\ufeff]$/.test(found)
    ? `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    : found.length > 30
      ? `${found.slice(0, 30)}…`
      : found;
}

/** An inline feed that is no JSON because an editor inserted markup into it. */
export const cmsDamageHint = ({ kinds, found, line, column }: CmsDamage): string =>
  `Das CMS hat ${kinds.map((kind) => CMS_DAMAGE_KINDS[kind]).join(' und ')} in die Daten eingefügt, ` +
  `erstmals „${shownInsertion(found)}“ in Zeile ${line} der Daten, Zeichen ${column}. ` +
  'Bitte die Daten (das <script type="application/json">) in einen HTML-Baustein setzen ' +
  '(WordPress: Block „Individuelles HTML“; TYPO3: Inhaltselement „Reines HTML“) und den Beitrag nicht in Blöcke umwandeln.';
