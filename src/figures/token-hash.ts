/**
 * Hashing and comparing a token where it stands in the text, so that a table
 * lookup needs no slice and no `toLowerCase` (both allocate, and
 * `toLowerCase` is slow on two-byte text, which any page with a “ is).
 *
 * Only ASCII is folded: a token with another code unit hashes to -1 and the
 * caller looks it up by its lower-cased slice instead (`toLowerCase` maps
 * U+212A KELVIN SIGN to "k" and U+0130 to two code units, so no cheap fold is
 * exact beyond ASCII).
 */

/**
 * A hash of text[s, e), ASCII capitals folded when `fold`, or -1 when a code
 * unit is not ASCII.
 */
export function hashToken(text: string, s: number, e: number, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let k = s; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x80) return -1;
    if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 1;
}

/** Whether text[s, e), ASCII capitals folded when `fold`, is `word`. */
export function sameToken(text: string, s: number, e: number, word: string, fold: boolean): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(s + k);
    if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
