/**
 * Matching what a visitor types in "Gemeinde suchen" against place names: case, accents and
 * the usual spellings without umlauts ("Goerlitz", "Grossenhain") do not matter; names that
 * start with the text come first.
 */
import { byCodeUnits } from '../util/compare.js';
import { memoize } from '../util/memo.js';

export interface Searchable {
  key: string;
  name: string;
}

/** Lower case, umlauts and ß spelled out the way people type them without a German keyboard. */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Made on first search: the page's first Intl object loads ICU's data, which no first paint should wait for.
const collator = memoize(() => new Intl.Collator('de', { sensitivity: 'base' }));

/** Up to `limit` places whose name matches `query`: prefix, then word start, then anywhere. */
export function searchPlaces<T extends Searchable>(places: readonly T[], query: string, limit = 8): T[] {
  const q = normalizeName(query);
  if (!q) return [];
  const ranked: { place: T; rank: number }[] = [];
  for (const place of places) {
    const name = normalizeName(place.name);
    const at = name.indexOf(q);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : name[at - 1] === ' ' ? 1 : 2;
    ranked.push({ place, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || collator().compare(a.place.name, b.place.name) || byCodeUnits(a.place.key, b.place.key));
  return ranked.slice(0, limit).map((entry) => entry.place);
}
