// Types of registry.js (plain data that Node and the browser read as it is).

/** Room a widget's element takes before its code has arrived, so the page does not jump when it draws. */
export interface ReservedSpace {
  /** The widget's `--_preferred-width` (its styles): the width it asks for where the page sizes it by its content. */
  width: string;
  /**
   * CSS rules for its height, each for `&`, which the entry replaces with `<tag>:not(:defined)`: e.g.
   * `&{display:block;min-height:400px}` (an unknown element is inline), and rules for attributes that add rows (`&[timeline]{…}`). Flat, not nested: CSS
   * nesting is lost in older browsers and in CMS style sanitizers.
   */
  css: string;
}

/** One widget of the package. */
export interface WidgetRecord {
  /** The custom element's tag, e.g. `asskomm-status-map`. */
  tag: string;
  /**
   * Its folder `src/widgets/<name>/` (with `define.ts`), its package export `./<name>` and its own file
   * `dist/<name>.js` (the entry for bundler users, loaded lazily by the script-tag entry).
   */
  name: string;
  /** Short id of its rows in size reports and benchmarks, e.g. `map`. */
  id: string;
  /** Its German name, as the configurator shows it. */
  title: string;
  /** Space reserved until its code has run (src/all.ts, demo/widget-space.css); none where its height is unknown. */
  space?: ReservedSpace;
  /** Attributes it needs to show something, with values that work on the default feed (configurator, tests). */
  starters?: Readonly<Record<string, string>>;
}

/** Every widget, in the order editors see them (configurator, README). */
export declare const WIDGETS: readonly WidgetRecord[];

/** The fields the script-tag entry reads; the build ships only these (rollup.config.js). */
export declare const BUNDLED_FIELDS: readonly ['tag', 'space'];

/** A widget as the built script-tag entry has it. */
export type BundledWidget = Pick<WidgetRecord, (typeof BUNDLED_FIELDS)[number]>;
