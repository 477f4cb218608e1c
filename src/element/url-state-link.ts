/**
 * The part of `url-state` that is loaded only where the attribute is set (`url-state-controller.ts`
 * pins a link's date before it arrives): the hints about a wrong address, the map's layers and
 * place, writing the view back, and following links within the page.
 *
 * Written back, replacing the history entry, whenever what this widget carries changes, and only
 * its own fields: a chart with `url-state` writes the date, a map in the same group its layers and
 * place, and neither drops the other's.
 */
import type { PartialDate } from '../feed/types.js';
import { hasUrlState, URL_STATE_KEY } from './url-fragment.js';
import type { UrlStateHost } from './url-state-controller.js';
import { parseUrlState, serializeUrlState, writeUrlState, type UrlState } from './url-state.js';

export class UrlStateLink {
  /** What the address said when it was last read. */
  private linked: UrlState;
  private viewApplied = false;
  /** This widget's fields as last read or written: the address changes only when they differ. */
  private written?: string;

  /** `readDate`: the date the widget already showed from the address, before this part arrived. */
  constructor(
    private readonly widget: UrlStateHost,
    readDate: PartialDate | undefined,
  ) {
    this.linked = this.read().state;
    // What the address says is not written again; a date that changed since it was read is.
    this.written = serializeUrlState({ date: readDate });
  }

  connect(): void {
    window.addEventListener('hashchange', this.follow);
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  /** After each update of the widget on the page: the map's part once it is drawn, then what changed. */
  update(): void {
    const view = this.widget.view();
    if (view && !this.viewApplied && view.ready()) {
      const dateUnchanged = this.key() === this.written;
      this.viewApplied = true;
      view.apply(this.linked);
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

  /**
   * A link within the page (`<a href="#asskomm=datum:2020">` in an article's text) was followed:
   * the widgets show its view; one without a date shows "Heute". Our own writes replace the address
   * without this event.
   */
  private readonly follow = (): void => {
    // A link to the page's own anchor (`#kapitel-3`) took our part out: it goes back in, so the
    // address still reproduces the view.
    if (!hasUrlState(location.hash)) {
      this.written = undefined;
      this.update();
      return;
    }
    const { state, malformedDate } = this.read();
    this.linked = state;
    // A date that is wrong in the link is ignored (with its hint), not taken for "Heute".
    if (!malformedDate) this.widget.showDate(state.date);
    if (this.viewApplied) this.widget.view()?.apply(state);
    this.written = this.key();
  };

  /** The state in the address; what is wrong in it goes to the console. */
  private read(): { state: UrlState; malformedDate: boolean } {
    const { state, hints } = parseUrlState(location.hash);
    // The texts come only for a wrong address, so they are a file of their own, never loaded otherwise.
    if (hints.length)
      import('../i18n/url-state.js').then(
        ({ urlStateHintText }) => {
          for (const hint of hints) this.widget.hint(urlStateHintText(hint, this.widget.lang(), URL_STATE_KEY));
        },
        () =>
          this.widget.hint(`url-state: Die Adresse enthält ${hints.length} unbekannte oder fehlerhafte Angaben; sie werden übergangen.`),
      );
    return { state, malformedDate: hints.some((hint) => hint.kind === 'malformed' && hint.field === 'datum') };
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
