/**
 * A group's view in the page address, so that a link reproduces it: one readable part of the
 * fragment, `#asskomm=datum:2021-11;ebenen:kpr,agreement;gemeinde:14626610`. Everything else in
 * the fragment (the page's own `#anker`, other parts joined by `&`) is kept as it is.
 *
 * Reading never fails: unknown keys and malformed values are left out and returned as hints
 * (`i18n/url-state.ts`) for the console. Writing replaces the current history entry, and only when
 * the address changes, so the back button still leaves the page instead of stepping through dates.
 * Finding our part and its date is `url-fragment.ts`, which every widget with `url-state` carries;
 * this file is loaded only where `url-state` is set.
 */
import { isPartialDate, LAYER_IDS, PLACE_KEY } from '../feed/schema.js';
import type { LayerId, PartialDate } from '../feed/types.js';
import type { UrlStateField, UrlStateHint } from '../i18n/url-state.js';
import { fragmentParts, isOurs, ourEntries, splitEntry, URL_STATE_KEY } from './url-fragment.js';

/** The view a link carries; a field left out means "as the widget would show it anyway". */
export interface UrlState {
  /** The group's pinned date. */
  date?: PartialDate;
  /** The map's shown layers, in this order; empty: none shown. */
  layers?: LayerId[];
  /** The selected place: an 8-digit Gemeinde key (or a 5-digit Kreis key). */
  place?: string;
}

const LAYERS: ReadonlySet<string> = new Set(LAYER_IDS);

/** The state in `hash` (`location.hash`, with or without `#`), and what in it was not used. */
export function parseUrlState(hash: string, key = URL_STATE_KEY): { state: UrlState; hints: UrlStateHint[] } {
  const state: UrlState = {};
  const hints: UrlStateHint[] = [];
  if (fragmentParts(hash).filter((part) => isOurs(part, key)).length > 1) hints.push({ kind: 'repeated', name: key });
  const { entries, unreadable } = ourEntries(hash, key);
  for (const text of unreadable) hints.push({ kind: 'unreadable', text });

  const seen = new Set<string>();
  for (const entry of entries) {
    const { name, value } = splitEntry(entry);
    if (!isField(name)) {
      hints.push({ kind: 'unknown', entry });
      continue;
    }
    if (seen.has(name)) {
      hints.push({ kind: 'repeated', name });
      continue;
    }
    seen.add(name);
    const malformed = (bad: string): void => {
      hints.push({ kind: 'malformed', field: name, value: bad });
    };
    if (name === 'datum') {
      if (isPartialDate(value)) state.date = value;
      else malformed(value);
    } else if (name === 'gemeinde') {
      if (PLACE_KEY.test(value)) state.place = value;
      else malformed(value);
    } else {
      const ids = value === '' ? [] : value.split(',');
      const known = ids.filter((id): id is LayerId => LAYERS.has(id));
      ids.filter((id) => !LAYERS.has(id)).forEach(malformed);
      // A list of nothing but unknown ids says nothing: the widget's own layers stay.
      if (known.length || !ids.length) state.layers = [...new Set(known)];
    }
  }
  return { state, hints };
}

/** Our part's value, without the key: `datum:2021-11;ebenen:kpr,agreement;gemeinde:14626610`; '' for an empty state. */
export function serializeUrlState(state: UrlState): string {
  const entries: string[] = [];
  if (state.date !== undefined) entries.push(`datum:${state.date}`);
  if (state.layers !== undefined) entries.push(`ebenen:${state.layers.join(',')}`);
  if (state.place !== undefined) entries.push(`gemeinde:${state.place}`);
  return entries.join(';');
}

/**
 * `hash` with our part set to `state`: in its place if there was one, else after the rest; left
 * out for an empty state. Returns `#…`, or '' when nothing is left.
 */
export function fragmentWithState(hash: string, state: UrlState, key = URL_STATE_KEY): string {
  const parts = fragmentParts(hash);
  const value = serializeUrlState(state);
  const at = parts.findIndex((part) => isOurs(part, key));
  const others = parts.filter((part) => !isOurs(part, key));
  if (value !== '') others.splice(at < 0 ? others.length : at, 0, `${key}=${value}`);
  return others.length ? `#${others.join('&')}` : '';
}

/** What `writeUrlState` did. */
export type UrlWrite = 'unchanged' | 'written' | 'failed';

/**
 * Puts `state` into the page's address with `history.replaceState` (no new history entry, no
 * `hashchange`, no scrolling), only when the address changes. A page that forbids it (a sandbox,
 * a router that replaced `history`) gets `'failed'`, never an exception.
 */
export function writeUrlState(state: UrlState, key = URL_STATE_KEY, page: Pick<Window, 'location' | 'history'> = window): UrlWrite {
  const current = page.location.hash;
  const next = fragmentWithState(current, state, key);
  if (next === current) return 'unchanged';
  try {
    // Absolute, so that a page's <base href> cannot send it elsewhere; the history entry's own state stays.
    page.history.replaceState(page.history.state, '', `${page.location.href.replace(/#.*$/s, '')}${next}`);
    return 'written';
  } catch {
    return 'failed';
  }
}

function isField(name: string): name is UrlStateField {
  return name === 'datum' || name === 'ebenen' || name === 'gemeinde';
}
