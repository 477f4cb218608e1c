/**
 * axe-core run as the audit ran it (WCAG 2.0/2.1 A and AA plus best practice, the widget host as
 * context so its shadow DOM is included), giving each violation as one short line, so a failing
 * test names rule, impact and the nodes instead of a pass/fail flag.
 */
import type { AxeResults, RunOptions } from 'axe-core';

/** The rule sets of the audit (§1 of audit-2026-11/accessibility.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeGlobal {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

async function loadAxe(): Promise<AxeGlobal> {
  const holder = window as unknown as { axe?: AxeGlobal };
  // axe's UMD build registers itself on `window` when imported as a module; it has no module types.
  // @ts-expect-error TS7016: no declaration for the UMD file
  if (!holder.axe) await import('axe-core/axe.min.js');
  return holder.axe!;
}

/** Violations of `element` (shadow DOM included), one line each: "rule (impact): targets". */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results = await axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`,
  );
}
