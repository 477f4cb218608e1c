/**
 * The state-wide headline series and, for every row of `figures.csv`, what becomes of it:
 * a point (with its German note) or a reason why it is left out.
 */
type Localized = { de: string; en: string };

export interface IndicatorHead {
  id: string;
  label: Localized;
  unit?: Localized;
  format?: 'eur';
  cumulative?: false;
  description?: Localized;
}

const KOMMUNEN: Localized = { de: 'Kommunen', en: 'municipalities' };

/** In this order in the feed. */
export const INDICATORS: IndicatorHead[] = [
  {
    id: 'advised',
    label: { de: 'Beratene Kommunen', en: 'Municipalities advised' },
    unit: KOMMUNEN,
    description: {
      de: 'Kommunen, die das ASSKomm-Team beraten oder kontaktiert hat; nicht zu verwechseln mit Kommunen mit Kooperationsvereinbarung.',
      en: 'Municipalities advised or contacted by the ASSKomm team; not the same as municipalities with a cooperation agreement.',
    },
  },
  {
    id: 'model-municipalities',
    label: { de: 'Modellkommunen', en: 'Model municipalities' },
    unit: KOMMUNEN,
  },
  {
    id: 'kpr',
    label: { de: 'Kommunale Präventionsräte', en: 'Municipal prevention councils' },
    unit: { de: 'Präventionsräte', en: 'councils' },
    description: {
      de: 'Die Quellen zählen unterschiedlich: mal mit, mal ohne die Räte der Landkreise und schon vor ASSKomm bestehende Räte.',
      en: 'Sources count differently: with or without district councils and councils that existed before ASSKomm.',
    },
  },
  {
    id: 'cooperation-agreements',
    label: { de: 'Kooperationsvereinbarungen', en: 'Cooperation agreements' },
    unit: KOMMUNEN,
    description: {
      de: 'Kommunen, die eine Vereinbarung mit dem Landespräventionsrat unterzeichnet haben; gemeinsame Unterzeichnungen werden in den Quellen uneinheitlich gezählt.',
      en: 'Municipalities that signed an agreement with the Landespräventionsrat; joint signings are counted inconsistently in the sources.',
    },
  },
  {
    id: 'close-cooperation',
    label: { de: 'Kommunen in enger Zusammenarbeit', en: 'Municipalities in close cooperation' },
    unit: KOMMUNEN,
  },
  {
    id: 'coaching',
    label: { de: 'Kommunen mit Coaching', en: 'Municipalities with coaching' },
    unit: KOMMUNEN,
  },
  {
    id: 'security-analyses',
    label: { de: 'Sicherheitsanalysen', en: 'Security analyses' },
    unit: { de: 'Analysen', en: 'analyses' },
    description: {
      de: 'Eine Analyse kann mehrere Kommunen umfassen.',
      en: 'One analysis may cover several municipalities.',
    },
  },
  {
    id: 'funded-municipalities',
    label: { de: 'Geförderte Kommunen', en: 'Funded municipalities' },
    unit: KOMMUNEN,
  },
  {
    id: 'funding-eur',
    label: { de: 'Bewilligte Fördermittel', en: 'Funding approved' },
    format: 'eur',
  },
  {
    id: 'beccaria-graduates',
    label: { de: 'Fachkräfte für Kriminalprävention (Beccaria)', en: 'Crime prevention specialists (Beccaria)' },
    unit: { de: 'Personen', en: 'persons' },
  },
  {
    id: 'annual-budget-eur',
    label: { de: 'Landesmittel pro Jahr', en: 'State funds per year' },
    format: 'eur',
    cumulative: false,
    description: {
      de: 'Für die Richtlinie Kommunale Prävention angekündigte Mittel; die Quellen nennen teils unklare Zeiträume.',
      en: 'Funds announced for the municipal prevention funding guideline; some sources leave the period unclear.',
    },
  },
];

/** `metric` column → indicator id. */
export const METRIC_TO_INDICATOR: Record<string, string> = {
  advised: 'advised',
  model_municipalities: 'model-municipalities',
  kpr: 'kpr',
  cooperation_agreements: 'cooperation-agreements',
  close_cooperation: 'close-cooperation',
  coaching: 'coaching',
  security_analyses: 'security-analyses',
  funded_municipalities: 'funded-municipalities',
  funding_eur: 'funding-eur',
  beccaria_graduates: 'beccaria-graduates',
  annual_budget_eur: 'annual-budget-eur',
};

/** Which CSV row: metric, date and value; `source` (a substring) where that is not unique. */
export interface FigureMatch {
  metric: string;
  date: string;
  value: number;
  source?: string;
}

export interface PointSpec {
  note: string;
  value?: number;
  qualifier?: 'at-least' | 'approx';
  planned?: true;
  source?: string;
}

export type LeftOutKind = 'Dublette' | 'regionale Teilzahl' | 'Zuwachs statt Bestand' | 'andere Zähleinheit' | 'in Ereignis-Notiz';

export type FigureDecision = FigureMatch & ({ point: PointSpec } | { leftOut: LeftOutKind; reason: string });

const ORD = 'Ordnungszahl:';

export const FIGURES: FigureDecision[] = [
  // advised
  {
    metric: 'advised',
    date: '2020-02-12',
    value: 64,
    source: 'seed 004',
    point: { note: 'Bilanz nach einem Jahr: vom Landespräventionsrat beratene Kommunen.' },
  },
  {
    metric: 'advised',
    date: '2020-02-12',
    value: 64,
    source: 'vhw.de',
    leftOut: 'Dublette',
    reason: 'dieselbe SMI-Mitteilung vom 12.02.2020, bei vhw nachgedruckt',
  },
  {
    metric: 'advised',
    date: '2020-09-16',
    value: 87,
    point: { note: 'Seit 2019 beratene Kommunen, genannt bei der Unterzeichnung in Reichenbach im Vogtland.' },
  },
  { metric: 'advised', date: '2020-12', value: 99, point: { note: 'Jahresrückblick 2020 des ASSKomm-Teams.' } },
  {
    metric: 'advised',
    date: '2021-01-18',
    value: 100,
    point: { note: 'Seifhennersdorf (Landkreis Görlitz) wurde als 100. Kommune beraten.' },
  },
  { metric: 'advised', date: '2021-02-05', value: 102, point: { note: 'Genannt am Tag der Unterzeichnung in Zittau.' } },
  { metric: 'advised', date: '2021-02-06', value: 102, point: { note: 'Zwei-Jahres-Bilanz („ASSKomm in Zahlen und Fakten“).' } },
  {
    metric: 'advised',
    date: '2021-05-05',
    value: 105,
    point: { note: 'Laut SMI beteiligen sich mit Seifhennersdorf 105 Kommunen; gemeint sind beratene Kommunen, nicht Vereinbarungen.' },
  },
  { metric: 'advised', date: '2021-05-18', value: 109, point: { note: 'Genannt am Tag der Unterzeichnung in Glauchau.' } },
  {
    metric: 'advised',
    date: '2021-06-25',
    value: 100,
    point: { qualifier: 'at-least', note: 'Bei der Unterzeichnung in Torgau nur als „über 100“ angegeben.' },
  },
  { metric: 'advised', date: '2021-09-01', value: 121, point: { note: 'Genannt im Text zur Vorvereinbarung mit Oelsnitz/Erzgeb.' } },
  {
    metric: 'advised',
    date: '2021-11',
    value: 126,
    source: 'seed 000',
    point: { note: 'Kontaktierte Kommunen einschließlich der acht Modellkommunen (ASSKomm-Karte, Stand November 2021).' },
  },
  {
    metric: 'advised',
    date: '2021-11',
    value: 126,
    source: 'asskomm-standorte',
    leftOut: 'Dublette',
    reason: 'dieselbe Kartenseite (Seed 000) wie die übernommene Zeile',
  },
  { metric: 'advised', date: '2023-01-30', value: 134, point: { note: 'Genannt beim Beitritt von Rothenburg/O.L.' } },

  // model municipalities
  {
    metric: 'model_municipalities',
    date: '2019-02-06',
    value: 8,
    source: 'seed 004',
    point: { note: 'Chemnitz, Freital, Görlitz, Leipzig, Pirna, Plauen, Wurzen und Zwickau zum Start im Februar 2019.' },
  },
  {
    metric: 'model_municipalities',
    date: '2019-02-06',
    value: 8,
    source: 't-online',
    leftOut: 'Dublette',
    reason: 'gleicher Wert und Tag; die amtliche SMI-Bilanz (Seed 004) wird bevorzugt',
  },

  // Kommunale Präventionsräte
  {
    metric: 'kpr',
    date: '2019-01',
    value: 10,
    point: {
      qualifier: 'approx',
      note: 'Schätzung des Innenministers vor dem Start: etwa zehn der 421 Gemeinden hatten einen kriminalpräventiven Rat.',
    },
  },
  {
    metric: 'kpr',
    date: '2020-02-12',
    value: 16,
    point: { note: 'Bilanz nach einem Jahr: Kommunen mit neu gebildetem oder wiederbelebtem Präventionsrat.' },
  },
  {
    metric: 'kpr',
    date: '2020-02-13',
    value: 16,
    leftOut: 'Dublette',
    reason: 'Zusammenfassung derselben Ein-Jahres-Bilanz im Behörden Spiegel, einen Tag später',
  },
  { metric: 'kpr', date: '2020-12', value: 20, point: { note: 'Jahresrückblick 2020: 20 Präventionsräte gegründet.' } },
  {
    metric: 'kpr',
    date: '2021-02-05',
    value: 19,
    point: { note: 'SMI-Angabe in einer dpa-Meldung zur Unterzeichnung in Zittau; weniger als im Jahresrückblick 2020.' },
  },
  {
    metric: 'kpr',
    date: '2021-02-06',
    value: 19,
    point: { note: 'Zwei-Jahres-Bilanz; weniger als die 20 vom Dezember 2020, da die Quellen unterschiedlich zählen.' },
  },
  {
    metric: 'kpr',
    date: '2021-05',
    value: 22,
    point: {
      note: `${ORD} Der Rat des Verwaltungsverbands Wildenstein wurde als 22. bezeichnet; Monat aus dem ASSKomm-Archiv erschlossen.`,
    },
  },
  {
    metric: 'kpr',
    date: '2021-06',
    value: 21,
    leftOut: 'Dublette',
    reason: 'dpa-Meldung zur selben Unterzeichnung in Torgau (25.06.2021), gleicher Wert',
  },
  {
    metric: 'kpr',
    date: '2021-06-25',
    value: 21,
    point: {
      note: 'Genannt bei der Unterzeichnung in Torgau (ebenso in einer dpa-Meldung); weniger als die Ordnungszahl 22 aus Wildenstein.',
    },
  },
  {
    metric: 'kpr',
    date: '2021-09',
    value: 25,
    leftOut: 'Dublette',
    reason: 'Pressebericht vom September 2021 mit demselben Wert (dort einschließlich Landkreise); im Hinweis zum 01.09.2021 erwähnt',
  },
  {
    metric: 'kpr',
    date: '2021-09-01',
    value: 25,
    point: {
      note: 'Genannt im Text zur Vorvereinbarung mit Oelsnitz/Erzgeb.; ein Pressebericht im September 2021 nennt ebenfalls 25, dort einschließlich Landkreise.',
    },
  },
  {
    metric: 'kpr',
    date: '2021-11',
    value: 28,
    point: { note: '26 Räte in Städten, Gemeinden und Verbänden sowie 2 auf Kreisebene (ASSKomm-Karte, Stand November 2021).' },
  },
  {
    metric: 'kpr',
    date: '2022-01',
    value: 28,
    point: {
      note: '26 örtliche Räte und 2 auf Kreisebene (Landkreise Görlitz und Leipzig), laut Fachzeitschrift forum kriminalprävention.',
    },
  },
  {
    metric: 'kpr',
    date: '2022-12-21',
    value: 28,
    point: { note: 'SMI-Angabe beim Beitritt der Verwaltungsgemeinschaft Reichenbach/O.L.' },
  },
  { metric: 'kpr', date: '2023-01-30', value: 28, point: { note: 'Genannt beim Beitritt von Rothenburg/O.L.' } },
  {
    metric: 'kpr',
    date: '2023-02-09',
    value: 30,
    point: {
      note: `${ORD} Der Rat in Görlitz wurde als 30. in Sachsen bezeichnet; gezählt sind offenbar alle Räte im Land, nicht nur die über ASSKomm entstandenen.`,
    },
  },

  // cooperation agreements
  {
    metric: 'cooperation_agreements',
    date: '2020-12',
    value: 20,
    point: { qualifier: 'approx', note: 'Der Bürgermeister von Taucha sprach bei der Unterzeichnung am 16.12.2020 von etwa 20 Kommunen.' },
  },
  { metric: 'cooperation_agreements', date: '2021-05-18', value: 21, point: { note: `${ORD} Glauchau unterzeichnete als 21. Kommune.` } },
  {
    metric: 'cooperation_agreements',
    date: '2021-07',
    value: 24,
    point: { note: `${ORD} Borsdorf unterzeichnete die 24. Vereinbarung; Monat aus dem ASSKomm-Archiv erschlossen.` },
  },
  {
    metric: 'cooperation_agreements',
    date: '2021-09-10',
    value: 5,
    leftOut: 'regionale Teilzahl',
    reason: 'Kommunen im Landkreis Görlitz',
  },
  {
    metric: 'cooperation_agreements',
    date: '2021-11',
    value: 29,
    point: { note: 'Dem ASSKomm-Verbund beigetretene Kommunen (ASSKomm-Karte, Stand November 2021).' },
  },
  {
    metric: 'cooperation_agreements',
    date: '2021-12-01',
    value: 30,
    point: { note: `${ORD} Crimmitschau trat als 30. Kommune bei, erstmals virtuell.` },
  },
  {
    metric: 'cooperation_agreements',
    date: '2022-01-14',
    value: 8,
    leftOut: 'regionale Teilzahl',
    reason: 'Ordnungszahl innerhalb Ostsachsens (VG Olbersdorf)',
  },
  {
    metric: 'cooperation_agreements',
    date: '2022-05-20',
    value: 10,
    leftOut: 'regionale Teilzahl',
    reason: 'Ordnungszahl innerhalb Ostsachsens (Königswartha)',
  },
  {
    metric: 'cooperation_agreements',
    date: '2022-06-08',
    value: 10,
    leftOut: 'regionale Teilzahl',
    reason: 'ASSKomm-Kommunen in Ostsachsen (Vernetzungstreffen Bautzen)',
  },
  { metric: 'cooperation_agreements', date: '2022-11-28', value: 42, point: { note: `${ORD} Freiberg unterzeichnete als 42. Kommune.` } },
  {
    metric: 'cooperation_agreements',
    date: '2022-12-21',
    value: 12,
    leftOut: 'regionale Teilzahl',
    reason: 'Ordnungszahl innerhalb Ostsachsens (VG Reichenbach/O.L.)',
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-02-23',
    value: 47,
    point: { note: `${ORD} Oelsnitz/Erzgeb. unterzeichnete als 47. Kommune.` },
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-03-01',
    value: 4,
    leftOut: 'regionale Teilzahl',
    reason: 'Kommunen im Landkreis Sächsische Schweiz-Osterzgebirge (Bannewitz)',
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-04-05',
    value: 49,
    point: { note: 'Nach dem Beitritt von Hartmannsdorf hatten 49 Kommunen unterzeichnet.' },
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-08-09',
    value: 6,
    leftOut: 'regionale Teilzahl',
    reason: 'Kommunen im Landkreis Sächsische Schweiz-Osterzgebirge (Heidenau)',
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-08-31',
    value: 54,
    point: { note: `${ORD} Limbach-Oberfrohna unterzeichnete als 54. Kommune.` },
  },
  {
    metric: 'cooperation_agreements',
    date: '2023-09-14',
    value: 54,
    point: { note: 'Beim 3. ASSKomm-Fachtag nannte das SMI 54 Kommunen im Netzwerk.' },
  },
  { metric: 'cooperation_agreements', date: '2023-12-18', value: 56, point: { note: `${ORD} Radeberg trat als 56. Kommune bei.` } },
  {
    metric: 'cooperation_agreements',
    date: '2025-04-11',
    value: 60,
    point: { note: `${ORD} Leutersdorf (Landkreis Görlitz) trat als 60. Kommune bei.` },
  },

  // close cooperation
  {
    metric: 'close_cooperation',
    date: '2021-09-01',
    value: 43,
    point: { note: 'Etwa ein Drittel der 121 beratenen Kommunen arbeitet eng mit ASSKomm zusammen.' },
  },
  {
    metric: 'close_cooperation',
    date: '2023-01-30',
    value: 58,
    point: { note: 'Von 134 beratenen Kommunen arbeiten 58 eng mit der Allianz zusammen.' },
  },

  // coaching
  {
    metric: 'coaching',
    date: '2020',
    value: 24,
    leftOut: 'Dublette',
    reason: 'Zwei-Jahres-Bilanz nennt dieselben 24 Kommunen für 2020; übernommen ist der Jahresrückblick 2020',
  },
  {
    metric: 'coaching',
    date: '2020-12',
    value: 24,
    point: { note: 'Jahresrückblick 2020: 24 Coaching-Prozesse begonnen; die Zwei-Jahres-Bilanz nennt ebenso 24 begleitete Kommunen.' },
  },
  {
    metric: 'coaching',
    date: '2021-11',
    value: 32,
    point: { note: 'Kommunen, für die ein Coach gefunden wurde; Koordination durch das Institut B3 (ASSKomm-Karte, Stand November 2021).' },
  },

  // security analyses
  {
    metric: 'security_analyses',
    date: '2020-10-20',
    value: 13,
    point: { planned: true, note: 'Plan laut Newsletter des Landespräventionsrats: Start von 13 Analysen für 16 Kommunen noch 2020.' },
  },
  {
    metric: 'security_analyses',
    date: '2020-11-03',
    value: 13,
    point: { planned: true, note: 'Digitaler Auftakt mit dem Auftragnehmer NKMG: 13 Analysen für 16 Kommunen, zeitlich gestaffelt.' },
  },
  {
    metric: 'security_analyses',
    date: '2021',
    value: 12,
    point: { note: '2021 durchgeführt: 12 Analysen mit 13 Kommunen aus acht Landkreisen (ASSKomm-Karte).' },
  },
  {
    metric: 'security_analyses',
    date: '2021-04',
    value: 16,
    leftOut: 'andere Zähleinheit',
    reason: 'zählt beteiligte Kommunen, nicht Analysen',
  },
  {
    metric: 'security_analyses',
    date: '2021-06-25',
    value: 16,
    leftOut: 'andere Zähleinheit',
    reason: 'zählt Kommunen mit begonnener Analyse, nicht Analysen',
  },
  {
    metric: 'security_analyses',
    date: '2022',
    value: 13,
    point: {
      planned: true,
      value: 25,
      note: 'Plan: 2022 kommen 13 Analysen zu den 12 von 2021 hinzu, zusammen 25 (so schon auf der ASSKomm-Karte vom November 2021); Auftakte ab Januar 2022, Abschluss bis Dezember 2022 angekündigt.',
    },
  },
  {
    metric: 'security_analyses',
    date: '2022',
    value: 25,
    leftOut: 'Dublette',
    reason: 'gleicher Plan (25 Analysen aus beiden Runden) wie der übernommene Punkt 2022',
  },
  {
    metric: 'security_analyses',
    date: '2024-02',
    value: 25,
    point: {
      note: '25 Analysen abgeschlossen; zwei weitere (Bannewitz, Weißwasser) begannen im Februar 2024, danach endet dieser Baustein.',
    },
  },

  // funding
  {
    metric: 'funded_municipalities',
    date: '2021-11',
    value: 14,
    point: {
      note: 'Seit 2019 geförderte Kommunen, teils mit mehreren Projekten über mehrere Jahre, z. B. Koordinierungsstellen und Sachkosten.',
    },
  },
  {
    metric: 'funding_eur',
    date: '2021-02-06',
    value: 420000,
    point: { qualifier: 'at-least', note: 'Seit 2019 für kommunale Prävention bewilligt: „über 420.000 €“ (Zwei-Jahres-Bilanz).' },
  },

  // Beccaria qualification
  {
    metric: 'beccaria_graduates',
    date: '2021-02-06',
    value: 102,
    point: { note: 'Bisher als „Fachkraft für Kriminalprävention“ qualifiziert; 2021 begannen 18 weitere.' },
  },
  {
    metric: 'beccaria_graduates',
    date: '2021-07-03',
    value: 17,
    leftOut: 'Zuwachs statt Bestand',
    reason: '17 Absolventen des 8. Kurses, kein Gesamtstand',
  },

  // annual budget
  {
    metric: 'annual_budget_eur',
    date: '2018-05-29',
    value: 140000,
    leftOut: 'in Ereignis-Notiz',
    reason: 'Summe für zwei Jahre (2019/20), kein Jahresbetrag; steht im Ereignis „Förderrichtlinie beschlossen“',
  },
  {
    metric: 'annual_budget_eur',
    date: '2019-02',
    value: 1300000,
    leftOut: 'Dublette',
    reason: 'Radiobericht zum selben Start; übernommen ist die SMI-Mitteilung vom 06.02.2019',
  },
  {
    metric: 'annual_budget_eur',
    date: '2019-02-06',
    value: 2600000,
    point: { value: 1300000, note: 'Zum Start angekündigt: 2,6 Mio. € für 2019 und 2020 zusammen, also 1,3 Mio. € je Jahr.' },
  },
  {
    metric: 'annual_budget_eur',
    date: '2020-02-12',
    value: 1300000,
    point: { note: 'Bilanz nach einem Jahr: jährlich bereitgestellte Fördermittel neben der Beratung.' },
  },
  {
    metric: 'annual_budget_eur',
    date: '2021-06-25',
    value: 1300000,
    point: {
      qualifier: 'approx',
      note: 'Rund 1,3 Mio. € im Doppelhaushalt 2021/22; ob je Jahr oder für beide Jahre, lässt die Quelle offen.',
    },
  },
  {
    metric: 'annual_budget_eur',
    date: '2023-01-30',
    value: 1100000,
    point: { note: 'Mittel des Freistaats für kommunale Präventionsstrategien; Zeitraum nicht angegeben.' },
  },

  // students (no indicator)
  {
    metric: 'students_bachelor',
    date: '2020-02-12',
    value: 19,
    leftOut: 'in Ereignis-Notiz',
    reason: 'keine Kennzahl; steht im Ereignis „Bilanz nach einem Jahr“',
  },
  {
    metric: 'students_master',
    date: '2020-02-12',
    value: 12,
    leftOut: 'in Ereignis-Notiz',
    reason: 'keine Kennzahl; steht im Ereignis „Bilanz nach einem Jahr“',
  },
];
