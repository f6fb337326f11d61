// Kept from the police and the bank ("别去报警，报警也没用", "不要去银行", "don't go to the police", "do not call your
// bank"): the isolation lever of recovery and "supervised account" scripts (content/scam-concepts.yaml `secrecy`). No
// genuine sender tells its reader not to report or to stay away from the bank, so beside a pretext (money lost, a
// case, a frozen account) it makes the message risky by the rules alone, worded any way. Counter-properties: warnings
// that quote the line, advice to report, and a chat where no pretext is given stay unflagged. Both brands; the rules
// alone (the wording model off) and the shipped classifier. Texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const brands = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' };
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

const ZH = {
  pretext: ['知道你被骗了钱，', '您的账户已被冻结调查，', '你名下的账户涉及案件，', '被骗的钱我们能追回，'],
  isolate: ['先别报警，', '不要报警，', '别去报警，', '不要去银行，', '不要登录网银，', '报警也没用，'],
  after: ['等我们通知。', '之后会有专人联系你。', '我们能帮你要回来。'],
};
const EN = {
  pretext: ['Lost money to a crypto scam? ', 'Your account is frozen for an investigation. ', 'Your name is on a case file. '],
  isolate: ["Don't go to the police; ", 'No need to call the police; ', 'Do not go to the bank; ', "Don't call your bank; "],
  after: ['an officer will call you.', 'our agents will get it back.', 'wait for our call.'],
};
const WARNINGS = [
  '骗子常说：别去报警，报警也没用。凡是这么说的都是诈骗，请立即拨打110。',
  '被骗后请第一时间报警，保留聊天记录和转账凭证。',
  "Scammers often say 'don't call the police' — if anyone says this, hang up and call 911.",
  'If you have lost money to a scam, report it to the police and call your bank straight away.',
  'No need to call the police, the dog was just barking at the neighbour’s cat.',
];

for (const [brandName, file] of Object.entries(brands)) {
  const brand = loadBrand(join(root, file));
  const shipped = createClassifier(root, brand);
  const rules = createClassifier(root, brand);
  delete rules.context.wording;

  describe(`kept from the police or the bank (${brandName})`, () => {
    for (const [lang, parts] of Object.entries({ zh: ZH, en: EN })) {
      it(`${lang}: beside a pretext it is flagged by the rules alone and by the shipped classifier`, () => {
        fc.assert(
          fc.property(pick(parts.pretext), pick(parts.isolate), pick(parts.after), (p, i, a) => {
            const text = `${p}${i}${a}`;
            expect(flagged(rules.check(text).verdict), text).toBe(true);
            expect(flagged(shipped.check(text).verdict), text).toBe(true);
          }),
          { numRuns: 40 },
        );
      });
    }

    it('warnings quoting it, advice to report and a chat with no pretext are not flagged', () => {
      for (const text of WARNINGS) {
        expect(flagged(rules.check(text).verdict), text).toBe(false);
        expect(flagged(shipped.check(text).verdict), text).toBe(false);
      }
    });
  });
}
