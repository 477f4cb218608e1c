/**
 * Which feed values may become a link. Feed text is data from elsewhere: a `javascript:` or
 * `data:` URL must never reach an `href`, so only these shapes are linked, everything else
 * stays plain text.
 */

export type LinkKind = 'url' | 'email' | 'phone';

const HTTP_URL = /^https?:\/\/[^\s<>"]+$/i;
const EMAIL = /^[^\s@<>"():;,]+@[^\s@<>"():;,]+\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9 ()/-]{5,30}$/;

/** Whether `value` is a safe target for a link of `kind`. */
export function isSafeHref(kind: LinkKind, value: string): boolean {
  const trimmed = value.trim();
  if (kind === 'url') return HTTP_URL.test(trimmed);
  if (kind === 'email') return EMAIL.test(trimmed);
  return PHONE.test(trimmed);
}

/** The `href` for a safe value, or `undefined` when it must be shown as text only. */
export function safeHref(kind: LinkKind, value: string): string | undefined {
  if (!isSafeHref(kind, value)) return undefined;
  const trimmed = value.trim();
  if (kind === 'url') return trimmed;
  if (kind === 'email') return `mailto:${trimmed}`;
  return `tel:${trimmed.replace(/[^+0-9]/g, '')}`;
}
