// Right entry first (issue 11): after a loss the next steps lead — after a transfer the entry that puts 110 first —
// and questions about a call or a scammer's instructions never win the 96110 entry or the after-a-scam checklist.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { queryTerms, questionForms } from '../../src/faq/search.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);
const best = (q: string) => {
  const s = searchFaq(faq, q)[0];
  return s ? faq.entries[s.entry]!.entry : undefined;
};

describe('right entry first', () => {
  it.each([
    'I already gave the code and transferred 5,000',
    'gave them the OTP and then transferred 3000, what now??',
    '验证码给了，也转了5000，怎么办',
    '我已经按他说的转了两万块，现在先做什么',
  ])('money already gone: the urgent next-steps entry leads (%s)', (q) => {
    const e = best(q)!;
    expect(e.urgent).toBe(true);
    expect(e.topics).toContain('victim-next-steps');
    expect(answerQuestion(faq, q).match?.id).toBe(e.id);
  });

  // Session 18: the model's topic belief reads the story's setting (a fake collector): once money is gone the urgent
  // entry still leads (config.urgentOverPrior), beyond the near-tie re-ranking's reach.
  it('money gone to a fake collector: the urgent entry leads over the setting the model leans to', () => {
    const q = 'sent money to someone posing as a debt collector, what now';
    expect(best(q)?.urgent).toBe(true);
    expect(answerQuestion(faq, q).match?.topics).toContain('victim-next-steps');
  });

  it('a code given but no money moved: the code next-steps entry, not the transfer one', () => {
    const e = best('我把验证码给他了，钱还没转，怎么办')!;
    expect(e.topics).toContain('verification-code');
    expect(e.urgent).toBeFalsy();
  });

  it.each(['the +852 number keeps ringing me, do I answer it?', '+852的号码又打来了，要接吗'])(
    'an overseas call never wins the 96110 entry (%s)',
    (q) => {
      const e = best(q);
      expect(e?.id ?? '').not.toMatch(/96110/);
      expect(e?.topics).toContain('overseas-number');
    },
  );

  it.each(['a call from 96110, should I answer?', '96110打来的电话要接吗'])(
    'a 96110 call gets the 96110 entry, which says to answer it (%s)',
    (q) => {
      expect(best(q)?.id).toMatch(/96110/);
    },
  );

  it('"我要照做吗" alone does not win the after-a-scam checklist', () => {
    const a = answerQuestion(faq, '我要照做吗');
    expect(a.match?.topics ?? []).not.toContain('victim-next-steps');
  });

  // Paid "debt relief" agents (停息挂账, 债务优化, 代理投诉) are the illegal debt agents regulators warn about, a
  // credit-repair scam: they get their own entry, not the collector's settlement offer, and that offer keeps its own.
  it.each([
    '有个债务咨询公司说交三千块就能帮我把网贷罚息全免了，可信吗',
    'a debt negotiation firm wants 10% of what I owe upfront to deal with my lenders, is that real?',
  ])('a paid debt-relief agent gets the debt-relief entry (%s)', (q) => {
    expect(best(q)?.id).toMatch(/debt-relief-agent$/);
  });

  it("a collector's settlement discount paid to his account keeps the settlement-offer entry", () => {
    expect(best('催收说今天一次性还清就减免一半，让我转到他给的对公账户')?.id).toBe('zh-settlement-discount-offer');
  });
});

// A scheme's defining act over the story's setting (lexicon.ts DEFINING_ACTS, config.actBoost): an email, a link or a
// QR code is the setting many schemes share; order brushing for pay names the scheme. Written for this test.
describe("a scheme's defining act over the story's setting", () => {
  const off = createFaq(ROOT, brand, { actBoost: 0 });
  const first = (index: typeof faq, q: string) => {
    const s = searchFaq(index, q)[0];
    return s ? index.entries[s.entry]!.entry.topics : [];
  };
  // What the act adds to the topic's best entry: more than nothing (the fuse tie-break and the entry that wins move it; the shipped fits rank some of these right without it since the
  // session-16 refit, so the test reads the lift itself rather than the order without it).
  const lift = (q: string, topic: string) => {
    const best = (index: typeof faq) =>
      Math.max(
        ...searchFaq(index, q, { limit: 20 })
          .filter((s) => index.entries[s.entry]!.entry.topics[0] === topic)
          .map((s) => s.score),
      );
    return best(faq) - best(off);
  };

  it.each([
    '收到一封邮件，里面有个二维码，说扫码加群就能做兼职刷单，一单返五十，我扫了还没填东西，这是不是钓鱼',
    "got an email with a link and a qr code, it says part-time job, order brushing, 50 per order, i clicked the link but didn't log in",
  ])('the task scam leads, lifted by its act: %s', (q) => {
    expect(first(faq, q)).toContain('task-scam');
    expect(lift(q, 'task-scam')).toBeGreaterThan(0);
  });

  // The official-channels ask (where the genuine number is found, how a call is checked) over a caller's setting.
  it.each([
    'Someone phoned claiming to be from AnxinLoan and asked for my ID number, so I hung up. Where do I find the real number to call them back?',
    "a caller said he's from the lender and I should ring back on a number he reads out. what's a way to verify that?",
  ])('the official channels lead, lifted by their act: %s', (q) => {
    expect(first(faq, q)).toContain('official-channels');
    expect(lift(q, 'official-channels')).toBeGreaterThan(0);
  });

  // Session 17: more schemes' acts, each over a setting another topic owns (a deposit, a court, a police transfer,
  // a bank call). Written for this test.
  it.each([
    ['有个自称检察院的人说我的银行卡卷进一宗洗钱案，让我先交五万保证金才能撤案', 'impersonating-authorities'],
    [
      'a man says he is a federal agent, there is a warrant out for me and i can clear it with a gift card fine',
      'impersonating-authorities',
    ],
    [
      'a collector texts that i owe on a loan i never took and threatens court tomorrow unless i pay',
      'debt-collection-impersonation',
    ],
    ['对方说上次退款多退了八百，让我把多出来的钱转回他给的账户', 'refund-scam'],
    ['she says the shop overpaid my refund and asks me to send the extra back to her account', 'refund-scam'],
    ['骗子冒充银行给我爸打电话，没骗成，这个号码去哪里举报比较有用', 'report-fraud'],
    ['前天按对方说的转了钱，现在才去报警会不会太晚', 'victim-next-steps'],
    ['is there any point to call the police two days after i sent the money', 'victim-next-steps'],
    [
      'a caller wanted me to read out the six digits that just arrived, to confirm my identity, should i',
      'verification-code',
    ],
    ['銀行專員叫我開「螢幕分享」，說要幫我檢查帳戶有沒有被盜用', 'screen-sharing'],
    [
      'a woman on instagram says she is my personal account manager at the lender and wants my id photo',
      'legit-contact',
    ],
    ['收到说是新官网的网址，你们的官网是不是只有一个？', 'official-channels'],
    ['微信上说我抽中了店庆大奖，让我填银行卡号和背面三位数好寄奖品', 'phishing-link'],
    ['the lender wants a "collateral" payment of 500 before they send my loan, refundable later', 'upfront-fee'],
    // Session 18: the reporting ask said plainly, one login shared, renting out an account to move others' money.
    [
      'someone set up a page copying your logo and offering cheap loans. I want to report it, who should I tell?',
      'report-fraud',
    ],
    [
      'we use the same password for the shopping site that leaked and for the loan app, what should i change',
      'account-security',
    ],
    ['有人在网上招跑分的兼职，用自己的卡帮人过账拿提成，是什么套路', 'task-scam'],
    [
      'what does real contact from your company look like? which sender name and which email should i trust',
      'legit-contact',
    ],
  ])('the act leads over the setting: %s', (q, topic) => {
    expect(first(faq, q)).toContain(topic);
    expect(lift(q, topic)).toBeGreaterThan(0);
  });

  // A quote mark around the scheme's own term leaves a gap between Chinese characters: the act still reads.
  it('a quoted term still names the act (the gap closed)', () => {
    const q = '有个中介说收两千就能「修复」信贷记录，这种靠谱吗';
    expect(lift(q, 'credit-repair')).toBeGreaterThan(0);
  });

  it('only the order moves: an entry keeps its confidence', () => {
    const q = '兼职工作一般去哪里找比较靠谱';
    const conf = (index: typeof faq) =>
      new Map(searchFaq(index, q, { limit: 10 }).map((s) => [s.entry, s.confidence] as const));
    const on = conf(faq);
    for (const [entry, c] of conf(off)) if (on.has(entry)) expect(on.get(entry)).toBeCloseTo(c, 12);
  });
});

// A near miss said before a loss cue (lexicon.ts NEAR_MISS_CUES): the money is still the user's, so the question is
// no victim's and the scheme's own entry answers. Written for this test.
describe('a near miss is no loss', () => {
  const terms = (q: string) => queryTerms(faq, q);
  it.each([
    'I almost sent them money but stopped, I still have the number. where should I report it?',
    'i nearly transferred the deposit, then my sister told me it was fake',
    '我差一点就转账了，最后没转，这个骗子的账号想举报',
    '差點就匯過去了，幸好沒轉，怎麼辦',
  ])('no loss: %s', (q) => {
    expect(terms(q).loss).toBe(false);
    expect(terms(q).moneyGone).toBe(false);
  });
  it.each([
    'I sent them money an hour ago, where should I report it?',
    '我转账了，这个骗子的账号想举报',
    'i nearly hung up, but i already transferred the deposit',
  ])('the same words said as done stay a loss: %s', (q) => {
    expect(terms(q).moneyGone).toBe(true);
  });
  it('the reporting ask leads once the near miss is read', () => {
    expect(
      best('I almost sent them money but stopped, I still have the number. where should I report it?')?.topics,
    ).toContain('report-fraud');
  });
});

// An act that says what the question asks (lexicon.ts ASK_ACTS: what genuine contact looks like, where to report…)
// takes the model's prior for the story's setting (config.askOverPrior); beside a scheme's own act it does not.
// Written for this test.
describe("the question's ask over the setting the model leans to", () => {
  const off = createFaq(ROOT, brand, { askOverPrior: 0 });
  const topScore = (index: typeof faq, q: string, topic: string) =>
    Math.max(
      ...searchFaq(index, q, { limit: 20 })
        .filter((s) => index.entries[s.entry]!.entry.topics.includes(topic as never))
        .map((s) => s.score),
    );
  it.each([
    "A caller from the lender's 'security desk' said my file was escalated and he would put me through to an officer. Would a real lender ever pass my call to the police?",
    'someone in uniform on a video call said my account is part of a case. do real police ever contact people over video chat?',
  ])('genuine contact leads, its prior never lowered: %s', (q) => {
    expect(best(q)?.topics).toContain('legit-contact');
    expect(topScore(faq, q, 'legit-contact')).toBeGreaterThanOrEqual(topScore(off, q, 'legit-contact'));
  });
  // Where the model's prior leans to the setting (a video call's account case), the ask raises genuine contact's. (Under
  // session 19's refit the security-desk story above already has genuine contact's prior the highest: nothing to raise.)
  it('the ask raises genuine contact over a setting the model leans to', () => {
    const q =
      'someone in uniform on a video call said my account is part of a case. do real police ever contact people over video chat?';
    expect(topScore(faq, q, 'legit-contact')).toBeGreaterThan(topScore(off, q, 'legit-contact'));
  });
  it('beside a scheme act (a money-laundering charge) the ask takes no prior', () => {
    const q = '一个自称公安的人说我涉嫌洗钱，真正的警察会在电话里让我转账吗';
    expect(topScore(faq, q, 'legit-contact')).toBe(topScore(off, q, 'legit-contact'));
    expect(best(q)?.topics).toContain('impersonating-authorities');
  });
});

// Session 19 (issue 11), written for this test in other regions' wording. A loss cue said of something else: a call
// put through to an officer, money another person sent in (lexicon.ts NOT_A_LOSS).
describe('a call put through or money sent in is no loss', () => {
  const terms = (q: string) => queryTerms(faq, q);
  it.each([
    'the courier company guy transferred me to the narcotics police and they kept me on video all night',
    'she was transferred to a cybercrime officer who said her aadhaar was used for a sim card',
    'they transferred the call to a senior inspector who read out a case number',
    'a man said he sent money to my m-pesa by mistake and wants it back through a link',
    'someone transferred 3000 into my gcash by accident and is now texting me to return it',
    '对方说他转了一笔钱给我是转错了，让我按他的流程退回去',
  ])('no money of the user gone: %s', (q) => {
    expect(terms(q).moneyGone).toBe(false);
  });
  it.each([
    'i transferred 20000 to the account the officer gave me',
    'i sent money to my new safe account like the caller told me',
    'they asked and i transferred the fee to them yesterday',
  ])('the user paying stays a loss: %s', (q) => {
    expect(terms(q).moneyGone).toBe(true);
  });
});

describe('session 19: more acts over the story', () => {
  const first = (q: string) => best(q)?.topics ?? [];
  // A fake officer's named scheme; a wallet PIN typed "to receive"; the company's own staff asked about; the caller's
  // knowledge offered as proof; a job that moves money through the user's account.
  it.each([
    [
      'my uncle in pune was kept on a video call by people in police uniform for two days, they said it was a digital arrest. is that a thing?',
      'impersonating-authorities',
    ],
    [
      'a lady from the "customs office" put me on camera and said i am under arrest until the case is cleared',
      'impersonating-authorities',
    ],
    [
      'guy on the phone says he paid into my wallet by mistake and now asks me to enter my pin to receive the reversal',
      'verification-code',
    ],
    ['the app popped up asking me to enter my UPI pin to receive 2,000 cashback, should i', 'verification-code'],
    ['你们客服会不会让我装一个屏幕共享的软件来帮我退款', 'legit-contact'],
    ['would your staff ever message me on telegram to fix my loan?', 'legit-contact'],
    ['打来的人说得出我的身份证号和借款金额，是不是就是你们的人', 'personal-data-leak'],
    ['the caller knew my address and my last payment, so he must be from the lender right?', 'personal-data-leak'],
    ['有人在群里招人，说拿我的银行卡帮他们收款再转出去，每天结佣金', 'task-scam'],
    ['a recruiter on whatsapp wants me to receive payments into my account and forward them for a cut', 'task-scam'],
  ])('%s → %s', (q, topic) => {
    expect(first(q)).toContain(topic);
  });
  it('an entry holding both acts named leads over an entry holding one', () => {
    const q = '打来的人说得出我的身份证号和借款金额，是不是就是你们的真的客服';
    const s = searchFaq(faq, q)[0]!;
    expect(faq.entries[s.entry]!.entry.topics).toEqual(expect.arrayContaining(['personal-data-leak', 'legit-contact']));
  });
});

// A long story's setting words can push the scheme's own entry out of the lexical candidates before its act lifts it:
// the act's best entry just below the cut joins them (search.ts candidates). Written for this test.
describe("an act's entry below the lexical cut joins the candidates", () => {
  const bare = createFaq(ROOT, brand, { actBoost: 0, modelPrior: 0 });
  const q =
    'a woman rang about a loan i never took, she says it goes to court on monday unless i pay by bank transfer today, how can i check';
  it('outside the ten best by wording alone, first once its act is read', () => {
    const topics = (index: typeof faq) =>
      searchFaq(index, q, { limit: 10 }).flatMap((s) => index.entries[s.entry]!.entry.topics);
    expect(topics(bare)).not.toContain('debt-collection-impersonation');
    expect(best(q)?.topics).toContain('debt-collection-impersonation');
  });
});

// Session 20, issue 11: acts read in more regions' wording. Money sent now and promised back with the loan is an
// upfront fee whatever the pretext (a statement, a score); less paid out than borrowed marks an illegal lending app;
// a case opened against the user (涉案, a card "overdrawn in another city") is the fake officer's script; Taiwan's and
// Hong Kong's cards handed over for "custody". Written for this test, in other regions' wording than the misses.
describe('session 20: acts in other regions’ wording', () => {
  const terms = (q: string) => queryTerms(faq, q);
  const first = (q: string) => best(q)?.topics ?? [];
  it.each([
    ['貸款專員說我的信用分數不夠，要先匯三萬到指定帳戶，之後會連同貸款一起撥給我', 'upfront-fee'],
    ['佢話我啲流水唔夠，要我過兩萬去佢哋戶口，遲啲同貸款一齊退返俾我', 'upfront-fee'],
    ['the agent in lagos says pay 40,000 naira insurance first and it will be refunded with the loan', 'upfront-fee'],
    [
      'loan officer from manila wants me to deposit 5k pesos as proof, says it comes back together with the loan',
      'upfront-fee',
    ],
    ['对方说先交一笔激活金，放款时跟贷款一起退给我，这种能信吗', 'upfront-fee'],
  ])('money promised back with the loan: %s → %s', (q, topic) => {
    expect(terms(q).acts).toContain(topic);
    expect(first(q)).toContain(topic);
  });
  it.each([
    ['在網上下載了一個借錢的程式，借五千實際到手只有三千二，現在每天被催', 'fake-app'],
    ['下了个贷款软件，说借一万到账只有六千，剩下的叫服务费，这个正规吗', 'fake-app'],
    ['這個app收砍頭息，借三千扣一千，我還要還全部嗎', 'fake-app'],
    ['borrowed 10k on some app from a facebook ad, only received 6.5k and they call my contacts', 'fake-app'],
    [
      'an app lent me 5,000 rupees but the processing fee was deducted upfront and i got 3,000, is it legit',
      'fake-app',
    ],
  ])('less paid out than borrowed: %s → %s', (q, topic) => {
    expect(terms(q).acts).toContain(topic);
    expect(first(q)).toContain(topic);
  });
  it.each([
    ['有個自稱刑警嘅人話我張卡係涉案戶口，要我配合', 'impersonating-authorities'],
    ['自稱警察的人說我的帳戶涉案，叫我不能告訴家人', 'impersonating-authorities'],
    ['电话里说我的信用卡在异地透支了五万，要转到公安局处理', 'impersonating-authorities'],
    ['有人打电话说我名下一张卡在外地透支，已经被立案了', 'impersonating-authorities'],
    ['对方说我涉及一宗案件要立案调查，让我去宾馆开房单独配合', 'impersonating-authorities'],
  ])('a case opened against the user: %s → %s', (q, topic) => {
    expect(terms(q).acts).toContain(topic);
    expect(first(q)).toContain(topic);
  });
  it.each(['警察要我把金融卡交給他們代管', '對方要我把提款卡寄過去代管'])(
    'Taiwan’s card and custody words read as the mainland ones: %s',
    (q) => {
      const { ranked } = questionForms(faq, q);
      expect(ranked).toContain('银行卡');
      expect(ranked).toContain('保管');
    },
  );
});
