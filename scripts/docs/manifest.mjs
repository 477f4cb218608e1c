// The custom-elements manifest, generated from the JSDoc header of each widget class with
// @custom-elements-manifest/analyzer. Two small plugins make the header the one source of truth:
// the analyzer's Lit plugin lets a field's short doc comment replace the header's `@attr` text,
// and it cannot see tags registered through our `defineElement()` helper. A third fills in the
// `@cssproperty` defaults from the design tokens (tokens.mjs).
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { parse } from 'comment-parser';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenDefaults } from './tokens.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each widget's element module and its `define.ts`, e.g. `src/widgets/status-map/status-map.ts`. */
export function widgetSources(root = ROOT) {
  return readdirSync(`${root}/src/widgets`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => [`src/widgets/${name}/${name}.ts`, `src/widgets/${name}/define.ts`])
    .filter((path) => existsSync(`${root}/${path}`));
}

/**
 * The literal default an attribute description names: "Default: `1500`" or "Standard: `on`".
 * Prose defaults ("the nearest `lang` on the page") have none.
 */
export function defaultOf(description) {
  return /(?:Default|Standard): `([^`]*)`/.exec(description.replace(/\s+/g, ' '))?.[1];
}

const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ').trim();

/** `defineElement('asskomm-x', X)` in a define module counts as a definition of `<asskomm-x>`. */
function defineElementCalls() {
  return {
    name: 'asskomm - defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const source = node.getSourceFile();
      const imported = source.statements.find(
        (statement) =>
          ts.isImportDeclaration(statement) &&
          statement.importClause?.namedBindings &&
          ts.isNamedImports(statement.importClause.namedBindings) &&
          statement.importClause.namedBindings.elements.some((element) => element.name.text === klass.text),
      );
      const module = imported
        ? posix.join(posix.dirname(moduleDoc.path), imported.moduleSpecifier.text.replace(/\.js$/, '.ts'))
        : moduleDoc.path;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text, module },
      });
    },
  };
}

/**
 * The class header wins over field comments: attribute texts, types and literal defaults come
 * from `@attr`; `@summary` is split into a one-paragraph summary and the description.
 */
function headerIsTheApi() {
  return {
    name: 'asskomm - JSDoc header is the API',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.text);
      if (!classDoc) return;
      for (const jsDoc of node.jsDoc ?? []) {
        for (const block of parse(jsDoc.getFullText())) {
          for (const tag of block.tags) {
            if (tag.tag !== 'attr' && tag.tag !== 'attribute') continue;
            const attribute = classDoc.attributes?.find((candidate) => candidate.name === tag.name);
            if (!attribute) continue;
            const description = oneLine(tag.description.replace(/^-\s*/, ''));
            attribute.description = description;
            if (tag.type) attribute.type = { text: tag.type };
            const fallback = defaultOf(description);
            if (fallback === undefined) delete attribute.default;
            else attribute.default = fallback;
          }
        }
      }
      if (classDoc.summary) {
        const [summary, ...rest] = classDoc.summary.split(/\n\s*\n/);
        classDoc.summary = oneLine(summary);
        const description = rest.map(oneLine).join('\n\n');
        if (description) classDoc.description = description;
      }
      for (const list of [classDoc.events, classDoc.slots, classDoc.cssParts, classDoc.cssProperties]) {
        for (const item of list ?? []) if (item.description) item.description = oneLine(item.description);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The manifest documents the public element API; private state and helpers stay out.
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
        }
      }
    },
  };
}

/** The manifest object for the widgets under `root`. */
export function buildManifest(root = ROOT) {
  const modules = widgetSources(root).map((path) =>
    ts.createSourceFile(path, readFileSync(`${root}/${path}`, 'utf8'), ts.ScriptTarget.ES2021, true),
  );
  return create({ modules, plugins: [...litPlugin(), defineElementCalls(), headerIsTheApi(), tokenDefaults(root)] });
}

/** The custom elements of a manifest in tag order: `{ tagName, declaration, module }`. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => ({ tagName: declaration.tagName, declaration, module: module.path })),
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}
