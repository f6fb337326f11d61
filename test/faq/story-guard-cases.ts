// The labelled cases of the story, missing-cue, scam-sign, settled-story and routing tests that live in the tests
// themselves (session 34, issue 11): one home, read by those tests and by the route decision's fit guard
// (probe-tables.ts guardCases → bench/lib/route-guard.ts). Session 33's refit, which knew none of them, sent stories that
// end in a loss or a code already given, and a relative asking money "to unlock a bigger limit", to the product reply:
// as guard rows no fit can choose thresholds that send them there. Lines written for those tests in our own words, never
// from the field corpus (sources at each test).

/** A case as the guard reads it: a product case never gets a scam answer, a fraud case stays on the fraud route. */
export interface StoryGuardCase {
  kind: 'product' | 'fraud';
  text: string;
}

/** missing-cues.test.ts: casual doubt and a fee before the payout, each the question's only scam sign. */
export const MISSING_CUE_FRAUD: readonly (readonly [string, 'doubt' | 'request'])[] = [
  ['my cousin wants 2k from me to unlock a bigger limit on the app, sounds sus', 'doubt'],
  ['an agent can get my limit doubled overnight, feels fishy', 'doubt'],
  ['the rate they offered is too good to be true', 'doubt'],
  ['有人说交钱就能提额，这里面有没有猫腻', 'doubt'],
  ['说能帮我把逾期记录消掉，会不会是忽悠人的', 'doubt'],
  ['借款审核过了，放款前要交一笔保险费', 'request'],
  ['they approved me but there is an insurance fee before disbursement', 'request'],
];
/** …and the same subjects asked as the user's own account matter, without the word. */
export const MISSING_CUE_PRODUCT: readonly string[] = [
  '放款前需要做什么审核',
  '放款前要做人脸识别吗',
  'how long before payout after my loan is approved',
  'can i raise my limit in the app',
];

/** scam-sign.test.ts, whose act: the platform's own notice (product) against a claim, request or offer in its name. */
export const BRAND_NOTICE_PRODUCT: readonly string[] = [
  '收到{brand}的短信说我的利率调降了，这是真的吗？要去哪里看？',
  '收到{brand}推送说我的额度调整了 是真的吗 在哪看',
  '{brand}的通知说我的账单出了，是真的吗，在app里哪里看',
];
export const BRAND_CLAIM_FRAUD: readonly string[] = [
  '收到{brand}的短信说我额度提升了，点链接领取，是真的吗',
  '有个自称{brand}客服的人打电话说我的利率可以调降，是真的吗',
  '{brand}客服打电话说我征信有问题，让我转账到安全账户',
  '{brand_en} agent called, says my rate can be lowered if i pay a fee first, is this real',
];
/** scam-sign.test.ts, what is asked: a story ending in an account question with no scam sign, and with one. */
export const SIGN_FREE_STORY_PRODUCT: readonly string[] = [
  'My mum got a text that her repayment failed and she asked me if it was a scam. I looked, it had no link and came from the number shown in the {brand_en} app. How do I change the card for her auto-debit?',
  '我爸收到短信说扣款失败，问我是不是诈骗。我看了，短信里没有链接，是app里写的那个号码发的。他扣款的银行卡怎么换绑？',
];
export const SIGNED_STORY_FRAUD: readonly string[] = [
  'My mum got a text that her repayment failed. Then a man called her and told her to transfer 500 to his account. How do I change the card for her auto-debit?',
  '我爸收到短信说扣款失败，对方让他先转五百块到一个个人账户。他扣款的银行卡怎么换绑？',
];
/** scam-sign.test.ts, the property: a sign-free story + an account question, and the same with a sign inserted. */
export const SIGN_PROPERTY = {
  zh: {
    stories: ['收到一条短信说我扣款失败，我怕是诈骗。', '我妈问我是不是被骗了。', '新闻里说好多人被骗了。'],
    asks: ['我想问一下提前还款有没有手续费？', '我在app里怎么查这期有没有扣成功？', '还款日能不能改？'],
    signs: ['对方让我把验证码发给他。', '那个人让我先转五百块到他的账户。', '他让我下载一个会议软件共享屏幕。'],
    sep: '',
  },
  en: {
    stories: ['Got a text saying my payment failed, not sure if its a scam.', 'I keep hearing about loan scams.'],
    asks: ['How do I repay early in the app?', 'Is there a fee to repay early?'],
    signs: ['The guy asked me to send him the code.', 'He told me to transfer 500 to his account first.'],
    sep: ' ',
  },
} as const;

/** story-probes.tsv's fraud stories the session-24 starting code already routed away (its test lets them go; the
 *  guard prints them out of reach: no call of the decision keeps them on the fraud route). */
export const STORY_AWAY_AT_START: readonly string[] = [
  'They told me my loan can only be released after I pay a verification fee. How do I pay it in the app?',
];

/** story-probes.test.ts: a settled story (the cautious product reply) and the same story left open (not product). */
export const STORY_SETTLED_PAIRS: readonly (readonly [string, string])[] = [
  [
    '昨天有人打电话说能帮我提额，我直接挂了。我的还款日是几号？',
    '昨天有人打电话说能帮我提额，我还没理他。我的还款日是几号？',
  ],
  [
    'A caller wanted a fee to release my loan. I hung up. When is my repayment due?',
    'A caller wanted a fee to release my loan. I have not decided yet. When is my repayment due?',
  ],
];
/** story-probes.test.ts: a settled story with a loss, a harm done or a later scam stays a fraud question. */
export const STORY_HARM_FRAUD: readonly string[] = [
  '我挂了电话，但是我已经把验证码告诉他了。我的还款日是几号？',
  'I hung up on the first caller. Then a second one called saying he is police and my account is frozen. When is my repayment due?',
  'I heard about these scams. I already sent them money yesterday. When is my repayment due?',
  '有人冒用我的身份在你们这借了一笔钱，我已经举报了。这笔借款要我还吗？',
  'Someone used my identity to take a loan with you, I reported it. Do I still have to repay it?',
];
/** story-probes.test.ts: a loss heard of (someone else's) against the user's own. */
export const STORY_HEARD_LOSS = {
  heard: 'My colleague lost money to a fake lender, so I am being careful. How do I see my repayment plan?',
  own: 'I lost money to a fake lender, so I am being careful. How do I see my repayment plan?',
} as const;

/** mention-probes.test.ts: the cautious product reply for a settled mention, not for the same words left open. */
export const MENTION_SETTLED_PAIRS: readonly (readonly [string, string])[] = [
  // a statement that something IS a scam settles it; a scam word in what happened does not
  ['网上都说花钱提额的都是骗人的。我的额度怎么提高？', '我把验证码给了一个假客服。我的额度怎么提高？'],
  [
    'I know those debt relief guys are scammers. How do I see my repayment plan?',
    'I gave a fake agent my password. How do I see my repayment plan?',
  ],
  // a clause that excludes a scam settles it; the same words as a caller's reassurance do not
  [
    '不是那种先交钱的贷款，我想问正规借款要什么条件？',
    '对方说不是那种先交钱的贷款，只要交500保证金就能放款，借款要什么条件？',
  ],
  // an opener after a settled story; the same opener after a caller's request left open
  ['有人打电话让我交解冻费，我直接挂了，想问下我的额度在哪看？', '有人打电话让我交解冻费，想问下我的额度在哪看？'],
];

/** routing-probes.test.ts: no scam answer for the first, the fraud route for the second. */
export const ROUTING_PAIRS: readonly (readonly [string, string])[] = [
  // English words that split into pinyin syllables stay English; their Chinese-looking reading was a product cue
  [
    'My husband said he paid the loan off last month but the app still shows a balance. Can you check?',
    'He said I have to pay a fee to release the loan. Is that normal?',
  ],
  // a relative speaking of her own loan; a relative relaying a caller's transfer
  [
    'My grandmother has a loan with you. She wants me to handle her payments from now on. Can I pay from my own card?',
    'My dad has a loan with you. He wants me to move 5,000 to a safe account that a caller gave him. Is that right?',
  ],
  // a relative's card for the asker's own loan; someone else's card a caller sends
  [
    '能不能用我老婆的卡还我的款？卡不是我本人的名字',
    "Someone on the phone told me to repay with someone else's card that he would send me. Is that allowed?",
  ],
  // the platform's own code expiring; a caller hurrying before it expires
  [
    'otp keeps expiring b4 it even arrives, what do i do',
    'He called from a foreign number and said my code will expire soon so I should read it to him quickly. What do I do?',
  ],
  // the asker abroad with a foreign number; a call while abroad
  [
    "I'm abroad for a year. Can I log in with a foreign number instead of my old one?",
    "I'm abroad and someone called saying my loan account will be frozen unless I read them the code you just sent. Should I?",
  ],
  // who may apply; a caller's eligibility with a fee first
  [
    '我爸六十五了，想在你们这借点钱周转，他这个年纪能申请吗？要准备什么材料',
    '有人打电话说我符合申请条件，但要先交保证金才能放款，是真的吗',
  ],
  // the asker's own move to a new carrier; a port-out the asker never asked for
  [
    'I moved my number to a new carrier last week. Do I need to update anything in the app?',
    'I got a text from my carrier saying my number is ready to port, but I never asked for that. What do I do?',
  ],
  // a plain question about the platform's reminders; the never-do question
  [
    'Do you send a reminder before my EMI is due?',
    "Would you ever ask me to approve a payment in the app while you're on the phone with me?",
  ],
  // a relative's card; gift cards as the payment
  [
    "Can I pay my instalment with my wife's card, or does the card have to be in my name?",
    'The caller wants the rest of my instalment paid in Steam gift cards. Is that one of your payment methods?',
  ],
];

const product = (text: string): StoryGuardCase => ({ kind: 'product', text });
const fraud = (text: string): StoryGuardCase => ({ kind: 'fraud', text });

/** The property's every combination: sign-free (product) and with the sign before the ask (fraud). */
const signProperty = (): StoryGuardCase[] =>
  Object.values(SIGN_PROPERTY).flatMap(({ stories, asks, signs, sep }) =>
    stories.flatMap((s) =>
      asks.flatMap((a) => [product(`${s}${sep}${a}`), ...signs.map((sign) => fraud(`${s}${sep}${sign}${sep}${a}`))]),
    ),
  );

/** Every list above as labelled cases, by the test it comes from (the guard's table name). */
export const STORY_GUARD_CASES: readonly { table: string; cases: readonly StoryGuardCase[] }[] = [
  {
    table: 'missing-cues',
    cases: [...MISSING_CUE_FRAUD.map(([q]) => fraud(q)), ...MISSING_CUE_PRODUCT.map(product)],
  },
  {
    table: 'scam-sign',
    cases: [
      ...BRAND_NOTICE_PRODUCT.map(product),
      ...BRAND_CLAIM_FRAUD.map(fraud),
      ...SIGN_FREE_STORY_PRODUCT.map(product),
      ...SIGNED_STORY_FRAUD.map(fraud),
      ...signProperty(),
    ],
  },
  {
    table: 'settled-story',
    cases: [
      ...[...STORY_SETTLED_PAIRS, ...MENTION_SETTLED_PAIRS].flatMap(([settled, open]) => [
        product(settled),
        fraud(open),
      ]),
      ...STORY_HARM_FRAUD.map(fraud),
      product(STORY_HEARD_LOSS.heard),
      fraud(STORY_HEARD_LOSS.own),
    ],
  },
  { table: 'routing-pairs', cases: ROUTING_PAIRS.flatMap(([mine, theirs]) => [product(mine), fraud(theirs)]) },
];
