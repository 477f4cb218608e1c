import { expect } from '@open-wc/testing';
import {
  dateGroupRegistry,
  groupDate,
  joinDateGroup,
  REGISTRY_KEY,
  type DateGroupMembership,
  type DateGroupState,
  type SharedGroup,
  type SharedMember,
} from '../../src/util/date-group.js';

let groups = 0;
/** A fresh group name per test: the registry is the page's. */
const fresh = (): string => `test-group-${++groups}`;

/** A member that writes down what it is told. */
function recorder(name: string, listening = true) {
  const told: DateGroupState[] = [];
  const membership = joinDateGroup(name, (state) => told.push(state), listening);
  return { membership, told };
}

describe('joinDateGroup', () => {
  it('starts a group at "Heute" and tells every listening member of a pin, the pinning one included', () => {
    const name = fresh();
    const map = recorder(name);
    const chart = recorder(name);
    expect(map.membership.state).to.deep.equal({});
    chart.membership.pin('2021-11');
    expect(map.told).to.deep.equal([{ pinned: '2021-11' }]);
    expect(chart.told).to.deep.equal([{ pinned: '2021-11' }]);
    expect(groupDate(map.membership.state)).to.equal('2021-11');
  });

  it('shows a preview over the pin until it ends, and a pin ends a preview', () => {
    const name = fresh();
    const { membership, told } = recorder(name);
    membership.pin('2021');
    membership.preview('2020-03');
    expect(membership.state).to.deep.equal({ pinned: '2021', preview: '2020-03' });
    expect(groupDate(membership.state)).to.equal('2020-03');
    membership.preview(undefined);
    expect(groupDate(membership.state)).to.equal('2021');
    membership.preview('2019-05');
    membership.pin('2022-01-14');
    expect(membership.state).to.deep.equal({ pinned: '2022-01-14' });
    membership.reset();
    expect(groupDate(membership.state)).to.equal(undefined);
    expect(told).to.have.length(6);
  });

  it('tells nobody when nothing changed', () => {
    const { membership, told } = recorder(fresh());
    membership.preview(undefined);
    membership.reset();
    membership.pin('2021');
    membership.pin('2021');
    membership.preview('2022');
    membership.preview('2022');
    expect(told).to.have.length(2);
  });

  it('gives a late joiner the current state at once', () => {
    const name = fresh();
    recorder(name).membership.pin('2020-07-08');
    expect(recorder(name).membership.state).to.deep.equal({ pinned: '2020-07-08' });
  });

  it('keeps groups apart', () => {
    const a = recorder(fresh());
    const b = recorder(fresh());
    a.membership.pin('2021');
    expect(b.told).to.deep.equal([]);
    expect(b.membership.state).to.deep.equal({});
  });

  it('does not tell a member that keeps its own date, until it listens again', () => {
    const name = fresh();
    const fixed = recorder(name, false);
    const other = recorder(name);
    other.membership.pin('2021');
    expect(fixed.told).to.deep.equal([]);
    expect(fixed.membership.state).to.deep.equal({ pinned: '2021' });
    fixed.membership.listening = true;
    other.membership.pin('2022');
    expect(fixed.told).to.deep.equal([{ pinned: '2022' }]);
  });

  it('drops a group when its last member leaves, and a member that left neither changes nor hears anything', () => {
    const name = fresh();
    const a = recorder(name);
    const b = recorder(name);
    a.membership.pin('2021');
    a.membership.leave();
    a.membership.leave();
    b.membership.pin('2022');
    expect(a.told).to.have.length(1);
    a.membership.reset();
    expect(b.membership.state).to.deep.equal({ pinned: '2022' });
    expect(dateGroupRegistry().has(name)).to.equal(true);
    b.membership.leave();
    expect(dateGroupRegistry().has(name)).to.equal(false);
    expect(b.membership.state).to.deep.equal({});
    // A new member starts afresh, at "Heute".
    const c = recorder(name);
    expect(c.membership.state).to.deep.equal({});
    c.membership.leave();
  });

  it('tells the others when one member throws, and lets members leave while being told', () => {
    const name = fresh();
    const told: string[] = [];
    const thrower = joinDateGroup(name, () => {
      throw new Error('broken member');
    });
    const leaver: DateGroupMembership = joinDateGroup(name, () => leaver.leave());
    const last = joinDateGroup(name, (state) => told.push(groupDate(state)!));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      thrower.pin('2021');
    } finally {
      console.error = original;
    }
    expect(told).to.deep.equal(['2021']);
    expect(errors).to.have.length(1);
    expect(dateGroupRegistry().get(name)!.members.size).to.equal(2);
    for (const member of [thrower, leaver, last]) member.leave();
    expect(dateGroupRegistry().has(name)).to.equal(false);
  });
});

describe('the shared registry (a second copy of the library on the page)', () => {
  /** What another bundle's copy does, written from the protocol alone: the registry it finds through Symbol.for. */
  const otherCopy = (): Map<string, SharedGroup> =>
    (globalThis as unknown as Record<symbol, Map<string, SharedGroup>>)[Symbol.for(REGISTRY_KEY)]!;

  it('is one Map on globalThis under Symbol.for, the same for every copy', () => {
    expect(dateGroupRegistry()).to.equal(otherCopy());
    expect(otherCopy()).to.be.instanceOf(Map);
  });

  it('lets a member of another copy hear this copy’s pin, and this copy hear the other’s change', () => {
    const name = fresh();
    const ours = recorder(name);
    // The other copy joins: it finds the group and adds its member.
    const group = otherCopy().get(name)!;
    const heard: DateGroupState[] = [];
    const theirs: SharedMember = { listening: true, notify: (state) => heard.push(state) };
    group.members.add(theirs);
    expect(group.state).to.deep.equal({});

    ours.membership.pin('2021-11');
    expect(heard).to.deep.equal([{ pinned: '2021-11' }]);

    // The other copy previews: it replaces the state and tells the listening members.
    const next: DateGroupState = { pinned: '2021-11', preview: '2020' };
    group.state = next;
    for (const member of group.members) if (member.listening) member.notify(next);
    expect(ours.told.at(-1)).to.deep.equal(next);
    expect(ours.membership.state).to.equal(next);

    group.members.delete(theirs);
    ours.membership.leave();
    expect(otherCopy().has(name)).to.equal(false);
  });

  it('joins a group another copy created, with its state', () => {
    const name = fresh();
    const theirs: SharedMember = { listening: true, notify: () => {} };
    otherCopy().set(name, { state: { pinned: '2023-02-09' }, members: new Set([theirs]) });
    const ours = recorder(name);
    expect(ours.membership.state).to.deep.equal({ pinned: '2023-02-09' });
    ours.membership.leave();
    expect(otherCopy().has(name)).to.equal(true);
    otherCopy().delete(name);
  });
});
