/**
 * The widgets' one channel to the browser console: one prefix, and each text once per page
 * (widgets re-render on every hover; a log that repeats itself buries what is new). `warn` is
 * for what an editor can fix, `reportFailure` for what did not work.
 */
const PREFIX = '[asskomm-widgets]';

const said = new Set<string>();

function sayOnce(level: 'warn' | 'error', message: string, cause: unknown): void {
  if (said.has(message)) return;
  said.add(message);
  if (cause === undefined) console[level](`${PREFIX} ${message}`);
  else console[level](`${PREFIX} ${message}`, cause);
}

/** An editor hint (a wrong attribute, records the widgets skip): `console.warn`, once per text. */
export function warn(message: string): void {
  sayOnce('warn', message, undefined);
}

/** Something that failed (a download, a rendering): `console.error`, once per text, with its cause. */
export function reportFailure(message: string, cause?: unknown): void {
  sayOnce('error', message, cause);
}
