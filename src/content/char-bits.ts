// A set of UTF-16 units as a bitmap (8 KB), for the hot paths' "does this text hold any of these characters?"
// screens: a loop of table lookups is several times faster than a regular expression's scan of Chinese text for a
// class of scattered characters, which tests each unit against the class in turn. char-bits.test.ts holds each
// table the hot paths use equal to the class it stands for, over all 65,536 units.

export type CharBits = Uint8Array;

/** The units of `spec`: characters, and ranges written "a-z" (a "-" first or last is itself). */
export function charBits(spec: string): CharBits {
  const bits = new Uint8Array(0x2000);
  for (let i = 0; i < spec.length; i++) {
    const from = spec.charCodeAt(i);
    let to = from;
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      to = spec.charCodeAt(i + 2);
      i += 2;
    }
    for (let c = from; c <= to; c++) bits[c >> 3]! |= 1 << (c & 7);
  }
  return bits;
}

export function hasBit(bits: CharBits, c: number): boolean {
  return (bits[c >> 3]! & (1 << (c & 7))) !== 0;
}

/** Does the text hold any unit of the set? */
export function holdsAny(text: string, bits: CharBits): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (bits[c >> 3]! & (1 << (c & 7))) return true;
  }
  return false;
}

/** JavaScript's \s (white space and line terminators), unit by unit. */
export const SPACE_BITS = charBits('\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/** Would `text.replace(/\s+/g, ' ')` change it? Only if it holds a space other than " ", or two spaces in a row. */
export function spacesToTidy(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = (SPACE_BITS[c >> 3]! & (1 << (c & 7))) !== 0;
    if (space && (c !== 0x20 || previousSpace)) return true;
    previousSpace = space;
  }
  return false;
}
