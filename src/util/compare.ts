/**
 * Keys (AGS, Kreis keys) ordered by code unit. Not `localeCompare`: keys are digits, where both
 * agree, and ICU's collation would make the page's first Intl object, whose data costs a fresh
 * page 30–55 ms before a first paint (issue 17).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
