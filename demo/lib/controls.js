// Form controls for one attribute of the custom-elements manifest. The attribute's name,
// description, type and default come from the manifest; which control fits (checkboxes for a
// list, a select for a choice, a date field, one checkbox for a boolean) follows from the type and the description.
// Each control has `element` (to insert), `read()` (the attribute value, or undefined to leave
// the attribute out) and `write(value)`.

let counter = 0;
const uid = (name) => `cfg-${name}-${++counter}`;

/** German titles for the attributes; an attribute missing here is still offered, by its name. */
export const TITLES = {
  layers: 'Ebenen, die anfangs eingeblendet sind',
  metric: 'Kennzahlen',
  metrics: 'Datenreihen',
  date: 'Stand (Datum)',
  since: 'Veränderung zeigen seit',
  duration: 'Dauer des Hochzählens in Millisekunden',
  notation: 'Zahlenschreibweise',
  lang: 'Sprache',
  heading: 'Überschrift',
  label: 'Eigene Beschriftung',
  from: 'Zeitraum von',
  to: 'Zeitraum bis',
  events: 'Ereignisse auf der Zeitachse',
  height: 'Höhe des Diagramms in Pixeln',
  focus: 'Anfangs heranzoomen auf',
  topology: 'Andere Geometrie (Adresse)',
  timeline: 'Zeitleiste zeigen',
  'url-state': 'Ansicht in der Adresse festhalten',
  group: 'Gruppe verbundener Widgets',
};

const CHOICE_LABELS = {
  de: 'Deutsch',
  en: 'Englisch',
  on: 'anzeigen',
  off: 'ausblenden',
  standard: 'ausgeschrieben (1.300.000 €)',
  compact: 'kurz (1,3 Mio. €)',
};

/** A manifest description with `code` spans as DOM nodes. */
export function describe(text, tag = 'p') {
  const element = document.createElement(tag);
  String(text ?? '')
    .split('`')
    .forEach((part, index) => {
      if (!part) return;
      if (index % 2) {
        const code = document.createElement('code');
        code.textContent = part;
        element.append(code);
      } else element.append(part);
    });
  return element;
}

/** "Title `name`" as the content of a label or legend. */
function titled(element, attribute) {
  element.append(TITLES[attribute.name] ?? attribute.name, ' ');
  const code = document.createElement('code');
  code.textContent = attribute.name;
  element.append(code);
  return element;
}

function hintFor(attribute) {
  const hint = describe(attribute.description);
  hint.className = 'hint';
  hint.id = uid(`${attribute.name}-hint`);
  return hint;
}

/** `'a' | 'b'` → `['a', 'b']`; anything else → undefined. */
export function literalUnion(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
}

const isDate = (attribute) => /YYYY|JJJJ/.test(attribute.description ?? '') || ['date', 'since'].includes(attribute.name);

/** Checkboxes for a comma list. Leaves the attribute out when the choice equals the default. */
function checkboxList(attribute, options, onChange) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'field checkboxes';
  fieldset.append(titled(document.createElement('legend'), attribute));
  const hint = hintFor(attribute);
  fieldset.setAttribute('aria-describedby', hint.id);
  const list = document.createElement('div');
  list.className = 'options';
  const boxes = options.map(({ value, label }) => {
    const id = uid(`${attribute.name}-${value}`);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.value = value;
    box.addEventListener('change', () => onChange(true));
    const text = document.createElement('label');
    text.htmlFor = id;
    text.append(`${label} `);
    const code = document.createElement('code');
    code.textContent = value;
    text.append(code);
    const row = document.createElement('div');
    row.className = 'option';
    row.append(box, text);
    list.append(row);
    return box;
  });
  fieldset.append(list, hint);
  const defaults = attribute.default?.split(',') ?? [];
  return {
    element: fieldset,
    read() {
      const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
      if (!chosen.length || chosen.join(',') === defaults.join(',')) return undefined;
      return chosen.join(',');
    },
    write(value) {
      const chosen = value === undefined ? defaults : value.split(',').map((item) => item.trim());
      for (const box of boxes) box.checked = chosen.includes(box.value);
    },
  };
}

/**
 * One checkbox for a boolean attribute: ticked writes the bare attribute (read() gives ''),
 * unticked leaves it out, as HTML's boolean attributes mean.
 */
function checkbox(attribute, onChange) {
  const id = uid(attribute.name);
  const field = document.createElement('div');
  field.className = 'field option switch';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  const label = titled(document.createElement('label'), attribute);
  label.htmlFor = id;
  const hint = hintFor(attribute);
  box.setAttribute('aria-describedby', hint.id);
  box.addEventListener('change', () => onChange(true));
  field.append(box, label, hint);
  return {
    element: field,
    read: () => (box.checked ? '' : undefined),
    write(value) {
      // A saved configuration holds '' for a ticked box; 'false' is how a person would write "off".
      box.checked = value !== undefined && value !== 'false';
    },
  };
}

function select(attribute, choices, onChange) {
  const id = uid(attribute.name);
  const field = document.createElement('div');
  field.className = 'field';
  const label = titled(document.createElement('label'), attribute);
  label.htmlFor = id;
  const control = document.createElement('select');
  control.id = id;
  const hint = hintFor(attribute);
  control.setAttribute('aria-describedby', hint.id);
  const standard = document.createElement('option');
  standard.value = '';
  standard.textContent = attribute.default
    ? `Standard: ${CHOICE_LABELS[attribute.default] ?? attribute.default}`
    : 'Standard (ohne Attribut)';
  control.append(standard);
  for (const choice of choices) {
    if (choice === attribute.default) continue;
    const option = document.createElement('option');
    option.value = choice;
    option.textContent = CHOICE_LABELS[choice] ? `${CHOICE_LABELS[choice]} (${choice})` : choice;
    control.append(option);
  }
  control.addEventListener('change', () => onChange(true));
  field.append(label, control, hint);
  return {
    element: field,
    read: () => control.value || undefined,
    write(value) {
      control.value = value && [...control.options].some((option) => option.value === value) ? value : '';
    },
  };
}

function input(attribute, { type = 'text', suggestions = [], placeholder } = {}, onChange) {
  const id = uid(attribute.name);
  const field = document.createElement('div');
  field.className = 'field';
  const label = titled(document.createElement('label'), attribute);
  label.htmlFor = id;
  const control = document.createElement('input');
  control.type = type;
  control.id = id;
  control.spellcheck = false;
  control.autocomplete = 'off';
  if (type === 'number') control.min = '0';
  if (placeholder) control.placeholder = placeholder;
  else if (attribute.default) control.placeholder = attribute.default;
  const hint = hintFor(attribute);
  control.setAttribute('aria-describedby', hint.id);
  field.append(label, control);
  if (suggestions.length) {
    const list = document.createElement('datalist');
    list.id = uid(`${attribute.name}-list`);
    for (const { value, label: text } of suggestions) {
      const option = document.createElement('option');
      option.value = value;
      option.label = text;
      list.append(option);
    }
    control.setAttribute('list', list.id);
    field.append(list);
  }
  field.append(hint);
  control.addEventListener('input', () => onChange(false));
  control.addEventListener('change', () => onChange(true));
  return {
    element: field,
    read: () => control.value.trim() || undefined,
    write(value) {
      control.value = value ?? '';
    },
  };
}

/**
 * The control for `attribute`. `context` offers the feed-dependent choices: `indicators`
 * (`[{ value, label }]`), `layers` (same), `dates` and `places` (suggestions).
 */
export function controlFor(attribute, context, onChange) {
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return checkbox(attribute, onChange);
  if (attribute.name === 'layers') return checkboxList(attribute, context.layers, onChange);
  if (attribute.name === 'metric' || attribute.name === 'metrics') return checkboxList(attribute, context.indicators, onChange);
  const choices = literalUnion(type) ?? (attribute.name === 'lang' ? ['de', 'en'] : undefined);
  if (choices) return select(attribute, choices, onChange);
  if (type === 'number') return input(attribute, { type: 'number' }, onChange);
  if (isDate(attribute)) return input(attribute, { suggestions: context.dates, placeholder: 'JJJJ, JJJJ-MM oder JJJJ-MM-TT' }, onChange);
  if (attribute.name === 'focus')
    return input(attribute, { suggestions: context.places, placeholder: 'z. B. 14626 oder 14626300' }, onChange);
  return input(attribute, {}, onChange);
}
