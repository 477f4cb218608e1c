/**
 * An element's membership in its date group (`group="…"`, `util/date-group.ts`): joins when the
 * element is on the page, follows a changed group name, asks for an update when the group's date
 * changes, and leaves when the element leaves the page, so a removed widget holds nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { groupDate, joinDateGroup, type DateGroupMembership, type DateGroupState } from '../util/date-group.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DateGroupOptions {
  /** The group's name (the `group` attribute); empty or missing: in no group. Read on connect and before each update. */
  group: () => string | null | undefined;
  /** `true` while the element keeps a date of its own (its `date` attribute): it stays in the group but is not moved. */
  fixed?: () => boolean;
}

export class DateGroupController implements ReactiveController {
  private membership?: DateGroupMembership;

  constructor(
    private readonly host: Host,
    private readonly options: DateGroupOptions,
  ) {
    host.addController(this);
  }

  /** The name of the group the element is in, if any. */
  get group(): string | undefined {
    return this.membership?.name;
  }

  /** The group's pin and preview; empty outside a group. */
  get state(): DateGroupState {
    return this.membership?.state ?? {};
  }

  /** The date the group shows (the preview over the pin); `undefined`: "Heute", the feed's `asOf`, or no group. */
  get date(): string | undefined {
    return groupDate(this.state);
  }

  /** Previews `date` in the group (a crosshair moving); `undefined` ends the preview. Outside a group: nothing. */
  preview(date: string | undefined): void {
    this.membership?.preview(date);
  }

  /** Pins the group on `date` (a click, Enter). Outside a group: nothing. */
  pin(date: string): void {
    this.membership?.pin(date);
  }

  /** Returns the group to "Heute". Outside a group: nothing. */
  reset(): void {
    this.membership?.reset();
  }

  hostConnected(): void {
    this.sync();
  }

  /** Before each update: a changed `group` moves the element, a changed `date` attribute fixes or frees it. */
  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.membership?.leave();
    this.membership = undefined;
  }

  private sync(): void {
    // An update scheduled before the element left still runs: it must not join again.
    const name = this.host.isConnected ? this.options.group()?.trim() || undefined : undefined;
    if (name !== this.membership?.name) {
      this.membership?.leave();
      this.membership = name === undefined ? undefined : joinDateGroup(name, () => this.host.requestUpdate());
    }
    if (this.membership) this.membership.listening = !(this.options.fixed?.() ?? false);
  }
}
