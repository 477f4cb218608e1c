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
import { claimAddress, linkedDateIn, releaseAddress } from './url-fragment.js';
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
  /** The widget's group ('' outside a group): one group per page keeps its view in the address. */
  group(): string;
  /** The map's layers and place; `undefined` for the other widgets, which carry the date only. */
  view(): UrlViewPart | undefined;
  /** Says `text` in the console (an editor hint, never a box in the widget). */
  hint(text: string): void;
  /** The language of the hints. */
  lang(): Lang;
}

export class UrlStateController implements ReactiveController {
  private started = false;
  /** The group this widget claimed the address for, while it is on the page. */
  private claimed?: string;
  /** The other group that holds the address, when this widget's could not claim it. */
  blockedBy?: string;
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
    if (!this.started) {
      this.start();
      return;
    }
    // Back on the page (moved by a script, a CMS re-rendering): its group may have been dropped
    // meanwhile and come back without a date, so the address's date is shown again.
    if (!this.claim()) return;
    const date = linkedDateIn(location.hash);
    if (date !== undefined && this.widget.date() === undefined) this.widget.showDate(date);
    this.link?.connect();
  }

  hostDisconnected(): void {
    this.link?.disconnect();
    if (this.claimed !== undefined) releaseAddress(this.claimed);
    this.claimed = undefined;
  }

  hostUpdated(): void {
    // An update scheduled before the widget left the page still runs: outside its group it would
    // take the date out of the address.
    if (!this.host.isConnected) return;
    // `url-state` set after the widget was put on the page is read now.
    this.start();
    if (this.claimed !== undefined) this.link?.update();
  }

  /** Claims the address for the widget's group; `false` (and `blockedBy` set) when another group holds it. */
  private claim(): boolean {
    const group = this.widget.group();
    const holder = claimAddress(group);
    this.blockedBy = holder === group ? undefined : holder;
    this.claimed = holder === group ? group : undefined;
    return this.claimed !== undefined;
  }

  private start(): void {
    if (this.started || !this.widget.enabled()) return;
    this.started = true;
    if (!this.claim()) return;
    const date = linkedDateIn(location.hash);
    if (date !== undefined) this.widget.showDate(date);
    this.loading = import('./url-state-link.js').then(
      ({ UrlStateLink }) => {
        this.link = new UrlStateLink(this.widget, date);
        if (this.claimed === undefined || !this.host.isConnected) return;
        this.link.connect();
        this.host.requestUpdate();
      },
      () => this.widget.hint('url-state: Der Teil für die Adresse konnte nicht geladen werden; die Adresse bleibt unberührt.'),
    );
  }
}
