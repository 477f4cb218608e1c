/** „So lesen Sie die Karte“: one closed box with the map's encodings for its date and layers, and the keyboard help. */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { visibleText } from '../../helpers/conformance.js';
import { howToRead, openByKeyboard, outline, readByKeyboard, shownSentences } from '../../helpers/how-to-read.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { createMap, legendCheckbox, shadow } from './helpers.js';
import { LAYER_IDS } from '../../../src/feed/schema.js';
import type { LayerId } from '../../../src/feed/types.js';
import { de } from '../../../src/i18n/status-map.js';
import { howToReadMap, type MapReadingInput } from '../../../src/widgets/status-map/how-to-read.js';
import { SUMMARY_ID } from '../../../src/widgets/status-map/summary.js';
import type { LayerCounts, MapData, PlaceView } from '../../../src/widgets/status-map/map-data.js';

interface AxNode {
  name?: string;
  children?: AxNode[];
}

/** A map as an editor writes it, its box opened by keyboard. */
async function openMap(attributes: Record<string, string> = {}): Promise<StatusMap> {
  const map = await createMap(attributes);
  await openByKeyboard(shadow(map), () => map.updateComplete);
  return map;
}

const sentences = (map: StatusMap): string[] => shownSentences(shadow(map));
const COUNTS_NOTE = 'Die Karte zeigt nur Orte, zu denen ein Einzelnachweis veröffentlicht ist; „insgesamt“ ist die amtliche Zahl.';
/** The summary of the test feed's map: hidden under the map for screen readers, shown to sighted readers here. */
const SUMMARY =
  `Stand November 2021. ${COUNTS_NOTE} Beratene Kommunen: 4 auf der Karte; Modellkommunen: 2 auf der Karte; ` +
  'Kommunale Präventionsräte: 2 auf der Karte (davon 1 Kreis); Vorvereinbarungen: 0 auf der Karte; ' +
  'Kooperationsvereinbarungen: 2 auf der Karte; Kommunen mit Coaching: 0 auf der Karte; Sicherheitsanalysen: 0 auf der Karte; ' +
  'Geförderte Kommunen: 1 auf der Karte.';
const KEYBOARD = [
  'Tabulator: in die Karte; Pfeiltasten: zur benachbarten Gemeinde; Bild ab / Bild auf: nächste / vorige Gemeinde nach Kreis und Name; Pos1 / Ende: erste / letzte.',
  'Eingabe oder Leertaste: Details öffnen; Escape: Details schließen, sonst den Tooltip ausblenden.',
  '+ und −: vergrößern und verkleinern; Umschalt + Pfeiltasten: Karte verschieben; 0: ganze Karte.',
  'Maus: Strg (⌘) + Mausrad oder Doppelklick zoomt, Ziehen verschiebt; auf Touchscreens mit zwei Fingern.',
];

describe('<asskomm-status-map> „So lesen Sie die Karte“', () => {
  it('is one closed box that opens with Enter: the map’s summary, each kind of mark with its layers in the legend’s words, Kreis entries, Stand, then the keyboard help in a list of its own', async () => {
    const map = await createMap();
    // The keyboard help lives in it: one box, one Tab stop, as before.
    expect(shadow(map).querySelectorAll('details').length).to.equal(1);
    const read = await readByKeyboard(shadow(map), () => map.updateComplete);
    expect(read.closed).to.deep.equal({ open: false, sentences: [] });
    expect([read.title, read.opened.open]).to.deep.equal(['So lesen und bedienen Sie die Karte', true]);
    expect(read.opened.sentences).to.deep.equal([
      SUMMARY,
      'Flächen färben die ganze Gemeinde, die spätere Stufe über der früheren: Beratene Kommunen (Fläche ohne Muster), Modellkommunen (Fläche mit Punkten).',
      'Schraffuren liegen über der Fläche: Vorvereinbarungen (Schraffur von links oben), Kooperationsvereinbarungen (Schraffur von links unten).',
      'Symbole stehen in der Mitte der Gemeinde, jedes an seinem festen Platz: Kommunale Präventionsräte (Kreissymbol), Kommunen mit Coaching (Dreieck), Sicherheitsanalysen (Quadrat, hohl wenn geplant), Geförderte Kommunen (Raute).',
      'Eine Gemeinde ohne Fläche, Schraffur und Symbol hat keinen der eingeblendeten Bausteine.',
      // Landkreis Görlitz has a Kommunaler Präventionsrat of its own.
      'Ein größeres Symbol in der Mitte eines Kreises gilt für den ganzen Kreis, nicht für eine einzelne Gemeinde.',
      'Stand November 2021: Die Karte zeigt jeden Baustein mit einem Datum bis zu diesem Stand.',
      ...KEYBOARD,
    ]);
  });

  it('shows the summary only here: under the map it is a visually hidden paragraph in reading order, taking no room', async () => {
    const map = await openMap();
    const summary = shadow(map).querySelector<HTMLElement>(`#${SUMMARY_ID}`)!;
    // Read right after the drawing with its zoom buttons (and its timeline), before the legend: the parts of the
    // map shown, in DOM order (the closed details dialog is not). No element names it as its description.
    const order = (root: ShadowRoot): (string | null)[] =>
      [...root.querySelectorAll(`.layout [part], #${SUMMARY_ID}`)]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => (element.id === SUMMARY_ID ? 'summary' : element.getAttribute('part')));
    expect(order(shadow(map))).to.deep.equal(['search', 'map', 'controls', 'summary', 'legend']);
    expect(order(shadow(await openMap({ timeline: '' })))).to.deep.equal(['search', 'map', 'controls', 'timeline', 'summary', 'legend']);
    expect(shadow(map).querySelector(`[aria-describedby~="${SUMMARY_ID}"]`)).to.be.null;
    // What a sighted reader saw under the map before, word for word, is the box's first sentence.
    expect(visibleText(summary)).to.equal(SUMMARY);
    expect(sentences(map)[0]).to.equal(SUMMARY);
    const box = summary.getBoundingClientRect();
    expect([box.width, box.height, getComputedStyle(summary).position]).to.deep.equal([1, 1, 'absolute']);
    // In the accessibility tree as a paragraph with the full text.
    const texts: string[] = [];
    const collect = (node: AxNode): void => {
      if (node.name?.startsWith('Stand November 2021.')) texts.push(node.name);
      for (const child of node.children ?? []) collect(child);
    };
    collect((await a11ySnapshot({})) as unknown as AxNode);
    expect(texts).to.include(SUMMARY);
  });

  it('follows the legend: switched-off layers leave their kind of mark and the Kreis entry out, and are named', async () => {
    const map = await openMap();
    for (const layer of ['kpr', 'coaching', 'analysis', 'funding']) legendCheckbox(map, layer).click();
    await map.updateComplete;
    const shown = sentences(map);
    expect(shown.join(' ')).not.to.contain('Symbole');
    expect(shown.join(' ')).not.to.contain('Kreises');
    expect(shown).to.include(
      'Ausgeblendet: Kommunale Präventionsräte, Kommunen mit Coaching, Sicherheitsanalysen, Geförderte Kommunen; die Legende blendet sie wieder ein.',
    );
    expect(howToRead(shadow(map)).open, 'stays open').to.be.true;
  });

  it('names the date the editor chose', async () => {
    const map = await openMap({ date: '2020', layers: 'kpr' });
    expect(sentences(map).slice(0, 5)).to.deep.equal([
      `Stand 2020. ${COUNTS_NOTE} Kommunale Präventionsräte: 2 auf der Karte (davon 1 Kreis).`,
      'Symbole stehen in der Mitte der Gemeinde, jedes an seinem festen Platz: Kommunale Präventionsräte (Kreissymbol).',
      'Eine Gemeinde ohne Fläche, Schraffur und Symbol hat keinen der eingeblendeten Bausteine.',
      'Ein größeres Symbol in der Mitte eines Kreises gilt für den ganzen Kreis, nicht für eine einzelne Gemeinde.',
      'Stand 2020: Die Karte zeigt jeden Baustein mit einem Datum bis zu diesem Stand.',
    ]);
  });

  it('speaks English in an English map', async () => {
    const map = await openMap({ lang: 'en', layers: 'model' });
    expect(visibleText(howToRead(shadow(map)).querySelector('summary')!)).to.equal('How to read and use the map');
    expect(sentences(map).slice(0, 4)).to.deep.equal([
      'As of November 2021. The map shows only places with an individually published record; “in total” is the official figure. Model municipalities: 2 on the map.',
      'Areas colour the whole municipality, the later stage over the earlier one: Model municipalities (area with dots).',
      'A municipality without area, hatching or symbol has none of the building blocks shown.',
      'As of November 2021: the map shows every building block dated up to then.',
    ]);
    expect(sentences(map)).to.include(
      'Tab: into the map; arrow keys: to the neighbouring municipality; Page Down / Page Up: next / previous by district and name; Home / End: first / last.',
    );
  });

  it('names the timeline’s keys and „Abspielen“ only while the timeline is shown, in German and English', async () => {
    const timelineKeys =
      'Zeitleiste: Pfeiltasten: ein Schritt; Bild auf / Bild ab: ein Jahr; Pos1 / Ende: Anfang / Stand der Daten; „Abspielen“ geht Schritt für Schritt vor.';
    const map = await openMap({ timeline: '' });
    expect(sentences(map)).to.deep.equal([...sentences(await openMap()).slice(0, -KEYBOARD.length), ...KEYBOARD, timelineKeys]);
    map.timeline = false;
    await map.updateComplete;
    expect(sentences(map)).not.to.include(timelineKeys);
    const english = await openMap({ timeline: '', lang: 'en' });
    expect(sentences(english).at(-1)).to.equal(
      'Timeline: arrow keys: one step; Page Up / Page Down: one year; Home / End: start / latest date; “Play” steps through on its own.',
    );
  });

  it('adds no heading, real or only bold, to the outline under heading-level="3" (WCAG 1.3.1)', async () => {
    const map = await openMap({ heading: 'ASSKomm in Sachsen', 'heading-level': '3' });
    expect(howToRead(shadow(map)).open).to.be.true;
    // The keyboard help was under a bold „Bedienung mit Tastatur und Maus“ that was no heading; the summary names it now.
    expect(outline(shadow(map))).to.deep.equal({ headings: ['h3 ASSKomm in Sachsen'], besideLists: [] });
  });

  it('is accessible open (axe-core)', async () => {
    const map = await openMap();
    await expect(map).to.be.accessible();
  });
});

describe('howToReadMap', () => {
  const counts = (undated = 0): LayerCounts => ({ records: 1, municipalities: 1, districts: 0, undated });
  const place = (key: string, layers: LayerId[], via: PlaceView['via'] = {}): PlaceView => ({
    key,
    name: key,
    district: '14626',
    districtName: 'Landkreis Görlitz',
    districtSortName: 'Görlitz',
    level: 'municipality',
    point: [0, 0],
    bounds: [
      [0, 0],
      [1, 1],
    ],
    statuses: {},
    layers,
    via,
    current: true,
  });
  const data = (places: PlaceView[], undated = 0): MapData => ({
    date: '2021-06',
    places: new Map(places.map((p) => [p.key, p])),
    counts: Object.fromEntries(LAYER_IDS.map((id) => [id, counts(id === 'agreement' ? undated : 0)])) as MapData['counts'],
  });
  const lines = (input: Partial<MapReadingInput> & Pick<MapReadingInput, 'data'>): readonly string[] =>
    howToReadMap({ hidden: new Set(), asOf: '2021-11', context: { s: de, lang: 'de' }, ...input })[0]!;

  it('explains the larger symbols of a Kreis in one sentence, however many a Kreis carries', () => {
    const kreis = (key: string, layers: LayerId[]): PlaceView => ({ ...place(key, layers), level: 'district' });
    const sentence = 'Ein größeres Symbol in der Mitte eines Kreises gilt für den ganzen Kreis, nicht für eine einzelne Gemeinde.';
    // Landkreis Görlitz with a Präventionsrat and coaching of its own: two symbols, drawn side by side.
    const twoSymbols = data([kreis('14626', ['kpr', 'coaching']), kreis('14625', ['funding'])]);
    expect(lines({ data: twoSymbols }).filter((line) => line.includes('Kreises'))).to.deep.equal([sentence]);
    expect(lines({ data: twoSymbols, hidden: new Set<LayerId>(['kpr', 'funding']) })).to.include(sentence);
    expect(lines({ data: twoSymbols, hidden: new Set<LayerId>(['kpr', 'coaching', 'funding']) })).not.to.include(sentence);
  });

  it('tells a building block shared by several Gemeinden only where a shown layer has one', () => {
    const body = { key: 'v1', name: 'Verwaltungsverband', memberNames: ['A', 'B'] };
    const shared = data([place('14626010', ['agreement'], { agreement: body })]);
    expect(lines({ data: shared })).to.include(de.howToReadBodies);
    expect(lines({ data: shared, hidden: new Set<LayerId>(['agreement']) })).not.to.include(de.howToReadBodies);
    expect(lines({ data: data([place('14626010', ['agreement'])]) })).not.to.include(de.howToReadBodies);
  });

  it('says from when undated entries count, only where a shown layer leaves some out', () => {
    const sentence = 'Einträge ohne Datum zählen erst ab dem Stand der Daten (November 2021).';
    expect(lines({ data: data([], 2) })).to.include(sentence);
    expect(lines({ data: data([], 2), hidden: new Set<LayerId>(['agreement']) })).not.to.include(sentence);
    expect(lines({ data: data([]) })).not.to.include(sentence);
  });

  it('says nothing about marks when every layer is switched off, and keeps the keyboard help', () => {
    const sections = howToReadMap({ data: data([]), hidden: new Set(LAYER_IDS), asOf: '2021-11', context: { s: de, lang: 'de' } });
    expect(sections[0]).to.have.length(2);
    expect(sections[0]![0]).to.equal('Stand Juni 2021: Die Karte zeigt jeden Baustein mit einem Datum bis zu diesem Stand.');
    expect(sections[1]).to.deep.equal(de.keyboardHelp);
  });
});
