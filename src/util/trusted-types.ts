/**
 * The Trusted Types policy of our copy of Lit. rollup.config.js replaces lit-html's own
 * `trustedTypes.createPolicy("lit-html", …)` by a call to `createLitPolicy`, because under
 * `trusted-types …` without `'allow-duplicates'` that name can be taken by any other Lit on the
 * page (or a second copy of this library) and the call would throw, blanking every widget.
 */

/** What a page's CSP has to allow so that the widgets may render in every case (also in the README). */
export const NEEDED_TRUSTED_TYPES = "trusted-types lit-html asskomm-widgets 'allow-duplicates'";

/** The policy names we try, in this order: Lit's own first, so pages that allow only it stay quiet. */
const POLICY_NAMES = ['lit-html', 'asskomm-widgets'] as const;

/**
 * `Error.name` of the error below; the script-tag loader (loader.ts, which matches this name as a
 * literal so that this module stays out of the entry) shows its message in every widget.
 */
export const TRUSTED_TYPES_BLOCKED = 'AsskommTrustedTypesError';

interface PolicyFactory<Policy> {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Policy;
}

/**
 * Lit's policy under the first name the page allows. If the page allows none, this throws (while
 * the chunk with Lit evaluates, before any widget is defined) an error whose German message tells
 * the editor which CSP the page needs; an element without a policy could only fail on render.
 */
export function createLitPolicy<Policy>(factory: PolicyFactory<Policy>, rules: { createHTML(input: string): string }): Policy {
  for (const name of POLICY_NAMES) {
    try {
      return factory.createPolicy(name, rules);
    } catch {
      // Taken without 'allow-duplicates', or not in the page's list: try the next name.
    }
  }
  const error = new Error(`Die Content-Security-Policy dieser Seite lässt die Widgets nicht starten. Sie braucht: ${NEEDED_TRUSTED_TYPES}`);
  error.name = TRUSTED_TYPES_BLOCKED;
  throw error;
}
