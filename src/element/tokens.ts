/**
 * Design tokens: each public custom property with its default, written once. A widget's styles
 * declare every token on `:host` as a private property (`--_text` for `--asskomm-text`)
 * and use only the private one (`color: var(--_text)`), so the fallback exists in one place.
 * The JSDoc headers name the properties without defaults: `npm run docs` takes them from here,
 * and `npm run docs -- --check` fails when a token is undocumented or a header writes a default.
 *
 * These are the tokens of `baseStyles` and of more than one widget; a widget's own tokens live in
 * `src/widgets/<name>/tokens.ts`. A value may refer to another token: `'var(--_muted)'`.
 */

/** Public property name (`--asskomm-…`) → default value (CSS). */
export type Tokens = Readonly<Record<`--asskomm-${string}`, string>>;

export const SHARED_TOKENS = {
  '--asskomm-font': 'inherit',
  '--asskomm-text': '#1a1a1a',
  '--asskomm-muted': '#555',
  '--asskomm-link': '#00457d',
  '--asskomm-focus': '#005fcc',
  '--asskomm-button-background': '#fff',
  '--asskomm-button-text': '#00457d',
  '--asskomm-error': '#b00020',
  '--asskomm-error-background': '#fff5f5',
  '--asskomm-hint': '#8a5a00',
  '--asskomm-hint-background': '#fff8e5',
  '--asskomm-state-min-height': '6em',
} as const satisfies Tokens;

/**
 * The `:host` rule that declares `tokens` as private properties: `--asskomm-text` becomes
 * `--_text`, falling back to the token's default where the page sets nothing.
 */
export function tokenDeclarations(tokens: Tokens): string {
  const declarations = Object.entries(tokens).map(([name, value]) => `${name.replace('--asskomm-', '--_')}:var(${name},${value})`);
  return `:host{${declarations.join(';')}}`;
}
