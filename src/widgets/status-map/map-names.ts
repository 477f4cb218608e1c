/**
 * What the map's place names follow, apart from the zoom: the host's font size and the place the
 * map last went to. The font size comes from a hidden 1em block under a ResizeObserver, as in the
 * chart: measured again when the page's text size changes (a reader's text-only zoom), not asked of
 * the style on every render.
 */
import type { ReactiveControllerHost } from 'lit';
import { EmProbe } from '../../element/em-probe.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class MapNames {
  /**
   * The place the map last went to (chosen, linked or `focus`): zoomed in, it and its neighbours
   * are named. Not the keyboard's active place: its tooltip names it, so an arrow key changes one
   * outline and lays out no names.
   */
  place?: string;
  private readonly em: EmProbe;

  /** The host renders the probe: `<div class="em" aria-hidden="true">` (styled by `emProbeStyles`). */
  constructor(host: Host) {
    this.em = new EmProbe(host);
  }

  /** The host's font size in px. */
  get fontSize(): number {
    return this.em.fontSize;
  }
}
