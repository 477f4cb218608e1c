// Design tokens in the docs: `src/element/tokens.ts` (shared) and `src/widgets/<name>/tokens.ts`
// hold each custom property with its default, once. The widgets' `@cssproperty` lines name the
// properties without a default; the manifest takes it from the token. The check finds a header
// default that differs from its token, a token no header documents, and any `var(--asskomm-…)`
// or token a widget uses (anywhere in src/ outside the other widgets) that its header leaves out.
import { ts } from '@custom-elements-manifest/analyzer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const SHARED_TOKENS_FILE = 'src/element/tokens.ts';

const PUBLIC_PREFIX = '--asskomm-';
const privateName = (name) => `--_${name.slice(PUBLIC_PREFIX.length)}`;
const publicName = (name) => `${PUBLIC_PREFIX}${name.slice('--_'.length)}`;

/** `{ name → value }` of every `{ '--asskomm-…': '…' }` object literal in a token module. */
export function tokensIn(text, file = 'tokens.ts') {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2021, true);
  const tokens = new Map();
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
        const name = property.name.text;
        if (!name.startsWith(PUBLIC_PREFIX)) continue;
        if (!ts.isStringLiteral(property.initializer)) throw new Error(`${file}: ${name} braucht einen Text als Wert`);
        tokens.set(name, property.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tokens;
}

/** The widgets: folder names under src/widgets/ with an element module `<name>/<name>.ts`. */
function widgetNames(root) {
  return readdirSync(`${root}/src/widgets`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}/src/widgets/${entry.name}/${entry.name}.ts`))
    .map((entry) => entry.name)
    .sort();
}

const widgetTokensFile = (widget) => `src/widgets/${widget}/tokens.ts`;

function readTokens(root, file) {
  return existsSync(`${root}/${file}`) ? tokensIn(readFileSync(`${root}/${file}`, 'utf8'), file) : new Map();
}

/**
 * The tokens each widget can use: the shared ones and its own, with the file each is in.
 * `{ shared: Map, byWidget: Map<widget, Map<name, { value, file }>> }`.
 */
export function loadTokens(root) {
  const shared = readTokens(root, SHARED_TOKENS_FILE);
  const byWidget = new Map();
  for (const widget of widgetNames(root)) {
    const scope = new Map([...shared].map(([name, value]) => [name, { value, file: SHARED_TOKENS_FILE }]));
    for (const [name, value] of readTokens(root, widgetTokensFile(widget))) scope.set(name, { value, file: widgetTokensFile(widget) });
    byWidget.set(widget, scope);
  }
  return { shared, byWidget };
}

/** A token's default as the docs show it: references to other tokens (`var(--_muted)`) resolved. */
export function resolvedDefault(scope, name, seen = new Set()) {
  const token = scope.get(name);
  if (!token || seen.has(name)) return undefined;
  seen.add(name);
  return token.value.replace(/var\((--_[a-z0-9-]+)\)/g, (whole, reference) => resolvedDefault(scope, publicName(reference), seen) ?? whole);
}

/** The widget whose element module is `path` (`src/widgets/<name>/<name>.ts`), if any. */
const widgetOf = (path) => /^src\/widgets\/([^/]+)\/\1\.ts$/.exec(path)?.[1];

/** Analyzer plugin: a `@cssproperty` without a default gets its token's. */
export function tokenDefaults(root) {
  const { byWidget } = loadTokens(root);
  return {
    name: 'asskomm - defaults from the design tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const scope = byWidget.get(widgetOf(module.path));
        if (!scope) continue;
        for (const declaration of module.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            if (property.default === undefined && scope.has(property.name)) property.default = resolvedDefault(scope, property.name);
          }
        }
      }
    },
  };
}

function sourceFiles(root, dir) {
  return readdirSync(`${root}/${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code without comments: a custom property named in a comment is not used. */
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * What a widget's code uses: `{ used: Map<public name, file>, direct: [{ name, file }], unknown: [{ name, file }] }`.
 * Its code is every file of src/ outside the other widgets' folders (base styles, loader, entry).
 * `var(--_x)` counts as `--asskomm-x` where that is a token; a private property with no token,
 * no declaration (`--_x:`) and no fallback is reported as unknown (a typo, or a token forgotten).
 * `direct` lists `var(--asskomm-x, …)` in styles that have `--_x` (all but the loader's message,
 * which is shown before the widget's styles exist): there the fallback would be a second copy.
 * `copies` lists the loader's `var(--asskomm-x, fallback)`, whose fallback must equal the token.
 */
export function usesOf(root, widget, scope) {
  const files = sourceFiles(root, 'src').filter((file) => !file.startsWith('src/widgets/') || file.startsWith(`src/widgets/${widget}/`));
  const texts = files.map((file) => [file, withoutComments(readFileSync(`${root}/${file}`, 'utf8'))]);
  const declared = new Set(texts.flatMap(([, text]) => [...text.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((match) => match[1])));
  const used = new Map();
  const direct = [];
  const unknown = [];
  const copies = [];
  for (const [file, text] of texts) {
    for (const [, name] of text.matchAll(/var\(\s*(--asskomm-[a-z0-9-]+)/g)) {
      if (!used.has(name)) used.set(name, file);
      if (scope.has(name) && !file.startsWith('src/loader/')) direct.push({ name, file });
    }
    // The loader's message has no widget styles to declare `--_x`: its fallbacks must be the tokens' defaults.
    if (file.startsWith('src/loader/')) {
      for (const [, name, fallback] of text.matchAll(/var\(\s*(--asskomm-[a-z0-9-]+)\s*,\s*([^)]*?)\s*\)/g)) {
        if (scope.has(name)) copies.push({ name, file, fallback });
      }
    }
    for (const [, name, fallback] of text.matchAll(/var\(\s*(--_[a-z0-9-]+)\s*(,?)/g)) {
      if (scope.has(publicName(name))) {
        if (!used.has(publicName(name))) used.set(publicName(name), file);
      } else if (!declared.has(name) && !fallback) {
        unknown.push({ name, file });
      }
    }
  }
  return { used, direct, unknown, copies };
}

/** German problems: token and header disagree, or a used property is undocumented. Empty when all agree. */
export function tokenProblems(manifest, root) {
  const { shared, byWidget } = loadTokens(root);
  const problems = [];
  const usedAnywhere = new Set();
  for (const [widget, scope] of byWidget) {
    const header = `src/widgets/${widget}/${widget}.ts`;
    const declaration = manifest.modules
      .filter((module) => module.path === header)
      .flatMap((module) => module.declarations ?? [])
      .find((candidate) => candidate.customElement);
    if (!declaration) continue;
    const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
    const { used, direct, unknown, copies } = usesOf(root, widget, scope);
    for (const name of used.keys()) usedAnywhere.add(name);
    for (const [name, file] of used) {
      if (!scope.has(name))
        problems.push(`${file}: ${name} ist kein Token; in ${widgetTokensFile(widget)} oder ${SHARED_TOKENS_FILE} eintragen.`);
      if (!documented.has(name)) problems.push(`${header}: @cssproperty ${name} fehlt im JSDoc (benutzt in ${file}).`);
    }
    for (const { name, file } of direct) {
      problems.push(`${file}: var(${name}, …) wiederholt den Standardwert des Tokens; var(${privateName(name)}) benutzen.`);
    }
    for (const { name, file, fallback } of copies) {
      const expected = resolvedDefault(scope, name);
      if (fallback !== expected) problems.push(`${file}: var(${name}, ${fallback}) weicht vom Token ab („${expected}“).`);
    }
    for (const { name, file } of unknown) {
      problems.push(`${file}: var(${name}) ist weder Token (${publicName(name)}) noch deklariert.`);
    }
    for (const [name, property] of documented) {
      const token = scope.get(name);
      if (!token) {
        problems.push(`${header}: @cssproperty ${name} hat kein Token in ${widgetTokensFile(widget)} oder ${SHARED_TOKENS_FILE}.`);
        continue;
      }
      if (!used.has(name)) problems.push(`${header}: @cssproperty ${name} ist dokumentiert, aber das Widget benutzt es nicht.`);
      const expected = resolvedDefault(scope, name);
      if (property.default !== expected) {
        problems.push(
          `${header}: @cssproperty ${name} nennt den Standardwert „${property.default}“, das Token in ${token.file} „${expected}“.` +
            ' Den Wert im JSDoc weglassen: `npm run docs` übernimmt ihn aus dem Token.',
        );
      }
    }
    const own = readTokens(root, widgetTokensFile(widget));
    for (const name of own.keys()) {
      if (!used.has(name)) problems.push(`${widgetTokensFile(widget)}: ${name} wird im Widget nicht benutzt.`);
    }
  }
  for (const name of shared.keys()) {
    if (!usedAnywhere.has(name)) problems.push(`${SHARED_TOKENS_FILE}: ${name} wird von keinem Widget benutzt.`);
  }
  return [...new Set(problems)];
}
