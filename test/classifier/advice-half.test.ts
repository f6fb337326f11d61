// The advice split of the wording fit (bench/classifier-fit.ts adviceHalf, `--advice-train`): half of our FAQ answers
// fitted on as genuine rows, the other half the suspicious bar's floor — out of sample only if no answer (nor any of
// its sentences) sits on both sides.
import { describe, expect, it } from 'vitest';
import { adviceHalf } from '../../bench/classifier-fit.ts';
import { loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

describe('adviceHalf', () => {
  const of = adviceHalf(ROOT);
  const ids = loadFaq(ROOT).entries.map((e) => e.id);

  it('puts each locale\'s answers half and half, neither side empty', () => {
    for (const locale of ['zh', 'en']) {
      const own = ids.filter((id) => id.startsWith(`${locale}-`));
      const fitted = own.filter((id) => of(id) === 0).length;
      expect(fitted).toBeGreaterThan(0);
      expect(Math.abs(2 * fitted - own.length)).toBeLessThanOrEqual(1);
    }
  });

  it('reads an answer it does not know as the floor\'s half, never as training', () => {
    expect(of('zh-no-such-answer')).toBe(1);
  });
});
