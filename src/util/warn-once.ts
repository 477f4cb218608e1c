/** Console warnings for editors, each text once per page so a re-render does not flood the log. */
const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[asskomm-widgets] ${message}`);
}
