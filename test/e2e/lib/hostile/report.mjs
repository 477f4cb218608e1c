// The printed outcome of a run: the counts table per category (and per operator for the random
// mutations), one line per failing case, and the failing feeds saved to a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATEGORIES = [
  ['random', '(a) Zufällige Mutationen'],
  ['xss', '(b) XSS und Links'],
  ['big', '(c) Große Feeds'],
  ['semantic', '(d) Semantik mit Orakel'],
];

const quantile = (values, q) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** The counts table per category, the failure kinds and per-operator counts for (a). */
export function countsTable(outcomes, seconds) {
  const lines = [];
  const row = (cells, widths) => cells.map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ');
  const widths = [28, 7, 7, 9, 9, 10, 0];
  const kindsOf = (list, key) => {
    const kinds = {};
    for (const o of list) for (const kind of new Set((o[key] ?? []).map((f) => f.kind))) kinds[kind] = (kinds[kind] ?? 0) + 1;
    return Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  };
  lines.push(row(['Kategorie', 'Fälle', 'Fehler', 'Median', 'p99', 'Auffällig', '  Fehlerarten; Auffälligkeiten (ohne Fehler)'], widths));
  for (const [key, title] of CATEGORIES) {
    const list = outcomes.filter((o) => o.entry.category === key);
    if (!list.length) continue;
    const failed = list.filter((o) => o.failures.length);
    const noted = list.filter((o) => o.notes?.length);
    const times = list.filter((o) => !o.result.hang && o.result.settleMs !== undefined).map((o) => o.result.settleMs);
    const kinds = [kindsOf(failed, 'failures') || '–', kindsOf(noted, 'notes')].filter(Boolean).join('; ');
    lines.push(
      row(
        [title, list.length, failed.length, `${quantile(times, 0.5)} ms`, `${quantile(times, 0.99)} ms`, noted.length, `  ${kinds}`],
        widths,
      ),
    );
  }
  const failedTotal = outcomes.filter((o) => o.failures.length).length;
  lines.push(row(['Summe', outcomes.length, failedTotal, '', '', outcomes.filter((o) => o.notes?.length).length, ''], widths));
  const retried = outcomes.filter((o) => o.retried);
  if (retried.length)
    lines.push(
      `${retried.length} Fälle hingen nur beim ersten Versuch (Last auf der Maschine?): ${retried.map((o) => o.entry.seed ?? o.entry.id).join(', ')}`,
    );
  const slowest = outcomes
    .filter((o) => o.result.settleMs !== undefined)
    .sort((a, b) => b.result.settleMs - a.result.settleMs)
    .slice(0, 5)
    .map((o) => `${o.entry.seed ?? o.entry.id} ${o.result.settleMs} ms`);
  lines.push(`Langsamste Fälle: ${slowest.join(', ')}`);
  const links = outcomes.reduce((sum, o) => sum + (o.result.linksChecked ?? 0), 0);
  lines.push(`${links} Links in den Widgets, der Tabelle und den Detailfenstern geprüft (nur http:, https:, mailto:, tel: erlaubt)`);
  lines.push(
    `${outcomes.length} Fälle in ${seconds.toFixed(1)} s: ${(outcomes.length / seconds).toFixed(2)} Fälle/s (2 Seiten parallel, je eine mit und ohne CSP)`,
  );
  const random = outcomes.filter((o) => o.entry.category === 'random');
  if (random.length) {
    const perOperator = {};
    for (const o of random) {
      for (const operator of o.entry.operators) {
        const counts = (perOperator[operator] ??= { tried: 0, failed: 0 });
        counts.tried += 1;
        if (o.failures.length) counts.failed += 1;
      }
    }
    lines.push('(a) je Operator (angewandt / in einem Fall mit Fehler):');
    lines.push(
      Object.entries(perOperator)
        .sort((a, b) => b[1].tried - a[1].tried)
        .map(([operator, counts]) => `${operator} ${counts.tried}/${counts.failed}`)
        .join(', '),
    );
  }
  return lines.join('\n');
}

/** One line per failing case: category, seed or id, CSP mode, what was done, what was seen. */
export function describeFailure({ entry, failures, notes = [] }) {
  const what = [...failures, ...notes].map((f) => `${f.kind}: ${f.detail}`).join(' · ');
  const seed = entry.seed !== undefined ? `Seed ${entry.seed}` : entry.id;
  return `[${entry.category}] ${seed} (${entry.csp ? 'CSP' : 'ohne CSP'}) ${entry.label ?? ''}\n    → ${what}`;
}

/** Writes each failing or noted case's feed (up to 5 MB) and its description; returns the folder. */
export function saveFailures(outcomes) {
  const failed = outcomes.filter((o) => o.failures.length || o.notes?.length);
  if (!failed.length) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'asskomm-hostile-'));
  for (const outcome of failed) {
    const base = join(folder, outcome.entry.id);
    writeFileSync(`${base}.txt`, `${describeFailure(outcome)}\n\n${JSON.stringify(outcome.result, null, 1).slice(0, 20_000)}\n`);
    if (outcome.text && outcome.text.length <= 5_000_000) writeFileSync(`${base}.json`, outcome.text);
  }
  return folder;
}
