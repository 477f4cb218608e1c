// Unit tests of scripts/size.mjs's import-graph walker: `node --test bench/` (plain Node, no browser).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUDGETS, checkBudgets, closure, fmt, dependenciesOf, readGraph, sizeReport } from '../scripts/size.mjs';
import { decodeMappings, moduleName } from './size/modules.mjs';

describe('dependenciesOf', () => {
  test('finds static imports, re-exports, side-effect imports, dynamic imports and import.meta.url assets', () => {
    const code =
      'import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";export*from"./star.js";' +
      'const l=()=>import("./lazy.js");const u=new URL("./geo.json",import.meta.url);const n=new URL("https://x.org/");';
    assert.deepEqual(dependenciesOf(code), {
      static: ['./a.js', './side.js', './c.js', './star.js'],
      dynamic: ['./lazy.js'],
      assets: ['./geo.json'],
    });
  });

  test('ignores import-like text in strings', () => {
    assert.deepEqual(dependenciesOf('const s="import(\\"./no.js\\")";'), { static: [], dynamic: [], assets: [] });
  });

  test('refuses a computed dynamic import, which would hide a download', () => {
    assert.throws(() => dependenciesOf('const f=(x)=>import(x);'), /computed specifier/);
  });
});

describe('pages of a build', () => {
  let dir;
  const files = {
    'asskomm-widgets.js':
      'import"./boot.js";const l={c:()=>import("./milestone-counter.js"),p:()=>import("./progress-chart.js"),m:()=>import("./status-map.js")};',
    'boot.js': 'export const boot=1;',
    'lit.js': 'export const lit="x".repeat(100);',
    'milestone-counter.js': 'import{lit}from"./lit.js";export const counter=lit;',
    'progress-chart.js': 'import{lit}from"./lit.js";import{d3}from"./d3.js";export const chart=[lit,d3];',
    'status-map.js': 'import{lit}from"./lit.js";import{d3}from"./d3.js";export const url=new URL("./sachsen.topo.json",import.meta.url);',
    'd3.js': 'export const d3=1;',
    'stale-chunk.js': 'export const old=1;',
    'sachsen.topo.json': '{"type":"Topology"}',
    'asskomm.json': '{}',
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'size-test-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the counter-only page is the entry, its static imports and the counter chunk with its imports', () => {
    const graph = readGraph(dir);
    assert.deepEqual(closure(graph, ['asskomm-widgets.js', 'milestone-counter.js']), {
      files: ['asskomm-widgets.js', 'boot.js', 'lit.js', 'milestone-counter.js'],
      assets: [],
    });
  });

  test('the all-widgets page follows dynamic imports too, and never a file nothing imports', () => {
    const { files: all, assets } = closure(readGraph(dir), ['asskomm-widgets.js'], true);
    assert.deepEqual(all, [
      'asskomm-widgets.js',
      'boot.js',
      'd3.js',
      'lit.js',
      'milestone-counter.js',
      'progress-chart.js',
      'status-map.js',
    ]);
    assert.deepEqual(assets, ['sachsen.topo.json']);
  });

  test('the report adds the geometry to the map page only, and the budgets hold for small files', () => {
    const report = sizeReport(dir);
    const row = (id) => report.rows.find((r) => r.id === id);
    assert.deepEqual(row('map').assets, ['sachsen.topo.json']);
    assert.deepEqual(row('map+geometry').files.at(-1), 'sachsen.topo.json');
    assert.deepEqual(row('counter').assets, []);
    assert.ok(row('all').gzip > row('counter').gzip);
    assert.deepEqual(report.failures, []);
  });

  test('the budget check names what failed', () => {
    const failures = checkBudgets([
      { id: 'all', gzip: BUDGETS.allGzip + 1, assets: [] },
      { id: 'counter', gzip: BUDGETS.counterGzip + 1, assets: ['sachsen.topo.json'] },
    ]);
    assert.equal(failures.length, 3);
    assert.ok(
      failures[0].includes(`all-widgets bundle ${fmt(BUDGETS.allGzip + 1)} B gzip > budget ${fmt(BUDGETS.allGzip)} B`),
      failures[0],
    );
    assert.ok(failures[1].includes(`counter-only page ${fmt(BUDGETS.counterGzip + 1)} B gzip`), failures[1]);
    assert.match(failures[2], /downloads sachsen.topo.json/);
  });
});

describe('source-map attribution', () => {
  test('decodes VLQ segments to columns and source indexes', () => {
    // "AAAA,CAAC;AACA": line 0 → [0,0],[1,1]; line 1 → [0,1] (source index carries over).
    assert.deepEqual(decodeMappings('AAAA,CCAC;AAAA'), [
      [
        [0, 0],
        [1, 1],
      ],
      [[0, 1]],
    ]);
  });

  test('names packages and our sources', () => {
    assert.equal(moduleName('../node_modules/lit-html/development/lit-html.js'), 'lit-html/lit-html.js');
    assert.equal(moduleName('../node_modules/@lit/task/task.js'), '@lit/task/task.js');
    assert.equal(moduleName('../src/feed/validate.ts'), 'src/feed/validate.ts');
  });
});
