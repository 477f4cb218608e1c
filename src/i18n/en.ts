/**
 * Every English text, one table per German table and typed by it. Only `english.ts` reaches
 * this module, through `import()`: the bundler gives it a chunk of its own, which German pages
 * never download. Editor hints have no English table (they are German on every page).
 */
import type { CounterStrings } from './milestone-counter.js';
import type { ProgressChartStrings } from './progress-chart.js';
import type { StatusMapStrings } from './status-map.js';
import type { Strings } from './strings.js';

/** The English tables by widget; `strings` is shared by all of them. */
export interface EnglishTables {
  strings: Strings;
  counter: CounterStrings;
  chart: ProgressChartStrings;
  map: StatusMapStrings;
}

const strings: Strings = {
  loading: 'Loading data …',
  retry: 'Try again',
  errorTitle: 'The data could not be shown.',
  errorMissingSrc: 'No data source is given (the “src” attribute is missing).',
  errorElementNotFound: (id) => `There is no element with the id “${id}” on this page to read the data from.`,
  errorNetwork: 'The data source cannot be reached.',
  errorHttp: (status) => `The data source answered with error ${status}.`,
  errorTimeout: 'The data source did not answer in time.',
  errorNotJson: 'The data source does not contain valid JSON.',
  errorInvalid: (detail) => `The data does not match the format: ${detail}`,
  errorTooLarge: (detail) => `The data source is too large to show here. ${detail}.`,
  errorRender: 'Something went wrong while drawing; the browser console has the details.',
  asOf: 'As of',
  source: 'Source',
};

const counter: CounterStrings = {
  atLeast: 'more than',
  approx: 'about',
  since: (date) => `since ${date}`,
};

const chart: ProgressChartStrings = {
  plotLabel: (heading) => `${heading}: chart. Use the left and right arrow keys to choose a date, Home and End for the first and last.`,
  defaultHeading: 'Key figures over time',
  legend: 'Show or hide figures',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  tableCaption: (heading) => `${heading}: values by date`,
  eventsCaption: 'Events',
  sortHint: 'sortable: choose a column heading',
  date: 'Date',
  event: 'Event',
  planned: 'planned',
  plannedValue: (value) => `${value} (planned)`,
  atLeast: (value) => `over ${value}`,
  approx: (value) => `about ${value}`,
  disputedValue: (value) => `${value} (contradicted by other sources)`,
  asideValue: (value, note) => `Also reported that day: ${value}, not counted as the current figure.${note ? ` ${note}` : ''}`,
  noValue: 'no figure',
  noData: 'There are no figures for the chosen indicators in this period.',
  summaryRange: (count, first, last) =>
    count === 1 ? `One figure from ${first} to ${last}.` : `${count} figures from ${first} to ${last}.`,
  summarySeries: (label, first, firstDate, last, lastDate) => `${label}: ${first} (${firstDate}), latest ${last} (${lastDate}).`,
  summarySingle: (label, value, date) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label, value, date) => `${label}: planned ${value} (${date}).`,
  summaryEvents: (list) => `Events: ${list}.`,
  skipLink: 'Skip chart',
  skipTarget: 'End of chart',
};

const map: StatusMapStrings = {
  layerTitle: {
    contacted: 'Municipalities advised',
    model: 'Model municipalities',
    kpr: 'Municipal prevention councils',
    'pre-agreement': 'Pre-agreements',
    agreement: 'Cooperation agreements',
    coaching: 'Municipalities with coaching',
    analysis: 'Security analyses',
    funding: 'Funded municipalities',
  },
  layerStatus: {
    contacted: 'Contacted',
    model: 'Model municipality',
    kpr: 'Local prevention council',
    'pre-agreement': 'Pre-agreement',
    agreement: 'Cooperation agreement',
    coaching: 'Coaching',
    analysis: 'Security analysis',
    funding: 'Funding',
  },
  layerEncoding: {
    contacted: 'plain area',
    model: 'area with dots',
    kpr: 'circle',
    'pre-agreement': 'hatching from top left',
    agreement: 'hatching from bottom left',
    coaching: 'triangle',
    analysis: 'square, hollow when planned',
    funding: 'diamond',
  },
  kprAction: { founded: 'founded', reactivated: 'reactivated', existing: 'existing' },
  analysisState: { planned: 'planned', running: 'running', completed: 'completed' },
  mapLabel: 'Map of the municipalities of Saxony by ASSKomm building block',
  legendTitle: 'Layers (show or hide)',
  countLabel: (n) => (n === 1 ? '1 entry' : `${n} entries`),
  searchLabel: 'Find a municipality',
  searchPlaceholder: 'Name, e.g. Zittau',
  searchNoResult: 'No municipality found',
  searchResults: (n) => (n === 1 ? '1 suggestion' : `${n} suggestions`),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole map',
  noStatus: 'no ASSKomm building block',
  undated: 'undated',
  yearOnly: (year) => `${year} (month unknown)`,
  dateBetween: (start, end) => `between ${start} and ${end}`,
  dateByLatest: (end) => `by ${end} at the latest`,
  viaBody: (name, members) => `jointly: ${name} (${members})`,
  fundingPartners: 'Partner municipalities (not funded themselves)',
  atLeast: (value) => `over ${value}`,
  approx: (value) => `about ${value}`,
  onMap: 'on the map',
  inMunicipalities: (n) => (n === 1 ? 'in 1 municipality' : `in ${n} municipalities`),
  ofWhichDistricts: (n) => (n === 1 ? '1 of them a district' : `${n} of them districts`),
  official: (value, date) => `${value} in total (as of ${date})`,
  undatedLeftOut: (n, asOf) => (n === 1 ? `1 undated entry counts only as of ${asOf}` : `${n} undated entries count only as of ${asOf}`),
  since: (date) => `since ${date}`,
  districtLevel: 'Entry for the whole district',
  detailsClose: 'Close',
  detailsShowOnMap: 'Show on the map',
  partners: 'Partners',
  contact: 'Contact',
  website: 'Website',
  email: 'E-mail',
  phone: 'Phone',
  source: 'Source',
  note: 'Note',
  fundingItem: (project, amount, date) => [project ?? 'Project', amount, date].filter(Boolean).join(', '),
  fundingTotal: (n, amount) => `${n === 1 ? '1 project' : `${n} projects`}${amount ? `, ${amount} in total` : ''}`,
  tableCaption: (date) => `Municipalities and districts with an ASSKomm building block, as of ${date}`,
  tableName: 'Name',
  tableDistrict: 'District',
  tableStatuses: 'Building blocks',
  tableKey: 'AGS',
  sortHint: 'sortable: choose a column heading',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  summary: (date, parts) =>
    `As of ${date}. The map shows only places with an individually published record; “in total” is the official figure. ` +
    (parts.length ? `${parts.join('; ')}.` : 'No layer is shown.'),
  summaryPart: (title, figures) => `${title}: ${figures}`,
  keyboardTitle: 'Using keyboard and mouse',
  keyboardHelp: [
    'Tab: into the map; arrow keys: to the neighbouring municipality; Page Down / Page Up: next / previous by district and name; Home / End: first / last.',
    'Enter or Space: open details; Escape: close details, or else hide the tooltip.',
    '+ and −: zoom in and out; Shift + arrow keys: pan the map; 0: whole map.',
    'Mouse: Ctrl (⌘) + wheel or double-click zooms, dragging pans; on touch screens use two fingers.',
  ],
  keyboardShort: 'Arrow keys choose a municipality, Enter opens the details, plus and minus zoom.',
  wheelHint: 'Hold Ctrl (⌘) and turn the mouse wheel to zoom.',
  asOf: 'As of',
  geometry: 'Geometry',
  license: 'Licence dl-de/by-2-0',
  loadingMap: 'Loading the map …',
  errorGeometry: 'The map geometry could not be loaded.',
  skipLink: 'Skip map',
  skipTarget: 'End of map',
};

export const en: EnglishTables = { strings, counter, chart, map };
