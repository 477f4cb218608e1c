// The verdict on one rendered case: failures by the issue's rules (uncaught error, blank widget,
// executed or injected payload, hang, request elsewhere, wrong figures for an oracle case) and
// notes for what a reader should not see but those rules do not forbid.

/**
 * A case not settled this long after its feed was sent hangs. HOSTILE_HANG_MS raises it, to
 * measure how long such a case really takes.
 */
export const HANG_MS = Number(process.env.HOSTILE_HANG_MS ?? 5_000);

/** What is wrong with one case: `[{ kind, detail }]`. */
export function judge(entry, result, seen, origin) {
  const failures = [];
  const add = (kind, detail) => failures.push({ kind, detail });
  for (const error of seen.pageErrors) add('uncaught', error.slice(0, 300));
  if (result.evaluateError) {
    add('case-error', `der Fall brach in der Seite ab: ${result.evaluateError}`);
    return failures;
  }
  if (result.hang) {
    add('hang', `${HANG_MS / 1000} s nach dem Senden des Feeds nicht fertig${result.hangError ? ` (${result.hangError})` : ''}`);
    return failures;
  }
  if (result.pwned) add('executed', 'window.__pwned wurde gesetzt');
  for (const item of result.injected) add('injected', item);
  for (const link of result.badLinks) add('bad-link', link);
  if (result.polluted.length) add('polluted', `Object.prototype: ${result.polluted.join(', ')}`);
  const foreign = seen.requests.filter((url) => !url.startsWith(`${origin}/`));
  if (foreign.length) add('foreign-request', [...new Set(foreign)].slice(0, 3).join(', '));
  for (const violation of seen.violations)
    add('csp', `${violation.directive}: ${violation.blocked} ${violation.sample ?? ''}`.slice(0, 200));
  for (const widget of result.widgets) {
    if (widget.loading) add('stuck-loading', `${widget.tag}: zeigt nach dem Laden noch „Daten werden geladen“`);
    else if (!widget.visible) add('blank', `${widget.tag}: nichts sichtbar (${widget.width}×${widget.height} px)`);
  }
  if (entry.afterResponseLimit && result.afterResponseMs > entry.afterResponseLimit)
    add('slow', `${result.afterResponseMs} ms nach der Antwort (Grenze ${entry.afterResponseLimit} ms)`);
  if (entry.oracle) for (const problem of entry.oracle(result)) add('oracle', problem);
  return failures;
}

/**
 * What a reader should not see but the issue's four rules do not forbid: words of a broken
 * computation the feed does not contain, SVG shapes at NaN, console errors. Listed, not failed.
 */
export function notice(result, seen, text) {
  const notes = [];
  if (result.hang || result.evaluateError) return notes;
  for (const widget of result.widgets) {
    const words = (widget.oddWords ?? []).filter((word) => !text.includes(word));
    if (words.length) notes.push({ kind: 'odd-text', detail: `${widget.tag} zeigt ${words.map((w) => `„${w}“`).join(', ')}` });
    if (widget.nanShapes?.length) notes.push({ kind: 'nan-svg', detail: `${widget.tag}: ${widget.nanShapes.join(', ')}` });
  }
  for (const message of seen.consoleErrors) notes.push({ kind: 'console-error', detail: message.slice(0, 200) });
  return notes;
}
