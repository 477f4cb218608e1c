// The CMS page by keyboard alone, from its top: every Tab stop with the name Chromium gives it,
// how many presses of Tab each widget costs with and without its skip link, and whether every
// stop shows a focus ring a person can see (outline or box-shadow at least 2 px wide, contrast at
// least 3:1 against what is behind it, WCAG 2.4.7 / 2.4.13, from the computed styles). Prints the
// figures and the accessibility tree's counts per widget; asserts loose bounds only, so that a
// regression fails. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axNodeOf, countRoles, fullAxTree, mapListbox } from './lib/ax-tree.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets, WIDGET_SELECTOR } from './lib/widgets.mjs';

const session = demoSession();
const MAP_LABEL = 'Karte der Gemeinden Sachsens nach ASSKomm-Baustein';
const MAX_PRESSES = 400;

/** The focused element, inside shadow roots too, as a CDP object (undefined: the page's body). */
async function focused(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element === document.body ? null : element;
    })()`,
  });
  return result.objectId;
}

/**
 * What the focused element is and how it looks: the widget it is in (its tag and position among
 * the page's widgets), whether it is a skip link, its focus ring, and the backgrounds behind the
 * ring from the element outwards until an opaque one.
 */
function describeStop(widgetSelector) {
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  let host = null;
  for (let node = parentOf(this); node; node = parentOf(node)) if (node.matches(widgetSelector)) host = host ?? node;
  const widgets = [...document.querySelectorAll(widgetSelector)];
  const style = getComputedStyle(this);
  const backgrounds = [];
  // An outline or outer shadow is drawn outside the element, over its parent.
  const inside = style.outlineOffset.startsWith('-') || style.boxShadow.includes('inset');
  for (let node = inside ? this : parentOf(this); node; node = parentOf(node)) {
    const color = getComputedStyle(node).backgroundColor;
    backgrounds.push(color);
    if (/^rgb\(/.test(color)) break;
  }
  const rect = this.getBoundingClientRect();
  return {
    widget: host ? `${host.localName}#${widgets.indexOf(host)}` : null,
    skipLink: this.classList.contains('skip-link'),
    element: `${this.localName}${this.className && typeof this.className === 'string' ? `.${this.className.trim().split(/\s+/).join('.')}` : ''}`,
    size: `${Math.round(rect.width)}×${Math.round(rect.height)}`,
    // Visually hidden (clipped or a pixel small): its ring is clipped with it.
    hidden: rect.width < 2 || rect.height < 2 || style.clip.startsWith('rect') || style.clipPath !== 'none',
    outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
    boxShadow: style.boxShadow,
    backgrounds,
  };
}

const channels = (color) => {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
  return { rgb: [r, g, b], a };
};

/** The backgrounds (innermost first) laid over each other on white. */
function compose(backgrounds) {
  let below = [255, 255, 255];
  for (const color of [...backgrounds].reverse()) {
    const { rgb, a } = channels(color);
    below = below.map((channel, i) => rgb[i] * a + channel * (1 - a));
  }
  return below;
}

const luminance = (rgb) =>
  rgb
    .map((channel) => channel / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The widest ring of outline and box-shadows (spread, for a shadow without blur) and its contrast. */
function focusRing(stop) {
  const background = compose(stop.backgrounds);
  const rings = [];
  if (stop.outline.style !== 'none' && stop.outline.width > 0) rings.push({ width: stop.outline.width, color: stop.outline.color });
  if (stop.boxShadow !== 'none') {
    for (const shadow of stop.boxShadow.split(/,(?![^(]*\))/)) {
      const color = shadow.match(/rgba?\([^)]*\)/)?.[0];
      const lengths = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      const [, , blur = 0, spread = 0] = lengths;
      if (color) rings.push({ width: spread + blur / 2, color });
    }
  }
  const measured = rings.map(({ width, color }) => {
    const { rgb, a } = channels(color);
    const seen = rgb.map((channel, i) => channel * a + background[i] * (1 - a));
    return { width, contrast: contrast(seen, background) };
  });
  const visible = stop.hidden ? [] : measured.filter((ring) => ring.width >= 2 && ring.contrast >= 3);
  const best = visible[0] ?? measured.sort((x, y) => y.width - x.width)[0] ?? { width: 0, contrast: 0 };
  return { visible: visible.length > 0, width: best.width, contrast: Math.round(best.contrast * 10) / 10 };
}

/** The page's Tab stops from the top; with `skip`, Enter on every widget's skip link. */
async function tabThrough(page, cdp, { skip }) {
  await page.goto(`${session.server.origin}/demo/cms.html`);
  await page.waitForSelector('html[data-cms-modules="loaded"]');
  await waitForWidgets(page);
  const stops = [];
  for (let presses = 1; presses <= MAX_PRESSES; presses++) {
    await page.keyboard.press('Tab');
    const objectId = await focused(cdp);
    if (!objectId) break;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
    const [ax] = nodes;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: describeStop.toString(),
      arguments: [{ value: WIDGET_SELECTOR }],
      returnByValue: true,
    });
    const stop = { presses, role: ax?.role?.value, name: ax?.name?.value ?? '', ...result.value };
    if (stops.length && stop.element === stops[0].element && stop.name === stops[0].name && stop.widget === stops[0].widget) break;
    stop.ring = focusRing(stop);
    stops.push(stop);
    // The page's own skip link is left alone: the walk counts the widgets' ones.
    if (skip && stop.skipLink && stop.widget) {
      await page.keyboard.press('Enter');
      const marker = await cdp.send('Runtime.callFunctionOn', {
        objectId: await focused(cdp),
        functionDeclaration: describeStop.toString(),
        arguments: [{ value: WIDGET_SELECTOR }],
        returnByValue: true,
      });
      stop.afterEnter = { ...marker.result.value, ring: focusRing(marker.result.value) };
    }
  }
  assert.ok(stops.length < MAX_PRESSES, `nach ${MAX_PRESSES} Tab-Drücken nicht am Ende der Seite`);
  return stops;
}

/** Per widget: its Tab stops, and the presses of Tab from the stop before it to the stop after it. */
function pressesPerWidget(stops, widgets) {
  return widgets.map((widget) => {
    const inside = stops.filter((stop) => stop.widget === widget);
    if (!inside.length) return { widget, stops: 0, presses: 1 };
    const first = stops.indexOf(inside[0]);
    const after = stops[stops.indexOf(inside.at(-1)) + 1];
    return { widget, stops: inside.length, presses: (after?.presses ?? Infinity) - (stops[first - 1]?.presses ?? 0) };
  });
}

test('the CMS page by Tab: stops, presses per widget with and without skip link, a visible focus ring on every stop', async (t) => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');

  const plain = await tabThrough(page, cdp, { skip: false });
  const widgets = await page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((w, i) => `${w.localName}#${i}`),
    WIDGET_SELECTOR,
  );
  t.diagnostic(`${plain.length} Tab-Stopps von oben bis zum Seitenende:`);
  for (const stop of plain) {
    const ring = stop.ring.visible
      ? `Fokusring ${stop.ring.width} px, ${stop.ring.contrast}:1`
      : `KEIN sichtbarer Fokusring (${stop.ring.width} px, ${stop.ring.contrast}:1)`;
    t.diagnostic(`  ${String(stop.presses).padStart(3)} ${stop.widget ?? 'Seite'} ${stop.role} „${stop.name}“ <${stop.element}> ${ring}`);
  }

  const withSkip = await tabThrough(page, cdp, { skip: true });
  const without = pressesPerWidget(plain, widgets);
  const skipping = pressesPerWidget(withSkip, widgets);
  for (const [index, { widget, stops, presses }] of without.entries()) {
    const skipped = skipping[index];
    const skipLink = withSkip.find((stop) => stop.widget === widget && stop.skipLink);
    t.diagnostic(
      `${widget}: ${stops} Tab-Stopps, ${presses} Tab-Drücke daran vorbei ohne Sprunglink` +
        (skipLink
          ? `, ${skipped.presses} Tab + 1 Enter mit „${skipLink.name}“ (danach Fokus auf <${skipLink.afterEnter.element}>, ${skipLink.afterEnter.size} px, ${skipLink.afterEnter.ring.visible ? 'Fokusring sichtbar' : 'kein sichtbarer Fokusring'})`
          : ', kein Sprunglink'),
    );
  }

  // The accessibility tree per widget, as the page is after the walk.
  const tree = await fullAxTree(cdp);
  const map = await mapListbox(cdp, MAP_LABEL);
  t.diagnostic(`Karte im Baum: ${map.options.length} Optionen, ${map.selected.length} ausgewählt`);
  const counterTexts = [];
  let chartRows = 0;
  for (const [index, widget] of widgets.entries()) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelectorAll(${JSON.stringify(WIDGET_SELECTOR)})[${index}]`,
    });
    const below = tree.below(await axNodeOf(cdp, tree, result.objectId));
    for (const table of below.filter((node) => node.role.value === 'table')) {
      const roles = countRoles(tree.below(table));
      const cells = (roles.cell ?? 0) + (roles.gridcell ?? 0) + (roles.rowheader ?? 0) + (roles.columnheader ?? 0);
      t.diagnostic(`${widget} im Baum: Tabelle „${table.name?.value}“, ${roles.row ?? 0} Zeilen, ${cells} Zellen`);
      if (widget.startsWith('asskomm-progress-chart')) chartRows = Math.max(chartRows, roles.row ?? 0);
    }
    if (widget.startsWith('asskomm-milestone-counter')) {
      const text = below.filter((node) => node.role.value === 'StaticText').map((node) => node.name.value);
      counterTexts.push(text.join(' '));
      t.diagnostic(`${widget} im Baum: Text „${text.join(' | ')}“`);
    }
  }

  // Loose bounds: the figures above may shrink; more stops or a skip link that skips less fails.
  const widgetStops = plain.filter((stop) => stop.widget);
  for (const stop of widgetStops) {
    const where = `${stop.widget}, Tab ${stop.presses} <${stop.element}> „${stop.name}“`;
    assert.ok(stop.name.trim(), `${where}: hat einen Namen`);
    assert.ok(stop.ring.visible, `${where}: sichtbarer Fokusring (${stop.ring.width} px, ${stop.ring.contrast}:1)`);
  }
  const bounds = { 'asskomm-status-map': 22, 'asskomm-progress-chart': 12, 'asskomm-milestone-counter': 0 };
  for (const [index, { widget, stops }] of without.entries()) {
    const tag = widget.split('#')[0];
    assert.ok(stops <= bounds[tag], `${widget}: ${stops} Tab-Stopps, höchstens ${bounds[tag]}`);
    if (stops) assert.ok(skipping[index].presses <= 2, `${widget}: mit Sprunglink ${skipping[index].presses} Tab-Drücke, höchstens 2`);
  }
  assert.ok(map.options.length > 400, 'Karte: jede Gemeinde eine Option im Baum');
  assert.ok(chartRows > 10, `Diagramm: Datentabelle im Baum (${chartRows} Zeilen)`);
  assert.ok(
    counterTexts.every((text) => /\d/.test(text)),
    'Zähler: Zahlen im Baum',
  );

  assertCleanPage(record, session.server.origin);
  await context.close();
});
