/**
 * Every English text, one table per German table and typed by it. Only `english.ts` reaches
 * this module, through `import()`: the bundler gives it a chunk of its own, which German pages
 * never download. Editor hints have no English table (they are German on every page).
 */
import type { CounterStrings } from './milestone-counter.js';
import type { MapChartStrings } from './map-chart.js';
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
  noValueYet: (date) => `No figure reported by ${date}.`,
};

const mapChart: MapChartStrings = {
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  sortHint: 'sortable: choose a column heading',
  sortedBy: (column, descending) => `Sorted by ${column}, ${descending ? 'descending' : 'ascending'}.`,
  atLeast: (value) => `over ${value}`,
  approx: (value) => `about ${value}`,
};

/** The chart's word for a date without a report, quoted where it is explained. */
const noValue = 'no figure';

const chart: ProgressChartStrings = {
  ...mapChart,
  plotLabel: (heading) =>
    `${heading}: chart. Use the left and right arrow keys to choose a date, up and down for a figure, Home and End for the first and last date.`,
  defaultHeading: 'Key figures over time',
  legend: 'Show or hide figures',
  tableCaption: (heading) => `${heading}: values by date`,
  eventsCaption: 'Events',
  date: 'Date',
  event: 'Event',
  planned: 'planned',
  plannedValue: (value) => `${value} (planned)`,
  disputedValue: (value) => `${value} (contradicted by other sources)`,
  asideValue: (value, note) => `Also reported that day: ${value}, not counted as the current figure.${note ? ` ${note}` : ''}`,
  noValue,
  noData: 'There are no figures for the chosen indicators in this period.',
  summaryRange: (count, first, last) =>
    count === 1 ? `One figure from ${first} to ${last}.` : `${count} figures from ${first} to ${last}.`,
  summarySeries: (label, first, firstDate, last, lastDate) => `${label}: ${first} (${firstDate}), latest ${last} (${lastDate}).`,
  summarySingle: (label, value, date) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label, value, date) => `${label}: planned ${value} (${date}).`,
  summaryEvents: (list) => `Events: ${list}.`,
  howToReadTitle: 'How to read and use the chart',
  howToReadAxes: (time, low, high) => `Time runs to the right (${time}), values go up (${low} to ${high}).`,
  howToReadSteps:
    'Each marker is a report. The stepped line holds a value until the next one is reported; nothing is estimated in between.',
  howToReadStraight: (labels) => `${labels}: straight lines join the reports; there are no values in between.`,
  howToReadDense: (labels) =>
    `${labels}: reports lie so close together that the line shows them without markers; the table lists each one.`,
  howToReadPlanned: 'Dashed, with a hollow marker and “planned”: a planned value, not yet reported.',
  howToReadAside: 'A hollow dotted marker beside the line is another report of the same day that does not count as the current figure.',
  howToReadAtLeast: (example) => `“${example}” is how the source puts it: more than this number; how much more is not known.`,
  howToReadApprox: (example) => `“${example}”: a rounded figure from the source.`,
  howToReadEnded: (label, date) =>
    `${label}: last report ${date}; after that it says “${noValue}”, because the value is unknown, not zero.`,
  howToReadNoValue: `“${noValue}” means: there is no report of the indicator for this date – that is not zero.`,
  howToReadEvents: 'Vertical dotted lines with a diamond on the time axis mark events; their names are above.',
  howToReadHidden: (labels) => `Hidden: ${labels}; the boxes above the chart show them again.`,
  keyboardHelp: [
    'Tab: into the chart; ← / →: previous / next date; Home / End: first / last.',
    '↑ / ↓: previous / next indicator at that date; Escape: hide the tooltip.',
    'Mouse: pointing at the chart shows the values of the nearest date.',
  ],
  keyboardHelpGroup: 'Enter or click: hold this date for the linked widgets; “Back to today” releases it.',
  backToToday: 'Back to today',
  backToTodayDone: (asOf) => `Back to today: as of ${asOf}`,
  skipLink: 'Skip chart',
  skipTarget: 'End of chart',
};

const countsNote = 'The map shows only places with an individually published record; “in total” is the official figure.';

const map: StatusMapStrings = {
  ...mapChart,
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
  legendToggle: (shown, total) => (shown === total ? `Legend (${total} layers)` : `Legend (${shown} of ${total} layers)`),
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
  onMap: 'on the map',
  inMunicipalities: (n) => (n === 1 ? 'in 1 municipality' : `in ${n} municipalities`),
  ofWhichDistricts: (n) => (n === 1 ? '1 of them a district' : `${n} of them districts`),
  official: (value, date) => `${value} in total (as of ${date})`,
  countsNote,
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
  summary: (date, parts) => `As of ${date}. ${countsNote} ` + (parts.length ? `${parts.join('; ')}.` : 'No layer is shown.'),
  summaryPart: (title, figures) => `${title}: ${figures}`,
  howToReadTitle: 'How to read and use the map',
  howToReadFills: (layers) => `Areas colour the whole municipality, the later stage over the earlier one: ${layers}.`,
  howToReadHatches: (layers) => `Hatchings lie over the area: ${layers}.`,
  howToReadSymbols: (layers) => `Symbols sit in the middle of the municipality, each in its fixed place: ${layers}.`,
  howToReadEmpty: 'A municipality without area, hatching or symbol has none of the building blocks shown.',
  howToReadDistricts: 'A larger symbol in the middle of a district applies to the whole district, not to a single municipality.',
  howToReadBodies: 'A building block that several municipalities share shows at each of them and counts only once.',
  howToReadAsOf: (date) => `As of ${date}: the map shows every building block dated up to then.`,
  howToReadUndated: (asOf) => `Undated entries count only from the data's own date (${asOf}).`,
  howToReadHidden: (layers) => `Hidden: ${layers}; the legend shows them again.`,
  keyboardHelp: [
    'Tab: into the map; arrow keys: to the neighbouring municipality; Page Down / Page Up: next / previous by district and name; Home / End: first / last.',
    'Enter or Space: open details; Escape: close details, or else hide the tooltip.',
    '+ and −: zoom in and out; Shift + arrow keys: pan the map; 0: whole map.',
    'Mouse: Ctrl (⌘) + wheel or double-click zooms, dragging pans; on touch screens use two fingers.',
  ],
  keyboardHelpTimeline:
    'Timeline: arrow keys: one step; Page Up / Page Down: one year; Home / End: start / latest date; “Play” steps through on its own.',
  keyboardShort: 'Arrow keys choose a municipality, Enter opens the details, plus and minus zoom.',
  wheelHint: 'Hold Ctrl (⌘) and turn the mouse wheel to zoom.',
  asOf: 'As of',
  geometry: 'Geometry',
  license: 'Licence dl-de/by-2-0',
  loadingMap: 'Loading the map …',
  errorGeometry: 'The map geometry could not be loaded.',
  skipLink: 'Skip map',
  skipTarget: 'End of map',
  timelineLabel: 'Map date',
  timelinePlay: 'Play',
  timelinePause: 'Pause',
  timelineAnnouncement: (date, changes) => `As of ${date}. ${changes.length ? `${changes.join('; ')}.` : 'No change on the map.'}`,
  timelineChange: (title, count, before) => `${title}: ${count} on the map (previously ${before})`,
};

export const en: EnglishTables = { strings, counter, chart, map };
