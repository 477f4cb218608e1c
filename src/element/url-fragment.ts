/**
 * The smallest part of the view state in the page address (`#asskomm=…`, `url-state.ts`): finding
 * our part among the page's own and reading the date in it. Every widget with `url-state` carries
 * this, so a link's date pins its group the moment the widget is on the page; the rest (layers,
 * place, hints, writing) is loaded only where `url-state` is set.
 */
import { isPartialDate } from '../feed/schema.js';
import type { PartialDate } from '../feed/types.js';

/** The name of our part of the fragment. */
export const URL_STATE_KEY = 'asskomm';

/** The parts of a fragment (`location.hash`, with or without `#`) joined by `&`, each as written. */
export function fragmentParts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** Whether `part` (of `fragmentParts`) is ours: `asskomm=…`. */
export function isOurs(part: string, key = URL_STATE_KEY): boolean {
  return part.startsWith(`${key}=`);
}

/** Whether `hash` has our part at all (a page's own `#anker` alone does not). */
export function hasUrlState(hash: string, key = URL_STATE_KEY): boolean {
  return fragmentParts(hash).some((part) => isOurs(part, key));
}

/**
 * The `;`-separated entries of our first part's value, percent-decoded (a mail program may have
 * encoded `;`, `:` and `,`). When the whole value cannot be decoded, each entry is tried on its
 * own; those that cannot be are `unreadable`.
 */
export function ourEntries(hash: string, key = URL_STATE_KEY): { entries: string[]; unreadable: string[] } {
  const entries: string[] = [];
  const unreadable: string[] = [];
  const value =
    fragmentParts(hash)
      .find((part) => isOurs(part, key))
      ?.slice(key.length + 1) ?? '';
  const whole = decode(value);
  for (const part of (whole ?? value).split(';')) {
    const entry = whole !== undefined ? part : decode(part);
    if (entry === undefined) unreadable.push(part);
    else if (entry.trim() !== '') entries.push(entry);
  }
  return { entries, unreadable };
}

/** An entry's field name (lower case, as the address may be typed) and value; the name is '' without a colon. */
export function splitEntry(entry: string): { name: string; value: string } {
  const colon = entry.indexOf(':');
  return colon < 0 ? { name: '', value: entry } : { name: entry.slice(0, colon).trim().toLowerCase(), value: entry.slice(colon + 1) };
}

/** The date a link carries (its first `datum`), if it is one. */
export function linkedDateIn(hash: string, key = URL_STATE_KEY): PartialDate | undefined {
  const datum = ourEntries(hash, key)
    .entries.map(splitEntry)
    .find(({ name }) => name === 'datum')?.value;
  return datum !== undefined && isPartialDate(datum) ? datum : undefined;
}

/** What the page's claim on the address holds (shared by every copy of the library, as the date groups are). */
interface AddressClaim {
  group: string;
  holders: number;
}

const ADDRESS_CLAIM = Symbol.for('asskomm-widgets.url-state-claim.v1');

/**
 * Claims the address for the widget's `group` ('' for a map outside a group): one `#asskomm=` part
 * holds one date, so while widgets of one group keep their view there, `url-state` in another group
 * is left out. Returns the group that holds the address: `group` itself when the claim succeeded.
 * Each successful claim is given back with `releaseAddress` when its widget leaves the page.
 */
export function claimAddress(group: string): string {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const claim = store[ADDRESS_CLAIM] as Partial<AddressClaim> | undefined;
  if (typeof claim?.group !== 'string' || typeof claim.holders !== 'number' || claim.holders <= 0) {
    store[ADDRESS_CLAIM] = { group, holders: 1 } satisfies AddressClaim;
    return group;
  }
  if (claim.group === group) claim.holders += 1;
  return claim.group;
}

/** Gives back a claim of `group` (its widget left the page); the last one frees the address for any group. */
export function releaseAddress(group: string): void {
  const claim = (globalThis as unknown as Record<symbol, Partial<AddressClaim> | undefined>)[ADDRESS_CLAIM];
  if (claim?.group === group && typeof claim.holders === 'number' && claim.holders > 0) claim.holders -= 1;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
