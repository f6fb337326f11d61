// Confusable skeleton (in the spirit of Unicode TR39): two strings that look alike get the same skeleton.
// The `confusables` data package maps Unicode lookalikes (Cyrillic а, Greek ο, fullwidth, mathematical letters …) to
// Latin; on top of it we fold the ASCII lookalikes TR39 also lists (0/o, 1/l/i, rn/m, vv/w, cl/d) that the package
// leaves alone because they are letters/digits of the target script.
import { remove as removeConfusables } from 'confusables';

// The ASCII folds, applied as one left-to-right pass (the pairs rn → m, vv → w, cl → d, then single characters
// 0 → o, 1 i l | ! → l, 5 → s, 8 → b, _ → -). The same as replacing each in turn: no two pairs share a character,
// no fold makes a character another fold reads, so the pass finds the pairs the replacements would (skeleton.test.ts
// holds it equal to the eight replacements on random labels).
const SINGLE_FOLDS = new Map([...'01il|!58_'].map((c, i) => [c.charCodeAt(0), 'olllllsb-'[i]!]));
const PAIR_FOLDS = new Map([
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
]);

function asciiFolds(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair =
      (c === 0x72 || c === 0x76 || c === 0x63) && i + 1 < s.length ? PAIR_FOLDS.get(s.slice(i, i + 2)) : undefined;
    const to = pair ?? SINGLE_FOLDS.get(c);
    if (to === undefined) continue;
    out += s.slice(from, i) + to;
    if (pair !== undefined) i++;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

// Lower-case ASCII letters, digits, dots and dashes: NFKC, the confusables package, NFKD and mark removal all leave
// them as they are (the package returns such text untouched), so only the ASCII folds apply.
const PLAIN_LABEL = /^[a-z0-9.-]+$/;

export function skeleton(input: string): string {
  const s = PLAIN_LABEL.test(input)
    ? input
    : removeConfusables(input.normalize('NFKC')).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return asciiFolds(s);
}
