/**
 * The block `asskomm/widget` in the block editor, plain JS on the `wp.*` globals (no build step).
 *
 * Its settings are generated from the widgets' documented attributes (includes/attributes.json,
 * written from custom-elements.json by scripts/wordpress-zip.mjs), with German labels: enums and
 * heading levels as selects, layers and indicators as checkboxes, booleans as toggles, numbers and
 * text as fields, each with the widget's German description; addresses in the panel „Erweitert“. The preview is
 * the real widget in the data form (`<div data-asskomm="status-map" data-layers=…>`), which the
 * library (enqueued in the editor) upgrades and keeps in step with every change.
 * Shortcodes and widget elements in classic content become this block on „In Blöcke umwandeln“.
 */
(function (wp) {
  'use strict';

  const { createElement: el, Fragment, useEffect, useState } = wp.element;
  const { registerBlockType, createBlock, getBlockType } = wp.blocks;
  const { useBlockProps, InspectorControls } = wp.blockEditor;
  const { CheckboxControl, PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl, Notice, Spinner } = wp.components;
  const { addFilter } = wp.hooks;

  const BLOCK = 'asskomm/widget';
  const TAGS = ['asskomm-status-map', 'asskomm-milestone-counter', 'asskomm-progress-chart'];
  const TITLES = { 'status-map': 'Karte', 'milestone-counter': 'Kennzahlen', 'progress-chart': 'Verlauf' };

  // Read once, from beside this script: same site, no inline data (a strict CSP stays possible).
  const listUrl = new URL('../../includes/attributes.json', document.currentScript.src);
  let widgetsPromise;
  function loadWidgets() {
    widgetsPromise ??= fetch(listUrl, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((list) => list.widgets);
    return widgetsPromise;
  }

  /** The widgets' definitions, `undefined` while loading, an `Error` when the list cannot be read. */
  function useWidgets() {
    const [widgets, setWidgets] = useState();
    useEffect(() => {
      let current = true;
      loadWidgets().then(
        (loaded) => current && setWidgets(loaded),
        (error) => current && setWidgets(error instanceof Error ? error : new Error(String(error))),
      );
      return () => {
        current = false;
      };
    }, []);
    return widgets;
  }

  const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  const plain = (text) => (text ?? '').replace(/`/g, '');
  const isOn = (value) => value !== undefined && !['', 'false', '0', 'no', 'nein', 'off', 'aus'].includes(String(value).toLowerCase());

  const ADDRESSES = ['src', 'topology'];

  /**
   * Whether the published page will refuse this `src`/`topology` (includes/addresses.php): an address on
   * another server than this site's and the settings' feed's, from someone who may not publish any HTML.
   */
  function refusedAddress(value) {
    if (!value || wp.data.select('core/editor')?.canUserUseUnfilteredHTML?.()) return false;
    const address = String(value)
      .replace(/[\t\n\r]/g, '')
      .trim()
      .replace(/\\/g, '/');
    if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(address)) return false;
    let url;
    try {
      url = new URL(address, location.href);
    } catch {
      return true;
    }
    const feed = getBlockType(BLOCK).attributes.src?.default;
    const hosts = [location.hostname, feed ? new URL(feed, location.href).hostname : ''];
    return !/^https?:$/.test(url.protocol) || !hosts.includes(url.hostname);
  }

  /** The data form's attributes for the preview: `data-asskomm` and one `data-<name>` per set attribute. */
  function dataForm(widget, definition, attributes) {
    const holder = { 'data-asskomm': widget };
    for (const [name, attribute] of Object.entries(definition.attributes)) {
      const value = attributes[camelCase(name)];
      // As on the published page: a refused address is not fetched, not even by the preview.
      if (ADDRESSES.includes(name) && refusedAddress(value)) continue;
      if (attribute.type === 'boolean') {
        if (isOn(value)) holder[`data-${name}`] = '';
      } else if (value) {
        holder[`data-${name}`] = value;
      }
    }
    holder['data-src'] ||= getBlockType(BLOCK).attributes.src?.default ?? '';
    return holder;
  }

  const listOf = (text) =>
    String(text ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);

  /**
   * Checkboxes for a comma list with known ids (layers, indicators), in the order of the choices. Unset shows the
   * widget's default; ids the list does not know (a feed of one's own) stay, as extra boxes.
   */
  function checkboxes(name, attribute, value, set, label, help) {
    const chosen = listOf(value ?? attribute.default);
    const known = attribute.choices.map((choice) => choice.value);
    const choices = [...attribute.choices, ...chosen.filter((id) => !known.includes(id)).map((id) => ({ value: id, label: id }))];
    const toggle = (id, on) => {
      const next = choices.map((choice) => choice.value).filter((other) => (other === id ? on : chosen.includes(other)));
      const text = next.join(',');
      set(text === '' || text === (attribute.default ?? '') ? undefined : text);
    };
    return el(
      'fieldset',
      { key: name, className: 'components-base-control' },
      el('legend', { className: 'components-base-control__label' }, label),
      choices.map((choice) =>
        el(CheckboxControl, {
          key: choice.value,
          label: choice.label === choice.value ? choice.value : `${choice.label} (${choice.value})`,
          checked: chosen.includes(choice.value),
          onChange: (on) => toggle(choice.value, on),
        }),
      ),
      el('p', { className: 'components-base-control__help' }, help),
    );
  }

  /** One control per attribute, chosen by its type: German label, the widget's description as help. */
  function control(name, attribute, value, set) {
    const label = attribute.label ?? name;
    const help = plain(attribute.description);
    const key = name;
    const unset = (next) => set(next === '' ? undefined : next);
    if (attribute.choices?.length && attribute.multiple) return checkboxes(name, attribute, value, set, label, help);
    if (attribute.choices?.length) {
      const standard = attribute.default
        ? `Standard (${attribute.choices.find((choice) => choice.value === attribute.default)?.label ?? attribute.default})`
        : 'Standard';
      const options = [{ label: standard, value: '' }, ...attribute.choices];
      return el(SelectControl, { key, label, help, value: value ?? '', options, onChange: unset });
    }
    if (ADDRESSES.includes(name)) {
      // The settings' feed is the block's default: shown as the placeholder, so the field reads empty until set.
      const feed = name === 'src' ? (getBlockType(BLOCK).attributes.src?.default ?? '') : '';
      const own = feed && value === feed ? '' : (value ?? '');
      const field = el(TextControl, {
        label,
        help: name === 'src' ? `Leer lassen für den Feed aus den Einstellungen. ${help}` : help,
        value: own,
        placeholder: feed || (attribute.default ?? ''),
        onChange: unset,
      });
      const refused =
        refusedAddress(own) &&
        el(
          Notice,
          { status: 'warning', isDismissible: false },
          `Diese Adresse liegt auf einem fremden Server. Auf der Seite zeigt das Widget stattdessen ${name === 'src' ? 'den Feed aus den Einstellungen' : 'die mitgelieferte Karte'}: Fremde Adressen darf nur eintragen, wer beliebiges HTML veröffentlichen darf, sonst würden die Browser aller Besucherinnen und Besucher dort anfragen.`,
        );
      return el(Fragment, { key }, field, refused);
    }
    if (attribute.type === 'boolean') {
      return el(ToggleControl, { key, label, help, checked: isOn(value), onChange: (on) => set(on ? 'true' : undefined) });
    }
    if (attribute.type === 'enum') {
      const standard = attribute.default ? `Standard (${attribute.default})` : 'Standard';
      const options = [{ label: standard, value: '' }, ...attribute.values.map((option) => ({ label: option, value: option }))];
      return el(SelectControl, { key, label, help, value: value ?? '', options, onChange: unset });
    }
    return el(TextControl, {
      key,
      label,
      help,
      value: value ?? '',
      type: attribute.type === 'number' ? 'number' : 'text',
      placeholder: attribute.default ?? '',
      onChange: unset,
    });
  }

  /** The controls of the normal (`advanced` false) or the „Erweitert“ attributes. */
  function controls(definition, attributes, setAttributes, advanced) {
    return Object.entries(definition.attributes)
      .filter(([, attribute]) => Boolean(attribute.advanced) === advanced)
      .map(([name, attribute]) =>
        control(name, attribute, attributes[camelCase(name)], (next) => setAttributes({ [camelCase(name)]: next })),
      );
  }

  function Edit({ attributes, setAttributes }) {
    const widgets = useWidgets();
    const blockProps = useBlockProps();
    const widget = attributes.widget;
    if (widgets === undefined) return el('div', blockProps, el(Spinner));
    if (widgets instanceof Error) {
      return el(
        'div',
        blockProps,
        el(
          Notice,
          { status: 'error', isDismissible: false },
          `Die Einstellungen der ASSKomm-Widgets ließen sich nicht laden (${widgets.message}).`,
        ),
      );
    }
    const definition = widgets[widget];
    const widgetOptions = Object.keys(widgets).map((name) => ({ label: TITLES[name] ?? name, value: name }));
    const settings = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: 'Widget' },
        el(SelectControl, {
          label: 'Widget',
          value: widget,
          options: widgetOptions,
          onChange: (next) => setAttributes({ widget: next }),
        }),
      ),
      definition && el(PanelBody, { title: 'Einstellungen' }, controls(definition, attributes, setAttributes, false)),
      definition && el(PanelBody, { title: 'Erweitert', initialOpen: false }, controls(definition, attributes, setAttributes, true)),
      el(
        PanelBody,
        { title: 'Ersatztext', initialOpen: false },
        el(TextareaControl, {
          label: 'Ersatztext',
          help: 'Steht an der Stelle des Widgets, bis die Daten geladen sind, und wenn das Script fehlt.',
          value: attributes.fallback ?? '',
          onChange: (next) => setAttributes({ fallback: next }),
        }),
      ),
    );
    // No children: the library moves the holder's content into the widget, which React must not own.
    const preview = definition
      ? el('div', dataForm(widget, definition, attributes))
      : el(Notice, { status: 'warning', isDismissible: false }, `„${widget}“ ist kein ASSKomm-Widget. Bitte rechts ein Widget wählen.`);
    return el(Fragment, null, settings, el('div', blockProps, preview));
  }

  /** Block attributes from a widget element or data form in classic content. */
  function fromElement(element) {
    const dataForm = element.hasAttribute('data-asskomm');
    const widget = dataForm
      ? element
          .getAttribute('data-asskomm')
          .trim()
          .replace(/^asskomm-/, '')
      : element.localName.slice(8);
    const attributes = { widget };
    for (const { name, value } of element.attributes) {
      const own = dataForm ? (name.startsWith('data-') && name !== 'data-asskomm' ? name.slice(5) : '') : name;
      if (own) attributes[camelCase(own)] = value === '' ? 'true' : value;
    }
    const fallback = element.textContent.trim();
    if (fallback) attributes.fallback = fallback;
    return attributes;
  }

  const isWidget = (node) => node.nodeType === 1 && (TAGS.includes(node.localName) || node.hasAttribute('data-asskomm'));
  /** A paragraph (from wpautop) that holds nothing but one widget. */
  const onlyWidgetIn = (node) =>
    node.nodeName === 'P' &&
    node.children.length === 1 &&
    isWidget(node.children[0]) &&
    node.textContent.trim() === node.children[0].textContent.trim();

  const transforms = {
    from: [
      {
        type: 'shortcode',
        tag: TAGS,
        transform: (shortcodeAttributes, match) => {
          const attributes = { widget: match.shortcode.tag.slice(8) };
          for (const [name, value] of Object.entries(shortcodeAttributes.named ?? {})) attributes[camelCase(name)] = value;
          for (const bare of shortcodeAttributes.numeric ?? []) attributes[camelCase(bare)] = 'true';
          if (match.shortcode.content?.trim()) attributes.fallback = match.shortcode.content.trim();
          return createBlock(BLOCK, attributes);
        },
      },
      {
        type: 'raw',
        priority: 5,
        isMatch: (node) => isWidget(node) || onlyWidgetIn(node),
        transform: (node) => createBlock(BLOCK, fromElement(isWidget(node) ? node : node.children[0])),
      },
    ],
  };

  // The variations come from block.json; the editor tells which one a block is by its widget.
  addFilter('blocks.registerBlockType', 'asskomm-widgets/variations', (settings, name) =>
    name !== BLOCK
      ? settings
      : {
          ...settings,
          variations: (settings.variations ?? []).map((variation) => ({
            ...variation,
            isActive: (attributes) => attributes.widget === variation.attributes.widget,
          })),
        },
  );

  registerBlockType(BLOCK, { edit: Edit, save: () => null, transforms });
})(window.wp);
