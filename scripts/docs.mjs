// `npm run docs`: writes custom-elements.json from the widgets' JSDoc headers and regenerates the
// README's API reference from it (between <!-- api:start --> and <!-- api:end -->), and the
// lists of layer and indicator ids (between <!-- values:start --> and <!-- values:end -->).
// `npm run docs -- --check` writes nothing and fails when either file is out of date or an
// attribute has no example in the README, so CI catches docs that drifted from the code. Both
// also fail when the `@cssproperty` lines and the design tokens disagree (docs/tokens.mjs), and
// when the README's CMS allow-lists miss an attribute (docs/cms-lists.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cmsListProblems } from './docs/cms-lists.mjs';
import { buildManifest, ROOT } from './docs/manifest.mjs';
import { attributesWithoutExample, replaceBlock, withApiReference } from './docs/tables.mjs';
import { tokenProblems } from './docs/tokens.mjs';
import { VALUES_END, VALUES_START, valuesReference } from './docs/values.mjs';

export const MANIFEST_FILE = `${ROOT}custom-elements.json`;
export const README_FILE = `${ROOT}README.md`;

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The generated files and the problems a check would report. */
export function generateDocs() {
  const manifest = buildManifest();
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const readme = read(README_FILE);
  const readmeText = replaceBlock(withApiReference(readme, manifest), VALUES_START, VALUES_END, valuesReference(manifest));
  return {
    manifestText,
    readmeText,
    missingExamples: attributesWithoutExample(readmeText, manifest),
    tokenProblems: tokenProblems(manifest, ROOT),
    cmsListProblems: cmsListProblems(readmeText, manifest),
  };
}

function main(check) {
  const { manifestText, readmeText, missingExamples, tokenProblems, cmsListProblems } = generateDocs();
  const problems = [...tokenProblems, ...cmsListProblems];
  if (missingExamples.length) {
    problems.push(`README.md: kein Beispiel für ${missingExamples.join(', ')} (ein \`\`\`html-Block mit dem Attribut)`);
  }
  if (check) {
    const stale = [];
    if (read(MANIFEST_FILE) !== manifestText) stale.push('custom-elements.json passt nicht zum JSDoc der Widgets');
    if (read(README_FILE) !== readmeText) stale.push('README.md: API-Referenz oder Wertelisten passen nicht zu Manifest und Feed');
    if (stale.length) problems.push(...stale, '→ `npm run docs` erzeugt beides neu.');
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    } else {
      console.log('Dokumentation aktuell: custom-elements.json und README-Tabellen passen zum JSDoc.');
    }
    return;
  }
  writeFileSync(MANIFEST_FILE, manifestText);
  writeFileSync(README_FILE, readmeText);
  console.log('custom-elements.json und die API-Tabellen in README.md geschrieben.');
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.includes('--check'));
