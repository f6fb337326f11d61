// Confusable skeleton (in the spirit of Unicode TR39): two strings that look alike get the same skeleton.
// The `confusables` data package maps Unicode lookalikes (Cyrillic а, Greek ο, fullwidth, mathematical letters …) to
// Latin; on top of it we fold the ASCII lookalikes TR39 also lists (0/o, 1/l/i, rn/m, vv/w, cl/d) that the package
// leaves alone because they are letters/digits of the target script.
import { remove as removeConfusables } from 'confusables';

const ASCII_FOLDS: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/[0]/g, 'o'],
  [/[1il|!]/g, 'l'],
  [/5/g, 's'],
  [/8/g, 'b'],
  [/_/g, '-'],
];

// Lower-case ASCII letters, digits, dots and dashes: NFKC, the confusables package, NFKD and mark removal all leave
// them as they are (the package returns such text untouched), so only the ASCII folds apply.
const PLAIN_LABEL = /^[a-z0-9.-]+$/;

export function skeleton(input: string): string {
  let s = PLAIN_LABEL.test(input)
    ? input
    : removeConfusables(input.normalize('NFKC')).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, to] of ASCII_FOLDS) s = s.replace(re, to);
  return s;
}
