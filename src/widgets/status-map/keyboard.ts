/**
 * The map is one tab stop (a listbox with `aria-activedescendant`). Arrow keys move to the
 * neighbouring place, Page Down / Page Up through the documented order (Kreis, then name),
 * Enter or Space opens the details, + / − / 0 zoom, Shift + arrows pan, Escape closes the
 * details or else hides the tooltip.
 */
import type { Point } from '../../geo/geometry.js';
import { nearestInDirection, stepInOrder, type Direction, type NavItem } from '../../geo/navigation.js';
import type { Navigation } from './map-data.js';
import { ZOOM_STEP, type MapZoom } from './zoom.js';

/** What the keyboard needs: where it can move, where it is, and what it moves (selection and zoom). */
export interface KeyboardHost {
  /** `undefined` until feed and geometry are there. */
  readonly navigation: Navigation | undefined;
  readonly activeKey?: string | undefined;
  readonly detailsOpen: boolean;
  readonly zoom: MapZoom;
  activate(key: string): void;
  choose(key: string, returnFocus: HTMLElement | undefined): void;
  closeDetails(): void;
  /** Hides the tooltip; `false` when none showed. */
  dismissTooltip(): boolean;
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN: Record<Direction, Point> = { left: [60, 0], right: [-60, 0], up: [0, 60], down: [0, -60] };

export class MapKeyboard {
  constructor(private readonly host: KeyboardHost) {}

  /** Screen position (frame units) of an item under the current zoom. */
  private onScreen(point: Point): Point {
    const { x, y, k } = this.host.zoom.state;
    return [point[0] * k + x, point[1] * k + y];
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { navigation, activeKey, detailsOpen, zoom } = this.host;
    if (!navigation) return;
    const current = activeKey ? navigation.byKey.get(activeKey) : undefined;
    let next: NavItem | undefined;
    const direction = DIRECTIONS[event.key];
    if (direction && event.shiftKey) {
      const [dx, dy] = PAN[direction];
      zoom.panBy(dx, dy);
    } else if (direction) {
      next = current ? nearestInDirection(navigation.items, current, direction) : navigation.ordered[0];
    } else {
      switch (event.key) {
        case 'PageDown':
          next = stepInOrder(navigation.ordered, activeKey, 1);
          break;
        case 'PageUp':
          next = stepInOrder(navigation.ordered, activeKey, -1);
          break;
        case 'Home':
          next = navigation.ordered[0];
          break;
        case 'End':
          next = navigation.ordered[navigation.ordered.length - 1];
          break;
        case 'Enter':
        case ' ':
          if (!current) return;
          this.host.choose(current.key, event.currentTarget as HTMLElement);
          break;
        case '+':
        case '=':
          zoom.scaleBy(ZOOM_STEP, current && this.onScreen(current.point));
          break;
        case '-':
        case '_':
          zoom.scaleBy(1 / ZOOM_STEP, current && this.onScreen(current.point));
          break;
        case '0':
          zoom.reset();
          break;
        case 'Escape':
          if (detailsOpen) this.host.closeDetails();
          else if (!this.host.dismissTooltip()) return;
          break;
        default:
          return;
      }
    }
    event.preventDefault();
    if (next) this.host.activate(next.key);
  };
}
