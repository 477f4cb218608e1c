/**
 * Where long German compounds may break: at the joints of their members. Browsers hyphenate
 * German only with a dictionary, and Debian's Chromium ships none, so „Kooperationsvereinbarungen“
 * broke as „Kooperationsvereinbarunge / n“. These joints are the fallback: after the linking
 * ending of a first member („Kooperations|vereinbarungen“, „Sicherheits|analyse“) and after a
 * few first members of the feed's words („Kriminal|prävention“, „Landes|präventionsrat“), where
 * both sides keep a few letters.
 *
 * One pattern, so that `split` cuts the text: a known first member at the start of a word and
 * followed by a consonant (so „Kriminalität“ and „Gemeinden“ stay whole), or a linking ending
 * after at least three letters; then at least four letters.
 */
const JOINT =
  /(?<=(?<!\p{L})(?:kriminal|kommunal|landes|gemeinde|polizei)(?=[^aeiouyäöü])|\p{L}{3}(?:ions|ungs|heits|keits|täts|schafts))(?=\p{L}{4})/iu;

/** `text` cut at the joints of its long compounds; the pieces joined give `text` again. */
export function compoundPieces(text: string): string[] {
  return text.split(JOINT);
}
