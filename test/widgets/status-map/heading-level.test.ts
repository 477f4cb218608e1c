/** `heading-level` on the map: the heading and the details title sit where the page's outline needs them. */
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { visibleText } from '../../helpers/conformance.js';
import { headingNamed } from '../../helpers/headings.js';
import { centreOf, createMap, detailsDialog, shadow } from './helpers.js';

afterEach(() => resetMouse());

describe('<asskomm-status-map heading-level>', () => {
  it('renders the heading as h2 by default', async () => {
    const map = await createMap({ heading: 'ASSKomm in Sachsen' });
    expect(headingNamed(map, 'ASSKomm in Sachsen')?.level).to.equal(2);
    expect(shadow(map).querySelector('[part="heading"]')!.localName).to.equal('h2');
  });

  it('renders the heading at the level asked for', async () => {
    const map = await createMap({ heading: 'ASSKomm in Sachsen', 'heading-level': '4' });
    expect(headingNamed(map, 'ASSKomm in Sachsen')?.level).to.equal(4);
    expect(shadow(map).querySelector('[part="hint"]')).to.be.null;
  });

  it('puts the details title one level below the heading, h6 at the deepest', async () => {
    for (const [level, title] of [
      ['3', 4],
      ['6', 6],
    ] as const) {
      const map = await createMap({ heading: 'Karte', 'heading-level': level, date: '2024' });
      await sendMouse({ type: 'click', position: centreOf(shadow(map).querySelector('#place-14730310')!) });
      await map.updateComplete;
      expect(detailsDialog(map).open).to.be.true;
      expect(headingNamed(map, 'Torgau')?.level, `heading-level ${level}`).to.equal(title);
      map.remove();
    }
  });

  it('falls back to h2 with a hint for the editor on a level it does not know', async () => {
    const map = await createMap({ heading: 'ASSKomm in Sachsen', 'heading-level': '9' });
    expect(headingNamed(map, 'ASSKomm in Sachsen')?.level).to.equal(2);
    expect(visibleText(shadow(map).querySelector('[part="hint"]')!)).to.contain(
      'Das Attribut „heading-level“ erwartet eine Überschriftenebene von 2 bis 6, nicht „9“. Es wird 2 verwendet.',
    );
  });
});
