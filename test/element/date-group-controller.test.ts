import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DateGroupController } from '../../src/element/date-group-controller.js';
import { dateGroupRegistry } from '../../src/util/date-group.js';

/** A host in the group of its `group` property; `fixed` stands for a `date` attribute of its own. */
class DateGroupProbe extends LitElement {
  static override properties = { group: {}, fixed: { type: Boolean } };
  group?: string;
  fixed = false;
  updates = 0;
  /** The group's date as each render saw it. */
  rendered: (string | undefined)[] = [];
  readonly dates = new DateGroupController(this, { group: () => this.group, fixed: () => this.fixed });

  protected override updated(): void {
    this.updates += 1;
    this.rendered.push(this.dates.date);
  }
}
customElements.define('date-group-probe', DateGroupProbe);

let groups = 0;
const fresh = (): string => `controller-group-${++groups}`;

async function probe(group: string | undefined, fixed = false): Promise<DateGroupProbe> {
  return fixture<DateGroupProbe>(html`<date-group-probe .group=${group} ?fixed=${fixed}></date-group-probe>`);
}

describe('DateGroupController', () => {
  it('updates every member of the group with the date one of them pins, previews or resets', async () => {
    const name = fresh();
    const map = await probe(name);
    const chart = await probe(name);
    chart.dates.pin('2021-11');
    await map.updateComplete;
    expect(map.rendered.at(-1)).to.equal('2021-11');
    chart.dates.preview('2020-02-12');
    await map.updateComplete;
    expect(map.rendered.at(-1)).to.equal('2020-02-12');
    chart.dates.preview(undefined);
    await map.updateComplete;
    expect(map.rendered.at(-1)).to.equal('2021-11');
    map.dates.reset();
    await chart.updateComplete;
    expect(chart.rendered.at(-1)).to.equal(undefined);
    expect(chart.dates.state).to.deep.equal({});
  });

  it('renders a late joiner with the group’s date at its first update', async () => {
    const name = fresh();
    const first = await probe(name);
    first.dates.pin('2022-04-26');
    const late = await probe(name);
    expect(late.rendered).to.deep.equal(['2022-04-26']);
  });

  it('asks for one update for several changes before it renders', async () => {
    const name = fresh();
    const map = await probe(name);
    const chart = await probe(name);
    const before = map.updates;
    for (const date of ['2020', '2021', '2022', '2023']) chart.dates.preview(date);
    await map.updateComplete;
    expect(map.updates - before).to.equal(1);
    expect(map.rendered.at(-1)).to.equal('2023');
  });

  it('keeps a member with a date of its own where it is', async () => {
    const name = fresh();
    const fixed = await probe(name, true);
    const chart = await probe(name);
    const before = fixed.updates;
    chart.dates.pin('2021');
    await fixed.updateComplete;
    expect(fixed.updates).to.equal(before);
    // Freed (its `date` removed), it follows the group from then on.
    fixed.fixed = false;
    await fixed.updateComplete;
    expect(fixed.rendered.at(-1)).to.equal('2021');
    chart.dates.pin('2022');
    await fixed.updateComplete;
    expect(fixed.rendered.at(-1)).to.equal('2022');
  });

  it('follows a changed group name, and does nothing outside a group', async () => {
    const a = fresh();
    const b = fresh();
    const member = await probe(a);
    const other = await probe(b);
    other.dates.pin('2023');
    member.group = ` ${b} `;
    await member.updateComplete;
    expect(member.dates.group).to.equal(b);
    expect(member.rendered.at(-1)).to.equal('2023');
    expect(dateGroupRegistry().has(a)).to.equal(false);

    const alone = await probe('  ');
    alone.dates.pin('2021');
    expect(alone.dates.group).to.equal(undefined);
    expect(alone.dates.date).to.equal(undefined);
  });

  it('leaves on disconnect, drops the empty group, and joins again when put back', async () => {
    const name = fresh();
    const member = await probe(name);
    const other = await probe(name);
    member.remove();
    other.dates.pin('2021');
    expect(dateGroupRegistry().get(name)!.members.size).to.equal(1);
    other.remove();
    expect(dateGroupRegistry().has(name)).to.equal(false);
    // The update the pin asked for still runs after the element left: it does not join again.
    await other.updateComplete;
    expect(dateGroupRegistry().has(name)).to.equal(false);

    document.body.append(member);
    await member.updateComplete;
    expect(member.dates.group).to.equal(name);
    expect(dateGroupRegistry().get(name)!.members.size).to.equal(1);
    member.remove();
  });
});
