// `official` is never given to a scam wearing the brand: any wearing (the sender tag, the name, the hotline, the
// domain) beside any request or lever of the lexicon's request families (a code, money moved, a screen shared, an app
// installed, a new contact added, another number called, a fee), in either order, for both brand files.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';
import { EN_CHANNEL, EN_REQUESTS, EN_WEAR, ZH_CHANNEL, ZH_REQUESTS, ZH_WEAR } from './brand-requests.ts';

vi.setConfig({ testTimeout: 60_000 });

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
  const message = (wear: readonly string[], requests: readonly string[], channels: readonly string[], sep: string) =>
    fc
      .record({
        wear: fc.constantFrom(...wear),
        requests: fc.uniqueArray(fc.constantFrom(...requests), { minLength: 1, maxLength: 2 }),
        channel: fc.constantFrom(...channels),
        channelFirst: fc.boolean(),
      })
      .map(({ wear: w, requests: r, channel, channelFirst }) =>
        fill(channelFirst ? `${w}${channel}${sep}${r.join(sep)}` : `${w}${r.join(sep)}${sep}${channel}`),
      );

  describe(`${brand.name.en}'s own legal notice stays official`, () => {
    it.each([
      '【{brand}】您的借款已逾期，我司已向法院提起诉讼，后续文书以法院短信为准。详询{hotline}',
      '{sender}【{brand}】法务通知：您的合同纠纷已由我司依法提起诉讼，如需和解请致电{hotline}。',
    ])('%s', (line) => {
      expect(classifier.check(fill(line)).verdict).toBe('official');
    });
  });

  // Session 21 (issue 10, hole 1): a warning's condition whose consequent complies with the party it describes
  // ("pay it to the account he gives") is the scam's instruction, not a warning (scam-language.ts COMPLIES): worn by
  // the brand and its hotline it is never official — and is flagged.
  describe(`${brand.name.en} worn over "if they ask, comply" is never official`, () => {
    it.each([
      '{brand_en}: If the agent asks you for the release fee, pay it to the account he gives',
      '{brand_en}: If the agent asks you for the release fee, pay it to the account he gives. Hotline {hotline}',
      '{sender} {brand_en}: if the officer asks you to move your savings, do as he says. {domain}',
      '【{brand}】如果有人要求缴纳解冻金，按他给的账户转过去即可，客服{hotline}',
      '【{brand}】如果对方要求您缴纳解冻金，照做就行，详询{hotline}',
    ])('%s', (line) => {
      expect(classifier.check(fill(line)).verdict).toMatch(/suspicious|dangerous/);
    });
    it.each([
      '{brand_en}: If anyone asks you to pay a fee, share your screen or install an app, hang up and call {hotline}.',
      '【{brand}】如有人自称专员要求缴纳解冻金，请立即挂断，客服{hotline}',
    ])('the same condition with a refusal after it stays official: %s', (line) => {
      expect(classifier.check(fill(line)).verdict).toBe('official');
    });
  });

  // Session 19: the loosenings of issue 10 (a credit reported, a code sent to the reader, one's own password in the
  // sender's app, a link not to open) worn by the brand before a request: the request still denies `official`.
  describe(`${brand.name.en} worn over a loosened notice form and a request is never official`, () => {
    it.each([
      '【{brand}】您的借款已汇入指定账户，请将保证金转入以下账户激活，详询{hotline}',
      '【{brand}】您的借款已汇入指定账户，需缴纳解冻金才能提现，客服{hotline}',
      '【{brand}】账单已在{brand}App发布，查看需输入个人密码，请把收到的验证码发给客服核对，客服{hotline}',
      '【{brand}】退款已到账，请按专员指引缴纳手续费后提现。官网{domain}',
      '【{brand}】银行给你发的验证码，发给专员核对即可，客服{hotline}',
      '【{brand}】退税到账了，直接退到我们指定的账户即可激活额度，客服{hotline}',
      '{brand_en}: your refund has been deposited. Enter your password in our app and tell the agent the code. {hotline}',
    ])('%s', (line) => {
      expect(classifier.check(fill(line)).verdict).not.toBe('official');
    });
  });

  // Session 18: the brand's own line or site quoted only to be disowned (stopped, changed, busy, "don't call"), and a
  // link on the brand's domain carrying another site's address: either way the request goes elsewhere.
  const DISOWNED_ZH = ['请勿再拨打{hotline}，该线路已停用', '客服热线{hotline}已更换', '官方热线{hotline}繁忙', '原客服{hotline}已升级'];
  const DISOWNED_EN = ['Our hotline {hotline} has changed.', 'The line {hotline} is busy today.', 'Do not call {hotline}, it is no longer in use.'];
  const ELSEWHERE_ZH = ['新号码请关注后续短信', '请等待专员联系您', '请按后续通知办理', '办理退款请留意专员来电'];
  const ELSEWHERE_EN = ['Save the new number we text you next.', 'Wait for our officer to call you.', 'Reply to this text to continue.'];
  const OTHER_HOSTS = ['loan-check.top', 'verify-axj.cc', 'https%3A%2F%2Fsecure-id.xyz%2Flogin'];
  const disowned = (wear: readonly string[], lines: readonly string[], elsewhere: readonly string[], sep: string) =>
    fc
      .record({ wear: fc.constantFrom(...wear), line: fc.constantFrom(...lines), elsewhere: fc.constantFrom(...elsewhere) })
      .map(({ wear: w, line, elsewhere: e }) => fill(`${w}${line}${sep}${e}`));
  const redirected = fc
    .record({ wear: fc.constantFrom(...EN_WEAR), key: fc.constantFrom('url', 'to', 'next', 'r'), host: fc.constantFrom(...OTHER_HOSTS), hash: fc.boolean() })
    .map(({ wear: w, key, host, hash }) => fill(`${w}please confirm your account at https://{domain}/go${hash ? '#' : '?'}${key}=${host} today.`));

  describe(`${brand.name.en}'s line disowned, or its domain forwarding elsewhere, is never official`, () => {
    it.each([
      ['zh', disowned(ZH_WEAR, DISOWNED_ZH, ELSEWHERE_ZH, '，')],
      ['en', disowned(EN_WEAR, DISOWNED_EN, ELSEWHERE_EN, ' ')],
      ['redirect', redirected],
    ] as const)('%s', (_, messages) => {
      fc.assert(
        fc.property(messages, (text) => {
          expect(classifier.check(text).verdict, text).not.toBe('official');
        }),
        { numRuns: 200 },
      );
    });
  });

  // Session 19: the forms loosened this session (a third party's request told, a payee checked first, a parcel
  // collected with ID, a fee at the site of the name, a balance recovered from the next deposit) as cover for a request.
  const LOOSENED_EN = [
    'Fake bank staff call and ask you to move your savings.',
    'Before you send money, make sure you know the person.',
    'Collect it with photo ID at the counter.',
    'Customs charges of CNY 30 are due; pay online at {domain}.',
    'It will be recovered from your next deposit.',
  ];
  // Session 20: the Chinese forms loosened (an anti-fraud slogan's refusals under a police header, a trading partner's
  // statement of account settled to the company's account) as cover for a request beside the brand's own channel.
  const LOOSENED_ZH = [
    '民警提醒：不听、不信、不转账',
    '派出所提示：陌生链接不点、陌生App不下、不开屏幕共享',
    '警方提醒：可疑連結不點、不明App不裝',
    '这是上月对账单，余款打到公司对公户',
  ];
  describe(`a loosened notice form carrying a request and wearing ${brand.name.en} is never official`, () => {
    it.each([
      ['en', message(EN_WEAR, EN_REQUESTS, LOOSENED_EN, ' ')],
      ['zh', message(ZH_WEAR, ZH_REQUESTS, LOOSENED_ZH.map((l) => `${l}，{hotline}`), '。')],
    ] as const)('%s', (_, messages) => {
      fc.assert(
        fc.property(messages, (text) => {
          expect(classifier.check(text).verdict, text).not.toBe('official');
        }),
        { numRuns: 300 },
      );
    });
  });

  describe(`a request wearing ${brand.name.en} is never official`, () => {
    it.each([
      ['zh', message(ZH_WEAR, ZH_REQUESTS, ZH_CHANNEL, '，')],
      ['en', message(EN_WEAR, EN_REQUESTS, EN_CHANNEL, ' ')],
    ] as const)('%s', (_, messages) => {
      fc.assert(
        fc.property(messages, (text) => {
          expect(classifier.check(text).verdict, text).not.toBe('official');
        }),
        { numRuns: 300 },
      );
    });
  });
}
