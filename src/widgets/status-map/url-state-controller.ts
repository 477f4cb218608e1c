/**
 * The map's view in the page address (`url-state`, `element/url-state.ts`): read once when the map
 * is first drawn, so a link reproduces the view, and written back (replacing the history entry)
 * whenever the view a link would carry changes. Never while the timeline plays: the address
 * follows once playing stops. Without `url-state` the address is never read nor touched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseUrlState, serializeUrlState, URL_STATE_KEY, writeUrlState, type UrlState } from '../../element/url-state.js';
import { urlStateHintText } from '../../i18n/url-state.js';
import type { Lang } from '../../i18n/strings.js';

export interface UrlStateHost {
  /** Whether the map has `url-state`. */
  enabled(): boolean;
  /** Whether the map is drawn (feed and geometry there): only then can a place be found. */
  ready(): boolean;
  /** Shows `state` (read from the address). */
  apply(state: UrlState): void;
  /** The view a link carries now; `undefined` while it moves (the timeline plays). */
  current(): UrlState | undefined;
  /** Says `text` in the console (an editor hint, never a box in the widget). */
  hint(text: string): void;
  /** The language of the hints. */
  lang(): Lang;
}

export class MapUrlState implements ReactiveController {
  private read = false;
  /** The view last read or written; the address changes only when the view differs from it. */
  private written?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly map: UrlStateHost,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.map.enabled() || !this.map.ready()) return;
    if (!this.read) {
      this.read = true;
      const { state, hints } = parseUrlState(location.hash);
      for (const hint of hints) this.map.hint(urlStateHintText(hint, this.map.lang(), URL_STATE_KEY));
      this.map.apply(state);
      // What was read is already in the address (perhaps spelled otherwise): no write for it.
      this.written = this.serialized();
      return;
    }
    const now = this.serialized();
    if (now === undefined || now === this.written) return;
    this.written = now;
    writeUrlState(this.map.current()!);
  }

  private serialized(): string | undefined {
    const state = this.map.current();
    return state && serializeUrlState(state);
  }
}
