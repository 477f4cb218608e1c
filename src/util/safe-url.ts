/**
 * Which feed values may become a link. Feed text is data from elsewhere: a `javascript:` or
 * `data:` URL must never reach an `href`, so only these shapes are linked, everything else
 * stays plain text. An e-mail link names the address only: a query (`?bcc=…&body=…`) would let
 * the feed prefill a reader's mail. A phone link dials what a reader would dial.
 */

export type LinkKind = 'url' | 'email' | 'phone';

const HTTP_URL = /^https?:\/\/[^\s<>"]+$/i;
/** A plain address: no `%`, `?`, `&` or spaces, so no encoded line breaks or extra headers. */
const EMAIL = /^[\p{L}\p{N}.!#$'*+/=^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
/**
 * The same pattern for ASCII, where \p{L} is A–Z, a–z and \p{N} is 0–9: the Unicode one costs a
 * fresh page 1–5 ms to build on its first use, during the feed check before the map's first paint.
 */
const ASCII_EMAIL = /^[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
/** Printable ASCII: anything else (control characters too) goes to the Unicode pattern. */
const PRINTABLE_ASCII = /^[ -~]*$/;
const PHONE = /^\+?[0-9 ()/-]{5,30}$/;
/** Fewer digits than this dial nothing useful (the shortest German numbers have more). */
const MIN_PHONE_DIGITS = 3;

/** The address of an e-mail value without any query: `a@b.de?bcc=x` → `a@b.de`. */
export function emailAddress(value: string): string {
  return value.trim().split('?')[0]!.trim();
}

/**
 * The digits to dial, with `+` for an international number. The German trunk prefix written
 * as "(0)" after a country code is not dialled: "+49 (0)351 1234-5" → `+49351 12345`.
 */
export function phoneDigits(value: string): string {
  const withoutTrunk = value.trim().replace(/^(\+\d{1,3})[\s/-]*\(0\)/, '$1');
  return withoutTrunk.replace(/[^+0-9]/g, '');
}

/** Whether `value` is a safe target for a link of `kind`. */
export function isSafeHref(kind: LinkKind, value: string): boolean {
  const trimmed = value.trim();
  if (kind === 'url') return HTTP_URL.test(trimmed);
  if (kind === 'email') {
    const address = emailAddress(trimmed);
    return (PRINTABLE_ASCII.test(address) ? ASCII_EMAIL : EMAIL).test(address);
  }
  return PHONE.test(trimmed) && phoneDigits(trimmed).replace('+', '').length >= MIN_PHONE_DIGITS;
}

/** The `href` for a safe value, or `undefined` when it must be shown as text only. */
export function safeHref(kind: LinkKind, value: string): string | undefined {
  if (!isSafeHref(kind, value)) return undefined;
  const trimmed = value.trim();
  if (kind === 'url') return trimmed;
  if (kind === 'email') return `mailto:${emailAddress(trimmed)}`;
  return `tel:${phoneDigits(trimmed)}`;
}

/** The text of a link to `value`: an e-mail link shows the address it writes to, nothing more. */
export function linkText(kind: LinkKind, value: string): string {
  return kind === 'email' && isSafeHref(kind, value) ? emailAddress(value) : value;
}
