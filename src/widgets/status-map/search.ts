/**
 * "Gemeinde suchen": an ARIA 1.2 combobox (input + listbox popup). Typing suggests places,
 * arrow keys move through the suggestions, Enter chooses (the first one when none is marked),
 * Escape closes the list and then clears the field.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { searchPlaces } from '../../geo/search.js';
import type { StatusMapStrings } from '../../i18n/status-map.js';
import { districtLabel } from './describe.js';

export interface SearchEntry {
  key: string;
  name: string;
  /** Shown beside the name of a Gemeinde: two Gemeinden are called Bernsdorf. */
  districtName: string;
  /** A Kreis-level entry is named as such beside its name. */
  level: 'municipality' | 'district';
}

export interface SearchOptions {
  entries(): readonly SearchEntry[];
  /** A suggestion was chosen; `input` is the field, where focus returns after the details. */
  choose(key: string, input: HTMLInputElement): void;
}

export const SEARCH_INPUT_ID = 'search-input';
const LIST_ID = 'search-list';

/** The search field's state; it asks the host to re-render and needs no lifecycle of its own. */
export class MapSearch {
  query = '';
  open = false;
  active = -1;
  results: SearchEntry[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchOptions,
  ) {}

  private update(query: string, open: boolean): void {
    this.query = query;
    this.results = searchPlaces(this.options.entries(), query);
    this.open = open && query.trim().length > 0;
    this.active = -1;
    this.host.requestUpdate();
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private pick(index: number, input: HTMLInputElement): void {
    const entry = this.results[index];
    if (!entry) return;
    this.query = entry.name;
    input.value = entry.name;
    this.close();
    this.options.choose(entry.key, input);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    const n = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.update(input.value, true);
        if (this.results.length) this.active = event.altKey ? -1 : (this.active + 1) % this.results.length;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.open && n) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter':
        if (!this.query.trim()) return;
        event.preventDefault();
        if (!this.open) this.update(input.value, false);
        this.pick(this.active >= 0 ? this.active : 0, input);
        return;
      case 'Escape':
        if (this.open) this.close();
        else if (input.value) this.update('', false);
        else return;
        event.preventDefault();
        event.stopPropagation();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  }

  /** `disabled` while the map loads: the same box, so nothing moves when it is ready. */
  render(s: StatusMapStrings, disabled = false): TemplateResult {
    const expanded = this.open && this.results.length > 0;
    return html`<div class="search" part="search">
      <label for=${SEARCH_INPUT_ID}>${s.searchLabel}</label>
      <div class="combo">
        <input
          id=${SEARCH_INPUT_ID}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls=${LIST_ID}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? `search-option-${this.active}` : undefined)}
          placeholder=${s.searchPlaceholder}
          ?disabled=${disabled}
          .value=${live(this.query)}
          @input=${(event: InputEvent) => this.update((event.target as HTMLInputElement).value, true)}
          @keydown=${(event: KeyboardEvent) => this.onKeyDown(event)}
          @blur=${() => this.open && this.close()}
        />
        <ul id=${LIST_ID} role="listbox" aria-label=${s.searchLabel} class="suggestions" ?hidden=${!expanded}>
          ${this.results.map(
            (entry, index) =>
              html`<li
                id=${`search-option-${index}`}
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                @pointerdown=${(event: PointerEvent) => event.preventDefault()}
                @click=${(event: MouseEvent) => {
                  const input = (event.currentTarget as HTMLElement).closest('.combo')?.querySelector('input');
                  if (input) this.pick(index, input);
                }}
              >
                ${entry.name} <span class="suggestion-district">${districtLabel(entry, s)}</span>
              </li>`,
          )}
        </ul>
        ${this.open && !this.results.length ? html`<p class="no-result">${s.searchNoResult}</p>` : nothing}
      </div>
      <div class="visually-hidden" role="status">
        ${this.open ? (this.results.length ? s.searchResults(this.results.length) : s.searchNoResult) : ''}
      </div>
    </div>`;
  }
}
