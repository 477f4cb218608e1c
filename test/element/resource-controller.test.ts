import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResourceController, type ResourceKey } from '../../src/element/resource-controller.js';

/** A host whose one async input is keyed by `key`; it counts loads and updates. */
class ResourceProbe extends LitElement {
  static override properties = { key: { attribute: false } };
  key: ResourceKey = undefined;
  loads: ResourceKey[] = [];
  updates = 0;
  readonly resource = new ResourceController<string>(
    this,
    () => this.key,
    async (key) => {
      this.loads.push(key);
      return `value of ${key}`;
    },
  );

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('resource-probe', ResourceProbe);

async function settle(probe: ResourceProbe): Promise<void> {
  await probe.updateComplete;
  await probe.resource.settled;
  await probe.updateComplete;
}

describe('ResourceController', () => {
  it('stays idle for an undefined key: no load, not pending, and no update of its own', async () => {
    const probe = await fixture<ResourceProbe>(html`<resource-probe></resource-probe>`);
    await settle(probe);
    expect(probe.loads).to.deep.equal([]);
    expect(probe.resource.pending).to.equal(false);
    expect(probe.resource.value).to.equal(undefined);
    expect(probe.updates).to.equal(1);
  });

  it('loads when a key arrives, and again only when the key changes', async () => {
    const probe = await fixture<ResourceProbe>(html`<resource-probe></resource-probe>`);
    probe.key = 'en';
    await probe.updateComplete;
    expect(probe.resource.pending).to.equal(true);
    await settle(probe);
    expect(probe.resource.value).to.equal('value of en');
    probe.requestUpdate();
    await settle(probe);
    expect(probe.loads).to.deep.equal(['en']);

    probe.key = undefined;
    await settle(probe);
    expect(probe.resource.pending).to.equal(false);
    probe.key = 'en';
    await settle(probe);
    expect(probe.loads).to.deep.equal(['en', 'en']);
  });

  it('treats null as a key (a missing src is asked for, and fails in the loader)', async () => {
    const probe = await fixture<ResourceProbe>(html`<resource-probe></resource-probe>`);
    probe.key = null;
    await settle(probe);
    expect(probe.loads).to.deep.equal([null]);
  });
});
