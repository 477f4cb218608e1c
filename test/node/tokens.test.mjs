// The docs check of the design tokens (scripts/docs/tokens.mjs), run on a copy of src/ that a
// test edits as a newcomer might: a default written into the JSDoc, a line left out, a var() added.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildManifest, ROOT } from '../../scripts/docs/manifest.mjs';
import { tokenProblems, tokensIn } from '../../scripts/docs/tokens.mjs';

const copies = [];

/** A copy of src/ with `edits` applied: `{ 'src/…': (text) => text }`. */
function sourcesWith(edits = {}) {
  const root = mkdtempSync(join(tmpdir(), 'asskomm-tokens-'));
  copies.push(root);
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    assert.notEqual(edited, text, `the edit of ${file} changes nothing`);
    writeFileSync(path, edited);
  }
  return root;
}

const problemsOf = (root) => tokenProblems(buildManifest(root), root);
const MAP = 'src/widgets/status-map/status-map.ts';

after(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('design tokens in the docs', () => {
  it('tokensIn() reads each token of a module with its default', () => {
    const tokens = tokensIn(readFileSync(join(ROOT, 'src/widgets/status-map/tokens.ts'), 'utf8'));
    assert.equal(tokens.get('--asskomm-map-coaching'), '#7b3294');
  });

  it('finds nothing to report in the widgets as they are, and documents defaults from the tokens', () => {
    const root = sourcesWith();
    const manifest = buildManifest(root);
    assert.deepEqual(tokenProblems(manifest, root), []);
    const counter = manifest.modules.find((module) => module.path === 'src/widgets/milestone-counter/milestone-counter.ts');
    const date = counter.declarations[0].cssProperties.find((property) => property.name === '--asskomm-counter-date-color');
    assert.equal(date.default, '#555', 'a token that refers to another (`var(--_muted)`) shows its default');
  });

  it('fails when a JSDoc default differs from its token', () => {
    const root = sourcesWith({
      [MAP]: (text) => text.replace('@cssproperty --asskomm-map-coaching ', '@cssproperty [--asskomm-map-coaching=#ff0000] '),
    });
    const problems = problemsOf(root);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /--asskomm-map-coaching.*#ff0000.*#7b3294/);
  });

  it('fails when a token the widget uses has no @cssproperty', () => {
    const root = sourcesWith({ [MAP]: (text) => text.replace(/^ \* @cssproperty --asskomm-map-funding .*\n/m, '') });
    assert.deepEqual(problemsOf(root), [
      `${MAP}: @cssproperty --asskomm-map-funding fehlt im JSDoc (benutzt in src/widgets/status-map/status-map.styles.ts).`,
    ]);
  });

  it('fails on an undocumented var(--asskomm-…) anywhere in src/, the loader included', () => {
    const root = sourcesWith({
      'src/loader/load-error.ts': (text) =>
        text.replace('border:1px solid var(--asskomm-error,#b00020)', 'border:1px solid var(--asskomm-load-error,#b00020)'),
    });
    const problems = problemsOf(root);
    assert.ok(
      problems.some((problem) => problem.includes('--asskomm-load-error ist kein Token')),
      problems.join('\n'),
    );
    for (const widget of ['milestone-counter', 'progress-chart', 'status-map']) {
      assert.ok(
        problems.includes(
          `src/widgets/${widget}/${widget}.ts: @cssproperty --asskomm-load-error fehlt im JSDoc (benutzt in src/loader/load-error.ts).`,
        ),
      );
    }
  });

  it("fails when the loader's message falls back to another colour than the token's", () => {
    const root = sourcesWith({
      'src/loader/load-error.ts': (text) => text.replace('var(--asskomm-error,#b00020)', 'var(--asskomm-error,#c00000)'),
    });
    assert.ok(problemsOf(root).includes('src/loader/load-error.ts: var(--asskomm-error, #c00000) weicht vom Token ab („#b00020“).'));
  });

  it('fails when a style repeats a default instead of using the private property', () => {
    const file = 'src/widgets/status-map/panels.styles.ts';
    const root = sourcesWith({
      [file]: (text) => text.replace('outline: 2px solid var(--_focus);', 'outline: 2px solid var(--asskomm-focus, #005fcc);'),
    });
    assert.deepEqual(problemsOf(root), [
      `${file}: var(--asskomm-focus, …) wiederholt den Standardwert des Tokens; var(--_focus) benutzen.`,
    ]);
  });
});
