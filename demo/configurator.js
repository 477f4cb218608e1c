// Konfigurator: the widgets, their attributes, descriptions and defaults come from
// custom-elements.json (generated from the widgets' JSDoc), so the form cannot drift from the
// documentation. Feed-dependent choices (indicators, dates) come from the bundled feed, the
// layers from the manifest, the places from the bundled geometry. The settings live in the
// page address (#widget=…&layers=…), so a link reopens the same configuration. The code comes in
// the element form (script tag and `<asskomm-…>`) or the data form (`<div data-asskomm=…>` without a
// script tag, for CMS that strip unknown elements), and the preview shows the chosen form. The widgets' titles,
// order and starter values come from the widget registry (src/widgets/registry.js).
import { WIDGETS } from '../src/widgets/registry.js';
import { copyButton } from './lib/copy.js';
import { controlFor, describe } from './lib/controls.js';
import { elementTag, feedAddress, normaliseFolder, scriptTag } from './lib/snippet.js';

const PREVIEW_FEED = '../dist/asskomm.json';
const TOPOLOGY = '../dist/sachsen.topo.json';
const TAGS = WIDGETS.map((widget) => widget.tag);
const titleOf = (tag) => WIDGETS.find((widget) => widget.tag === tag)?.title;
/** What a fresh configuration starts with, so the first preview already shows something. */
const startersOf = (tag) => ({ ...WIDGETS.find((widget) => widget.tag === tag)?.starters });
const RESERVED = new Set(['widget', 'ordner', 'feed', 'content', 'form']);
/** The data form's value of `form` in the page address; the element form is the default and stays out of it. */
const FORM_PARAM_DATA = 'daten';
/** Settings few editors need come last. */
const LAST = ['topology'];
/** In the snippet only: the preview would write the map's view into this page's address, which holds the configuration. */
const SNIPPET_ONLY = new Set(['url-state']);

const $ = (id) => document.getElementById(id);
const form = $('settings');
const folderInput = $('folder');
const feedInput = $('feed');
const snippet = $('snippet');
const preview = $('preview');
const dataFormChoice = $('form-data');

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The custom elements of the manifest, keyed by tag, in the order of the registry. */
function elementsOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const rank = (tag) => (TAGS.includes(tag) ? TAGS.indexOf(tag) : 99);
  return new Map(declarations.sort((a, b) => rank(a.tagName) - rank(b.tagName)).map((d) => [d.tagName, d]));
}

/** Layer ids from the `layers` default; their names from the `--asskomm-map-<id>` descriptions. */
function layersOf(declaration) {
  const ids = declaration.attributes?.find((a) => a.name === 'layers')?.default?.split(',') ?? [];
  return ids.map((id) => {
    const property = declaration.cssProperties?.find((p) => p.name === `--asskomm-map-${id}`);
    return { value: id, label: property?.description.replace(/\s*\(.*$/, '').replace(/\.$/, '') ?? id };
  });
}

let places = [];
async function loadPlaces() {
  if (places.length) return places;
  try {
    const topology = await fetchJson(TOPOLOGY);
    const list = (name) =>
      topology.objects[name]?.geometries.map(({ properties: p }) => ({ value: p.ags, label: `${p.name} (${p.kind})` })) ?? [];
    places = [...list('kreise'), ...list('gemeinden').sort((a, b) => a.label.localeCompare(b.label, 'de'))];
  } catch {
    places = []; // the field still takes a key typed by hand
  }
  return places;
}

const state = { tag: '', controls: new Map(), content: undefined, feedEdited: false };

function currentFeed() {
  return state.feedEdited ? feedInput.value.trim() : feedAddress(normaliseFolder(folderInput.value));
}

function attributePairs() {
  const pairs = [['src', currentFeed()]];
  for (const [name, control] of state.controls) {
    const value = control.read();
    if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

/**
 * The element the code holds, as [tag, attribute pairs]: the widget itself, or in the data form a
 * `div` naming it in `data-asskomm` (without `asskomm-`) with `data-` before each attribute.
 */
function codeElement(pairs) {
  if (!dataFormChoice.checked) return [state.tag, pairs];
  const named = ['data-asskomm', state.tag.replace(/^asskomm-/, '')];
  return ['div', [named, ...pairs.map(([name, value]) => [`data-${name}`, value])]];
}

function renderPreview() {
  const pairs = attributePairs()
    .filter(([name]) => !SNIPPET_ONLY.has(name))
    .map(([name, value]) => [name, name === 'src' ? PREVIEW_FEED : value]);
  const [tag, attributes] = codeElement(pairs);
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  const content = state.content?.read();
  if (content) element.textContent = content;
  preview.replaceChildren(element);
  $('preview-note').hidden = !state.feedEdited || currentFeed() === feedAddress(normaliseFolder(folderInput.value));
}

/**
 * The text inside the code's element. The data form always gets one: CKEditor may drop an empty
 * `div`, and the text is what visitors read until the widget has its data.
 */
function codeContent() {
  const typed = state.content?.read();
  if (typed || !dataFormChoice.checked) return typed ?? '';
  return `ASSKomm – ${titleOf(state.tag) ?? state.tag}`;
}

function writeOutput() {
  const folder = normaliseFolder(folderInput.value);
  if (!state.feedEdited) feedInput.value = feedAddress(folder);
  const [tag, attributes] = codeElement(attributePairs());
  const element = elementTag(tag, attributes, codeContent());
  // The data form goes into a post that may not hold a script tag: the site loads the script.
  snippet.textContent = dataFormChoice.checked ? element : `${scriptTag(folder)}\n${element}`;
  $('site-script').textContent = scriptTag(folder);
  $('data-form-note').hidden = !dataFormChoice.checked;
  $('element-form-note').hidden = dataFormChoice.checked;
  const params = new URLSearchParams({ widget: state.tag });
  if (dataFormChoice.checked) params.set('form', FORM_PARAM_DATA);
  if (folder !== '/asskomm/') params.set('ordner', folder);
  if (state.feedEdited) params.set('feed', feedInput.value.trim());
  for (const [name, value] of attributePairs().slice(1)) params.set(name, value);
  const content = state.content?.read();
  if (content) params.set('content', content);
  const hash = `#${params}`;
  history.replaceState(null, '', hash);
  $('permalink').href = hash;
}

let timer;
/** Text fields update after a short pause; choices at once. */
function changed(now) {
  writeOutput();
  clearTimeout(timer);
  if (now) renderPreview();
  else timer = setTimeout(renderPreview, 400);
}

function contentControl(slot) {
  const field = document.createElement('div');
  field.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = 'content';
  label.textContent = 'Ersatztext im Element';
  const area = document.createElement('textarea');
  area.id = 'content';
  area.rows = 2;
  const hint = describe(slot.description);
  hint.className = 'hint';
  hint.id = 'content-hint';
  area.setAttribute('aria-describedby', hint.id);
  area.addEventListener('input', () => changed(false));
  field.append(label, area, hint);
  return { element: field, read: () => area.value.trim() || undefined, write: (value) => (area.value = value ?? '') };
}

async function showWidget(declaration, context, values = {}) {
  state.tag = declaration.tagName;
  const fieldset = $('attributes');
  const legend = fieldset.querySelector('legend');
  legend.textContent = `3. Einstellungen für ${titleOf(state.tag) ?? `<${state.tag}>`}`;
  const src = declaration.attributes?.find((a) => a.name === 'src');
  $('feed-hint').replaceChildren(...describe(src?.description ?? '').childNodes);

  if (declaration.attributes?.some((a) => a.name === 'focus')) context.places = await loadPlaces();
  state.controls = new Map();
  const fields = [];
  const attributes = [...(declaration.attributes ?? [])].sort((a, b) => LAST.indexOf(a.name) - LAST.indexOf(b.name));
  for (const attribute of attributes) {
    if (attribute.name === 'src' || RESERVED.has(attribute.name)) continue;
    const control = controlFor(attribute, { ...context, layers: layersOf(declaration) }, changed);
    control.write(values[attribute.name]);
    state.controls.set(attribute.name, control);
    fields.push(control.element);
  }
  const slot = declaration.slots?.find((s) => s.name === '');
  state.content = slot ? contentControl(slot) : undefined;
  state.content?.write(values.content);
  if (state.content) fields.push(state.content.element);
  fieldset.replaceChildren(legend, ...fields);
  writeOutput();
  renderPreview();
}

function widgetChoice(elements, onChoose) {
  const fieldset = $('widget-choice');
  for (const [tag, declaration] of elements) {
    const id = `widget-${tag}`;
    const row = document.createElement('div');
    row.className = 'option widget-option';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'widget';
    radio.id = id;
    radio.value = tag;
    const label = document.createElement('label');
    label.htmlFor = id;
    const title = document.createElement('strong');
    title.textContent = titleOf(tag) ?? tag;
    const name = document.createElement('code');
    name.textContent = `<${tag}>`;
    label.append(title, ' ', name);
    const summary = describe(declaration.summary);
    summary.className = 'hint';
    summary.id = `${id}-summary`;
    radio.setAttribute('aria-describedby', summary.id);
    radio.addEventListener('change', () => onChoose(tag));
    row.append(radio, label, summary);
    fieldset.append(row);
  }
}

async function main() {
  const [manifest, feed] = await Promise.all([fetchJson('../custom-elements.json'), fetchJson(PREVIEW_FEED)]);
  const elements = elementsOf(manifest);
  const context = {
    indicators: feed.indicators.map((indicator) => ({ value: indicator.id, label: indicator.label.de })),
    dates: feed.events.map((event) => ({ value: event.date, label: event.label.de })),
    places: [],
  };

  const params = new URLSearchParams(location.hash.slice(1));
  const requested = params.get('widget');
  const first = elements.has(requested) ? requested : [...elements.keys()][0];
  if (params.has('ordner')) folderInput.value = params.get('ordner');
  dataFormChoice.checked = params.get('form') === FORM_PARAM_DATA;
  $('form-element').checked = !dataFormChoice.checked;
  if (params.has('feed')) {
    state.feedEdited = true;
    feedInput.value = params.get('feed');
  }
  const values = elements.has(requested) ? Object.fromEntries(params) : startersOf(first);

  widgetChoice(elements, (tag) => showWidget(elements.get(tag), context, startersOf(tag)));
  $(`widget-${first}`).checked = true;
  folderInput.addEventListener('input', () => changed(false));
  for (const choice of document.getElementsByName('form')) choice.addEventListener('change', () => changed(true));
  feedInput.addEventListener('input', () => {
    state.feedEdited = feedInput.value.trim() !== feedAddress(normaliseFolder(folderInput.value));
    changed(false);
  });
  $('reset').addEventListener('click', () => {
    folderInput.value = '/asskomm/';
    state.feedEdited = false;
    showWidget(elements.get(state.tag), context, startersOf(state.tag));
  });
  $('code-actions').prepend(copyButton(snippet.parentElement, { text: () => snippet.textContent, describedBy: 'code-title' }));

  await showWidget(elements.get(first), context, values);
  form.hidden = false;
  document.querySelector('.output').hidden = false;
  $('loading').textContent = '';
}

main().catch((error) => {
  $('loading').textContent =
    `Der Konfigurator konnte nicht geladen werden (${error.message}). Ist custom-elements.json erzeugt (npm run docs)?`;
  console.error(error);
});
