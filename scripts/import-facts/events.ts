/**
 * Dated milestones for the chart annotations (labels at most 28 characters). Priority 1 is
 * always shown, 2 and 3 give way first. Sources are the fact-file pages where one exists.
 */
import { SOURCES } from './sources.js';

export interface EventSpec {
  date: string;
  label: { de: string; en: string };
  priority: 1 | 2 | 3;
  note?: string;
  source?: string;
}

export const EVENTS: EventSpec[] = [
  {
    date: '2018-05-29',
    label: { de: 'Förderrichtlinie beschlossen', en: 'Funding guideline adopted' },
    priority: 3,
    note: 'Das Kabinett beschließt die Richtlinie Kommunale Prävention; zunächst waren 140.000 € für 2019 und 2020 zusammen vorgesehen.',
    source: 'https://www.lpr.sachsen.de/29279.htm',
  },
  {
    date: '2019-02-06',
    label: { de: 'Start ASSKomm', en: 'ASSKomm launched' },
    priority: 1,
    note: 'Auftakt in Chemnitz mit acht Modellkommunen und mehr als 250 Teilnehmenden aus den Kommunen.',
    source: SOURCES.launchRelease,
  },
  {
    date: '2020-02-12',
    label: { de: 'Bilanz nach einem Jahr', en: 'One-year review' },
    priority: 2,
    note: '64 beratene Kommunen, 16 Präventionsräte; im Studiengang Präventionsmanagement der TU Chemnitz 19 Bachelor- und 12 Master-Studierende.',
    source: SOURCES.oneYear,
  },
  {
    date: '2020-11-03',
    label: { de: 'Start Sicherheitsanalysen', en: 'Security analyses start' },
    priority: 2,
    note: 'Digitaler Auftakt mit dem Auftragnehmer NKMG und seinen Partnern BIGS und IABG.',
    source: 'https://www.lpr.sachsen.de/download/20201203_Newsletter_LPR_11_2020_web.pdf',
  },
  {
    date: '2021-01-18',
    label: { de: '100. Kommune beraten', en: '100th municipality advised' },
    priority: 1,
    note: 'Seifhennersdorf im Landkreis Görlitz.',
    source: 'https://l-iz.de/melder/wortmelder/2021/01/asskomm-beraet-100-kommune-369712',
  },
  {
    date: '2021-02-06',
    label: { de: 'Bilanz nach zwei Jahren', en: 'Two-year review' },
    priority: 2,
    note: '102 beratene Kommunen, 19 Präventionsräte, über 420.000 € Fördermittel bewilligt.',
    source: SOURCES.twoYears,
  },
  {
    date: '2021-09-23',
    label: { de: '2. ASSKomm-Fachtagung', en: '2nd ASSKomm conference' },
    priority: 2,
  },
  {
    date: '2021-12-01',
    label: { de: '30. Kooperationsvereinbarung', en: '30th cooperation agreement' },
    priority: 2,
    note: 'Crimmitschau, erstmals per Videokonferenz unterzeichnet.',
    source: 'https://asskomm.sachsen.de/gemeinsam-fuer-mehr-sicherheit-crimmitschau-unterzeichnet-asskomm-vereinbarung-5904.html',
  },
  {
    date: '2023-02-09',
    label: { de: '30. Präventionsrat', en: '30th prevention council' },
    priority: 3,
    note: 'Gründung des Kommunalen Präventionsrats Görlitz, laut ASSKomm des 30. in Sachsen.',
    source: 'https://asskomm.sachsen.de/gruendung-kommunaler-praeventionsrat-goerlitz-7130.html',
  },
  {
    date: '2023-09-14',
    label: { de: '3. ASSKomm-Fachtag', en: '3rd ASSKomm conference' },
    priority: 2,
    note: 'Rund 230 Teilnehmende, Beiträge aus mehr als 80 Kommunen.',
    source: 'https://medienservice.sachsen.de/medien/news/1069480',
  },
  {
    date: '2024-02',
    label: { de: 'Letzte Sicherheitsanalysen', en: 'Final security analyses' },
    priority: 3,
    note: 'Auftakt in Bannewitz und Weißwasser; nach 25 abgeschlossenen Analysen schließen diese beiden den Baustein ab.',
    source: 'https://asskomm.sachsen.de/sicherheitsanalysen-in-bannewitz-und-weisswasser-gestartet-8844.html',
  },
  {
    date: '2024-02-27',
    label: { de: 'Fünf Jahre ASSKomm', en: 'Five years of ASSKomm' },
    priority: 2,
    note: 'Das Jubiläum wurde auf einer Kommunal-Konferenz gewürdigt.',
  },
  {
    date: '2025-04-11',
    label: { de: '60. Kooperationsvereinbarung', en: '60th cooperation agreement' },
    priority: 2,
    note: 'Leutersdorf im Landkreis Görlitz.',
    source: 'https://www.asskomm.sachsen.de/folgeseite-news-und-veranstaltungen-9278-9278.html',
  },
  {
    date: '2025-09-11',
    label: { de: '4. ASSKomm-Fachtag', en: '4th ASSKomm conference' },
    priority: 2,
    note: 'Rund 170 Teilnehmende.',
  },
];
