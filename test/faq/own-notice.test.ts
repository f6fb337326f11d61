// Session 17 (issue 11): the routing's transfer to product questions nobody in the team wrote. Leave-one-batch-out the
// READ product questions answered as scams were doubt about the platform's own notice of the user's own account
// ("扣款失败的通知是真的吗，卡里明明有钱"), and world table 4's tune half added words a customer uses of their own
// loan or card that the fraud families read as a scam (a student loan, a card freeze they set, "no link in it", a
// top-up before a debit is retried, the bank's own branch asking for a document).
// Two mechanisms: the ownNotice guard (src/faq/answer.ts) and product frames (content/routes.yaml product.frames).
// Each is asserted with the fitted layers removed (the rule alone must carry it) and shipped. Lines written for this
// test in our own words, never from the field corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { answerQuestion, buildFaqIndex, loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { CueReading, cueFamilies } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { ROOT } from '../helpers/content.ts';

const faq = loadFaq(ROOT);
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const bare = buildFaqIndex(faq.entries, brand, { ...opts, model: null, routeDecision: null });
const shipped = buildFaqIndex(faq.entries, brand, opts);
const families = (q: string) => cueFamilies(bare.router!, new CueReading(questionForms(bare, q).cued));

describe('doubt about a notice of the asker’s own account, nothing asked (ownNotice)', () => {
  const product = [
    '还款失败的提醒是真的吗？我卡里明明有钱啊',
    'is the overdue reminder email legit? the app shows my payment as late too, can the late fee be waived',
    '逾期提醒短信是真的吗？我在app里看也显示逾期两天了，罚息怎么算',
    'the missed payment text is legit right? i had enough money in the account',
  ];
  it.each(product)('product with its caution line: %s', (q) => {
    // The rules read doubt and rank it as fraud…
    expect(routeQuestion(bare.router!, q).route).toBe('fraud');
    // …but an account cue, the asker's own situation and no one claiming, asking or offering: the cautious reply.
    for (const index of [bare, shipped]) {
      const a = answerQuestion(index, q);
      expect(a.match).toBeNull();
      expect(a).toMatchObject({ route: 'product', caution: true });
    }
  });

  const fraud = [
    '还款失败的提醒是真的吗？里面让我点链接重新绑卡',
    'is the overdue reminder real? a man called and wants me to pay into his account',
    '有人说我逾期了要上征信，是真的吗',
    '收到短信说我的额度提升了，是真的吗',
  ];
  it.each(fraud)('fraud: %s', (q) => {
    // A request, a third party, or no own account situation at all: the scam answer stands without the fitted layers.
    expect(answerQuestion(bare, q).route).toBe('fraud');
  });
});

describe('product frames: the user’s own words that hold a scam word', () => {
  it.each([
    ['短信里没有链接，只说明天扣款', 'request'],
    ['the reminder had no links in it', 'request'],
    ['自动扣款失败，现在手动还还来得及吗', 'risk'],
    ['my student loan repayments start next month, can I change the date', 'risk'],
    ['how do i use the card freeze in the app', 'context'],
    ['扫码支付提示超出限额', 'request'],
    ['debit failed last night, i topped up my account this morning, will it be collected again', 'request'],
    ['扣款没成功，充值后会自动再扣一次吗', 'request'],
    ['the branch asked me to bring a payslip to finish the application', 'request'],
    ['办房贷时银行要我提供结清证明', 'request'],
  ] as const)('%s: no %s cue', (q, kind) => {
    expect(families(q)).not.toContain(kind);
  });

  it.each([
    ['短信里有个链接让我点进去还款', 'request'],
    ['转账了还来得及追回吗', 'loss'],
    ['a caller says my student loan account must be cancelled or my credit is ruined', 'risk'],
    ['扫码领取退款', 'request'],
    ['i topped up the task account like he said and now they want more', 'request'],
    ['银行要我把钱转到安全账户', 'request'],
  ] as const)('the scam wording keeps its cue: %s', (q, kind) => {
    const d = routeQuestion(bare.router!, q);
    expect(d.route).toBe('fraud');
    if (kind === 'loss') expect(d.fraudCue?.kind).toMatch(/loss|risk/);
    else expect(families(q)).toContain(kind);
  });
});
