/**
 * Inline styles that a strict CSP allows. Lit's `styleMap` writes its first value as a `style`
 * attribute string, which `style-src 'self'` (without 'unsafe-inline') blocks; this directive
 * only ever uses the CSSOM (`style.setProperty`), which CSP does not restrict.
 *
 * Usage: `<div ${cssomStyle({ left: '12px' })}>` (property names in dash-case).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class CssomStyleDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() gehört als Element-Bindung in das Tag: <div ${cssomStyle(…)}>');
  }

  render(_properties: StyleProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) {
      if (properties[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
