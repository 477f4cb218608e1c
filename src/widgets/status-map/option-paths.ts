/**
 * The Gemeinden as the listbox's options: one `<path>` each, made with DOM calls instead of a Lit
 * template per Gemeinde. A template instance per option cost Lit's clone, walk and two marker
 * comments each (all of Germany: 62,567 comments for 11,299 Gemeinden). Built once per geometry;
 * a change of labels (a date, a layer switched off) only rewrites the `aria-label`s that change.
 *
 * Usage, in an element position: `<g class="municipalities" role="none" ${optionPaths(geometry, labels)}></g>`.
 * Labels are feed text: they only ever reach an attribute, never markup.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { MapGeometry } from '../../geo/geometry.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Element id of a focusable place inside the shadow root. */
export function optionId(key: string): string {
  return `place-${key}`;
}

class OptionPathsDirective extends Directive {
  private geometry?: MapGeometry;
  private labels?: ReadonlyMap<string, string>;
  private paths: SVGPathElement[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('optionPaths() belongs in an element position: <g ${optionPaths(…)}>');
  }

  render(_geometry: MapGeometry, _labels: ReadonlyMap<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [geometry, labels]: [MapGeometry, ReadonlyMap<string, string>]): typeof noChange {
    // A hover or a zoom renders the map again with the same two: nothing to touch.
    if (geometry === this.geometry && labels === this.labels) return noChange;
    this.labels = labels;
    const { municipalities } = geometry;
    const label = (i: number): string => labels.get(municipalities[i]!.ags) ?? municipalities[i]!.name;
    if (geometry !== this.geometry) {
      this.geometry = geometry;
      this.paths = municipalities.map((m, i) => {
        const path = document.createElementNS(SVG_NS, 'path');
        path.setAttribute('class', 'municipality');
        path.id = optionId(m.ags);
        path.setAttribute('role', 'option');
        path.setAttribute('aria-label', label(i));
        path.setAttribute('data-key', m.ags);
        path.setAttribute('d', m.d);
        return path;
      });
      part.element.replaceChildren(...this.paths);
    } else {
      this.paths.forEach((path, i) => {
        const text = label(i);
        if (path.getAttribute('aria-label') !== text) path.setAttribute('aria-label', text);
      });
    }
    return noChange;
  }
}

export const optionPaths = directive(OptionPathsDirective);
