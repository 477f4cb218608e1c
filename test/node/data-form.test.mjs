// The data form (src/loader/data-form.ts) copies only the widgets' documented attributes: its list
// must be exactly the attributes custom-elements.json documents, so a new attribute works in the
// data form too and nothing else (style, id, event handlers) comes in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { register } from 'tsx/esm/api';

register();
const { WIDGET_ATTRIBUTES } = await import('../../src/loader/data-form.ts');

test('the data form copies exactly the attributes custom-elements.json documents', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const documented = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? (declaration.attributes ?? []) : []).map((attribute) => attribute.name)),
  );
  assert.deepEqual([...WIDGET_ATTRIBUTES].sort(), [...documented].sort());
});
