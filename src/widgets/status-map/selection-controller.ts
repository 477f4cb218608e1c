/**
 * What a visitor points at and picks on the map: the place under the mouse (its tooltip), the
 * active option of the listbox (moved by the keyboard), the chosen place with its details dialog,
 * and where focus goes back when the dialog closes. It owns the frame's pointer, focus and key
 * handlers and the dialog's opening, closing and focus; the element only renders its state.
 *
 * The tooltip follows WCAG 1.4.13: Escape hides it without moving focus or pointer (until the
 * pointer reaches another place or the keyboard moves), and the pointer can move onto it. It sits
 * at the place's point; the pointer that crosses the gap from there (the tooltip's bridge) holds
 * it until it leaves the tooltip. Elsewhere the pointer passes through the tooltip to the map, so
 * it never hides the places below from the mouse.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { EscapeController } from '../../element/escape-controller.js';
import type { HeadingLevel } from '../../element/heading.js';
import type { MapSnapshot } from './derived.js';
import { DETAILS_TITLE_ID, renderDetails, tooltipStyle, type Size } from './details.js';
import { MapKeyboard, type KeyboardHost } from './keyboard.js';
import type { Navigation, PlaceView } from './map-data.js';
import type { MapZoom } from './zoom.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export interface SelectionOptions {
  /** What the map shows now; `undefined` until feed and geometry are there. */
  snapshot(): MapSnapshot | undefined;
  zoom: MapZoom;
  /** A place was chosen (click, Enter, search): the element tells the page. */
  selected(place: PlaceView): void;
}

/** The map's hover, keyboard, selection and details-dialog state; the host re-renders when it changes. */
export class MapSelection implements ReactiveController, KeyboardHost {
  /** The place under the mouse, or whose tooltip the mouse is over. */
  hoveredKey?: string;
  activeKey?: string;
  /** Escape hid the tooltip; the next place under the mouse or the next keyboard move shows it again. */
  tooltipDismissed = false;
  /** The pointer is on the tooltip, reached over its bridge: it keeps the tooltip's place. */
  tooltipHeld = false;
  /** The shown tooltip's size as measured after the last update: it is placed inside the map with it. */
  private tooltipSize: Size = { width: 0, height: 0 };
  /** Where the shown tooltip's place was last placed from: a new size renders again only if it moves the tooltip. */
  private tooltipAnchor?: [x: number, y: number, frame: Size];
  private tooltipObserver?: ResizeObserver;
  private observedTooltip?: Element;
  /** Whether the listbox has keyboard focus: the tooltip then shows at the active place. */
  keyboardFocus = false;
  /** The place whose details are open. */
  detailsKey?: string;
  /** The chosen place was zoomed to: it ends at the frame's centre (the zoom may still be moving). */
  private zoomedTo = false;
  /** The last key pressed in the details was Tab: the focus it moves may leave them (`onDialogFocusOut`). */
  private tabbing = false;
  /** Where focus goes back when the details close (the map, or the search field). */
  private returnFocus?: HTMLElement;
  /** The details the dialog showed after the last update: another place moves focus to its title. */
  private shownDetails?: string;
  private readonly keyboard = new MapKeyboard(this);

  constructor(
    private readonly host: Host,
    private readonly options: SelectionOptions,
  ) {
    host.addController(this);
    // Escape anywhere on the page hides the tooltip (the mouse's or the keyboard's), wherever focus is.
    new EscapeController(host, () => this.dismissTooltip());
  }

  get navigation(): Navigation | undefined {
    return this.options.snapshot()?.navigation;
  }

  get zoom(): MapZoom {
    return this.options.zoom;
  }

  get detailsOpen(): boolean {
    return this.detailsKey !== undefined;
  }

  /** Whether the active place is outlined: while the map has keyboard focus or its details are open. */
  get showActive(): boolean {
    return this.keyboardFocus || this.detailsOpen;
  }

  /** Hides the tooltip if one shows; `false` when there was none. Focus and pointer stay where they are. */
  dismissTooltip(): boolean {
    const showing = this.hoveredKey !== undefined || (this.keyboardFocus && this.activeKey !== undefined);
    if (!showing || this.tooltipDismissed) return false;
    this.tooltipDismissed = true;
    // The hidden tooltip hears no pointerleave: the next one starts unheld.
    this.tooltipHeld = false;
    this.host.requestUpdate();
    return true;
  }

  private view(key: string | undefined): PlaceView | undefined {
    return this.options.snapshot()?.view(key);
  }

  /** A place was chosen (click, Enter, search): mark it, open its details, tell the page. */
  choose(key: string, returnFocus: HTMLElement | undefined, zoomTo = false): void {
    const place = this.view(key);
    if (!place) return;
    this.activeKey = key;
    if (zoomTo) this.zoom.zoomToPlace(place);
    this.zoomedTo = zoomTo;
    this.returnFocus = returnFocus;
    this.detailsKey = key;
    // Focus moves into the panel; the map's keyboard tooltip goes with it.
    this.keyboardFocus = false;
    this.host.requestUpdate();
    this.options.selected(place);
  }

  /** Moves the keyboard focus on the map to `key` and keeps it in view. */
  activate(key: string): void {
    const place = this.view(key);
    if (!place) return;
    this.activeKey = key;
    this.keyboardFocus = true;
    this.tooltipDismissed = false;
    this.zoom.keepInView(place.point);
    this.host.requestUpdate();
  }

  /** Marks `place` as the active one and zooms to it (the details' "show on map", the `focus` attribute). */
  showOnMap(place: PlaceView): void {
    this.activeKey = place.key;
    this.zoom.zoomToPlace(place);
    this.host.requestUpdate();
  }

  /** Closes the details and puts focus back where it was before they opened (unless it went elsewhere itself). */
  closeDetails(restoreFocus = true): void {
    if (this.detailsKey === undefined) return;
    this.detailsKey = undefined;
    const target = this.returnFocus?.isConnected ? this.returnFocus : this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    this.returnFocus = undefined;
    this.host.requestUpdate();
    if (restoreFocus) void this.host.updateComplete.then(() => target?.focus());
  }

  private setHovered(key: string | undefined): void {
    if (key === this.hoveredKey) return;
    if (key !== undefined) this.tooltipDismissed = false;
    this.hoveredKey = key;
    this.tooltipHeld = false;
    this.host.requestUpdate();
  }

  /** Handlers of the focusable map frame (`frame.ts`). */
  readonly frameHandlers = {
    keydown: (event: KeyboardEvent): void => this.keyboard.onKeyDown(event),
    focus: (event: FocusEvent): void => {
      if (!(event.currentTarget as Element).matches(':focus-visible')) return;
      this.keyboardFocus = true;
      this.tooltipDismissed = false;
      this.activeKey ??= this.navigation?.ordered[0]?.key;
      this.host.requestUpdate();
    },
    blur: (): void => {
      if (!this.keyboardFocus) return;
      this.keyboardFocus = false;
      this.host.requestUpdate();
    },
    pointermove: (event: PointerEvent): void => {
      if (event.pointerType === 'touch') return;
      this.setHovered((event.target as Element).closest?.('[data-key]')?.getAttribute('data-key') ?? undefined);
    },
    // Onto the tooltip keeps it (it is hoverable); anywhere else ends the hover.
    pointerleave: (event: PointerEvent): void => {
      if (!(event.relatedTarget as Element | null)?.closest?.('.tooltip')) this.setHovered(undefined);
    },
    tooltipPointerenter: (): void => {
      this.tooltipHeld = true;
      this.host.requestUpdate();
    },
    tooltipPointerleave: (event: PointerEvent): void => {
      this.tooltipHeld = false;
      this.host.requestUpdate();
      // Back on the map, the next pointermove names the place under the pointer.
      if (!(event.relatedTarget as Element | null)?.closest?.('.viewport')) this.setHovered(undefined);
    },
    tooltipClick: (): void => {
      const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport') ?? undefined;
      const key = this.hoveredKey ?? (this.keyboardFocus ? this.activeKey : undefined);
      if (key) this.choose(key, viewport);
    },
    click: (event: MouseEvent): void => {
      const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
      if (key) this.choose(key, event.currentTarget as HTMLElement);
    },
  };

  private readonly onDialogKeyDown = (event: KeyboardEvent): void => {
    this.tabbing = event.key === 'Tab';
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeDetails();
  };

  /**
   * The sheet over the page (a narrow map, `panels.styles.ts`) closes when Tab moves focus out of
   * it: it would cover the control focus moved to (WCAG 2.4.11). Beside a wide map it stays, and so
   * does the sheet when the page or a click moves focus (what is clicked is not under the sheet).
   */
  private readonly onDialogFocusOut = (event: FocusEvent): void => {
    const tabbed = this.tabbing;
    this.tabbing = false;
    const dialog = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    if (tabbed && to && !dialog.contains(to) && getComputedStyle(dialog).position === 'fixed') this.closeDetails(false);
  };

  /** The frame's `placeTooltip`: the tooltip at `x`, `y` with its measured size. */
  readonly placeTooltip = (x: number, y: number, frame: Size): Record<string, string> => {
    this.tooltipAnchor = [x, y, frame];
    return tooltipStyle(x, y, frame, this.tooltipSize);
  };

  /**
   * Watches the shown tooltip's size (a ResizeObserver: no layout forced in between). A new size
   * that moves the tooltip (to the other side of its point, or off an edge of the frame) renders
   * once more before the browser paints; any other new size only is kept for the next tooltip, so
   * a newly hovered place renders the map once. Its size does not depend on where it stands
   * (`width: max-content`), so this settles at once. Without ResizeObserver the tooltip is placed
   * by its point alone.
   */
  private observeTooltip(): void {
    const tooltip = this.host.renderRoot.querySelector('.tooltip') ?? undefined;
    if (tooltip === this.observedTooltip || typeof ResizeObserver !== 'function') return;
    this.observedTooltip = tooltip;
    this.tooltipObserver ??= new ResizeObserver((entries) => {
      const [box] = entries[entries.length - 1]!.borderBoxSize;
      const size = { width: Math.ceil(box!.inlineSize), height: Math.ceil(box!.blockSize) };
      const anchor = this.tooltipAnchor;
      const moved = !anchor || JSON.stringify(tooltipStyle(...anchor, this.tooltipSize)) !== JSON.stringify(tooltipStyle(...anchor, size));
      this.tooltipSize = size;
      if (moved) this.host.requestUpdate();
    });
    this.tooltipObserver.disconnect();
    if (tooltip) this.tooltipObserver.observe(tooltip);
  }

  hostDisconnected(): void {
    this.tooltipObserver?.disconnect();
    this.observedTooltip = undefined;
  }

  /** The details dialog, empty while no place is chosen (it opens and takes focus after the update). */
  renderDialog(snapshot: MapSnapshot, titleLevel: HeadingLevel): TemplateResult {
    const place = snapshot.view(this.detailsKey);
    return html`<dialog
      class="details"
      part="details"
      aria-labelledby=${DETAILS_TITLE_ID}
      @keydown=${this.onDialogKeyDown}
      @focusout=${this.onDialogFocusOut}
    >
      ${
        place
          ? renderDetails({
              place,
              titleLevel,
              context: snapshot.context,
              close: () => this.closeDetails(),
              showOnMap: () => this.showOnMap(place),
            })
          : nothing
      }
    </dialog>`;
  }

  /**
   * The sheet of a phone (`panels.styles.ts`) covers the lower part of the screen: where it would
   * cover the chosen place, the page scrolls once to show the place in the middle of the room above it.
   */
  private keepPlaceAboveSheet(dialog: HTMLDialogElement): void {
    if (getComputedStyle(dialog).position !== 'fixed') return;
    const place = this.host.renderRoot.querySelector(this.zoomedTo ? '.frame' : '.highlight.active')?.getBoundingClientRect();
    if (!place) return;
    const room = dialog.getBoundingClientRect().top;
    const centre = place.top + place.height / 2;
    if (centre < 0 || centre > room) window.scrollBy(0, centre - room / 2);
  }

  /** Opens or closes the dialog to match the state; a newly shown place puts focus on its title. */
  hostUpdated(): void {
    this.observeTooltip();
    const key = this.detailsKey;
    const placeChanged = key !== this.shownDetails;
    this.shownDetails = key;
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
    if (!dialog) return;
    const focusTitle = (): void => dialog.querySelector<HTMLElement>(`#${DETAILS_TITLE_ID}`)?.focus();
    if (key !== undefined && !dialog.open) {
      dialog.show();
      focusTitle();
      this.keepPlaceAboveSheet(dialog);
    } else if (key !== undefined && placeChanged) {
      focusTitle();
      this.keepPlaceAboveSheet(dialog);
    } else if (dialog.open && key === undefined) {
      dialog.close();
    }
  }
}
