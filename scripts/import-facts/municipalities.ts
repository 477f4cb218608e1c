/**
 * For every row of `municipalities.csv` (key: "<name>|<event>") the German note and, per
 * building block, the extra fields judged from the English `detail`.
 */

export type KprAction = 'founded' | 'reactivated' | 'existing';
export type AnalysisState = 'planned' | 'running' | 'completed';

export interface RowSpec {
  note: string;
  /** agreement */
  partners?: string[];
  /** kpr; default from the event (kpr_founded → founded, kpr_reactivated → reactivated) */
  action?: KprAction;
  /** analysis */
  state?: AnalysisState;
  /** funding */
  amountEur?: number;
  project?: string;
}

/** `event` column → building block (layer id). */
export const EVENT_TO_LAYER: Record<string, string> = {
  advised: 'contacted',
  model_municipality: 'model',
  kpr_founded: 'kpr',
  kpr_reactivated: 'kpr',
  pre_agreement: 'pre-agreement',
  cooperation_agreement: 'agreement',
  coaching: 'coaching',
  security_analysis: 'analysis',
  funding: 'funding',
};

/**
 * Institutional contact points of Kommunale Präventionsräte, by CSV name: body name, office page,
 * office mailbox. Never a private person's name, e-mail or phone.
 */
export const KPR_BODIES: Record<string, { name: string; url?: string; email?: string }> = {
  Görlitz: {
    name: 'Kommunaler Präventionsrat Görlitz',
    url: 'http://www.goerlitz.de/site/goto/site/goto/uploads/Kunst_und_Kultur/Kommunaler-Praeventionsrat.html',
  },
  Hoyerswerda: {
    name: 'Kommunaler Präventionsrat Hoyerswerda',
    url: 'https://www.hoyerswerda.de/rathaus/politik/kommunale-praevention/',
  },
  'Landkreis Görlitz (district level)': {
    name: 'Kommunaler Präventionsrat des Landkreises Görlitz (Geschäftsstelle im Landratsamt)',
    url: 'https://www.kreis-goerlitz.de/Beauftragte-Raete-und-Beiraete/Raete-und-Beiraete/Kommunaler-Praeventionsrat.htm?waid=394',
  },
  'Oelsnitz/Erzgeb.': {
    name: 'Kommunaler Präventionsrat Oelsnitz/Erzgeb.',
    url: 'https://www.oelsnitz-erzgeb.com/stadt-buerger/praeventionsarbeit/kommunaler-praeventionsrat',
  },
  Pirna: {
    name: 'Präventionsnetzwerk Pirna (Koordinierungsstelle Kommunale Prävention)',
    url: 'https://pirna.de/leben-in-pirna/miteinander/sicherheit',
  },
  Taucha: {
    name: 'Kommunaler Präventionsrat Taucha',
    email: 'kpr@taucha.de',
  },
  Torgau: {
    name: 'Kommunaler Präventionsrat Torgau',
    url: 'https://www.torgau.eu/rathaus-politik/stadtrat/kommunaler-praeventionsrat',
  },
  Zittau: {
    name: 'Kommunaler Präventionsrat Zittau',
    url: 'https://zittau.de/buergerservice/buergerbeteiligung/kommunale-praevention',
    email: 'kpr@zittau.de',
  },
  Zwickau: {
    name: 'Kommunaler Präventionsrat Zwickau (Stabsstelle Kommunale Prävention der Stadt)',
    url: 'https://www.zwickau.de/de/aktuelles/pressemitteilungen/2021/oktober/100010100000088031.php',
  },
};

const LPR = 'Landespräventionsrat Sachsen';
const pd = (name: string): string => `Polizeidirektion ${name}`;

// Group actions: one record per member, the note names the group.
const MODEL: RowSpec = { note: 'Eine der acht Modellkommunen beim Auftakt in Chemnitz.' };
const VOGTLAND: RowSpec = {
  note: 'ASSKomm und die Förderrichtlinie wurden der Arbeitsgruppe „Ordnungsamt und Gemeindevollzugsdienst“ des Oberen Vogtlands vorgestellt; nur eine Information, keine Vereinbarung.',
};
const SILBERBERG: RowSpec = {
  note: 'Gemeinsam als Städtebund Silberberg mit der Polizeidirektion Chemnitz und dem Landespräventionsrat unterzeichnet.',
  partners: [LPR, pd('Chemnitz')],
};
const SILBERBERG_ANALYSIS: RowSpec = {
  note: 'Gemeinsame Analyse des Städtebunds Silberberg, virtueller Auftakt am 26.01.2022.',
  state: 'completed',
};
const GOELTZSCHTAL: RowSpec = {
  note: 'Gemeinsame Vereinbarung der Göltzschtal-Städte Auerbach/Vogtl., Lengenfeld und Rodewisch, in Rodewisch mit der Polizeidirektion Zwickau und dem Landespräventionsrat unterzeichnet.',
  partners: [LPR, pd('Zwickau')],
};
const FLOEHA_PILOT: RowSpec = {
  note: 'Partner im Pilotprojekt eines gemeinsamen Gemeindevollzugsdienstes unter Führung von Flöha; die Förderung von 40.000 € erhielt Flöha.',
  project: 'Interkommunaler Gemeindevollzugsdienst (Pilotprojekt)',
};
const WURZENER_LAND: RowSpec = {
  note: 'Präventionsrat Wurzener Land, gemeinsam gegründet von Wurzen, Bennewitz, Lossatal und Thallwitz.',
};
const OLBERSDORF: RowSpec = {
  note: 'Als Verwaltungsgemeinschaft Olbersdorf (vier Gemeinden) in Oybin mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet.',
  partners: [LPR, pd('Görlitz')],
};
const REICHENBACH_OL: RowSpec = {
  note: 'Als Verwaltungsgemeinschaft Reichenbach/O.L. (mit Königshain und Vierkirchen) mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; zwölftes Mitglied in Ostsachsen.',
  partners: [LPR, pd('Görlitz')],
};
const WILDENSTEIN_KPR: RowSpec = {
  note: 'Präventionsrat des Verwaltungsverbands Wildenstein, laut ASSKomm der 22.; ob neu gegründet oder wiederbelebt, lässt die Quelle offen. Monat aus dem ASSKomm-Archiv erschlossen.',
};
const WILDENSTEIN_AGREEMENT: RowSpec = {
  note: 'Als Verwaltungsverband Wildenstein (Grünhainichen, Börnichen/Erzgeb.) mit dem Landespräventionsrat unterzeichnet; Datum unbekannt, wohl zwischen Mitte 2020 und Mai 2021.',
  partners: [LPR],
};
const WILDENSTEIN_ANALYSIS: RowSpec = {
  note: 'Der Verwaltungsverband Wildenstein hat eine Sicherheitsanalyse begonnen; Datum nicht angegeben.',
  state: 'completed',
};
const ARCHIVE_COACHING: RowSpec = { note: 'Im ASSKomm-Archiv als Beispiel für das Coaching vorgestellt.' };
const SMALL_2020: RowSpec = { note: 'In der Ein-Jahres-Bilanz als beteiligte kleine Kommune genannt.' };

export const ROWS: Record<string, RowSpec> = {
  'Adorf/Vogtl.|advised': VOGTLAND,
  'Annaberg-Buchholz|security_analysis': {
    note: 'Erstes Arbeitspaket der Analysen 2021; die Stadt veröffentlichte die Ergebnisse 2022.',
    state: 'completed',
  },
  'Annaberg-Buchholz|kpr_founded': {
    note: 'Kommunalpräventiver Rat unter Vorsitz des Oberbürgermeisters gegründet; das Jahr nennt die Quelle nicht.',
  },
  'Aue-Bad Schlema|cooperation_agreement': SILBERBERG,
  'Aue-Bad Schlema|security_analysis': SILBERBERG_ANALYSIS,
  'Auerbach/Vogtl.|cooperation_agreement': GOELTZSCHTAL,
  'Augustusburg|funding': FLOEHA_PILOT,
  'Bad Elster|advised': VOGTLAND,
  'Bad Muskau|cooperation_agreement': {
    note: 'Vom Bürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet.',
    partners: [LPR, pd('Görlitz')],
  },
  'Bannewitz|cooperation_agreement': {
    note: 'Vierte Kommune des Landkreises im Verbund; polizeilicher Partner ist das Revier Freital-Dippoldiswalde.',
    partners: [LPR, 'Polizeidirektion Dresden (Polizeirevier Freital-Dippoldiswalde)'],
  },
  'Bannewitz|security_analysis': {
    note: 'Auftakt im Februar 2024, 1.000 Einwohner befragt; Ergebnisse im August 2024 vorgestellt.',
    state: 'completed',
  },
  'Belgershain|kpr_founded': {
    note: 'Laut SMI spätestens im Februar 2021 mit Präventionsrat; Gründungsdatum unbekannt.',
    action: 'existing',
  },
  'Belgershain|advised': { note: 'In der Zwei-Jahres-Bilanz als eine der kleinsten beteiligten Gemeinden genannt.' },
  'Bennewitz|kpr_founded': WURZENER_LAND,
  'Bertsdorf-Hörnitz|cooperation_agreement': OLBERSDORF,
  'Borna|cooperation_agreement': {
    note: 'Zusammen mit Markkleeberg unterzeichnet; Tag unbekannt, Monat aus dem ASSKomm-Archiv erschlossen.',
    partners: [LPR],
  },
  'Borna|security_analysis': {
    note: 'Von der Stadt veröffentlichte ASSKomm-Analyse zu Sicherheitslage und Sicherheitsgefühl; Datum nicht angegeben.',
    state: 'completed',
  },
  'Borsdorf|cooperation_agreement': {
    note: '24. Vereinbarung, vom Bürgermeister unterzeichnet; Monat aus dem ASSKomm-Archiv erschlossen.',
    partners: [LPR],
  },
  'Burgstädt|pre_agreement': {
    note: 'Vorvereinbarung von Bürgermeister und Landespräventionsrat (zuständig für den Landkreis Mittelsachsen) unterzeichnet.',
  },
  'Börnichen/Erzgeb.|kpr_reactivated': WILDENSTEIN_KPR,
  'Börnichen/Erzgeb.|cooperation_agreement': WILDENSTEIN_AGREEMENT,
  'Börnichen/Erzgeb.|security_analysis': WILDENSTEIN_ANALYSIS,
  'Chemnitz|model_municipality': MODEL,
  'Chemnitz|kpr_founded': {
    note: 'Laut SMI spätestens im Februar 2021 mit Präventionsrat; Gründungsdatum nicht genannt.',
    action: 'existing',
  },
  'Colditz|security_analysis': { note: 'Nach Bewerbung als eine von 13 Kommunen ausgewählt; 1.000 Einwohner befragt.', state: 'completed' },
  'Colditz|kpr_founded': { note: 'Erste Sitzung der Steuerungsgruppe des Präventionsrats; Monat aus dem ASSKomm-Archiv erschlossen.' },
  'Crimmitschau|cooperation_agreement': {
    note: '30. Kommune im Verbund, erstmals per Videokonferenz unterzeichnet.',
    partners: [LPR, pd('Zwickau')],
  },
  'Dippoldiswalde|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Dresden und dem Landespräventionsrat unterzeichnet, im Beisein des Innenministers.',
    partners: [LPR, pd('Dresden')],
  },
  'Eppendorf|funding': FLOEHA_PILOT,
  'Flöha|cooperation_agreement': {
    note: 'Von Oberbürgermeister und Landespräventionsrat unterzeichnet, im Beisein des Innenministers.',
    partners: [LPR],
  },
  'Flöha|funding': {
    note: 'Zuschuss für das Pilotprojekt mit Augustusburg, Eppendorf, Leubsdorf, Niederwiesa und Oederan.',
    amountEur: 40000,
    project: 'Interkommunaler Gemeindevollzugsdienst (Pilotprojekt)',
  },
  'Flöha|coaching': ARCHIVE_COACHING,
  'Frankenberg/Sa.|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Chemnitz (Revier Mittweida) und dem Landespräventionsrat unterzeichnet.',
    partners: [LPR, 'Polizeidirektion Chemnitz (Polizeirevier Mittweida)'],
  },
  'Frankenberg/Sa.|funding': {
    note: 'Förderung nach der Richtlinie Kommunale Prävention beantragt, Koordinierungsstelle besetzt; Bewilligung und Betrag nicht angegeben.',
    project: 'Koordinierungsstelle',
  },
  'Frankenberg/Sa.|security_analysis': {
    note: 'Sicherheits- und Sozialraumanalyse 2022 durchgeführt; Veröffentlichung für Anfang 2023 geplant.',
    state: 'completed',
  },
  'Freiberg|cooperation_agreement': {
    note: '42. Vereinbarung; Präventionsrat und Befragung geplant.',
    partners: [LPR, 'Polizeidirektion Chemnitz (Polizeirevier Freiberg)'],
  },
  'Freital|model_municipality': MODEL,
  'Freital|kpr_reactivated': {
    note: 'Neugründung des eingeschlafenen Kriminalpräventiven Rats beim Auftakttreffen am 10.07.2019 vereinbart.',
  },
  'Glauchau|cooperation_agreement': {
    note: '21. Vereinbarung, von Oberbürgermeister und Landespräventionsrat unterzeichnet; Zusammenarbeit seit Juni 2020.',
    partners: [LPR],
  },
  'Glauchau|kpr_founded': {
    note: 'Der Kriminalpräventive Rat bestand spätestens bei Unterzeichnung der Vereinbarung.',
    action: 'existing',
  },
  'Großenhain|funding': { note: 'Förderung für das Jahr 2021.', amountEur: 21150, project: 'Aktion „Bürger für unsere saubere Stadt“' },
  'Großenhain|coaching': { note: 'Die Aktion der Stadt wird vom ASSKomm-Coaching begleitet.' },
  'Großenhain|cooperation_agreement': { note: 'Von Oberbürgermeister und Landespräventionsrat unterzeichnet.', partners: [LPR] },
  'Grünhainichen|kpr_reactivated': WILDENSTEIN_KPR,
  'Grünhainichen|cooperation_agreement': WILDENSTEIN_AGREEMENT,
  'Grünhainichen|security_analysis': WILDENSTEIN_ANALYSIS,
  'Görlitz|model_municipality': MODEL,
  'Görlitz|cooperation_agreement': {
    note: 'Von der Stadt mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet, im Beisein des Innenministers.',
    partners: [LPR, pd('Görlitz')],
  },
  'Görlitz|security_analysis': {
    note: 'Befragung von 1.000 Einwohnern ab 23.06.2021, Auswertung im Juli und August 2021.',
    state: 'completed',
  },
  'Görlitz|funding': {
    note: 'Landesförderung bewilligt, Stelle seit 01.12.2022 besetzt; Betrag nicht genannt.',
    project: 'Koordinierungsstelle Kommunale Prävention',
  },
  'Görlitz|kpr_founded': { note: 'Unter Vorsitz des Oberbürgermeisters gegründet; laut ASSKomm der 30. Präventionsrat in Sachsen.' },
  'Hartmannsdorf|cooperation_agreement': {
    note: 'Fünfte Kommune im Landkreis Mittelsachsen; danach 49 Vereinbarungen insgesamt.',
    partners: [LPR, pd('Chemnitz')],
  },
  'Heidenau|advised': { note: 'Erste Beratung durch ASSKomm.' },
  'Heidenau|cooperation_agreement': {
    note: 'Sechste Kommune im Landkreis Sächsische Schweiz-Osterzgebirge.',
    partners: [LPR, 'Polizeidirektion Dresden (Polizeirevier Pirna)'],
  },
  'Hoyerswerda|kpr_founded': { note: 'Besteht seit 1999, also schon vor ASSKomm.', action: 'existing' },
  'Hoyerswerda|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; eine Sicherheitsanalyse ist vorgesehen.',
    partners: [LPR, pd('Görlitz')],
  },
  'Johanngeorgenstadt|security_analysis': { note: 'Erstes Arbeitspaket der Analysen 2021.', state: 'completed' },
  'Jonsdorf|cooperation_agreement': OLBERSDORF,
  'Klingenthal|advised': VOGTLAND,
  'Krauschwitz i.d. O.L.|cooperation_agreement': {
    note: 'Vom Bürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; Förderantrag und Coaching durch das Institut B3 geplant.',
    partners: [LPR, pd('Görlitz')],
  },
  'Königshain|cooperation_agreement': REICHENBACH_OL,
  'Königswartha|cooperation_agreement': {
    note: 'Zehnte Kommune in Ostsachsen.',
    partners: [LPR, 'Polizeidirektion Görlitz (Polizeirevier Hoyerswerda)'],
  },
  'Landkreis Görlitz (district level)|kpr_founded': {
    note: 'Vom Kreistag 2009 beschlossen; einer der beiden Kreis-Präventionsräte in den ASSKomm-Zahlen.',
    action: 'existing',
  },
  'Landkreis Leipzig (district level)|kpr_founded': {
    note: 'Spätestens im Januar 2022 als Präventionsgremium auf Kreisebene genannt; Gründungsdatum unbekannt.',
    action: 'existing',
  },
  'Lauter-Bernsbach|cooperation_agreement': SILBERBERG,
  'Lauter-Bernsbach|security_analysis': SILBERBERG_ANALYSIS,
  'Leipzig|kpr_founded': {
    note: 'Kriminalpräventiver Rat spätestens im Juni 2010 aktiv (Geschäftsbericht), also lange vor ASSKomm.',
    action: 'existing',
  },
  'Leipzig|model_municipality': MODEL,
  'Lengenfeld|cooperation_agreement': GOELTZSCHTAL,
  'Leubsdorf|funding': FLOEHA_PILOT,
  'Leutersdorf|cooperation_agreement': { note: '60. Kommune im Verbund.', partners: [LPR, pd('Görlitz')] },
  'Limbach-Oberfrohna|cooperation_agreement': {
    note: '54. Kommune im Verbund und sechste im Landkreis Zwickau.',
    partners: [LPR, pd('Zwickau')],
  },
  'Lohsa|cooperation_agreement': {
    note: 'Vom Bürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; der Gemeinderat beschloss einen Präventionsrat mit Koordinierungsstelle.',
    partners: [LPR, pd('Görlitz')],
  },
  'Lossatal|kpr_founded': WURZENER_LAND,
  'Lößnitz|cooperation_agreement': SILBERBERG,
  'Lößnitz|security_analysis': SILBERBERG_ANALYSIS,
  'Markkleeberg|cooperation_agreement': {
    note: 'An einem Dienstag von Oberbürgermeister und Landespräventionsrat unterzeichnet; der Tag ist nicht bekannt.',
    partners: [LPR],
  },
  'Markkleeberg|kpr_founded': { note: 'Präventionsrat gebildet, wegen der Pandemie später als geplant.' },
  'Markkleeberg|security_analysis': {
    note: 'Im Mai 2022 lief die Analyse; 1.000 Einwohner wurden zur Befragung eingeladen.',
    state: 'completed',
  },
  'Markneukirchen|advised': VOGTLAND,
  'Meißen|cooperation_agreement': {
    note: 'Vom Bürgermeister und der stellvertretenden Leitung des Landespräventionsrats unterzeichnet (Pressemitteilung 141/2022); Tag unbekannt.',
    partners: [LPR],
  },
  'Meißen|kpr_founded': {
    note: 'Bestehender Präventionsrat, der seit Jahren mit dem Landespräventionsrat zusammenarbeitet; spätestens 2022 belegt.',
    action: 'existing',
  },
  'Niederwiesa|funding': FLOEHA_PILOT,
  'Oederan|funding': FLOEHA_PILOT,
  'Oelsnitz/Erzgeb.|coaching': {
    note: 'Vom Landespräventionsrat finanziertes Coaching seit der Vorvereinbarung, im Februar 2023 noch laufend.',
  },
  'Oelsnitz/Erzgeb.|pre_agreement': {
    note: 'Von Bürgermeister und Landespräventionsrat (zuständig für den Erzgebirgskreis) unterzeichnet; eine SMI-Mitteilung von 2023 nennt dagegen Mai 2021.',
  },
  'Oelsnitz/Erzgeb.|cooperation_agreement': { note: '47. Vereinbarung und achte im Erzgebirgskreis.', partners: [LPR, pd('Chemnitz')] },
  'Oelsnitz/Erzgeb.|kpr_founded': { note: 'Gemeinsam mit dem Landespräventionsrat und der Polizeidirektion Chemnitz gegründet.' },
  'Oelsnitz/Vogtl.|advised': VOGTLAND,
  'Olbersdorf|cooperation_agreement': OLBERSDORF,
  'Oschatz|cooperation_agreement': {
    note: 'Anfang Februar 2021 von Oberbürgermeister und Landespräventionsrat unterzeichnet.',
    partners: [LPR],
  },
  'Ostritz|advised': SMALL_2020,
  'Oybin|cooperation_agreement': OLBERSDORF,
  'Parthenstein|advised': { note: 'In der Zwei-Jahres-Bilanz als beteiligte kleine Gemeinde genannt.' },
  'Pirna|kpr_founded': {
    note: 'Präventionsnetzwerk von Oberbürgermeister und Polizeirevier gestartet; Steuerungsgruppe seit Oktober 2018.',
  },
  'Pirna|model_municipality': MODEL,
  'Pirna|cooperation_agreement': {
    note: 'Vom Oberbürgermeister, der Leitung des Polizeireviers Pirna und dem Landespräventionsrat unterzeichnet.',
    partners: [LPR, 'Polizeidirektion Dresden (Polizeirevier Pirna)'],
  },
  'Pirna|security_analysis': {
    note: 'Ab 18.02.2021 gingen 1.100 Fragebögen an Einwohner; Teil der vom SMI beauftragten Analysen.',
    state: 'completed',
  },
  'Plauen|model_municipality': MODEL,
  'Plauen|kpr_founded': {
    note: 'Präventionsrat mit Lenkungsgruppe und Geschäftsstelle spätestens im Dezember 2019 aktiv; externe Beratung seit August 2019.',
    action: 'existing',
  },
  'Plauen|security_analysis': { note: 'Im ersten Arbeitspaket der Analysen 2021 genannt.', state: 'completed' },
  'Radeberg|cooperation_agreement': { note: '56. Kommune im Verbund.', partners: [LPR, 'Polizeidirektion Görlitz (Polizeirevier Kamenz)'] },
  'Reichenbach im Vogtland|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit Landespräventionsrat und Polizeidirektion Zwickau unterzeichnet, im Beisein des SMI-Amtschefs.',
    partners: [LPR, pd('Zwickau')],
  },
  'Reichenbach im Vogtland|kpr_founded': {
    note: 'Kriminalpräventiver Rat mit Arbeitsgruppen gegründet, u. a. zu Migration, Jugendkriminalität und Stadtgestaltung.',
  },
  'Reichenbach im Vogtland|security_analysis': {
    note: 'Die Quelle nennt nur „Reichenbach“; zugeordnet zu Reichenbach im Vogtland, weil Reichenbach/O.L. erst Ende 2022 beitrat.',
    state: 'completed',
  },
  'Reichenbach/O.L.|cooperation_agreement': REICHENBACH_OL,
  'Rodewisch|cooperation_agreement': GOELTZSCHTAL,
  'Rothenburg/O.L.|cooperation_agreement': {
    note: 'Vom Bürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet, im Beisein des Innenministers.',
    partners: [LPR, pd('Görlitz')],
  },
  'Schirgiswalde-Kirschau|advised': SMALL_2020,
  'Schkeuditz|kpr_founded': { note: 'Kriminalpräventiver Rat besteht seit 2004, also schon vor ASSKomm.', action: 'existing' },
  'Schkeuditz|coaching': { note: 'Der Landespräventionsrat stellt dem Präventionsrat der Stadt einen Coach zur Seite.' },
  'Schkeuditz|security_analysis': { note: 'Erstes Arbeitspaket der Analysen 2021; Fragebogen an 1.000 Einwohner.', state: 'completed' },
  'Schneeberg|cooperation_agreement': SILBERBERG,
  'Schneeberg|security_analysis': SILBERBERG_ANALYSIS,
  'Schwarzenberg/Erzgeb.|cooperation_agreement': {
    ...SILBERBERG,
    note: 'Gemeinsam als Städtebund Silberberg mit der Polizeidirektion Chemnitz und dem Landespräventionsrat unterzeichnet; Schwarzenberg schloss zusätzlich eine eigene Vereinbarung.',
  },
  'Schwarzenberg/Erzgeb.|security_analysis': SILBERBERG_ANALYSIS,
  'Schöneck/Vogtl.|advised': VOGTLAND,
  'Seifhennersdorf|advised': { note: '100. von ASSKomm beratene Kommune.' },
  'Seifhennersdorf|cooperation_agreement': {
    note: 'Vom Bürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet, nachdem der Stadtrat am 18.03.2021 einen Präventionsrat mit Koordinierungsstelle beschlossen hatte.',
    partners: [LPR, pd('Görlitz')],
  },
  'Seifhennersdorf|security_analysis': {
    note: 'Ergebnisse öffentlich vorgestellt: 1.000 Haushalte befragt, Rücklauf 29,5 %; die Kosten trug der Freistaat.',
    state: 'completed',
  },
  'Taucha|cooperation_agreement': {
    note: 'Vereinbarung mit dem Landespräventionsrat; polizeilicher Partner ist das Revier Leipzig-Nord.',
    partners: [LPR, 'Polizeidirektion Leipzig (Polizeirevier Leipzig-Nord)'],
  },
  'Taucha|coaching': { note: 'Der zugeteilte Coach nahm an der ersten Sitzung des Präventionsrats teil.' },
  'Taucha|kpr_founded': { note: 'Erste Sitzung des Präventionsrats, mit Beteiligung des Landespräventionsrats und des Coaches.' },
  'Taucha|security_analysis': { note: 'Auftakt am 16.05.2022, Fragebogen an 1.000 Einwohner im Juli 2022.', state: 'completed' },
  'Thallwitz|kpr_founded': WURZENER_LAND,
  'Torgau|kpr_founded': {
    note: 'Aufbau eines Präventionsrats mit drei Arbeitsgruppen gemeinsam mit der Polizeidirektion Leipzig beschlossen.',
  },
  'Torgau|funding': {
    note: 'Ungefähr 160.000 €, Summe aller ASSKomm-Förderungen seit 2019 (Stand 25.06.2021), kein Einzelbetrag.',
    amountEur: 160000,
    project: 'Präventionsstellen für das Quartier Nordwest und für junge Straftäter, dazu ein Stadtentwicklungsprojekt',
  },
  'Torgau|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Leipzig und dem Landespräventionsrat unterzeichnet, im Beisein des Innenministers.',
    partners: [LPR, pd('Leipzig')],
  },
  'Vierkirchen|cooperation_agreement': REICHENBACH_OL,
  'Weißwasser/O.L.|cooperation_agreement': {
    note: 'Am selben Tag wie Bad Muskau mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet.',
    partners: [LPR, pd('Görlitz')],
  },
  'Weißwasser/O.L.|security_analysis': {
    note: 'Auftakt im Februar 2024 als eine der beiden letzten ASSKomm-Analysen; Ergebnisse im August 2024 vorgestellt.',
    state: 'completed',
  },
  'Wurzen|model_municipality': MODEL,
  'Wurzen|kpr_founded': WURZENER_LAND,
  'Zittau|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Görlitz und dem Landespräventionsrat unterzeichnet; eine Koordinierungsstelle für einen künftigen Präventionsrat war geplant.',
    partners: [LPR, pd('Görlitz')],
  },
  'Zittau|funding': {
    note: 'Laut Stadt im Rahmen von ASSKomm gefördert, Betrag nicht genannt; der Stadtrat hatte dafür eine Koordinierungsstelle mit 0,3 Stellenanteil vorgesehen.',
  },
  'Zittau|coaching': { note: 'Ein Coach des Instituts B3 begleitete die Gründung des Präventionsrats.' },
  'Zittau|kpr_founded': { note: 'Mit Stadtverwaltung und Polizei gegründet, begleitet von einem Coach des Instituts B3.' },
  'Zwickau|model_municipality': MODEL,
  'Zwickau|cooperation_agreement': {
    note: 'Vom Oberbürgermeister mit der Polizeidirektion Zwickau und dem Landespräventionsrat unterzeichnet; festigt die Zusammenarbeit als Modellkommune.',
    partners: [LPR, pd('Zwickau')],
  },
  'Zwickau|kpr_founded': { note: 'Am Tag der Vereinbarung gegründet; das Konzept hatte der Stadtrat am 24.09.2020 beschlossen.' },
  'Zwickau|security_analysis': {
    note: 'Erstes Arbeitspaket der Analysen 2021; später Partner im Forschungsprojekt SiATransfer.',
    state: 'completed',
  },
  'Zwickau|coaching': ARCHIVE_COACHING,
  'Zwickau|funding': { note: 'Maßnahmen des Präventionsrats werden aus Landesmitteln mitfinanziert; Betrag nicht genannt.' },
};
