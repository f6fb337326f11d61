// The classifier bench's numbers, shared by bench/classifier.ts and bench/classifier-compare.ts.
import { mulberry32 } from '../../src/content/prng.ts';
import { PHONE_CASES } from '../../test/classifier/cases.ts';

/** The table's numbers and `perCase` rewrites of each: the same format and first three digits, other digits after. */
export function distinctNumbers(perCase = 20): string[] {
  const rand = mulberry32(20261130);
  const out = new Set(PHONE_CASES.map((c) => c.input));
  for (const { input } of PHONE_CASES) {
    for (let k = 0; k < perCase; k++) {
      let seen = 0;
      out.add(input.replace(/[0-9０-９]/g, (d) => (++seen <= 3 ? d : String(Math.floor(rand() * 10)))));
    }
  }
  return [...out];
}
