/**
 * Inline style properties that a strict CSP allows. Lit's `styleMap` writes its first value as
 * a `style="…"` attribute string, which `style-src` without 'unsafe-inline' blocks; this
 * directive only ever uses the CSSOM (`style.setProperty`), which CSP does not restrict.
 *
 * Usage, in an element position: `<div ${cssProps({ top: '4px', '--plot-height': '300px' })}>`
 * (CSS property names, dash-case).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element position: <div ${cssProps(…)}>');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.applied) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
