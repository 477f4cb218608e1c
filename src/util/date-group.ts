/**
 * Date groups: widgets with the same `group="…"` share one date. A member can preview a date (a
 * chart's crosshair under the pointer: transient), pin one (a click, Enter) or reset the group to
 * "Heute" (no date: each widget shows its feed's `asOf`). Dates are opaque strings here; the
 * widgets pass partial dates (`feed/when.ts`).
 *
 * Where the groups live: in one registry on `globalThis`, keyed by `Symbol.for(REGISTRY_KEY)`, not
 * in CustomEvents on `document`. `Symbol.for` reaches the same registry from every copy of the
 * library on a page (two bundles, a CMS plugin and a theme), as events would; but a registry also
 * holds the state itself, so a widget that joins late, in any order, reads the current date at
 * once and synchronously, without asking the others and waiting for an answer, and the state
 * survives members that leave. Events would also reach every group on the page and anything a
 * page script dispatches. The price: the registry's shape (`SharedGroup`, `SharedMember`) is a
 * protocol between versions; a version that changes it must take a new key (and then forms groups
 * of its own instead of breaking the old ones).
 */
import { reportFailure } from './warn.js';

/** What a group says. Neither a pin nor a preview: "Heute", each widget at its feed's `asOf`. */
export interface DateGroupState {
  /** The date a member pinned (click, Enter) until another pin or a reset. */
  readonly pinned?: string;
  /** A transient date (a crosshair under the pointer); shown over the pin until it ends. */
  readonly preview?: string;
}

/** The date a group shows: the preview over the pin; `undefined` for "Heute" (the feed's `asOf`). */
export function groupDate(state: DateGroupState): string | undefined {
  return state.preview ?? state.pinned;
}

/** A member as the shared registry holds it (protocol version 1, shared by every copy of the library). */
export interface SharedMember {
  /** `false`: the member keeps its own date (its `date` attribute) and is not told of changes. */
  listening: boolean;
  /** Called after each change of the group's state, with the new state. */
  notify(state: DateGroupState): void;
}

/** A group as the shared registry holds it: its state (replaced on change, never mutated) and its members. */
export interface SharedGroup {
  state: DateGroupState;
  readonly members: Set<SharedMember>;
}

/** The key of the registry on `globalThis`, through `Symbol.for`; the version names the protocol. */
export const REGISTRY_KEY = 'asskomm-widgets.date-groups.v1';

const ownRegistry = new Map<string, SharedGroup>();

/** The page's registry of groups by name, created by the first copy that asks. */
export function dateGroupRegistry(): Map<string, SharedGroup> {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(REGISTRY_KEY);
  if (store[key] === undefined) store[key] = new Map<string, SharedGroup>();
  // A page that put something else there gets groups of this copy only, never an error.
  return store[key] instanceof Map ? (store[key] as Map<string, SharedGroup>) : ownRegistry;
}

/** One widget's place in a group, from `joinDateGroup()` until `leave()`. */
export interface DateGroupMembership {
  readonly name: string;
  /** The group's current state (empty once left). */
  readonly state: DateGroupState;
  /** Whether this member is told of changes; `false` for a widget that keeps its own date. */
  listening: boolean;
  /** Shows `date` in the group for a moment; `undefined` ends the preview (back to the pin). */
  preview(date: string | undefined): void;
  /** Fixes the group on `date` and ends any preview. */
  pin(date: string): void;
  /** Back to "Heute": no pin, no preview. */
  reset(): void;
  /** Leaves the group; the last member to leave drops it. Calls after leaving do nothing. */
  leave(): void;
}

/**
 * Joins the group `name` (created when it has no members yet). `onChange` is called with the new
 * state after every change, the member's own included, while the member is listening.
 */
export function joinDateGroup(name: string, onChange: (state: DateGroupState) => void, listening = true): DateGroupMembership {
  const registry = dateGroupRegistry();
  let group = registry.get(name);
  if (!group) registry.set(name, (group = { state: {}, members: new Set() }));
  const member: SharedMember = { listening, notify: onChange };
  group.members.add(member);
  let joined: SharedGroup | undefined = group;

  const change = (next: DateGroupState): void => {
    if (!joined || (joined.state.pinned === next.pinned && joined.state.preview === next.preview)) return;
    joined.state = next;
    const members = joined.members;
    // A copy: a member may leave or join while being told.
    for (const other of [...members]) {
      if (!other.listening || !members.has(other)) continue;
      try {
        other.notify(next);
      } catch (error) {
        reportFailure(`Ein Widget der Gruppe „${name}“ konnte das gemeinsame Datum nicht übernehmen.`, error);
      }
    }
  };

  return {
    name,
    get state() {
      return joined?.state ?? {};
    },
    get listening() {
      return member.listening;
    },
    set listening(value: boolean) {
      member.listening = value;
    },
    preview(date) {
      if (joined) change(withPreview(joined.state.pinned, date));
    },
    pin(date) {
      change({ pinned: date });
    },
    reset() {
      change({});
    },
    leave() {
      if (!joined) return;
      joined.members.delete(member);
      if (!joined.members.size && registry.get(name) === joined) registry.delete(name);
      joined = undefined;
    },
  };
}

/** A state without `undefined` fields, so that two equal states compare equal field by field. */
function withPreview(pinned: string | undefined, preview: string | undefined): DateGroupState {
  return { ...(pinned !== undefined && { pinned }), ...(preview !== undefined && { preview }) };
}
