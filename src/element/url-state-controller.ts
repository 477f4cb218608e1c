/**
 * A widget's view in the page address (`url-state`, `element/url-state.ts`), for every widget: the
 * group's pinned date, and on the map also its layers and chosen place.
 *
 * Read once, as soon as the widget is on the page: the date pins the group at once, before any
 * widget has its feed, so no member first shows "Heute" and then jumps; the map's own part (layers,
 * place) waits until the map is drawn, since only then can a place be found. Written back, replacing
 * the history entry, whenever what this widget carries changes, and only its own fields: a chart
 * with `url-state` writes the date, a map in the same group its layers and place, and neither drops
 * the other's. Without `url-state` the address is never read nor touched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartialDate } from '../feed/types.js';
import type { Lang } from '../i18n/strings.js';
import { hasUrlState, parseUrlState, serializeUrlState, URL_STATE_KEY, writeUrlState, type UrlState } from './url-state.js';

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
  /** What the address said when it was read; `undefined` until then. */
  private linked?: UrlState;
  private viewApplied = false;
  /** This widget's fields as last read or written: the address changes only when they differ. */
  private written?: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly widget: UrlStateHost,
  ) {
    host.addController(this);
  }

  /** On the page (the group joined just before): the date of a link counts from the first render. */
  hostConnected(): void {
    this.readOnce();
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  /**
   * A link within the page (`<a href="#asskomm=datum:2020">` in an article's text) was followed:
   * the widgets show its view. Our own writes replace the address without this event.
   */
  private readonly follow = (): void => {
    if (!this.linked || !hasUrlState(location.hash)) return;
    this.read();
    if (this.viewApplied) this.widget.view()?.apply(this.linked);
    this.written = this.key();
  };

  hostUpdated(): void {
    // An update scheduled before the widget left the page still runs: outside its group it would
    // take the date out of the address.
    if (!this.host.isConnected) return;
    // `url-state` set after the widget was put on the page is read now.
    if (!this.readOnce()) return;
    const view = this.widget.view();
    if (view && !this.viewApplied && view.ready()) {
      const dateUnchanged = this.key() === this.written;
      this.viewApplied = true;
      view.apply(this.linked!);
      // The layers and place just shown came from the address: nothing to write, unless the
      // group's date changed while the map waited for its geometry.
      if (dateUnchanged) this.written = this.key();
    }
    const key = this.key();
    if (key === undefined || key === this.written) return;
    this.written = key;
    // The fields of other widgets (a map's layers beside a chart's date) stay as they are.
    writeUrlState({ ...parseUrlState(location.hash).state, ...this.owned() });
  }

  /** Reads the address once; `false` without `url-state`. */
  private readOnce(): boolean {
    if (!this.widget.enabled()) return false;
    if (this.linked) return true;
    this.read();
    // What was read is already in the address (perhaps spelled otherwise): no write for it.
    this.written = this.key();
    return true;
  }

  /** Reads the address and shows its date; a link without one shows "Heute" (on a first read: nothing to change). */
  private read(): void {
    const { state, hints } = parseUrlState(location.hash);
    // The texts come only for a wrong address, so they are a file of their own, never loaded otherwise.
    if (hints.length)
      void import('../i18n/url-state.js').then(({ urlStateHintText }) => {
        for (const hint of hints) this.widget.hint(urlStateHintText(hint, this.widget.lang(), URL_STATE_KEY));
      });
    if (state.date !== undefined || this.linked) this.widget.showDate(state.date);
    this.linked = state;
  }

  /** The fields this widget writes, with their values now; `undefined` while its view moves. */
  private owned(): UrlState | undefined {
    const date = this.widget.date();
    const view = this.viewApplied ? this.widget.view()?.current() : {};
    return view && { ...view, date };
  }

  private key(): string | undefined {
    const owned = this.owned();
    return owned && serializeUrlState(owned);
  }
}
