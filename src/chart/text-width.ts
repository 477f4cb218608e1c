/**
 * A cautious estimate of how wide a label is drawn, so layout stays a pure function (no DOM
 * measuring). It errs on the wide side: an estimate too small would let labels overlap.
 */
const NARROW = /[ .,:;!|il1'ftjrI()-]/;
const WIDE = /[mwMWÄÖÜ%@€]/;
const UPPER = /[A-ZÄÖÜ0-9]/;

export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.36;
    else if (WIDE.test(char)) em += 0.95;
    else if (UPPER.test(char)) em += 0.72;
    else em += 0.62;
  }
  return Math.ceil(em * fontSize);
}
