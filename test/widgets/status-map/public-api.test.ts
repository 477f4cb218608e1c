/**
 * What a page's script gets from the map: only the documented properties and methods (as
 * custom-elements.json lists them), and events whose `detail` TypeScript knows.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AsskommDateDetail } from '../../../src/widgets/progress-chart/define.js';
import type { AsskommSelectDetail } from '../../../src/widgets/status-map/define.js';
import { chart, plot, updated } from '../progress-chart/helpers.js';
import { createMap, shadow } from './helpers.js';

interface ManifestClass {
  name: string;
  kind: string;
  members?: { name: string; kind: string }[];
  attributes?: { name: string }[];
}

async function manifestClass(name: string): Promise<ManifestClass> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestClass[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === name)!;
}

describe('<asskomm-status-map> public API', () => {
  it('lists only the documented properties and methods in custom-elements.json', async () => {
    const map = await manifestClass('StatusMap');
    const members = map.members!.map((member) => `${member.kind} ${member.name}`).sort();
    expect(members).to.deep.equal([
      'field date',
      'field focusKey',
      'field heading',
      'field headingLevel',
      'field layers',
      'field timeline',
      'field topology',
      'method whenReady',
    ]);
    const attributes = map.attributes!.map((attribute) => attribute.name).sort();
    expect(attributes).to.deep.equal([
      'date',
      'focus',
      'group',
      'heading',
      'heading-level',
      'lang',
      'layers',
      'src',
      'timeline',
      'topology',
      'url-state',
    ]);
  });

  it('types the detail of asskomm-select for addEventListener', async () => {
    const map = await createMap({ focus: '14626610' });
    const chosen: AsskommSelectDetail[] = [];
    // Compiles only because `asskomm-select` is in HTMLElementEventMap (tsc checks the tests).
    map.addEventListener('asskomm-select', (event) => chosen.push(event.detail));
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal([{ ags: '14626610', name: 'Zittau' }]);
  });

  it('types the detail of the chart’s asskomm-date for addEventListener', async () => {
    const element = await chart({});
    const dates: AsskommDateDetail[] = [];
    element.addEventListener('asskomm-date', (event) => dates.push(event.detail));
    plot(element).focus();
    await updated(element);
    await sendKeys({ press: 'Home' });
    expect(dates.at(-1)).to.deep.equal({ date: '2019-02-06' });
  });
});
