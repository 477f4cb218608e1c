import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResourceController, type ResourceKey } from '../../src/element/resource-controller.js';

/** A host whose one async input is keyed by `key`; it counts loads and updates. */
class ResourceProbe extends LitElement {
  static override properties = { key: { attribute: false } };
  key: ResourceKey = undefined;
  loads: ResourceKey[] = [];
  updates = 0;
  /** `resource.pending` as each update rendered it. */
  renderedPending: boolean[] = [];
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
    this.renderedPending.push(this.resource.pending);
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
    await settle(probe);
    // The update that starts the load renders it pending, the next one its value.
    expect(probe.renderedPending).to.deep.equal([false, true, false]);
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

interface DeferredRun {
  key: ResourceKey;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** A host whose loads wait until the test settles them, one deferred per load. */
class DeferredProbe extends LitElement {
  static override properties = { key: { attribute: false } };
  key: ResourceKey = undefined;
  /** Loads that ignore their signal (a loader that cannot be aborted) and settle only when the test says. */
  ignoresAbort = false;
  runs: DeferredRun[] = [];
  readonly resource = new ResourceController<string>(
    this,
    () => this.key,
    (key, signal) =>
      new Promise<string>((resolve, reject) => {
        this.runs.push({ key, signal, resolve, reject });
        if (!this.ignoresAbort) signal.addEventListener('abort', () => reject(signal.reason));
      }),
  );
}
customElements.define('resource-deferred-probe', DeferredProbe);

/** The probe's load number `index` (from 0), which the test expects to have started. */
function run(probe: DeferredProbe, index: number): DeferredRun {
  const started = probe.runs[index];
  if (!started) throw new Error(`load ${index} has not started (${probe.runs.length} started)`);
  return started;
}

describe('ResourceController with loads in flight', () => {
  it('aborts the stale load when the key changes and keeps only the newest result, also when the stale one resolves late', async () => {
    const probe = await fixture<DeferredProbe>(html`<resource-deferred-probe .ignoresAbort=${true} .key=${'a'}></resource-deferred-probe>`);
    probe.key = 'b';
    await probe.updateComplete;
    const [a, b] = [run(probe, 0), run(probe, 1)];
    expect([a.key, a.signal.aborted, b.key, b.signal.aborted]).to.deep.equal(['a', true, 'b', false]);
    a.resolve('stale a');
    await probe.updateComplete;
    expect(probe.resource.pending).to.equal(true);
    const settled = probe.resource.settled;
    b.resolve('value of b');
    await settled;
    expect(probe.resource.value).to.equal('value of b');
    expect(probe.resource.pending).to.equal(false);
  });

  it('fails with the load error, and a retry loads again', async () => {
    const probe = await fixture<DeferredProbe>(html`<resource-deferred-probe .key=${'a'}></resource-deferred-probe>`);
    const failure = new Error('offline');
    run(probe, 0).reject(failure);
    await probe.resource.settled;
    expect([probe.resource.failed, probe.resource.error, probe.resource.pending]).to.deep.equal([true, failure, false]);
    probe.resource.retry();
    await probe.updateComplete;
    expect([probe.runs.length, probe.resource.failed, probe.resource.pending]).to.deep.equal([2, false, true]);
    run(probe, 1).resolve('value of a');
    await probe.resource.settled;
    expect([probe.resource.value, probe.resource.error]).to.deep.equal(['value of a', undefined]);
  });

  it('releases the load when the element leaves the page and loads again when it comes back', async () => {
    const probe = await fixture<DeferredProbe>(html`<resource-deferred-probe .key=${'a'}></resource-deferred-probe>`);
    const parent = probe.parentNode!;
    probe.remove();
    expect(run(probe, 0).signal.aborted).to.equal(true);
    await probe.resource.settled;
    expect([probe.resource.failed, probe.resource.pending]).to.deep.equal([false, true]);
    parent.appendChild(probe);
    expect(probe.runs.length).to.equal(2);
    run(probe, 1).resolve('value of a');
    await probe.resource.settled;
    expect(probe.resource.value).to.equal('value of a');
  });

  it('an undefined key stops the load in flight without failing', async () => {
    const probe = await fixture<DeferredProbe>(html`<resource-deferred-probe .key=${'en'}></resource-deferred-probe>`);
    probe.key = undefined;
    await probe.updateComplete;
    expect(run(probe, 0).signal.aborted).to.equal(true);
    await probe.resource.settled;
    expect([probe.resource.pending, probe.resource.failed, probe.resource.value]).to.deep.equal([false, false, undefined]);
  });
});
