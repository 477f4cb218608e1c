/**
 * A widget's view in the page address (`url-state`, `element/url-state.ts`), for every widget: the
 * group's pinned date, and on the map also its layers and chosen place.
 *
 * The date is read as soon as the widget is on the page: it pins the group at once, before any
 * widget has its feed, so no member first shows "Heute" and then jumps. Everything else (hints
 * about a wrong address, the map's layers and place, writing the view back, links within the page)
 * is `url-state-link.ts`, loaded only by a widget with `url-state`: a page without it carries no
 * more than the date reader. Without `url-state` the address is never read nor touched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartialDate } from '../feed/types.js';
import type { Lang } from '../i18n/strings.js';
import type { UrlState } from './url-state.js';
import { linkedDateIn } from './url-fragment.js';
import type { UrlStateLink } from './url-state-link.js';

/** The map's own part of a link: its layers and chosen place. */
export interface UrlViewPart {
  /** Whether the map is drawn (feed and geometry there): only then can a place be found. */
  ready(): boolean;
  /** Shows the layers and place a link carried. */
  apply(state: UrlState): void;
  /** The layers and place a link carries now; `undefined` while the view moves (the timeline plays). */
  current(): UrlState | undefined;
}

export interface UrlStateHost {
  /** Whether the widget has `url-state`. */
  enabled(): boolean;
  /** Shows the date a link carried: pins the widget's group on it; `undefined` returns it to "Heute". */
  showDate(date: PartialDate | undefined): void;
  /** The date a link carries now (the group's pin); `undefined`: "Heute". */
  date(): PartialDate | undefined;
  /** The map's layers and place; `undefined` for the other widgets, which carry the date only. */
  view(): UrlViewPart | undefined;
  /** Says `text` in the console (an editor hint, never a box in the widget). */
  hint(text: string): void;
  /** The language of the hints. */
  lang(): Lang;
}

export class UrlStateController implements ReactiveController {
  private started = false;
  /** The rest of `url-state`, once loaded. */
  private link?: UrlStateLink;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly widget: UrlStateHost,
  ) {
    host.addController(this);
  }

  /** Resolves once the rest of `url-state` has loaded (or failed to); at once for a widget without it. */
  get settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** On the page (the group joined just before): the date of a link counts from the first render. */
  hostConnected(): void {
    this.start();
    this.link?.connect();
  }

  hostDisconnected(): void {
    this.link?.disconnect();
  }

  hostUpdated(): void {
    // An update scheduled before the widget left the page still runs: outside its group it would
    // take the date out of the address.
    if (!this.host.isConnected) return;
    // `url-state` set after the widget was put on the page is read now.
    this.start();
    this.link?.update();
  }

  private start(): void {
    if (this.started || !this.widget.enabled()) return;
    this.started = true;
    const date = linkedDateIn(location.hash);
    if (date !== undefined) this.widget.showDate(date);
    this.loading = import('./url-state-link.js').then(
      ({ UrlStateLink }) => {
        this.link = new UrlStateLink(this.widget, date);
        if (!this.host.isConnected) return;
        this.link.connect();
        this.host.requestUpdate();
      },
      (error: unknown) => this.widget.hint(`url-state: Die Ansicht in der Adresse ist nicht verfügbar (${String(error)}).`),
    );
  }
}
