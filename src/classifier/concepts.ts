// The compositional reading of scam language: instead of whole phrases, word FAMILIES (content/scam-concepts.yaml)
// found anywhere in the message, and a small grammar over them. A message is dangerous when it asks for an ACTION
// (a verb family beside an object family in one clause or the next: 发给 + 验证码, 转入 + 账户, 缴纳 + 保证金) under a
// PRETEXT (who the sender claims to be, or the reason given: a credit record, a student loan to cancel, a refund, a
// loan held back); a few actions are dangerous on their own (reading out a code, moving money to a "safe" account).
// A pretext backed by pressure, secrecy or a claimed role, without an action yet, is risky. Wording the families
// were not written against still reads as the same concepts, which is what makes this survive paraphrase.
import { SENDER_TAG_END, SENDER_TAG_START } from './sender-domain.ts';
import { z } from 'zod';
import type { TopicId } from '../content/topics.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';
import {
  continuesList,
  mayNarrow,
  narrowNegationIn,
  negationFor,
  passiveBefore,
  relativeClause,
  REPORTED,
  THIRD_PARTY_CAN,
} from './phrases.ts';
/** The narrow negation's own words, read where narrowNegationIn found one (phrases.ts). */
const NARROW_MATCH = /^(?:无法|can ?not\b|can't\b|unable to\b)/;
import { insideQuotes } from './quoted.ts';
import { isDigitUnit } from './unit-ids.ts';
import { NONE, WordTrie } from './word-trie.ts';
import type { NestingFile } from './nesting.ts';

/** The reasons a scammer gives: one list, spread into FAMILIES below (its order sets the family bits) and read as
 *  REASONS. */
const REASON_FAMILIES = [
  'reason-account',
  'reason-record',
  'reason-verify',
  'reason-credit',
  'reason-cancel',
  'reason-refund',
  'reason-loan',
  'reason-limit',
  'reason-crime',
  'reason-prize',
  'reason-task',
  'reason-debt',
  'reason-recovery',
  'reason-insider',
  'reason-channel',
  'reason-enrolled',
] as const;

export const FAMILIES = [
  // verbs
  'tell',
  'enter',
  'transfer',
  'pay',
  'borrow',
  'install',
  'open',
  'redeem',
  'scan',
  'turn-on',
  'add',
  'lend',
  'advance',
  'operate',
  'call',
  'approve',
  'rebind',
  // objects
  'to-me',
  'remote',
  'forwarding',
  'screen',
  'bill',
  'secret',
  'money',
  'account',
  'sim-card',
  'destination',
  'their-account',
  'fee',
  'loan-fee',
  'app',
  'sideload',
  'meeting',
  'link',
  'qr',
  'login-push',
  'bound-phone',
  'identity',
  'card-details',
  'private-channel',
  'other-lender',
  'release',
  'atm',
  'id-photo',
  // the reader's own online banking, logged into (watched-login)
  'bank-login',
  // a code described, not named: the text the bank or the app just sent (forward-sent-message)
  'sent-message',
  // pretexts: a claimed role, and the reason given
  'claim',
  'staff',
  'authority',
  'courier',
  'family',
  ...REASON_FAMILIES,
  // an English enrolment and its slip, read together as reason-enrolled (enrolledClauses)
  'enrol',
  'slip',
  // whose account, who sends the app; the genuine channel named ("in the app")
  'owner',
  'from-me',
  'in-app',
  // lures, pressure and isolation; a report of what already happened
  'lure',
  'guided',
  'threat',
  'urgency',
  'secrecy',
  'bank-lie',
  'done',
  'outcome',
  // the call put through to someone, or to the police in one word (handedToPolice)
  'handoff',
  'to-police',
  // the caller kept on the line ("stay on the line", 不要挂电话; secrecy words too)
  'on-call',
  // words holding a verb's character that are other words (汇算, 转发 …): found so that nothing shorter is
  'other-word',
  // a job or an interview offered (read only by pay-for-job: an invitation to an interview is no pretext)
  'job',
  // the reader's student days as a time (read only beside a loan: schoolDaysLoan)
  'school-days',
  // a membership bought, and the loan's money arriving (read together only: membership-for-payout)
  'membership',
  'arrival',
  // a secret made ready for a caller (read only by prepare-secret)
  'prepare',
  // a call announced to the reader ("稍后会有专员来电", "an officer will call you"): read only beside a role or an
  // unusual reason (promisedCallAfterProblem)
  'promised-call',
  // … or a contact announced in other words after an account problem ("工作人员将联系您", "our security team will contact
  // you"): read only beside a staff role (promisedContactAfterProblem)
  'promised-contact',
  // a renewal or a monthly charge ("会员已自动续费", "your plan auto-renewed"): read only with its way out through a
  // call (renewalCancelledByCall)
  'auto-renewal',
  // pay by the day, the hour or the piece ("日赚三五百", "$300 a day"): read only beside the task scam's work and the
  // sender's private contact (taskInvite)
  'pay-rate',
  // a paid service's result promised ("不成功不收费", "guaranteed results"): read only beside a credit record
  // (resultPromisedOnRecord)
  'result-promise',
  // money said refunded or paid out in excess ("多退了", "赔多了"): a refund's pretext only beside money moved (overpaidBack)
  'overpaid',
  // the loan's payout as the moment a fee falls due ("放款前", "before disbursement"): read only beside a fee in its
  // clause (feeBeforePayout)
  'before-payout',
  // a collector's next step named ("a home visit", "our field agents", "legal proceedings", "scheduled for court"): read
  // only beside a debt and a call back asked the same day (collectorEscalation)
  'escalation',
  // a gift or top-up card, read only as the payment (cardsAsPayment); pay offered per like or review (paidClicks)
  'gift-card',
  'paid-click',
  // the reader's phone held by the caller while it happens: the screen going dark, the phone not to be touched, a
  // phone readied for the caller (read only beside the caller: deviceHeld)
  'device-held',
  // a loss threatened (a seat released, a parcel sent back, an account deleted, a number cut off): read only beside a
  // deadline and a contact that is not official or a payment (lossThreatened)
  'loss-threat',
] as const;
export type Family = (typeof FAMILIES)[number];

// Sets of families as bits (FAMILIES' order), WORDS 32-bit words each: the reader asks "is any of these present?"
// many times per message, and a Set of strings made per message cost more than the reading itself.
const FAMILY_ID = new Map<Family, number>(FAMILIES.map((f, i) => [f, i]));
const WORDS = Math.ceil(FAMILIES.length / 32);
type Bits = Uint32Array;
function bitsOf(families: readonly Family[]): Bits {
  const bits = new Uint32Array(WORDS);
  for (const f of families) {
    const id = FAMILY_ID.get(f)!;
    bits[id >>> 5]! |= 1 << (id & 31);
  }
  return bits;
}
function holds(bits: Bits, f: Family): boolean {
  const id = FAMILY_ID.get(f)!;
  return (bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}
function anyOf(bits: Bits, of: Bits): boolean {
  for (let k = 0; k < WORDS; k++) if (bits[k]! & of[k]!) return true;
  return false;
}
function countOf(bits: Bits, of: Bits): number {
  let n = 0;
  for (let k = 0; k < WORDS; k++) for (let w = bits[k]! & of[k]!; w; w &= w - 1) n++;
  return n;
}
/** A family set as the actions' topic functions read it. (A class, not an object with an arrow: under tsx every
 *  arrow made per call is wrapped to keep its name, a property definition per message.) */
class BitsView implements Pretexts {
  constructor(private readonly bits: Bits) {}
  has(f: Family): boolean {
    return holds(this.bits, f);
  }
}
const viewOf = (bits: Bits): Pretexts => new BitsView(bits);

const words = z.array(z.string().min(1)).optional();
export const conceptFileSchema = z.strictObject({
  families: z.partialRecord(z.enum(FAMILIES), z.strictObject({ zh: words, en: words, pinyin: words })),
});

/** The reasons a scammer gives (listed once, above FAMILIES, which spreads them in place). */
const REASONS: readonly Family[] = REASON_FAMILIES;
/** … of which these are a loan platform's everyday business (repayments, payouts, a login alert): alone they make
 *  no pretext for a risky verdict, only beside a claimed role or a lure. */
const EVERYDAY: ReadonlySet<Family> = new Set(['reason-loan', 'reason-debt', 'reason-account', 'reason-record']);
/** Roles that are a pretext merely named: the police, a court, a relative in trouble or on a new number. A customer
 *  service or a courier is one only when claimed ("我是…客服"): genuine notices name theirs. */
const ROLES: readonly Family[] = ['authority', 'family'];
/** Reasons only a scammer gives (a genuine sender does not offer to repair credit or cancel a student loan): with
 *  urgency, or two of them, they make a message risky without a lever. */
const SCAM_ONLY: ReadonlySet<Family> = new Set([
  'reason-credit',
  'reason-cancel',
  'reason-crime',
  'reason-recovery',
  'reason-insider',
  'reason-task',
  'reason-channel',
  'reason-enrolled',
]);
/** Pressure that makes a pretext risky (besides a claimed role): a move to a private chat or a reply, a caller
 *  walking the reader through it, a threat of exposure, secrecy. An authority merely named is no lever: genuine
 *  notices come from the tax office and the social-security bureau. */
const LEVERS: readonly Family[] = ['lure', 'guided', 'threat', 'secrecy', 'bank-lie'];
const REASON_BITS = bitsOf(REASONS);
const UNUSUAL_REASON_BITS = bitsOf(REASONS.filter((r) => !EVERYDAY.has(r)));
const SCAM_ONLY_REASON_BITS = bitsOf(REASONS.filter((r) => SCAM_ONLY.has(r)));
const ROLE_BITS = bitsOf(ROLES);
const LEVER_BITS = bitsOf(LEVERS);

/** The families a message holds, as a topic function asks about them. */
type Pretexts = { has(f: Family): boolean };

interface ActionDef {
  name: string;
  verbs: readonly Family[];
  objects: readonly Family[];
  /** Dangerous without any pretext (no genuine sender asks for it). */
  alone: boolean;
  /** One of these families must be in the message too (borrowing elsewhere is the scam when the money is then
   *  moved on, or under a refund, cancellation, limit or police pretext). */
  needs?: readonly Family[];
  severity: 'medium' | 'high';
  /** Takes money, a code, card details or the phone itself from the reader, handed to the sender: no warning beside
   *  it makes it the tactic described (check.ts warnedWordsOnly). */
  takes?: true;
  /** Cleared when every link in the message is official ("登录官网 … 查看"). */
  officialLinksClear?: boolean;
  /** Cleared when the message hands the reader the code with its value and carries no unofficial link ("your code is
   *  552019, enter it on the Robinhood website", "验证码204718，请在网页上输入"): the page named is the sender's own,
   *  where the owner types their own code (scam-language.ts codeHanded; a scammer does not know the code's value). */
  codeHandedClears?: boolean;
  /** The object must be in the verb's own clause (发个红包给我; not "转了钱：…把账号告诉民警"). */
  sameClause?: boolean;
  topic: (p: Pretexts) => TopicId;
}

const first = (p: Pretexts, table: readonly [Family, TopicId][], otherwise: TopicId): TopicId =>
  table.find(([f]) => p.has(f))?.[1] ?? otherwise;

const MONEY_TOPICS: readonly [Family, TopicId][] = [
  ['reason-recovery', 'victim-next-steps'],
  ['reason-credit', 'credit-repair'],
  ['reason-limit', 'limit-boost'],
  ['reason-enrolled', 'refund-scam'],
  ['reason-cancel', 'account-cancellation'],
  ['reason-task', 'task-scam'],
  ['reason-refund', 'refund-scam'],
  ['reason-debt', 'debt-collection-impersonation'],
  ['family', 'legit-contact'],
];

/** A fee's topic: a crime alleged goes before a cancellation ("身份被用于走私案，须缴纳保释金，否则签证将被注销" is the
 *  fake authority's fee, not an account closed; a cancellation's exceptions would set it down). */
const FEE_TOPICS: readonly [Family, TopicId][] = [
  ...MONEY_TOPICS.filter(([f]) => f !== 'reason-cancel'),
  ['reason-crime', 'impersonating-authorities'],
  ['reason-cancel', 'account-cancellation'],
];

/** Which verb × object pairs are actions, and the topic each reports given the pretexts around it. */
export const ACTIONS: readonly ActionDef[] = [
  {
    name: 'give-secret',
    verbs: ['tell'],
    objects: ['secret'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: () => 'verification-code',
  },
  {
    name: 'enter-secret-on-link',
    verbs: ['enter'],
    objects: ['secret'],
    alone: true,
    needs: ['link'],
    severity: 'high',
    officialLinksClear: true,
    codeHandedClears: true,
    topic: () => 'verification-code',
  },
  // The reader's online banking logged into at a link the message gives, under a pretext ("to keep online banking
  // active, log in here: bank-verify.top", "网银即将停用，请登录以下网址"): the page takes the login. Banks say to
  // type their address or open their app, never to log in from a link in a text. Not alone ("log in to online banking
  // to see your statement"), but an account reason is pretext enough (everydayLicensed); cleared when every link is
  // official.
  {
    name: 'bank-login-on-link',
    verbs: ['open'],
    objects: ['link'],
    alone: false,
    needs: ['bank-login'],
    severity: 'high',
    takes: true,
    officialLinksClear: true,
    topic: () => 'phishing-link',
  },
  {
    name: 'move-to-destination',
    verbs: ['transfer', 'pay'],
    objects: ['destination'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, [['reason-debt', 'debt-collection-impersonation']], 'safe-account'),
  },
  {
    name: 'move-to-their-account',
    verbs: ['transfer', 'pay'],
    objects: ['their-account', 'to-me'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, [['reason-debt', 'debt-collection-impersonation'], ...MONEY_TOPICS], 'safe-account'),
  },
  {
    name: 'borrow-elsewhere',
    verbs: ['borrow'],
    objects: ['other-lender'],
    alone: true,
    needs: [
      'transfer',
      'reason-refund',
      'reason-cancel',
      'reason-limit',
      'reason-crime',
      'reason-credit',
      'guided',
      'staff',
      'claim',
    ],
    severity: 'high',
    topic: () => 'safe-account',
  },
  // "给我看看你的屏幕", "let me see your screen" ask by themselves (a word of both families).
  {
    name: 'remote-control',
    verbs: ['turn-on', 'install', 'open', 'tell'],
    objects: ['remote'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: () => 'screen-sharing',
  },
  {
    name: 'share-screen',
    verbs: ['turn-on', 'install', 'open', 'tell'],
    objects: ['screen'],
    alone: false,
    severity: 'high',
    topic: () => 'screen-sharing',
  },
  {
    name: 'transfer',
    verbs: ['transfer'],
    objects: ['money', 'account', 'to-me'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, MONEY_TOPICS, 'safe-account'),
  },
  {
    name: 'pay-fee',
    verbs: ['pay', 'transfer'],
    objects: ['fee', 'money'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, FEE_TOPICS, 'upfront-fee'),
  },
  // A fee to release, unfreeze, activate or verify a loan: any fee before a loan is paid out is a scam, so a loan's
  // everyday business (a payout, a frozen account, a credit record) is pretext enough.
  {
    name: 'pay-loan-fee',
    verbs: ['pay', 'transfer'],
    objects: ['loan-fee'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, FEE_TOPICS, 'upfront-fee'),
  },
  // Money borrowed to "verify funds" (把钱借出来做资金验证): it then goes to the scammer as a fee would. In the verb's
  // own clause (a brand named 安心借 holds the verb's character).
  {
    name: 'borrow-for-fee',
    verbs: ['borrow'],
    objects: ['loan-fee'],
    alone: false,
    sameClause: true,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, FEE_TOPICS, 'upfront-fee'),
  },
  // An installer, an enterprise certificate or TestFlight: no genuine service asks for one outside the app store.
  // … or a permission that hands the phone over (reading SMS, accessibility): "allow it to read your messages".
  {
    name: 'sideload',
    verbs: ['install', 'open', 'tell', 'turn-on'],
    objects: ['sideload'],
    alone: true,
    severity: 'high',
    topic: () => 'fake-app',
  },
  // An app installed from a link in the message: banks and police say to install apps from the official store only,
  // never from a link sent by text (cleared when every link is official: the brand's own download page).
  {
    name: 'install-from-link',
    verbs: ['install'],
    objects: ['link'],
    alone: true,
    sameClause: true,
    severity: 'high',
    officialLinksClear: true,
    topic: () => 'fake-app',
  },
  // An app installed by scanning a code (扫码安装, "scan to install"): apps come from the store, the code is the link.
  {
    name: 'install-from-qr',
    verbs: ['install'],
    objects: ['qr'],
    alone: true,
    sameClause: true,
    severity: 'high',
    officialLinksClear: true,
    topic: () => 'fake-app',
  },
  // Money paid in ahead to get money out ("补足才能提现", "充值…结束后全额返还", "deposit … before you can withdraw"):
  // the advance-fee move itself, whoever asks and whatever the fee is called (police warnings on 刷单返利, 贷款诈骗).
  {
    name: 'pay-to-release',
    verbs: ['advance'],
    objects: ['release'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, [...MONEY_TOPICS, ['reason-prize', 'task-scam']], 'upfront-fee'),
  },
  // … a membership bought with the loan's money said to arrive straight after ("开通VIP会员即可秒到账"): the same
  // advance, its payout said as arrival (a top-up that arrives is no membership).
  {
    name: 'membership-for-payout',
    verbs: ['membership'],
    objects: ['arrival', 'release'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: () => 'upfront-fee',
  },
  // Identity papers, a face video and a card shown or sent together (two of them): what opens a loan in the reader's
  // name. Asked outside the app (a platform's own KYC page is in its app).
  {
    name: 'give-id-photos',
    verbs: ['tell', 'enter', 'turn-on'],
    objects: ['id-photo'],
    alone: false,
    severity: 'high',
    topic: () => 'personal-data-leak',
  },
  // A cash machine worked as the sender says, under a pretext (a refund, recovered money, an instalment to cancel).
  {
    name: 'operate-atm',
    verbs: ['operate', 'guided'],
    objects: ['atm'],
    alone: false,
    severity: 'high',
    topic: (p) => first(p, MONEY_TOPICS, 'refund-scam'),
  },
  // … or a "code" typed in at it (请到ATM输入注销代码, "key in the reference number at an ATM"): police write-ups of the
  // cancel-a-loan and refund scripts — the "code" is an amount and an account, typed on the transfer screen. Under a
  // pretext and in the verb's own clause ("在ATM上输入密码时请遮挡" has no pretext; a refund "checked at an ATM" types
  // nothing).
  {
    name: 'enter-at-atm',
    verbs: ['enter'],
    objects: ['atm'],
    alone: false,
    sameClause: true,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, MONEY_TOPICS, 'refund-scam'),
  },
  // Calls or texts forwarded to a number the sender gives: codes and bank call-backs then reach the scammer.
  {
    name: 'forward-calls',
    verbs: ['turn-on', 'install', 'enter'],
    objects: ['forwarding'],
    alone: false,
    severity: 'high',
    topic: () => 'account-security',
  },
  {
    name: 'meeting-app',
    verbs: ['turn-on', 'install'],
    objects: ['meeting'],
    alone: false,
    severity: 'high',
    topic: () => 'screen-sharing',
  },
  {
    name: 'install-what-i-send',
    verbs: ['install'],
    objects: ['app'],
    alone: true,
    needs: ['from-me'],
    severity: 'high',
    officialLinksClear: true,
    topic: () => 'fake-app',
  },
  {
    name: 'install-app',
    verbs: ['install'],
    objects: ['app', 'link'],
    alone: false,
    severity: 'high',
    officialLinksClear: true,
    topic: () => 'fake-app',
  },
  {
    name: 'scan-qr',
    verbs: ['scan'],
    objects: ['qr'],
    alone: false,
    severity: 'high',
    topic: (p) => first(p, [['reason-debt', 'debt-collection-impersonation']], 'phishing-link'),
  },
  {
    name: 'send-money',
    verbs: ['tell'],
    objects: ['money'],
    alone: false,
    sameClause: true,
    severity: 'high',
    takes: true,
    topic: (p) => first(p, MONEY_TOPICS, 'safe-account'),
  },
  // A bank card, phone card or payment account lent, rented or sold ("两卡"): the account then carries scam money, and
  // whoever asks for it is recruiting a money mule (police warnings on 帮信罪: 出租、出借、出售银行卡、电话卡).
  {
    name: 'lend-account',
    verbs: ['lend'],
    objects: ['account', 'sim-card'],
    alone: true,
    severity: 'high',
    topic: () => 'task-scam',
  },
  // Paying through a link under a pretext (a claimed customer service, a made-up reason): the payment page is the
  // scammer's. Not licensed by everyday business alone: a carrier's own bill may carry a payment link.
  {
    name: 'pay-on-link',
    verbs: ['pay'],
    objects: ['link'],
    alone: false,
    sameClause: true,
    severity: 'high',
    officialLinksClear: true,
    topic: () => 'phishing-link',
  },
  // A fee or a sum paid to get a job or an interview slot ("入职前需交岗位稳定金", "send 2,500 MZN to confirm your
  // place"): no genuine employer charges a candidate (labour ministries' and police warnings on recruitment fraud).
  {
    name: 'pay-for-job',
    verbs: ['pay', 'transfer'],
    objects: ['fee', 'loan-fee', 'money'],
    alone: true,
    needs: ['job'],
    severity: 'high',
    takes: true,
    topic: () => 'upfront-fee',
  },
  // The reader's online banking logged into while the caller stays on the line ("log in to your online banking now
  // while I stay on the line", "登录手机银行，电话不要挂"): the caller watches or guides what is typed — the
  // bank-impersonation and remote-access scripts' next step (bank warnings: no bank asks you to log in during a call).
  {
    name: 'watched-login',
    verbs: ['open'],
    objects: ['bank-login'],
    alone: true,
    needs: ['on-call'],
    severity: 'high',
    takes: true,
    topic: () => 'account-security',
  },
  // A code, a password or a code card made ready for a caller under a pretext ("an adviser will guide you by phone; have
  // your PIN and code card ready", "专员稍后来电指导，请准备好密码和验证码"): the caller asks for them next (bank and
  // police warnings: no bank calls to walk you through your keys). Not alone, and only with a caller who guides, keeps
  // the line or claims to be staff or an officer: phone banking says "have your card ready", a driver "have your
  // delivery code ready" (a courier's claim and a call are no such caller).
  {
    name: 'prepare-secret',
    verbs: ['prepare'],
    objects: ['secret'],
    alone: false,
    needs: ['on-call', 'guided', 'handoff', 'staff', 'authority'],
    severity: 'high',
    takes: true,
    topic: () => 'verification-code',
  },
  // A repayment, a refund or a payment moved to a chat account under a "new official channel" ("热线已变更，请加企业微信
  // 办理还款", "our new WhatsApp line now takes repayments"): the platform's money is never handled in a private chat,
  // and the new channel is the fake customer service's own (reason-channel).
  {
    name: 'pay-in-chat',
    verbs: ['pay', 'transfer'],
    objects: ['private-channel'],
    alone: false,
    needs: ['reason-channel'],
    severity: 'high',
    takes: true,
    topic: () => 'official-channels',
  },
  // A code described, not named ("read out the message your bank just sent", "把银行发给你的那条短信转发给我"), asked
  // under a pretext (a refund, a claimed role, a caller): the message holds the one-time code. Not alone: a relative
  // may ask to see a bank's text to check it.
  {
    name: 'forward-sent-message',
    verbs: ['tell'],
    objects: ['sent-message'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: () => 'verification-code',
  },
  // Coached to lie to the bank about a transfer.
  {
    name: 'lie-to-bank',
    verbs: ['transfer', 'pay'],
    objects: ['bank-lie'],
    alone: true,
    severity: 'high',
    takes: true,
    topic: () => 'safe-account',
  },
  // A code typed in where a caller with a pretext says (a genuine code page comes with no pretext).
  {
    name: 'enter-secret',
    verbs: ['enter'],
    objects: ['secret'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: () => 'verification-code',
  },
  {
    name: 'give-identity',
    verbs: ['tell', 'enter'],
    objects: ['identity'],
    alone: false,
    severity: 'high',
    topic: () => 'personal-data-leak',
  },
  // The reader's own payment code sent to the "refund" or "prize" sender: it is how they take the money.
  {
    name: 'send-qr',
    verbs: ['tell'],
    objects: ['qr'],
    alone: false,
    severity: 'high',
    topic: (p) => first(p, MONEY_TOPICS, 'refund-scam'),
  },
  // Card or bank details asked for by message: no bank does, so an account problem is pretext enough.
  {
    name: 'give-card',
    verbs: ['tell', 'enter'],
    objects: ['card-details'],
    alone: false,
    severity: 'high',
    takes: true,
    topic: () => 'personal-data-leak',
  },
  {
    name: 'act-on-link',
    verbs: ['redeem', 'pay', 'tell', 'enter'],
    objects: ['link'],
    alone: false,
    severity: 'medium',
    officialLinksClear: true,
    topic: () => 'phishing-link',
  },
  {
    name: 'go-private',
    verbs: ['add'],
    objects: ['private-channel'],
    alone: false,
    severity: 'medium',
    topic: () => 'legit-contact',
  },
  // A sign-in the sender starts, approved by the reader ("approve the login requests we send you", "等下收到登录确认直接
  //点同意，是我们这边在核实"): the account is then the sender's. Only a prompt the sender sends or speaks of
  // (a genuine prompt is approved by whoever started the sign-in: "To approve this sign-in, tap Approve").
  {
    name: 'approve-login',
    verbs: ['approve'],
    objects: ['login-push'],
    alone: true,
    needs: ['from-me', 'to-me', 'staff', 'claim', 'authority', 'guided'],
    severity: 'high',
    topic: () => 'account-security',
  },
  // The account's phone number changed to one the sender supplies ("改成我们提供的号码", "change your mobile number to
  // the one we provide"): every code then reaches the sender.
  {
    name: 'rebind-phone',
    verbs: ['rebind'],
    objects: ['to-me'],
    alone: true,
    needs: ['bound-phone'],
    sameClause: true,
    severity: 'high',
    topic: () => 'account-security',
  },
  // A membership or plan "switched on by mistake", undone through the sender: calling back its staff, cancelling with
  // them, a refund applied for at its site, a hand-over to a "bank officer" (the cancel-a-membership script). No
  // genuine sender enrols the reader by mistake and asks to be called to undo it; the call is where the transfer starts.
  {
    name: 'undo-enrolment',
    verbs: ['call', 'add', 'transfer', 'operate', 'guided'],
    objects: [
      'staff',
      'authority',
      'to-me',
      'owner',
      'link',
      'private-channel',
      'reason-channel',
      'lure',
      'app',
      'atm',
    ],
    alone: false,
    needs: ['reason-enrolled'],
    severity: 'high',
    topic: () => 'refund-scam',
  },
];

/** Objects no genuine sender asks for (a fee to release a loan, card details, control of the phone) and reasons only
 *  scammers give (credit repair, a police case, recovering losses, an insider app, paid tasks, a "new official"
 *  channel): both in the sender's own words make a request however its verb is worded. */
const SCAM_OBJECT_BITS = bitsOf(['loan-fee', 'card-details', 'remote']);
const SCAM_ONLY_ASKING_BITS = bitsOf([
  'reason-credit',
  'reason-crime',
  'reason-recovery',
  'reason-insider',
  'reason-task',
  'reason-channel',
]);
/** A fee charged, in the sender's own words, by whoever offers to get lost money back ("Retainer fee GBP 750, payable
 *  today", "律师费订金5,000元今天内付清"): police and Action Fraud say no genuine agency or firm charges to return money
 *  lost to fraud, so the fee is the ask however it is worded (payable, due, applies, 付清). Charged: a deadline in the
 *  message or an amount in the fee's own clause (a law firm's "fees as agreed in the contract" names a fee, it charges
 *  nothing now), and not announced in its clause as borne by another or waived (a recovered car's towing fee). */
const DIGIT = /\d/;
function recoveryFee(own: Bits, found: readonly Found[], text: string, list: readonly ConceptClause[]): boolean {
  if (!holds(own, 'reason-recovery') || !holds(own, 'fee')) return false;
  const urgent = holds(own, 'urgency');
  return found.some(
    (f) =>
      has(f, 'fee') &&
      !f.off &&
      !f.warned &&
      !f.quoted &&
      !borne(f, found) &&
      (urgent || DIGIT.test(text.slice(list[f.clause]!.start, list[f.clause]!.end))),
  );
}
/** Not a fee its clause announces as borne by someone else or waived: "拖车费300元由我司承担", "the fee is waived". (A
 *  function of the module, not a closure per call: tsx names every closure it compiles, a defineProperty each.) */
function borne(f: Found, found: readonly Found[]): boolean {
  return found.some((d) => d.clause === f.clause && has(d, 'done') && !d.off);
}
/** Topic of a risky pretext (no action yet), by the strongest reason present. */
const RISKY_TOPIC: readonly [Family, TopicId][] = [
  ['meeting', 'screen-sharing'],
  ['screen', 'screen-sharing'],
  ['reason-enrolled', 'refund-scam'],
  ['reason-cancel', 'account-cancellation'],
  ['reason-recovery', 'victim-next-steps'],
  ['reason-crime', 'impersonating-authorities'],
  ['authority', 'impersonating-authorities'],
  ['reason-credit', 'credit-repair'],
  ['reason-limit', 'limit-boost'],
  ['reason-task', 'task-scam'],
  ['reason-refund', 'refund-scam'],
  ['reason-prize', 'phishing-link'],
  ['reason-insider', 'fake-app'],
  ['reason-channel', 'official-channels'],
  ['reason-debt', 'debt-collection-impersonation'],
  ['family', 'legit-contact'],
];

/** Reach of a verb to its object (in its own clause; one or two clauses away), and of a claim to its role: in
 *  characters (Chinese) or letters (English). */
export const CONCEPT_REACH = Object.freeze({ zh: 14, zhNearby: 24, en: 48, claim: 12, claimEn: 30 });

/** The family words as a character trie (word-trie.ts): one walk from each position finds the longest word starting
 *  there, at a cost that does not grow with the size of the lexicon (a regular expression of every word would). */
export interface ConceptIndex {
  root: WordTrie<Family>;
  /** Per trie node, its families as bits (made when the node is first met: a small table of the nodes messages
   *  meet; one made for every node at compile time, as long as the trie, measured slower in session 15). */
  bits: (Bits | undefined)[];
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** English endings a Latin word may carry ("transfers", "paid" is listed as a word of its own). */
const EN_ENDINGS = ['ing', 'es', 'ed', 's', 'd'];

/** A concept file's words by their normalised form, each with its families in file order. */
export function lexiconWords(file: z.output<typeof conceptFileSchema>, variants: VariantFolder): Map<string, Family[]> {
  const own = new Map<string, Family[]>();
  for (const [family, entry] of Object.entries(file.families) as [Family, Record<string, string[] | undefined>][]) {
    for (const w of [...(entry.zh ?? []), ...(entry.en ?? []), ...(entry.pinyin ?? [])]) {
      const n = normalizeMessage(w, variants);
      const fams = own.get(n);
      if (!fams) own.set(n, [family]);
      else if (!fams.includes(family)) fams.push(family);
    }
  }
  return own;
}

const unitsOf = (w: string) => Array.from(w, (ch) => ch.charCodeAt(0));

/** The families a word takes from the words nested inside it (found where the reader would find them: a Chinese word
 *  anywhere, a Latin one at word boundaries) that it does not hold itself; `hidden` says which it declines. */
export function nestedFamilies(
  word: string,
  own: ReadonlyMap<string, readonly Family[]>,
  root: WordTrie<Family>,
  hidden: (word: string, family: Family) => boolean,
): Family[] {
  const mine = own.get(word) ?? [];
  const out: Family[] = [];
  for (let at = 0; at < word.length; at++) {
    const latin = isWordChar(word.charCodeAt(at));
    if (latin && at > 0 && isWordChar(word.charCodeAt(at - 1))) continue;
    for (let i = at, node = root.first(word.charCodeAt(at)); node !== NONE; ) {
      // (The word itself is not nested in it.)
      const whole = at === 0 && i + 1 === word.length;
      const ends = !latin || latinEnd(word, i + 1) >= 0 || gluedDigits(word, i + 1);
      if (!whole && ends && root.ends(node)) {
        for (const f of root.at(node)!) if (!mine.includes(f) && !out.includes(f) && !hidden(word, f)) out.push(f);
      }
      if (++i >= word.length) break;
      node = root.next(node, word.charCodeAt(i));
    }
  }
  return out;
}

/** Which families a word declines from the words nested in it: by the declaration's hand-written `hides` (a family's
 *  every word, `all`, or listed words) and its generated `unreviewed` list (never by `reads`). */
export function hiddenFamilies(
  nesting: NestingFile | undefined,
  own: ReadonlyMap<string, readonly Family[]>,
  variants: VariantFolder,
): (word: string, family: Family) => boolean {
  const opaque = new Set<string>();
  const whole = new Set<string>();
  const listed = new Set<string>();
  for (const part of [nesting?.hides, nesting?.unreviewed]) {
    for (const [outer, inner] of Object.entries(part ?? {})) {
      if (inner === 'all') opaque.add(outer);
      else
        for (const [hid, words] of Object.entries(inner ?? {})) {
          if (words === 'all') whole.add(`${outer}\t${hid}`);
          else for (const w of words ?? []) listed.add(`${normalizeMessage(w, variants)}\t${hid}`);
        }
    }
  }
  return (word, family) =>
    listed.has(`${word}\t${family}`) ||
    (own.get(word) ?? []).some((f) => opaque.has(f) || whole.has(`${f}\t${family}`));
}

/** The concept words as a trie. A longer word also holds the families of the words nested in it (the reader never
 *  reads a word inside one it has read), but those content/concept-nesting.yaml says it hides (手续费 is no 续费's
 *  refund). Compile time only: a node just holds more families, added after its own (their order kept). */
export function compileConcepts(
  file: z.output<typeof conceptFileSchema>,
  variants: VariantFolder,
  nesting?: NestingFile,
): ConceptIndex {
  const root = new WordTrie<Family>();
  for (const [family, entry] of Object.entries(file.families) as [Family, Record<string, string[] | undefined>][]) {
    for (const w of [...(entry.zh ?? []), ...(entry.en ?? []), ...(entry.pinyin ?? [])]) {
      root.add(unitsOf(normalizeMessage(w, variants)), family);
    }
  }
  const own = lexiconWords(file, variants);
  const hidden = hiddenFamilies(nesting, own, variants);
  // (Every word's inheritance read off the trie of own words first, then added.)
  const taken = [...own.keys()].map((w) => [w, nestedFamilies(w, own, root, hidden)] as const);
  for (const [w, fams] of taken) for (const f of fams) root.add(unitsOf(w), f);
  return { root, bits: [] };
}

interface Found {
  families: Family[];
  /** The same families as bits. */
  bits: Bits;
  start: number;
  end: number;
  latin: boolean;
  clause: number;
  /** Negated in its clause ("不会影响征信"). */
  off: boolean;
  /** In a sentence that warns: its words set the scene but ask nothing. */
  warned: boolean;
  /** Inside quotation marks: mentioned, not said (a quoted verb asks nothing; a quoted object may still be asked for). */
  quoted: boolean;
}

export interface ConceptClause {
  start: number;
  end: number;
  warns: boolean;
  /** Where its sentence starts (the clauses of one sentence share it). */
  sentenceStart?: number;
}

/** End of a Latin word at `end` (optionally after an English ending), or -1 when a letter runs on. */
function latinEnd(text: string, end: number): number {
  if (end >= text.length || !isWordChar(text.charCodeAt(end))) return end;
  for (const e of EN_ENDINGS) {
    const after = end + e.length;
    if (text.startsWith(e, end) && (after >= text.length || !isWordChar(text.charCodeAt(after)))) return after;
  }
  return -1;
}

/** Is the Latin word ending at `end` run straight into digits — a currency into its amount ("RM8,460"), a code word
 *  into its number ("PIN1 和 PIN2", "OTP6")? Letters then digits are two words as written. (Asked only where a word
 *  would otherwise run on: rare.) */
function gluedDigits(text: string, end: number): boolean {
  return isDigitUnit(text.charCodeAt(end)) && !isDigitUnit(text.charCodeAt(end - 1));
}

/** The trie node of the word wordAt found last (its families: root.at(wordNode)). */
let wordNode = NONE;

/** The end of the longest family word starting at `at` (its node left in wordNode), or -1. (No tuple: it runs at
 *  every position of every message.) */
function wordAt(text: string, at: number, root: WordTrie<Family>): number {
  const latin = isWordChar(text.charCodeAt(at));
  // Latin words start at a word boundary; Chinese ones anywhere (a Chinese word is a character n-gram).
  if (latin && at > 0 && isWordChar(text.charCodeAt(at - 1))) return -1;
  let bestEnd = -1;
  let bestNode = NONE;
  // The first step by the unit's dense id (word-trie.ts first): most positions start no word.
  for (let i = at, node = at < text.length ? root.first(text.charCodeAt(at)) : NONE; node !== NONE; ) {
    if (root.ends(node)) {
      let end = latin ? latinEnd(text, i + 1) : i + 1;
      // A word glued to digits ("RM8,460", "KES1,200", "PIN1") ends where the digits begin.
      if (end < 0 && gluedDigits(text, i + 1)) end = i + 1;
      if (end >= 0) {
        bestEnd = end;
        bestNode = node;
      }
    }
    if (++i >= text.length) break;
    node = root.next(node, text.charCodeAt(i));
  }
  wordNode = bestNode;
  return bestEnd;
}

/** The families of a trie node as bits. */
function bitsAt(index: ConceptIndex, node: number): Bits {
  let bits = index.bits[node];
  if (!bits) {
    bits = bitsOf(index.root.at(node)!);
    index.bits[node] = bits;
  }
  return bits;
}

/** Every family word in the text, at every start (overlaps kept: 转账户 is 转账 and 账户; words inside a longer
 *  word dropped: 手续费 is no 续费). */
// The national anti-fraud centre's app, its name quoted or not ("安装“国家反诈中心”App": a name in quotation marks is
// the same name).
const PUBLIC_APP = /["“「『]?国家反诈中心["”」』]?\s*app/g;

/** scan's per-clause negation bounds (negationOf), reused by every call. */
let negScratch = { from: new Float64Array(64), to: new Float64Array(64) };

function scan(
  text: string,
  list: readonly ConceptClause[],
  index: ConceptIndex,
  quoted: readonly [number, number][],
  names: readonly string[] = [],
  negation?: RegExp | null,
): Found[] {
  const out: Found[] = [];
  const named = nameSpans(text, names);
  // (A clause may hold a narrow negation alone, "无法花钱修复": read then though NEGATION cannot match.)
  const narrow = mayNarrow(text);
  // Each clause's first negation, read only for a clause that holds a word (and for the clause before a clause
  // that continues a list under it): most clauses hold none, and the negation pattern is a large one.
  // (Scratch arrays grown as needed: scan runs on every message.)
  if (negScratch.from.length < list.length)
    negScratch = { from: new Float64Array(list.length * 2), to: new Float64Array(list.length * 2) };
  const negFrom = negScratch.from.fill(Number.NaN, 0, list.length);
  const negTo = negScratch.to;
  for (let ci = 0; ci < list.length; ci++) {
    const c = list[ci]!;
    let negStart = Number.NaN;
    let negEnd = Number.NaN;
    let negUntil = Number.POSITIVE_INFINITY;
    let reached = c.start;
    for (let at = c.start; at < c.end; at++) {
      const end = wordAt(text, at, index.root);
      // A word inside a longer one is not read (续费 in 手续费); one that runs past it is (账户 in 转账户); nor one inside
      // the brand's name (借 in 安心借).
      if (end < 0 || end > c.end || end <= reached || (named.length > 0 && insideQuotes(named, at, end))) continue;
      if (Number.isNaN(negStart)) {
        // (The negation's own secrecy test walks the trie too: the node of this word is kept.)
        const node = wordNode;
        if (negation !== null || narrow) negationOf(text, list, index, ci, negFrom, negTo, negation);
        else negFrom[ci] = negTo[ci] = Number.POSITIVE_INFINITY;
        wordNode = node;
        negStart = negFrom[ci]!;
        negEnd = negTo[ci]!;
        if (Number.isFinite(negEnd)) negUntil = conditionEnd(text, c, negStart, negEnd);
      }
      reached = end;
      out.push({
        families: index.root.at(wordNode)!,
        bits: bitsAt(index, wordNode),
        start: at,
        end,
        latin: isWordChar(text.charCodeAt(at)),
        clause: ci,
        // … but not a word that holds the negation itself ("could not be delivered", "无法放款").
        // (A word of the consequence is read again only for what it adds: one that names the genuine channel or a report,
        // "frozen in the app", "will be", stays off as it was.)
        off: end >= negEnd && at > negStart && (at < negUntil || anyOf(bitsAt(index, wordNode), COUNTER_BITS)),
        warned: c.warns,
        quoted: quoted.length > 0 && insideQuotes(quoted, at, end),
      });
      if (text.charCodeAt(at) === GIVE_UNIT && handedToMe(text, c, at, end))
        out[out.length - 1]!.bits = withTell(out[out.length - 1]!.bits);
    }
  }
  return out;
}

/** 给我 / 给我们 said as the handing itself, its object put before it ("把验证码给我", "卡号和密码给我就行"): a telling
 *  aimed at the sender, as 发给我 is. Only with 把 earlier in its clause or a closing particle after it (就行, 一下, 吧):
 *  "给我打电话", "给我行" (a bank's "our bank") and "给我们的客户" go on to another verb or noun. */
const GIVE_UNIT = '给'.charCodeAt(0);
const HANDED_WORD = /^给我们?$/;
const HANDED_AFTER = /^(?:就行|就可以|就好|就完事|一下|吧|好吗|行吗|可以吗|啊|呀|哈)/;
const BA_BEFORE = /把[^把]{1,14}$/;
const TELL_BITS = bitsOf(['tell']);
function handedToMe(text: string, c: ConceptClause, at: number, end: number): boolean {
  if (!HANDED_WORD.test(text.slice(at, end))) return false;
  const after = text.slice(end, Math.min(c.end, end + 4));
  const ba = BA_BEFORE.test(text.slice(Math.max(c.start, at - 15), at));
  return HANDED_AFTER.test(after) || (ba && after.length === 0);
}
function withTell(bits: Bits): Bits {
  const out = bits.slice();
  for (let k = 0; k < WORDS; k++) out[k]! |= TELL_BITS[k]!;
  return out;
}

/** Families that count against a request (the genuine channel, whose account, a report): a consequence's word holding
 *  one is not released from the negation (conditionEnd). */
const COUNTER_BITS = bitsOf(['in-app', 'owner', 'from-me', 'done', 'outcome']);
/** An English condition negated ("if you do not verify today your account will be suspended", "unless …"): the
 *  negation reaches to where the consequence's subject and its modal begin, not over the threat that follows. */
const CONDITION_BEFORE = /\b(if|unless)\b[^,;:]{0,40}$/;
// (The subject is a noun phrase: up to six words, none a preposition or another subject — "your line and mobile money
// account will", not "the code within 5 minutes we will".)
const CONSEQUENCE_AFTER =
  /\b(your|the|we|our|it|they|this)\b(\s+(?!(?:within|in|on|at|for|to|by|from|after|before|until|we|you|they|it|if)\b)[\w'-]+){0,6}?\s+(will|shall|would|must|is going to|are going to)\b/;
function conditionEnd(text: string, c: ConceptClause, negStart: number, negEnd: number): number {
  if (!CONDITION_BEFORE.test(text.slice(c.start, negStart))) return Number.POSITIVE_INFINITY;
  const m = CONSEQUENCE_AFTER.exec(text.slice(negEnd, c.end));
  return m ? negEnd + m.index : Number.POSITIVE_INFINITY;
}

/**
 * Where clause ci's negation starts and ends (+∞ when it has none), into from[ci] / to[ci] (NaN: not read yet). The
 * first negation in the clause turns off every word that ends after it begins ("无需支付" is negated though 需支付
 * starts inside it); a clause that goes on with a list after a negated one is negated whole ("never requires a
 * transfer, a new loan, or a screen share"): [start - 1, start).
 */
function negationOf(
  text: string,
  list: readonly ConceptClause[],
  index: ConceptIndex,
  ci: number,
  from: Float64Array,
  to: Float64Array,
  negation?: RegExp | null,
): void {
  if (!Number.isNaN(from[ci]!)) return;
  const c = list[ci]!;
  const clause = text.slice(c.start, c.end);
  let whole = false;
  if (ci > 0 && continuesList(clause)) {
    negationOf(text, list, index, ci - 1, from, to, negation);
    whole = from[ci - 1] !== Number.POSITIVE_INFINITY;
  }
  let neg: RegExpExecArray | null = whole || negation === null ? null : (negation ?? negationFor(text)).exec(clause);
  // A negation that is part of an instruction to keep quiet ("不要说是转给我们的") negates the telling, not the rest.
  if (neg && secrecyAt(text, c.start + neg.index, index)) neg = null;
  if (!neg && !whole) {
    const at = narrowNegationIn(clause);
    if (at >= 0) neg = NARROW_MATCH.exec(clause.slice(at));
    if (neg) neg.index = at;
  }
  from[ci] = whole ? c.start - 1 : neg ? c.start + neg.index : Number.POSITIVE_INFINITY;
  to[ci] = whole ? c.start : neg ? c.start + neg.index + neg[0].length : Number.POSITIVE_INFINITY;
}

const has = (f: Found, fam: Family) => holds(f.bits, fam);

/** Where the brand's names occur in the text: a name is no word ("安心借" holds the verb 借, "借呗" is another lender).
 *  The sender's tag that opens or closes a notice ("【微粒贷】…", "…【某银行】") is a name too: a lender signing its own
 *  notice is no "other platform" to borrow from, and its name asks nothing. */
function nameSpans(text: string, names: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  // The national anti-fraud centre's own app is what police ask people to install: its name is no "app" to sideload.
  if (text.includes('国家反诈中心'))
    for (const m of text.matchAll(PUBLIC_APP)) out.push([m.index, m.index + m[0].length]);
  // (A sender's tag opens with a bracket: most texts hold none, and the tag at the end is searched from every position.)
  if (text.includes('【') || text.includes('['))
    for (const tag of [SENDER_TAG_START.exec(text), SENDER_TAG_END.exec(text)])
      if (tag) out.push([tag.index + tag[0].indexOf(tag[1]!), tag.index + tag[0].indexOf(tag[1]!) + tag[1]!.length]);
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) out.push([i, i + n.length]);
  return out;
}

export interface ConceptMatch {
  topic: TopicId;
  severity: 'medium' | 'high';
  /** Read by an action that takes money, a code or the phone from the reader (ActionDef.takes). */
  takes: boolean;
  /** Where the action or pretext was read (for the verdict's phrase text). */
  start: number;
  end: number;
}

export interface ConceptOptions {
  officialLinksOnly: boolean;
  /** Quoted spans of the text (quoted.ts). */
  quoted?: readonly [number, number][];
  /** Filled with the families found in the sender's own words (not negated, warned or quoted): the wording model's
   *  concept features. */
  families?: Set<string>;
  /** The brand's Chinese names, normalised: their characters are no family words. */
  names?: readonly string[];
  /** The message holds a link that is not official (check.ts): a link word in its words may be that link. */
  unofficialLink?: boolean;
  /** Every phone number in the message is official or a public service line (a carrier's 10086, a bank's 95xxx;
   *  check.ts): a renewal cancelled by calling it is cancelled at the official line (renewalCancelledByCall). */
  serviceLines?: boolean;
  /** A phone number in the message is neither official nor a public service line (check.ts otherLinesIn): a loss
   *  threatened beside it is put right by calling a stranger (lossThreatened). */
  otherLines?: boolean;
  /** The message hands the reader a code with its value (scam-language.ts codeHanded): ActionDef.codeHandedClears. */
  codeHanded?: boolean;
  /** false: the text holds none of the strings a NEGATION match needs (phrases.ts mayHold), so no clause is negated
   *  and none is searched. Absent: searched. */
  mayNegate?: boolean;
  /** The negation pattern as run on this text (phrases.ts negationIn: pruned to what the text could hold; null: no
   *  clause is negated). Absent: the message's negation (negationFor). */
  negation?: RegExp | null;
  /** Filled with whether a screen share stands as a scam's request here: false for a message naming a meeting with
   *  nothing that licenses showing one's screen (a pretext, a customer service, an account, money, a secret, a loan's
   *  business) — a work meeting's (scam-language.ts). */
  read?: { screenLicensed: boolean };
}

// "在App中下载", "从应用商店下载": the word before the verb names where, not what.
const PLACE_BEFORE = /[在从]$/;

/** An account just after an owner word ("我们指定的账户", "这个支付宝"), or followed by its number ("转至清收账户6217 …",
 *  "账号：6222…"): someone else's account, given to the reader to pay into. */
const OWNER_REACH = 6;
const ACCOUNT_NUMBER_AFTER = /^\s*[:：]?\s*\d[\d -]{11,}/;
function ownedAccount(o: Found, found: readonly Found[], text: string): boolean {
  if (!has(o, 'account')) return false;
  if (!o.latin && ACCOUNT_NUMBER_AFTER.test(text.slice(o.end, o.end + 32))) return true;
  return found.some(
    (w) => has(w, 'owner') && w.clause === o.clause && w.end <= o.start && o.start - w.end <= OWNER_REACH,
  );
}

/** An object for this verb within reach: in its clause, or one or two clauses away in either direction. */
/** An English list of things asked for between a verb and its object ("reply with your CNIC number, your mother's name
 *  and your mobile wallet PIN"): the object is the list's last item, reached over the items before it — short noun
 *  phrases joined by commas or "and", none a clause of its own (no subject, no verb of saying or doing). */
const LIST_ITEM = /^\s*(?:(?:your|the|a|an|my|our)\s+)?[a-z0-9'’-]+(?:\s+[a-z0-9'’-]+){0,3}\s*$/;
const NOT_A_NOUN = /\b(?:we|i|you|it|they|he|she|will|'ll|’ll|is|are|was|were|be|can|must|please|to|then|so|if)\b/;
function listedAfter(text: string, from: number, to: number): boolean {
  if (to - from > 2 * CONCEPT_REACH.en) return false;
  const gap = text.slice(from, to);
  if (!/,|\band\b/.test(gap) || /[.!?;:]/.test(gap)) return false;
  const items = gap.split(/,|\band\b|&/).filter((x) => x.trim());
  return items.length >= 2 && items.every((x) => LIST_ITEM.test(x) && !NOT_A_NOUN.test(x));
}

function objectFor(
  v: Found,
  action: CompiledAction,
  found: readonly Found[],
  text: string,
  warnedToo = false,
): Found | undefined {
  const { toDestination, objects } = action;
  return found.find((o) => {
    // The verb's own word may be its object too ("转给我" is a transfer to the speaker).
    if (o.off || (o.warned && !warnedToo)) return false;
    // An act-naming object in the passive ("手机会被远程操控") is done to someone, not asked of the reader.
    if (!o.latin && o.start > 0 && PASSIVE_NOW.test(text[o.start - 1]!)) return false;
    // A card or account named for its balance or the debit from it ("请确保绑定银行卡余额充足", "从绑定银行卡自动扣款")
    // is a noun phrase of a repayment notice: the card is where the money is, not what is asked for.
    if (!o.latin && DEBITED_FROM.test(text.slice(o.end, o.end + 5))) return false;
    if (placedCode(o, text)) return false;
    if (!anyOf(o.bits, objects) && !(toDestination && ownedAccount(o, found, text))) return false;
    if (o === v) return true;
    const apart = Math.abs(o.clause - v.clause);
    if (apart > 2 || (apart && action.def.sameClause)) return false;
    const reach = v.latin ? CONCEPT_REACH.en : apart ? CONCEPT_REACH.zhNearby : CONCEPT_REACH.zh;
    // After the verb, or starting inside it and running on (扫这个 + 这个码).
    if (o.start >= v.end || (o.start > v.start && o.end > v.end))
      return o.start - v.end <= reach || (v.latin && listedAfter(text, v.end, o.start));
    // … except a link: "在链接中填写" is what phishing asks.
    const place = !has(o, 'link') && PLACE_BEFORE.test(text.slice(Math.max(0, o.start - 2), o.start));
    return v.start >= o.end && v.start - o.end <= reach && !place;
  });
}

/** A code scanned for an errand that moves nothing (to rate a service, follow an account, check in, order, get an
 *  invoice or a queue number, ride, enter): "可扫码评价", "扫码点餐". Not "查看 / 查询" (a fine or parcel "viewed" at a
 *  scanned code is the phishing lure) nor anything paid, claimed or verified. */
const EVERYDAY_SCAN_AFTER =
  /^(即可|可|进行)?(评价|关注|签到|点餐|开票|取号|排队|乘车|入园|入场|进站|查验真伪|导航|参与抽奖|抽奖)/;

/** A QR code PLACED where the reader already is — printed on the bill, posted at the till, shown on the locker's screen
 *  ("扫描账单上的二维码缴费", "收银台张贴的收款码", "the QR code on your bill"): the biller's own, as its counter is. A
 *  code sent to be scanned comes with the message (下方 / 图片 / 我发的). Not a paper that arrives unasked (a letter, a
 *  card, a parcel label) nor a wall or a door: scams mail fake notices and stick codes over real ones (a dev scam lost
 *  its flag when 通知书 / 卡片 / 回执 were places). */
const PLACED_BEFORE =
  /((账单|发票|票据|缴费单|柜机|柜台|收银台|窗口|自助机|终端|快递柜|取件柜|柜面|前台|营业厅|网点)(屏幕)?(上|上面|上方|处|旁|内)?的?|(张贴|印在|打印在|印有|公示)[^,，。！？]{0,10})$/;
const PLACED_AFTER =
  /^ codes? (on|printed on|at) (the|your) (bill|statement|invoice|receipt|machine|locker|counter|till)\b/;
function placedCode(o: Found, text: string): boolean {
  if (!has(o, 'qr')) return false;
  if (o.latin) return PLACED_AFTER.test(text.slice(o.end, o.end + 40));
  return PLACED_BEFORE.test(text.slice(Math.max(0, o.start - 16), o.start));
}

const CLAIM_TO_END = /^[^,，。!?！？]{1,16}$/;
/** A role introduced as "<role> here" ("Wave agent here.", "MoMo support here,", "help desk here on WhatsApp"):
 *  the claim "this is …" made after the name — not "here" as a place or a link ("our agent here at the branch", "click
 *  here", "support here to help"). */
const HERE_AFTER = /^\s+here\b(?=\s*(?:$|[,.:;!—–-]|on\b|speaking\b|from\b))/;
const ROLE_BITS_HERE = bitsOf(['staff', 'authority', 'courier']);
const introducedHere = (text: string, found: readonly Found[]): boolean =>
  found.some(
    (r) =>
      r.latin &&
      !r.warned &&
      !r.quoted &&
      anyOf(r.bits, ROLE_BITS_HERE) &&
      HERE_AFTER.test(text.slice(r.end, r.end + 16)),
  );
const PASSIVE_NOW = /[被遭]/;
const DEBITED_FROM = /^(的)?(余额|资金|自动扣款|扣款|自动还款)/;

const PERFECT_BEFORE = /\b(has|have|had|'ve)\s+(already\s+|just\s+)?$/;
/** An English verb in its -ed form is never the imperative a request uses ("CRA deposited the credit", "the payment
 *  you confirmed"): a report — unless a passive or causative asks it ("must be transferred", "get it deposited"). */
const ASKED_PARTICIPLE_BEFORE = /\b(be|being|get|getting|have|having)\s+((it|them|this|the \w+|your \w+)\s+)?$/;
/** … nor a family word that holds its own passive ("is required", "must be paid"): asked, whatever its last letters. */
const PASSIVE_WORD = /^(?:is|are|must be|to be|be) /;
const pastTense = (text: string, v: Found): boolean =>
  text.charCodeAt(v.end - 1) === 100 /* d */ &&
  text.charCodeAt(v.end - 2) === 101 /* e */ &&
  !ASKED_PARTICIPLE_BEFORE.test(text.slice(Math.max(0, v.start - 24), v.start)) &&
  !PASSIVE_WORD.test(text.slice(v.start, v.end));

/** Did this verb's clause say it already happened ("已转入", "成功支付", "转账500元失败"), or is it said in the
 *  passive ("手机会被远程操控": what is done to someone, asked of no one)? */
const OUTCOME_REACH = 12;
const DONE_REACH = Object.freeze({ zh: 10, en: 30 });
function reportsDone(v: Found, found: readonly Found[], text: string, list: readonly ConceptClause[]): boolean {
  if (!v.latin && passiveBefore(text, v.start)) return true;
  // A verb between 的 and a noun it runs into is a noun's modifier ("您的支付账户"): nothing is asked with it ("把多的
  // 转回给我" still asks: 转 runs into no noun).
  if (!v.latin && text[v.start - 1] === '的' && found.some((o) => o.start === v.end && o !== v)) return true;
  if (!v.latin && relativeClause(text, v.start, v.end)) return true;
  // English perfect ("if money has moved", "you have already transferred"): what happened, not what is asked.
  if (v.latin && (PERFECT_BEFORE.test(text.slice(Math.max(0, v.start - 20), v.start)) || pastTense(text, v)))
    return true;
  // A past condition or what someone makes the reader do, up to and through the verb ("如果通话中说出了验证码", "if you
  // already read out a code", "让你交解冻费"): told, not asked — as the phrase rules read it (phrases.ts REPORTED).
  if (REPORTED.test(text.slice(list[v.clause]!.start, v.end))) return true;
  if (!v.latin && THIRD_PARTY_CAN.test(text.slice(list[v.clause]!.start, v.start))) return true;
  return found.some(
    (d) =>
      d.clause === v.clause &&
      ((has(d, 'done') && d.start < v.start && v.start - d.end <= (d.latin ? DONE_REACH.en : DONE_REACH.zh)) ||
        // "…失败" after it, but not "成功后" (a condition: "提额成功后退还").
        (has(d, 'outcome') && d.start >= v.end && d.start - v.end <= OUTCOME_REACH && text[d.end] !== '后')),
  );
}

/** A word that names the act itself (屏幕共享: its own verb and object) asks for it only as a predicate. Named as the
 *  subject of a description ("共享屏幕意味着…", "屏幕共享会让对方…", "…一样危险") it is the topic of a warning or an
 *  explainer, not a request — also as the first term of the subject ("投屏或屏幕共享会让…", session 12), or asked
 *  about ("什么是共享屏幕？"). (Not a term joined by 和/或 before it: a request lists acts too.) */
const ACT_NAMED_AFTER =
  /^(?:[和与及或、][\u4e00-\u9fff]{1,5})?(就|也|都|则)?(意味着|等于|相当于|一样|是指|是什么|的风险|的危害|的后果|会让|会把|能让|可以让)/;
// … and the act pointed at by a determiner ("您本次转账…元，需核实用途", "该笔汇款已受理"): the transaction under way
// named as a noun, the subject the sender tells about; a request puts the verb to the reader (请转账, 把钱转到).
const ACT_NAMED_BEFORE = /(什么是|何为|何谓|本次|此次|这次|该笔|此笔|这笔|上述)$/;
// In English, the verb as a noun: the subject after an article, told what it does ("a Zelle transfer arrives within
// minutes", "the payment cannot be reversed"): a seller's tip describes the act, asks for none.
const ACT_NOUN_BEFORE = /\b(a|an|the|each|every|any|one)( [a-z-]+)? $/;
const ACT_NOUN_AFTER =
  /^s? (arrives?|lands?|clears?|settles?|takes (a few|minutes|seconds|hours|days|\d)|goes through|(is|are) (instant|final|irreversible|usually|normally|often)|can(not|'t| never| not) be (reversed|undone|recalled|cancelled)|cannot|can't|usually|normally|typically)\b/;
function actNamed(text: string, v: Found): boolean {
  if (v.latin)
    return (
      ACT_NOUN_BEFORE.test(text.slice(Math.max(0, v.start - 24), v.start)) &&
      ACT_NOUN_AFTER.test(text.slice(v.end, v.end + 30))
    );
  return (
    ACT_NAMED_AFTER.test(text.slice(v.end, v.end + 12)) ||
    ACT_NAMED_BEFORE.test(text.slice(Math.max(0, v.start - 3), v.start))
  );
}

/** An action with its families as bits (COMPILED_ACTIONS: built once from ACTIONS). */
interface CompiledAction {
  def: ActionDef;
  verbs: Bits;
  objects: Bits;
  needs: Bits | undefined;
  /** Its object is someone's account: an account named after an owner word counts. */
  toDestination: boolean;
  /** Licensed by a loan platform's everyday business alone (a link, a QR code, a loan fee, card details). */
  everydayLicensed: boolean;
}
const COMPILED_ACTIONS: readonly CompiledAction[] = ACTIONS.map((def) => ({
  def,
  verbs: bitsOf(def.verbs),
  objects: bitsOf(def.objects),
  needs: def.needs && bitsOf(def.needs),
  toDestination: def.objects.includes('their-account'),
  everydayLicensed: [
    'act-on-link',
    'scan-qr',
    'pay-loan-fee',
    'give-card',
    'forward-calls',
    'bank-login-on-link',
  ].includes(def.name),
}));
/** How many distinct identity pictures or card details the sender's own words name ("身份证正反面及银行卡照片"). */
const ID_PAPER_BITS = bitsOf(['id-photo', 'card-details']);
function idPapers(found: readonly Found[]): number {
  let n = 0;
  for (const f of found) if (!f.off && !f.warned && !f.quoted && anyOf(f.bits, ID_PAPER_BITS)) n++;
  return n;
}
/** Pretexts under which showing one's screen is asked of the reader. */
const SHARE_SCREEN_BITS = bitsOf(['staff', 'authority', 'account', 'money', 'secret']);

// findConcepts' bit sets of the families present, read as pretexts and the sender's own (the classifier is
// synchronous, and nothing keeps them past the call).
const PRESENT = new Uint32Array(WORDS);
const PRETEXTS = new Uint32Array(WORDS);
const OWN = new Uint32Array(WORDS);

/** A condition before a word in its clause ("如误开通", "若您被误设为…", "if you were signed up by mistake"), or the
 *  speaker as its subject ("我误开通了会员，怎么取消？", "I was enrolled by mistake"): a case asked about or told, not
 *  an enrolment the sender announces to the reader. */
const NOT_ASSERTED_BEFORE =
  /(?:如|若|如果|假如|万一|倘若|要是)[^，,。；;！？!?]{0,8}$|我(?!们)[^，,。；;！？!?]{0,6}$|\b(?:if|i|i'm|i've|my)\b[^,.;!?]{0,40}$/;
function notAsserted(text: string, list: readonly ConceptClause[], f: Found): boolean {
  const from = Math.max(list[f.clause]!.start, f.start - 48);
  return NOT_ASSERTED_BEFORE.test(text.slice(from, f.start));
}

/** What happens if the reader does not comply, after 否则 / 不然 / "or else" / "otherwise" in the word's clause ("今天必须
 *  缴纳保释金，否则签证将被注销", "pay today or your visa will be cancelled"): a cancellation threatened is the threat, not
 *  the student-loan cancellation a reason-cancel word names — the fake consulate's or immigration office's consequence
 *  (and a visa office's genuine one: "否则居留许可将被注销"). */
const THREAT_BEFORE =
  /(否则|不然)[^。！？；!?;]{0,14}$|\b(otherwise|or else|or your|or the|failing which)\b[^.;!?]{0,48}$/;
const CANCEL_BITS = bitsOf(['reason-cancel']);
const NOT_CANCEL_BITS = CANCEL_BITS.map((w) => ~w >>> 0);
const THREAT_BITS = bitsOf(['threat']);
const ALL_BITS = new Uint32Array(WORDS).fill(0xffffffff);
// … and only a travel or residence paper's: an account or a loan "cancelled otherwise" is the cancellation pretext as
// before ("请配合操作，否则您的账户将被注销" stays reason-cancel).
const TRAVEL_PAPER =
  /签证|簽證|护照|護照|居留|入境许可|入境許可|\b(visas?|passports?|residence permit|residency|work permit|permit)\b/;
function threatenedCancel(text: string, list: readonly ConceptClause[], f: Found): boolean {
  if (!has(f, 'reason-cancel')) return false;
  const from = Math.max(list[f.clause]!.start, f.start - 48);
  const m = THREAT_BEFORE.exec(text.slice(from, f.start));
  return m !== null && TRAVEL_PAPER.test(text.slice(from + m.index, Math.min(list[f.clause]!.end, f.end + 16)));
}

/** A step not taken: "不解除", "没取消" (the reader's refusal, or the threat's condition). */
const UNDONE_BEFORE = /[不没未]/;
/** An English verb that opens a time clause ("talk to a relative before you move any money"): the time of the advice's
 *  own step, not a request (session 30). "before you can withdraw" is a word of its own, read as before. */
const TIME_CLAUSE_BEFORE = /\bbefore (?:you|anyone) (?:ever )?$/;

const ENROLLED_BITS = bitsOf(['reason-enrolled']);
/** An English enrolment read from its two halves: a joining verb (signed up, enrolled, subscribed) and a slip (by
 *  mistake, without your consent) in one clause, neither negated nor a condition, set as reason-enrolled. */
function enrolledClauses(
  text: string,
  list: readonly ConceptClause[],
  found: readonly Found[],
  pretexts: Bits,
  own: Bits,
): void {
  for (const e of found) {
    if (!has(e, 'enrol') || e.off || notAsserted(text, list, e)) continue;
    const s = found.find((x) => x.clause === e.clause && has(x, 'slip') && !x.off);
    if (!s) continue;
    for (let k = 0; k < WORDS; k++) {
      pretexts[k]! |= ENROLLED_BITS[k]!;
      if (!e.warned && !e.quoted && !s.warned && !s.quoted) own[k]! |= ENROLLED_BITS[k]!;
    }
    return;
  }
}

/** Adds a family's bits to the pretexts, and to the sender's own families when the words are the sender's own. */
function addPretext(bits: Bits, owned: boolean, pretexts: Bits, own: Bits): void {
  for (let k = 0; k < WORDS; k++) {
    pretexts[k]! |= bits[k]!;
    if (owned) own[k]! |= bits[k]!;
  }
}
const sendersOwn = (f: Found) => !f.off && !f.warned && !f.quoted;

const REFUND_BITS = bitsOf(['reason-refund']);
/** Money said refunded or paid out to the reader in excess ("系统多退了您300元", "赔多了150元") and money moved in the
 *  sender's own words (转回, 转到, 打回到): the over-refund script, its surplus asked back — a refund's pretext, so the
 *  transfer to the sender's account is read as the refund scam's. An excess the sender settles itself ("下次充值时自动
 *  扣回", "无需退回") moves nothing and is no pretext. */
function overpaidBack(found: readonly Found[], pretexts: Bits, own: Bits): void {
  const moved = found.some((f) => has(f, 'transfer') && !f.off && !f.warned && !f.quoted);
  if (!moved) return;
  for (const f of found)
    if (has(f, 'overpaid') && !f.off) addPretext(REFUND_BITS, !f.warned && !f.quoted, pretexts, own);
}
const CANCEL_REASON_BITS = bitsOf(['reason-cancel']);
const LOAN_WORD_BITS = bitsOf(['reason-loan', 'borrow', 'other-lender']);
/** The reader's student days beside a loan in one sentence ("你在校期间有一笔贷款记录需要处理", "a loan you took while you
 *  were at university"): the campus-loan cancellation pretext told without 校园贷 or 注销 (police warnings on 注销校园贷). */
function schoolDaysLoan(list: readonly ConceptClause[], found: readonly Found[], pretexts: Bits, own: Bits): void {
  for (const s of found) {
    if (!has(s, 'school-days') || s.off) continue;
    const loan = found.find(
      (l) => !l.off && anyOf(l.bits, LOAN_WORD_BITS) && sentenceAt(list, l) === sentenceAt(list, s),
    );
    if (!loan) continue;
    addPretext(CANCEL_REASON_BITS, sendersOwn(s) && sendersOwn(loan), pretexts, own);
    return;
  }
}

/** Where the sentence of a finding's clause starts. */
function sentenceAt(list: readonly ConceptClause[], f: Found): number {
  return list[f.clause]!.sentenceStart ?? list[f.clause]!.start;
}

const GUIDED_BITS = bitsOf(['guided']);
/** The reader's ID number read out by the sender and put to them to confirm ("身份证尾号是5678对吗", "your ID number ends in
 *  4521, correct?"): leaked data recited to seem official — the lever "能准确说出您的信息" names (`guided`). A notice asks
 *  the reader to check their own entry ("身份证号是否正确"), with no tag question. */
const CONFIRM_AFTER =
  /^[^。！？!?]{0,24}?(对吧|对吗|对不对|是吧|没错吧|没错吗|是不是)|^[^.!?]{0,48}?(,\s*(correct|right)\s*\?|\bis that (right|correct)\b|\bam i right\b)/;
function recitedIdentity(text: string, found: readonly Found[], pretexts: Bits, own: Bits): void {
  for (const f of found) {
    if (!has(f, 'identity') || f.off) continue;
    const end = Math.min(text.length, f.end + 64);
    if (!CONFIRM_AFTER.test(text.slice(f.end, end))) continue;
    addPretext(GUIDED_BITS, sendersOwn(f), pretexts, own);
    return;
  }
}

/** Actions and risky pretexts read from the normalised text (clauses as scam-language.ts splits them). */
export function findConcepts(
  text: string,
  list: readonly ConceptClause[],
  index: ConceptIndex,
  options: ConceptOptions,
): ConceptMatch[] {
  const found = scan(
    text,
    list,
    index,
    options.quoted ?? [],
    options.names,
    options.mayNegate === false ? null : options.negation,
  );
  // (No family word at all: no meeting named either.)
  if (options.read) options.read.screenLicensed = true;
  if (!found.length) return [];
  // Which families occur at all: most actions are ruled out before any pairing is tried.
  // (Scratch bit sets, cleared per call: three typed arrays made per message were a tenth of its allocation.)
  const present = PRESENT.fill(0);
  // Pretexts are read in every sentence (a warning sets the scene too); actions only outside warnings.
  const pretexts = PRETEXTS.fill(0);
  const own = OWN.fill(0);
  for (const f of found) {
    for (let k = 0; k < WORDS; k++) present[k]! |= f.bits[k]!;
    // Secrecy is said in the negative ("别挂电话", "不要告诉家人"): it is never negated away.
    if (f.off && !has(f, 'secrecy')) continue;
    // An enrolment said as a condition ("如误开通，可在App内关闭") or of the speaker is no pretext.
    if (has(f, 'reason-enrolled') && notAsserted(text, list, f)) continue;
    // A quoted word sets the scene (scams quote their product: 「百万保障」) but is not the sender's own.
    const owned = !f.warned && !f.quoted;
    // (A cancellation threatened is the threat, not the reason: its cancel bit is read as a threat.)
    const threatened = threatenedCancel(text, list, f);
    const keep = threatened ? NOT_CANCEL_BITS : ALL_BITS;
    for (let k = 0; k < WORDS; k++) {
      pretexts[k]! |= f.bits[k]! & keep[k]!;
      if (owned) own[k]! |= f.bits[k]! & keep[k]!;
    }
    if (threatened) addPretext(THREAT_BITS, owned, pretexts, own);
  }
  // (An English joining verb and a slip in one clause: rare, so looked for only when both families are present.)
  if (holds(present, 'enrol') && holds(present, 'slip')) enrolledClauses(text, list, found, pretexts, own);
  if (holds(present, 'school-days')) schoolDaysLoan(list, found, pretexts, own);
  if (holds(present, 'identity')) recitedIdentity(text, found, pretexts, own);
  if (holds(present, 'overpaid')) overpaidBack(found, pretexts, own);
  // A claimed role: "我是…客服", "这边是征信中心的", "this is … support".
  // (Only the set bits are visited, lowest first: the same families in the same order as a walk over all of them.)
  if (options.families)
    for (let k = 0; k < WORDS; k++)
      for (let w = own[k]!; w !== 0; w &= w - 1) options.families.add(FAMILIES[32 * k + 31 - Math.clz32(w & -w)]!);
  // (Not a claim a warning describes: "把钱转给了自称客服的人" tells of someone else.)
  const claimed = found.some(
    (c) =>
      has(c, 'claim') &&
      !c.warned &&
      found.some(
        (r) =>
          (has(r, 'staff') || has(r, 'authority') || has(r, 'courier')) &&
          r.clause === c.clause &&
          r.start >= c.end &&
          r.start - c.end <= (c.latin ? CONCEPT_REACH.claimEn : CONCEPT_REACH.claim),
      ),
  );
  // … or "我是安心借的，", "这里是京东金融，" (a claim naming who, to the end of its clause).
  const claimedFrom = found.some(
    (c) => has(c, 'claim') && !c.warned && CLAIM_TO_END.test(text.slice(c.end, list[c.clause]!.end)),
  );
  const claimedAny = claimed || claimedFrom || introducedHere(text, found);
  // A pretext: a claimed role, a reason that is not everyday business, the police or a relative in trouble, a caller
  // walking the reader through it, secrecy. Everyday reasons (a repayment, a login alert) and a named customer
  // service are what genuine notices say; they license only a link (see below) and someone's account for a debt.
  const hasPretext =
    claimedAny ||
    anyOf(pretexts, UNUSUAL_REASON_BITS) ||
    anyOf(pretexts, ROLE_BITS) ||
    holds(pretexts, 'guided') ||
    holds(pretexts, 'secrecy');
  const everyday = anyOf(pretexts, REASON_BITS);
  // A sender who only says who they are ("我是三班的王老师，", "this is Anna from HR,"): the self-introduction of any
  // invitation, no role or reason to act under — not enough to make a meeting app dangerous (a claimed customer service
  // or officer still is: `claimed`).
  const introducedOnly =
    claimedFrom &&
    !claimed &&
    !(
      anyOf(pretexts, UNUSUAL_REASON_BITS) ||
      anyOf(pretexts, ROLE_BITS) ||
      holds(pretexts, 'guided') ||
      holds(pretexts, 'secrecy')
    );
  // (Outside a meeting, the example requests' likeness is left as it is: their paraphrases reach what the families miss.)
  if (options.read)
    options.read.screenLicensed =
      hasPretext || everyday || anyOf(pretexts, SHARE_SCREEN_BITS) || !holds(present, 'meeting');
  let pretextView: Pretexts | undefined;

  // A fine, tax or court fee paid where the one who bills it takes it: no unofficial link, no reason only a scammer
  // gives (a crime to clear), no lever (see paysInOfficialPlace).
  const officialPlaceOk =
    options.unofficialLink !== true && !anyOf(pretexts, SCAM_ONLY_REASON_BITS) && !anyOf(pretexts, LEVER_BITS);
  const out: ConceptMatch[] = [];
  const topics = new Set<TopicId>();
  for (const compiled of COMPILED_ACTIONS) {
    const action = compiled.def;
    // A link to claim or verify something under any reason is phishing ("账户异常，请在链接中验证"); money for a
    // debt or a loan sent to someone's own account is the fake collector's or fake lender's request.
    const licensed =
      (hasPretext && !(introducedOnly && action.name === 'meeting-app')) ||
      // … unless the message sends the reader to the app itself, as genuine notices do ("update it in the app").
      (everyday && !holds(pretexts, 'in-app') && compiled.everydayLicensed) ||
      // A customer service that moves the talk to a WeChat or QQ account: genuine staff stay in the app and hotline.
      (action.name === 'go-private' && (holds(pretexts, 'staff') || holds(pretexts, 'reason-loan'))) ||
      (action.name === 'move-to-their-account' && (holds(pretexts, 'reason-debt') || holds(pretexts, 'reason-loan'))) ||
      // Showing one's screen to a customer service, or over a loan, an account or a credit record: what a work
      // meeting never involves.
      (action.name === 'share-screen' && (everyday || anyOf(pretexts, SHARE_SCREEN_BITS))) ||
      (action.name === 'give-id-photos' && !holds(pretexts, 'in-app') && idPapers(found) >= 2) ||
      // A code, a card or a payment asked for at a link the message carries that is not official: the link is the
      // channel, no pretext needed ("log in here and enter your TAC: m2u-reg.my").
      (action.name === 'act-on-link' && options.unofficialLink === true && !holds(pretexts, 'in-app'));
    if (!action.alone && !licensed) continue;
    if (!anyOf(present, compiled.verbs)) continue;
    if (!anyOf(present, compiled.objects) && !(compiled.toDestination && holds(present, 'account'))) continue;
    if (action.officialLinksClear && options.officialLinksOnly) continue;
    if (action.codeHandedClears && options.codeHanded && !options.unofficialLink) continue;
    if (compiled.needs && !anyOf(pretexts, compiled.needs)) continue;
    const ownPlace =
      (action.name === 'pay-fee' || action.name === 'move-to-their-account') && officialPlaceOk && !claimedAny;
    for (const v of found) {
      if (v.off || v.warned || v.quoted || !anyOf(v.bits, compiled.verbs) || reportsDone(v, found, text, list))
        continue;
      // (Not the threat's condition, "今天不解除就扣年费": what happens if the reader does not.)
      if (action.name === 'undo-enrolment' && !v.latin && UNDONE_BEFORE.test(text[v.start - 1] ?? '')) continue;
      if (v.latin && TIME_CLAUSE_BEFORE.test(text.slice(Math.max(0, v.start - 20), v.start))) continue;
      const o = objectFor(v, compiled, found, text);
      // (A verb named as a subject names the act, whichever object is found beside it: "投屏和屏幕共享意味着…".)
      if (!o || actNamed(text, v)) continue;
      if (action.name === 'scan-qr' && EVERYDAY_SCAN_AFTER.test(text.slice(o.end, o.end + 6))) continue;
      if (action.name === 'pay-loan-fee' && chargedWithRepayments(sentenceOf(text, list, v.clause))) continue;
      // A fee, or a payment into the biller's account, in a sentence that names its official place to pay ("执行款请缴
      // 至法院执行款专户或通过移动微法院缴纳"): the biller's own channel — never money paid to the sender himself.
      const billersChannel = action.name === 'pay-fee' || (has(v, 'pay') && !has(o, 'to-me'));
      if (ownPlace && billersChannel && paysInOfficialPlace(text, list, v.clause, options.officialLinksOnly === true))
        continue;
      // A repayment told to be made only in the app, no fee named ("请仅在{brand}App内还款", "pay only through the
      // app"): the lawful collector's notice, whoever it says it acts for — the fake one sends the debt elsewhere.
      if (action.name === 'pay-fee' && !has(o, 'fee') && repaidOnlyInApp(sentenceOf(text, list, v.clause))) continue;
      pretextView ??= viewOf(pretexts);
      const topic = action.topic(pretextView);
      if (!topics.has(topic)) {
        topics.add(topic);
        out.push({
          topic,
          severity: action.severity,
          takes: action.takes === true,
          start: Math.min(v.start, o.start),
          end: Math.max(v.end, o.end),
        });
      } else if (action.takes) {
        // An object of two families ("bank details": identity and card details) read first by an action that does not
        // take: the taking action of the same topic still takes (a warning beside it does not set it down).
        for (const m of out) if (m.topic === topic && m.severity === action.severity) m.takes = true;
      }
      break;
    }
  }
  if (out.some((m) => m.severity === 'high')) return out;
  // No action read, but an object only scams ask for under a reason only scammers give: the request is there in words
  // no verb family holds ("追回款项需先缴纳保证金" worded otherwise) — and so is a fee charged to get lost money back.
  if ((anyOf(own, SCAM_OBJECT_BITS) && anyOf(own, SCAM_ONLY_ASKING_BITS)) || recoveryFee(own, found, text, list)) {
    const at = found.find((f) => !f.off && !f.warned && !f.quoted && anyOf(f.bits, SCAM_OBJECT_BITS)) ?? found[0]!;
    const topic = first(viewOf(own), RISKY_TOPIC, 'legit-contact');
    if (!topics.has(topic)) out.push({ topic, severity: 'high', takes: false, start: at.start, end: at.end });
    else for (const m of out) if (m.topic === topic) m.severity = 'high';
    return out;
  }
  // No dangerous action: a pretext with pressure behind it is risky — a reason beside a claimed role or a lever, or a
  // reason only scammers give beside urgency or another unusual reason; read outside warnings only (a broadcast
  // describes the pretext).
  const scamOnly = countOf(own, SCAM_ONLY_REASON_BITS);
  const unusual = countOf(own, UNUSUAL_REASON_BITS);
  const lever = out.length > 0 || anyOf(own, LEVER_BITS);
  // A meeting app is a pretext only with a lever (a genuine invitation carries none); a claimed role is one, and
  // with a lever it is risky on its own ("我是客服…不要告诉家人").
  // (A claimed collector who sends the repayment only to the app asks nothing outside the genuine channel.)
  const appOnly = !lever && claimedAny && repaidOnlyInApp(text);
  const risky =
    (anyOf(own, REASON_BITS) && (lever || (claimedAny && !appOnly))) ||
    ((holds(own, 'meeting') || holds(own, 'screen')) && (lever || (claimedAny && !introducedOnly))) ||
    (claimedAny && lever) ||
    (scamOnly > 0 && (holds(own, 'urgency') || unusual >= 2)) ||
    movedToChatHandle(own, found, text) ||
    officerInChat(own, found, text) ||
    isolatedByRole(own, found, text, list) ||
    promisedCallAfterProblem(own, text) ||
    renewalCancelledByCall(own, text, options.serviceLines === true) ||
    lossThreatened(own, text, options.otherLines === true) ||
    alertCalledBack(text, options.otherLines === true) ||
    taskInvite(own, text) ||
    resultPromisedOnRecord(own, text) ||
    feeBeforePayout(own, found, text) ||
    appFileSent(own, found, text) ||
    collectorEscalation(own, found, text) ||
    recoveryIntroduced(own, found, text) ||
    nextStepPromised(own, text, list, claimedAny) ||
    reportInGroup(own, found, text) ||
    withdrawalBought(own, text, list) ||
    newPayee(own, text, list) ||
    cardsAsPayment(own) ||
    paidClicks(own);
  // The phone held by the caller (session 34): the takeover under way, dangerous as the remote tool that does it is.
  if (deviceHeld(own, found, claimedAny, text)) {
    const at = found.find((f) => has(f, 'device-held') && !f.off && !f.warned && !f.quoted)!;
    if (!topics.has('screen-sharing'))
      out.push({ topic: 'screen-sharing', severity: 'high', takes: true, start: at.start, end: at.end });
    return out;
  }
  // A case dropped for money (session 41): read under a topic of its own — a collector's for a debt, else the account
  // the caller names — since the authorities' topic sets aside any sentence that says 撤销 (a regulator renamed); the
  // pretext read below keeps its own topic and severity beside it.
  if (caseDroppedForPay(own, text, options.otherLines === true)) {
    const topic: TopicId = holds(own, 'reason-debt') ? 'debt-collection-impersonation' : 'safe-account';
    const at = found.find((f) => !f.off && !f.warned && !f.quoted) ?? found[0]!;
    if (!topics.has(topic)) out.push({ topic, severity: 'medium', takes: false, start: at.start, end: at.end });
  }
  // A card's numbers sent to the sender (session 37): the payment itself, read as a fee paid up front whatever the pretext
  // (a meeting named beside it is the boss's excuse, no screen to share).
  if (!risky && cardCodesSent(own, found, text)) {
    const at = found.find((f) => has(f, 'gift-card') && said(f))!;
    if (!topics.has('upfront-fee'))
      out.push({ topic: 'upfront-fee', severity: 'medium', takes: false, start: at.start, end: at.end });
    return out;
  }
  if (risky) {
    const topic = first(viewOf(own), RISKY_TOPIC, 'legit-contact');
    const at = found.find((f) => !f.off && !f.warned && !f.quoted) ?? found[0]!;
    // Coercion: a threat behind the pretext (arrest, exposure to one's contacts, legal action) and a request verb in
    // the sender's own words — "pay or else" — is the request itself, whatever its object is called.
    const coerced =
      holds(own, 'threat') &&
      found.some(
        (v) =>
          !v.off && !v.warned && !v.quoted && anyOf(v.bits, REQUEST_VERB_BITS) && !reportsDone(v, found, text, list),
      );
    if (!topics.has(topic))
      out.push({
        topic,
        severity: coerced || handedToPolice(found, pretexts) ? 'high' : 'medium',
        takes: false,
        start: at.start,
        end: at.end,
      });
  }
  return out;
}

/** A crime alleged and the call put through to an "officer" in the sender's own words ("稍后为您转接司警", "press 1 and
 *  I will transfer you to the investigating officer"): the fake-police script's hand-off, where the money is asked for
 *  next (police warnings on 冒充公检法). No police force takes a case by a call a stranger forwards. */
function handedToPolice(found: readonly Found[], pretexts: Bits): boolean {
  if (!holds(pretexts, 'reason-crime')) return false;
  if (found.some((h) => has(h, 'to-police') && !h.off && !h.warned && !h.quoted)) return true;
  return found.some(
    (h) =>
      has(h, 'handoff') &&
      !h.off &&
      !h.warned &&
      !h.quoted &&
      found.some(
        (a) =>
          has(a, 'authority') &&
          a.clause === h.clause &&
          a.start >= h.end &&
          a.start - h.end <= (h.latin ? CONCEPT_REACH.claimEn : CONCEPT_REACH.claim),
      ),
  );
}

/** The police, a court or a regulator that moves the reader to a chat app ("an officer will contact you on WhatsApp",
 *  "请加入LINE官方账号补件"): no authority takes a statement or a report there (police and 165 warnings), so the
 *  move itself is the lever, with no reason given. The move, not a label: a post headed "Neighbourhood WhatsApp:"
 *  that mentions the DVSA moves no one (a word that ends in a colon names where the text was posted or a handle), nor
 *  does a community police group or channel ("欢迎进群", "join the residents' WhatsApp group", "follow us on WhatsApp
 *  Channels"): a broadcast to many, not a case taken one to one. */
const CHAT_MOVE_BITS = bitsOf(['lure', 'private-channel']);
const LABEL_END = /[:：]$/;
const GROUP_WORD = /群|group|channel|community/i;
function officerInChat(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'authority') || !anyOf(own, CHAT_MOVE_BITS)) return false;
  return found.some((f) => {
    if (f.off || f.warned || f.quoted || !anyOf(f.bits, CHAT_MOVE_BITS)) return false;
    const word = text.slice(f.start, f.end);
    return !LABEL_END.test(word) && !GROUP_WORD.test(text.slice(f.start, f.end + 12));
  });
}

/** A line said to have moved (reason-channel) to a chat account whose handle or number the message gives ("原热线已停用，
 *  请加入官方LINE @svc-8821", "our hotline is discontinued, contact us on WhatsApp +254 …"): the move to a private chat
 *  itself — services move hotlines to hotlines, not to a personal chat ID (a brand's channel or group, a label, is no
 *  such move). The handle: an @name, an ID holding a digit or an underscore (its pinyin may have been folded to
 *  characters: "kefu_2266" reads 客服_2266), or a phone number, just after the app. */
const CHAT_HANDLE =
  /^[^。！？!?;；\n]{0,12}?(@[\w.-]{3,}|[a-z\u4e00-\u9fff][\w.\u4e00-\u9fff-]*?[\d_][\w.-]*|\+?\d[\d ()-]{5,}\d)/;
function movedToChatHandle(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'reason-channel') || !holds(own, 'private-channel')) return false;
  return found.some((f) => {
    if (f.off || f.warned || f.quoted || !has(f, 'private-channel')) return false;
    return (
      !LABEL_END.test(text.slice(f.start, f.end)) &&
      !GROUP_WORD.test(text.slice(f.start, f.end + 12)) &&
      CHAT_HANDLE.test(text.slice(f.end))
    );
  });
}

/** A described actor who cuts the reader off from help (session 30): a role in the sender's own words (the police, an
 *  official, a bank's or a platform's staff) beside a ban aimed at the family, other calls, hanging up, the bank or
 *  the hotline ("这是保密案件，不要告诉家人", "do not hang up and do not call your branch"). Police and FTC warnings:
 *  no officer or clerk keeps a case from the family or the bank. A bare 保密 / "confidential" is everyday advice
 *  ("please keep your PIN confidential"): the ban must name whom or what it bars, or a case. And advice that sends the
 *  reader to the police or a known number bans calling too ("do not call them back; call 999 directly"): a message
 *  that sends the reader to call for help, unnegated, isolates no one. */
const ISOLATING_ROLE_BITS = bitsOf(['authority', 'staff']);
// (… and the genuine channel disowned, session 34: the branch or counter, "other channels", the reader kept to the
// sender alone — 只跟我对接, "deal only with me" —, the card's own number.)
const ISOLATION_TARGET =
  /家|亲|父母|子女|孩子|朋友|任何人|他人|别人|其他电话|别的电话|其他来电|陌生来电|别人的电话|挂|银行|热线|客服电话|报警|警方|案|网点|柜台|官方客服|渠道|只(能)?(跟|和|与|找|联系)我|\b(family|relatives?|children|parents|friends|anyone|anybody|hang up|other calls?|the line|bank|branch|hotline|helpline|police|case|investigation|number on your card)\b|\bonly (with|to) me\b|\bonly (talk|deal|speak) (to|with) me\b/i;
// (… or to the sender's own official channels, session 34: "拨打本行官方客服热线或前往网点", "call our hotline or visit any
// branch" — a notice that names them disowns nothing.)
const HELP_CALL =
  /(?:拨打|致电|打给?|联系)\s*(?:110|999|911|112|96110|官方|卡背面|银行官方|当地派出所|派出所)|(?:拨打|致电|联系|前往|通过)[^，。,；;]{0,4}(?:官方|网点|营业厅)|告诉家人|与家人商量|\b(?:call|ring|phone|contact)\s+(?:999|911|112|000|110|the police|your bank|your local police|the number (?:on|printed)|our (?:hotline|helpline))|\bvisit (?:any|your|a|our) branch\b|\btalk to (?:a |your )?(?:relative|family)/gi;
const HELP_NEGATED = /(?:不要|别|勿|不用|不必|无需|不能|don't|do not|never|not)\s*$/i;
function sendsForHelp(text: string): boolean {
  HELP_CALL.lastIndex = 0;
  for (let m = HELP_CALL.exec(text); m; m = HELP_CALL.exec(text))
    if (!HELP_NEGATED.test(text.slice(Math.max(0, m.index - 10), m.index))) return true;
  return false;
}
/** A sentence that tells of someone else's script ("scammers tell you not to tell your family", "自称警察要求你保密
 *  的都是诈骗", "警方提醒：…"): its ban is quoted advice, not the sender's. (A bare "Do not …" sentence is read as a
 *  warning too; a scam borrows that form for its own ban, so only a sentence that names the other party or advises is
 *  set aside here.) */
const TELLS_OF_SCRIPT =
  /骗子|诈骗|冒充|假冒|自称|不法分子|提醒|提示|谨防|警惕|\b(scam|scams|scammers?|criminals?|impostors?|imposters?|crooks?|claiming|claims to be|posing|pretend(ing|s)?|fake|warning|advice|tip|beware|never ask)\b/i;
function sentenceAround(text: string, list: readonly ConceptClause[], f: Found): string {
  const from = list[f.clause]!.sentenceStart ?? list[f.clause]!.start;
  const rest = text.slice(f.end);
  const stop = rest.search(/[。！？!?\n]|\.(\s|$)/);
  return text.slice(from, stop < 0 ? text.length : f.end + stop);
}
const SECRET_OBJECT_BITS = bitsOf(['secret', 'card-details']);
function isolatedByRole(own: Bits, found: readonly Found[], text: string, list: readonly ConceptClause[]): boolean {
  // (Not the ban's own word: "not the police" names the police it keeps away, no actor.)
  const role = found.some(
    (f) => anyOf(f.bits, ISOLATING_ROLE_BITS) && !has(f, 'secrecy') && !f.off && !f.warned && !f.quoted,
  );
  if (!role) return false;
  if (holds(own, 'in-app')) return false;
  const bars = found.some(
    (f) =>
      has(f, 'secrecy') &&
      !f.quoted &&
      ISOLATION_TARGET.test(text.slice(f.start, f.end + 14)) &&
      // (A secret kept from everyone, "do not tell anyone your PIN", is a bank's advice: the ban bars the code, not help.)
      !found.some((o) => o.clause === f.clause && anyOf(o.bits, SECRET_OBJECT_BITS)) &&
      (!f.warned || !TELLS_OF_SCRIPT.test(sentenceAround(text, list, f))),
  );
  return bars && !sendsForHelp(text);
}

/** A call announced after a problem (session 30): "your case has been escalated, an officer will call you", "您的账户
 *  涉嫌违规，稍后法务专员来电". The fake police's and fake fraud desk's first step (FTC and 反诈 warnings): a call
 *  announced under the police, a court or a reason only scammers give. A delivery driver's or a nurse's call is none. */
function promisedCallAfterProblem(own: Bits, text: string): boolean {
  if (
    holds(own, 'promised-call') &&
    (anyOf(own, UNUSUAL_REASON_BITS) || (holds(own, 'authority') && !READER_ASKED.test(text)))
  )
    return true;
  return promisedContactAfterProblem(own, text);
}
/** … and the contact announced by a staff role after a problem with the reader's account, card or identity (session
 *  35: "您的账户安全等级过低，客服将在10分钟内来电", "your card has been locked, our fraud team will contact you shortly"):
 *  the fake fraud desk's opener (FTC and bank warnings: the text, then the "fraud department"'s call). A bank's own
 *  alert sends the reader to its app or the number on the card instead, or names its official line for the call. */
const CONTACT_BITS = bitsOf(['promised-call', 'promised-contact']);
function promisedContactAfterProblem(own: Bits, text: string): boolean {
  if (!anyOf(own, CONTACT_BITS) || !holds(own, 'reason-account') || holds(own, 'in-app')) return false;
  if (!holds(own, 'staff') && !holds(own, 'authority')) return false;
  return !CONTACT_BY_OWN_CHANNEL.test(text) && !READER_ASKED.test(text) && !sendsForHelp(text);
}
/** The contact promised by a channel the reader can check: the official line or number named, by letter or e-mail, in
 *  the app ("我行将通过95588致电您", "will contact you by email") — an institution's own follow-up, no stranger's call. */
const CONTACT_BY_OWN_CHANNEL =
  /通过\s*(?:官方|本行|\d{3,5}\b|95\d{3}|400)|官方(?:号码|电话|热线|客服热线)|邮件|信函|站内信|\b(?:by|via) (?:e-?mail|letter|post|secure message)\b|\bfrom (?:our|the) (?:official|registered) (?:number|line)\b/i;
/** The reader's own report, application or booking answered ("您报案的电动车已找到，民警稍后会给您打电话", "your police
 *  report has been received, an officer will call you"): a call back on a case the reader opened, as police and
 *  courts make — not a problem announced to a stranger. */
const READER_ASKED =
  /您报案|你报案|您的报案|你的报案|您报的案|您的申请|你的申请|您的立案申请|您预约|你预约|您的预约|\byour (?:police )?(?:report|application|appointment|booking|request|complaint|enquiry|inquiry)\b|\byou (?:reported|applied|booked|requested)\b/;

/** A renewal the reader did not choose, undone by a call (session 35): a membership, plan or subscription said to have
 *  renewed or to charge every month ("会员已自动续费，如需退订请致电…", "your plan auto-renewed for $399, call … to
 *  cancel") with the way out through a number or a customer service to call — the fake renewal's opener (新华网 and
 *  江苏反诈 on 百万保障, FTC and scam guides on Norton / Geek Squad invoices): the call is where the screen share or
 *  the "refund" starts. A genuine renewal is undone in the app, the account or the settings, by a reply code, or at the
 *  official line; a warning that tells of it asks nothing. */
const CANCEL_BY_CALL =
  /(?:取消|退订|关闭|退款|解除|不想续费)[^。！？!?\n]{0,12}?(?:致电|拨打|联系客服|联系我们|客服专线)|(?:致电|拨打|联系客服)[^。！？!?\n]{0,24}?(?:取消|退订|关闭|退款)|\b(?:call|phone|ring|contact)\b[^.!?\n]{0,40}?\b(?:cancel|refund|opt out|dispute|stop)|\b(?:cancel|refund|opt out|dispute|stop)\b[^.!?\n]{0,30}?\b(?:call|phone|ring|contact)\b|\b(?:did not|didn't) (?:authori[sz]e|make|order|request)\b[^.!?\n]{0,30}?\b(?:call|phone|ring|contact)\b/i;
const CANCEL_IN_OWN_PLACE =
  /\bapps?\b|设置|账户设置|会员管理|回复\s*[a-z]{1,4}\b|官方|10086|10010|10000|95\d{3}|\b(?:settings|your account|account page|sign in|log in|reply stop|text stop)\b/i;
function renewalCancelledByCall(own: Bits, text: string, serviceLines: boolean): boolean {
  // (The number to call a carrier's or a bank's service line, 10086 or 95555: the official line, read from the items.)
  if (!holds(own, 'auto-renewal') || holds(own, 'in-app') || serviceLines) return false;
  return CANCEL_BY_CALL.test(text) && !CANCEL_IN_OWN_PLACE.test(text) && !sendsForHelp(text);
}
/** A loss threatened on a clock and put right through a stranger (session 40): the seat released, the parcel sent
 *  back, the account deleted, the number cut off or the place void ("2小时内致电…，逾期座位将被释放", "your parcel will
 *  be returned to sender unless the fee is paid today") with a deadline of hours or today, and the way out a number
 *  that is not official, a private chat, or money paid or sent — the fake airline desk's, courier's and carrier's
 *  pretext (BBB and the FTC on flight-cancellation texts; 上海辟谣 and postal regulators on 快递异常 scripts). A genuine
 *  notice of the same loss gives days, not hours, and sends the reader to its app, site or official line. */
const LOSS_DEADLINE =
  /\d+\s*(?:个)?(?:小时|分钟)|今晚|今天|今日|当天|当日|\b(?:in|within) (?:\d+|two|three|24|48) ?(?:hours?|hrs?|h|minutes?|mins?)\b|\b(?:today|tonight)\b/i;
// A number in the words (normalised to simplified) that the extractor did not take as a phone (an overseas mobile written
// locally) after a verb of calling or texting, or a chat handle ("LINE: …"): a contact all the same.
const LOSS_CALL_DIGITS =
  /(?:致电|拨打|联系|联络|来电|电话|\b(?:call|ring|text|phone|whatsapp)\b|\bon)\D{0,16}\d[\d -]{7,}\d|\b(?:line|wechat|telegram|qq)(?: id)?\s*[:：]\s*@?[a-z0-9][\w.-]{2,}/i;
// The genuine way out: the app, the site, the official line, the counter — or the pickup itself (a parcel station's
// code and its own phone: "今日未取将退回，取件码…").
const LOSS_OWN_PLACE =
  /\bapps?\b|官方|官网|营业厅|10086|10010|10000|95\d{3}|取件|驿站|\b(?:website|official|settings|sign in|log in|my account|your account online|collect it|pick it up|pickup code|collection point)\b/i;
const LOSS_PAY_BITS = bitsOf(['pay', 'transfer', 'fee', 'card-details']);
function lossThreatened(own: Bits, text: string, otherLines: boolean): boolean {
  if (!holds(own, 'loss-threat') || holds(own, 'in-app')) return false;
  if (!holds(own, 'urgency') && !LOSS_DEADLINE.test(text)) return false;
  const stranger = otherLines || holds(own, 'private-channel') || LOSS_CALL_DIGITS.test(text);
  if (!stranger && !anyOf(own, LOSS_PAY_BITS)) return false;
  return !LOSS_OWN_PLACE.test(text) && !sendsForHelp(text);
}
/** A payment alert whose "not you?" clause sends the reader to a stranger's number (session 40): "did you authorise a
 *  payment of 649 to …? If not, call our fraud team on 0330 …", a card-spend text whose "not you?" clause gives a
 *  0755 landline — the fake fraud alert whose number answers as the bank's fraud team, where the "safe account" or the
 *  code is asked next (Northern Trust and UK Finance on fraud-department impersonation; 伪基站 bank texts). A genuine alert
 *  asks for a reply (YES / NO), or sends the reader to the number on the card, the app or the bank's 95 line: the
 *  number here is none of those (check.ts otherLinesIn, or digits the extractor left in the words). */
const ALERT =
  /\bdid you (?:authori[sz]e|make|attempt|approve|request|send)\b|\bwas this you\b|\b(?:payment|transfer|purchase|transaction|withdrawal|charge) of\b[^.!?]{0,24}\d|\bnew payee\b|\bneeds your approval\b|(?:消费|转出|转账|支付|扣款|取现|登录)[^。！？]{0,30}(?:如非本人|非本人操作|如不是本人)/i;
const NOT_YOU_CALL =
  /\bif (?:not|no|this (?:was|wasn't|was not|is not|isn't) (?:you|yours)|you did(?:n't| not)[^.!?]{0,20}|it (?:wasn't|was not) you)\b[^.!?]{0,12}\b(?:call|ring|phone|dial|contact)\b|(?:如非本人|非本人操作|如不是本人)[^。！？]{0,12}(?:致电|拨打|联系|来电)/i;
// (Nor a person's own line: "did you authorise the £60 to the plumber? If not, call me" is family business.)
const ALERT_OWN_LINE =
  /\bback of (?:your|the) card\b|\bon your card\b|\bofficial\b|\bin (?:the|our) app\b|\b(?:call|ring|phone|text) me\b|官方|卡背面|95\d{3}|打给我|联系我|给我打电话/i;
function alertCalledBack(text: string, otherLines: boolean): boolean {
  if (!NOT_YOU_CALL.test(text) || !ALERT.test(text)) return false;
  if (!otherLines && !LOSS_CALL_DIGITS.test(text)) return false;
  return !ALERT_OWN_LINE.test(text) && !sendsForHelp(text);
}
/** A legal case said to be dropped once the reader pays (session 41): "案件编号…，今日内转账至 6222 …可撤案", "还款至
 *  <card> 可申请撤诉", "pay the bond today by calling … to quash the warrant", "transfer the settlement today and we will
 *  withdraw the claim" — the fake court's, police's or collector's "case number" sold off (法院 and 公安 warnings on
 *  冒充法院短信; US state courts and the FTC on warrant and court-fine texts). No court or police force drops a case for
 *  money sent to a card, a stranger's line or by a deadline of today: a genuine notice sends the reader to the court's
 *  site, app or official line, and a case already withdrawn is told, not sold. */
const CASE_DROPPED =
  /撤案|撤诉|销案|消案|撤销(?:案件|立案|诉讼|执行|起诉|案底|通缉)|停止执行|中止执行|免于(?:起诉|追究|立案)|撤銷(?:案件|立案|訴訟|執行|起訴)|撤訴|銷案|\b(?:drop|close|withdraw|dismiss|stop|cancel|quash|lift|clear|recall|void)(?:s|ed|ing)? (?:the|your|this|that|any) (?:case|claim|lawsuit|suit|warrant|proceedings|prosecution|charges?|summons)\b|\b(?:case|claim|lawsuit|warrant|proceedings|charges?) (?:will|can|would) be (?:dropped|closed|withdrawn|dismissed|quashed|lifted|cancell?ed|cleared|stopped)\b|\bhave (?:it|the (?:case|warrant|claim|charges?)) (?:dropped|withdrawn|quashed|lifted|cancell?ed|cleared|dismissed)\b|\bavoid (?:prosecution|arrest|being arrested)\b/i;
// The same words told of a case already withdrawn ("原告已撤诉", "the plaintiff withdrew the case"): a report.
// So is a debt already paid back before the sender withdraws their own claim ("对方已经把欠款还到我卡上了，我今天就去
// 撤诉", "the tenant paid the arrears in full, so I told the solicitor to withdraw the claim").
const CASE_DROP_TOLD =
  /已(?:经)?(?:申请)?(?:撤案|撤诉|销案)|(?:撤案|撤诉|销案)了|\b(?:was|were|has been|have been|had been|is|got) (?:dropped|withdrawn|dismissed|closed|quashed)\b|\bwithdrew\b|已(?:经)?[^。！？，]{0,12}(?:还|转|付|汇|打|缴)[^。！？]{0,32}了|\b(?:has|have|had|already) (?:been )?paid\b|\bpaid (?:the|it|in full|up|everything)\b[^.!?]{0,30}\bso\b/i;
// A card's number written out (16–19 digits, grouped or not): the payee a fake court or collector gives.
const CARD_RUN = /(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?:[ -]?\d{1,3})?(?!\d)/;
const CASE_PAY_BITS = bitsOf(['pay', 'transfer']);
function caseDroppedForPay(own: Bits, text: string, otherLines: boolean): boolean {
  if (!anyOf(own, CASE_PAY_BITS) || holds(own, 'in-app')) return false;
  if (!CASE_DROPPED.test(text) || CASE_DROP_TOLD.test(text)) return false;
  const way =
    CARD_RUN.test(text) ||
    otherLines ||
    holds(own, 'private-channel') ||
    holds(own, 'gift-card') ||
    LOSS_CALL_DIGITS.test(text) ||
    LOSS_DEADLINE.test(text);
  return way && !LOSS_OWN_PLACE.test(text) && !sendsForHelp(text);
}
/** Paid work by the day or the piece offered with the sender's own private contact (session 35): "在家用手机点赞，日赚
 *  三五百，有意向加我", "earn $300 a day doing tasks from your phone, join our WhatsApp group" — the task scam's
 *  opener, before any fee (FTC 2025 on task scams; 广州 and 深圳 police on 刷单 and 点赞员 ads). The contact is the
 *  sender's own ("加我", "DM me", "join our group"), not a site or an interview; a warning that tells of it asks
 *  nothing (its words are warned). */
const SENDER_INVITE =
  /加我|私信我|私聊我|私讯我|联系我|找我|\b(?:dm|message|text|contact|add|whatsapp|inbox) (?:me|us)\b|\bjoin (?:our|my|the) (?:(?:whatsapp|telegram|wechat|line|signal) )?(?:group|channel|chat)\b|\bjoin (?:our|my) (?:whatsapp|telegram)\b/i;
function taskInvite(own: Bits, text: string): boolean {
  if (!holds(own, 'reason-task') || !holds(own, 'pay-rate') || holds(own, 'in-app')) return false;
  return SENDER_INVITE.test(text) && !sendsForHelp(text);
}
/** A change to the reader's credit record sold with its result promised in advance (session 35): "征信花了？专业团队帮你
 *  优化，不成功不收费", "remove late payments, guaranteed results" — the credit-repair agent's opener, before the fee
 *  (人民银行 and police on 征信修复; the FTC on credit-repair companies). A true record cannot be bought off, so no genuine
 *  lender or bureau promises a result on one; the promise sent into the app or to the official line is not read. */
const RECORD_BITS = bitsOf(['reason-record', 'reason-credit']);
// (A lender's approval rate for good records, "征信良好，审批成功率更高", promises nothing about changing one.)
const APPROVAL_RATE = /(审批|审核|申请|贷款|批贷|下款|放款|通过)的?成功率|\bapproval (?:success )?rate\b/i;
function resultPromisedOnRecord(own: Bits, text: string): boolean {
  if (!holds(own, 'result-promise') || !anyOf(own, RECORD_BITS) || holds(own, 'in-app')) return false;
  return !APPROVAL_RATE.test(text) && !sendsForHelp(text);
}
/** A fee said to fall due before a loan is paid out, with no verb that asks for it (session 36): "an insurance charge
 *  applies before disbursement", "a deposit of 10% applies before payout", "放款前有一笔验证费" — the advance-fee
 *  lender's terms, the ask itself coming next by mail or chat (FTC and Utah DCP on advance-fee loans, 人民银行 and police:
 *  正规机构放款前不收取任何费用). A genuine lender deducts its fee at the payout or adds it to the repayments: it names no
 *  fee before it. The fee and the moment are read in one clause, neither negated nor warned ("我们在放款前不收取任何费用"). */
const FEE_BITS = bitsOf(['fee', 'loan-fee']);
/** A word the sender says in his own voice: not negated, not in a warning, not quoted (session 36's readers). */
function said(f: Found): boolean {
  return !f.off && !f.warned && !f.quoted;
}
function feeBeforePayout(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'before-payout') || !anyOf(own, FEE_BITS) || holds(own, 'in-app')) return false;
  const at = found.filter((f) => has(f, 'before-payout') && said(f));
  return (
    at.some((p) => found.some((f) => f.clause === p.clause && anyOf(f.bits, FEE_BITS) && said(f))) &&
    !sendsForHelp(text)
  );
}
/** The app's file sent by the sender himself, the store disowned or a package named (session 36): "the new app is
 *  not in the app store yet, I can send you the file", "I'll send you the installation file", "安装包私发你" — the fake loan or bank
 *  app's hand-over before any install is asked (Singapore, Gujarat and Sri Lanka police on APKs sent in chats; 公安部
 *  on fake 微粒贷 apps: every victim's app came from a link or a file, none from the store). A genuine service sends the
 *  reader to the store; a warning that tells of the file has its words warned. A team's test build is no such hand-over. */
const TEST_BUILD = /测试包|测试版|内测包|测试机|\b(?:test build|qa|debug build|staging build|beta testers)\b/i;
// (The file handed over instead of the store, or under a role or a reason: a friend's "我发你apk，帮我看看界面" names neither.)
const STORE_NAMED = /\b(?:app ?store|play ?store|google play)\b|商店|应用市场|上架/i;
const FILE_PRETEXT_BITS = bitsOf([...REASONS, 'staff', 'authority', 'claim']);
function appFileSent(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'sideload') || !holds(own, 'from-me')) return false;
  if (!found.some((f) => has(f, 'sideload') && said(f)) || !found.some((f) => has(f, 'from-me') && said(f)))
    return false;
  const storeDisowned = found.some(
    (f) => has(f, 'sideload') && said(f) && /store|商店|市场|上架/i.test(text.slice(f.start, f.end)),
  );
  if (!storeDisowned && !STORE_NAMED.test(text) && !anyOf(own, FILE_PRETEXT_BITS)) return false;
  return !TEST_BUILD.test(text) && !sendsForHelp(text);
}
/** A collector's next step threatened unless the reader calls back the same day (session 36): "your account goes to
 *  our field team for a home visit unless you call today", "legal proceedings start tomorrow unless you call us back",
 *  "scheduled for court, contact us before 4pm" — the phantom collector's opener (FTC, CFPB and state regulators: a
 *  real collector sends a written notice and gives time to dispute; threats of court, a visit or the employer told,
 *  with a deadline of hours, are the scam's pressure). Beside a debt (reason-debt or a collections word) and a call or
 *  reply asked today, now, within hours or by a clock time; a genuine reminder gives days and its statement's number. */
const COLLECTIONS = /\bcollections?\b|\bdebt\b|\barrears\b|\brecovery (?:unit|team|department)\b/i;
const CALL_BACK = /\b(?:call|ring|phone|contact|reply|respond)\b/i;
const SAME_DAY =
  /\b(?:today|tonight|tomorrow|now|right away|immediately)\b|\bwithin \d+ ?(?:hours?|hrs?|minutes?|mins?)\b|\b(?:before|by) \d{1,2}(?::\d\d)? ?(?:am|pm)\b/i;
// (The step threatened, not told of: "unless you call", "or we will", "to avoid court", "will be issued", a
// "settlement" offered to stop it — a debt adviser's "if you have had a court summons, bring it" threatens nothing.)
const THREATENED =
  /\bunless\b|\bor (?:we|our|you|your|a|the)\b|\bto (?:avoid|stop|prevent|settle|cancel)\b|\bfailure to\b|\bif you (?:do not|don't|fail to)\b|\botherwise\b|\bwill be (?:issued|filed|served|started)\b|\bwill (?:start|begin|commence)\b|\bsettlement\b/i;
function collectorEscalation(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'escalation') || holds(own, 'in-app')) return false;
  if (!found.some((f) => has(f, 'escalation') && said(f))) return false;
  if (!holds(own, 'reason-debt') && !COLLECTIONS.test(text)) return false;
  return CALL_BACK.test(text) && SAME_DAY.test(text) && THREATENED.test(text) && !sendsForHelp(text);
}
/** A recovery introduced on the strength of someone's money got back (session 36): "我也被骗过，通过一位老师全部追回
 *  来了，我把他介绍给你", "群里三十多人成功追回，想进群请私信群主", "a recovery agent got my money back, I can introduce you" — the
 *  recovery scam's opener, the fee coming after (沈阳 police via 工人日报: 网上所有说可以追回的都是骗子; the FTC on refund and
 *  recovery scams). The story of a recovery and the hand-over to a person or a group, beside a live recovery word; a
 *  relative's "钱已经追回来了" introduces no one, a warning that tells of such groups has its words warned. */
const RECOVERED_STORY =
  /追回来了|追回来的|成功追回|全部追回|要回来了|拿回来了|\bgot (?:my|our|her|his|their|all (?:my|our|their)) (?:money|funds|savings|crypto) back\b|\brecovered (?:my|our|her|his|their|all)\b|\bhave (?:already )?recovered\b/i;
const RECOVERY_INTRO =
  /介绍给(?:你|您)|推荐给(?:你|您)|帮(?:你|您)引荐|引荐|私信群主|私讯群主|私信管理员|私讯管理员|联系管理员|联系群主|进群|加入.{0,6}群|加我|私聊我|私信我|\b(?:put you in touch|introduce you|dm (?:the|our) admin|message (?:me|the admin|our admin)|text me|dm me)\b|\bjoin our (?:whatsapp|telegram|wechat|line|signal|chat|group)\b/i;
function recoveryIntroduced(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'reason-recovery') || holds(own, 'in-app')) return false;
  if (!found.some((f) => has(f, 'reason-recovery') && said(f))) return false;
  return RECOVERED_STORY.test(text) && RECOVERY_INTRO.test(text) && !sendsForHelp(text);
}
/** The reader's phone held by the caller while it happens (session 34): the screen said to go dark, the phone not to
 *  be touched, a phone readied or the screen kept in the caller's view ("手机会黑屏，别动手机", "keep your screen
 *  visible to me") — police write-ups on screen-share and remote-control thefts: the screen goes dark while the money
 *  leaves. Beside the caller: a claimed or described role, the line kept open, secrecy, a meeting, a remote tool — or a
 *  second sign of control beside "the call" or "the other party" named. A phone update's "屏幕可能黑屏，请勿操作手机" names no
 *  caller. */
const HOLDER_BITS = bitsOf(['staff', 'authority', 'on-call', 'secrecy', 'meeting', 'remote', 'screen']);
const CALLER_NAMED = /对方|来电的人|打电话的人|\bthe caller\b/;
function deviceHeld(own: Bits, found: readonly Found[], claimed: boolean, text: string): boolean {
  if (!holds(own, 'device-held')) return false;
  // (Advice that sends the reader to the bank or the police when the screen goes dark holds none.)
  if (sendsForHelp(text)) return false;
  if (claimed || anyOf(own, HOLDER_BITS)) return true;
  // Two signs apart beside the call or the other party named (not one phrase read twice: "keep your phone screen visible to
  // me" is one; nor an update's "the screen may go black, do not touch your phone", which names no caller).
  if (!CALLER_NAMED.test(text)) return false;
  let signs = 0;
  let end = -1;
  for (const f of found)
    if (has(f, 'device-held') && !f.off && !f.warned && !f.quoted && f.start >= end) {
      signs++;
      end = f.end;
    }
  return signs >= 2;
}

/** A gift, shopping or top-up card as the payment (session 30): beside the police, a fee, a debt, a threat or a reason
 *  only scammers give ("罚款需用购物卡缴纳", "pay the bail with Steam cards"). No agency, court or lender takes a fine
 *  or a fee in cards (FTC: "anybody who demands payment by gift card is always a scammer"); a shop selling its own
 *  card names none of these. */
const CARD_PRETEXT_BITS = bitsOf(['authority', 'fee', 'loan-fee', 'reason-debt', 'threat']);
function cardsAsPayment(own: Bits): boolean {
  // (Not a prize: "gift cards are for gifts" names a gift, and a prize's fee is a fee.)
  return holds(own, 'gift-card') && (anyOf(own, CARD_PRETEXT_BITS) || anyOf(own, SCAM_ONLY_REASON_BITS));
}

/** The next step's vehicle promised to come from the sender (session 37): a link, a meeting's number, an app's download
 *  or instructions the sender will send ("我们将发送确认链接给您", "专员稍后会把下载地址发给您", "I'll send you a meeting
 *  link shortly", "expect a text with instructions from our team") under a problem, a loan, a refund, a payment to
 *  receive, a banking login or a meeting with a role — the opener whose link or app comes next (police and bank
 *  warnings: the link, the meeting number and the "exclusive app" arrive after the call or the text that announces
 *  them). A genuine follow-up answers the reader's own application or booking, comes by the official app or store, or is
 *  posted to a group; a warning that tells of it has its clause warned. */
const NEXT_STEP_PROMISED =
  /(?:将|会|稍后|随后|马上|一会儿?|等会儿?|待会儿?|尽快)[^，。！？,!?]{0,8}(?:发送|发给|发到|发)[^，。！？,!?]{0,10}(?:链接|网址|下载地址|下载链接|下载方式|安装包|操作指引|操作说明|会议号|会议链接)|(?:将|会|稍后|随后|马上|一会儿?|等会儿?|待会儿?|尽快)[^，。！？,!?]{0,6}把[^，。！？,!?]{0,8}(?:链接|网址|下载地址|下载链接|下载方式|安装包|操作指引|操作说明|会议号|会议链接)[^，。！？,!?]{0,4}(?:发送|发给|发到|发)|(?:链接|下载地址|下载方式|会议号|操作指引)[^，。！？,!?]{0,6}(?:稍后|随后|将|会)[^，。！？,!?]{0,4}(?:发送|发给|发到)|\b(?:i'll|i will|we'll|we will|our [a-z]+ (?:team|desk|agent|officer) will|will)\s+(?:send|text|email|e-mail|forward|share|message)\s+(?:you\s+)?(?:(?:a|an|the|our)\s+)?(?:[a-z-]+\s+){0,2}(?:link|meeting id|meeting link|download|instructions|app)\b|\binstructions (?:we will|we'll|will be) (?:send|sent|emailed|texted)|\bexpect (?:a|an) (?:text|email|e-mail|sms|message|link)\b[^.!?\n]{0,30}\b(?:link|instructions)\b|\b(?:link|instructions) (?:will be|is being) (?:sent|texted|emailed)\b/i;
// (A follow-up in the official app, the store or a posted group: a notice's own channel, no stranger's link.)
const NEXT_STEP_OWN_PLACE =
  /官方app|app内|手机银行|应用商店|应用市场|官网|群里|群内|\b(?:app store|play store|google play|in the app|our app|official app|the group|group chat)\b/i;
const NEXT_STEP_READER_ASKED =
  /您申请的|你申请的|您提交的|你提交的|您预约的|\brequest(?:ed)?\b|\bthanks? (?:you )?for (?:your|booking|ordering|applying)\b|\byour order\b/i;
// (… or the reader's account or banking said to move to a new system: a change the reader did not ask for.)
const ACCOUNT_MOVED =
  /账户迁移|系统迁移|迁移至新|\b(?:migrat\w*|moving|moved|upgrad\w*|transferr\w*|switch\w*)\b[^.!?\n]{0,50}\bnew (?:online banking |security |banking |verification )?(?:system|platform|settings|security)\b/i;
const NEXT_STEP_NEGATED = /[不没未勿别]|\b(?:not|never)\b/i;
const NEXT_STEP_PRETEXT_BITS = bitsOf([...REASONS, 'bank-login', 'authority']);
function nextStepPromised(own: Bits, text: string, list: readonly ConceptClause[], claimedAny: boolean): boolean {
  if (holds(own, 'in-app')) return false;
  const m = NEXT_STEP_PROMISED.exec(text);
  if (!m) return false;
  const clause = list.find((c) => c.start <= m.index && m.index < c.end);
  // (Negated, "社保中心不会发送链接", "we will not send you a link": a warning's reassurance, nothing promised.)
  if (
    clause?.warns ||
    NEXT_STEP_NEGATED.test(m[0]) ||
    /[不没未勿别]$/.test(text.slice(Math.max(0, m.index - 1), m.index))
  )
    return false;
  const pretext =
    anyOf(own, NEXT_STEP_PRETEXT_BITS) ||
    (holds(own, 'meeting') && (claimedAny || holds(own, 'staff'))) ||
    (holds(own, 'redeem') && holds(own, 'money')) ||
    ACCOUNT_MOVED.test(text);
  if (!pretext) return false;
  return (
    !NEXT_STEP_OWN_PLACE.test(text) &&
    !NEXT_STEP_READER_ASKED.test(text) &&
    !READER_ASKED.test(text) &&
    !CONTACT_BY_OWN_CHANNEL.test(text) &&
    !sendsForHelp(text)
  );
}

/** A crime report or a case taken in a chat group the reader is told to join (session 37): "报案请加…QQ群，民警在线受理",
 *  "join our Telegram group, an officer will take your statement there" — the fake police's or fake recovery desk's
 *  opener (police warnings: 公安机关不会通过QQ群、微信群受理报案; a report is made at 110, a station or the official
 *  online service). officerInChat leaves groups to community broadcasts; here the group takes a case, which no
 *  community group does. Not when the message refuses it ("本群不受理报案") or sends the reader to 110 or a station. */
const GROUP_JOINED =
  /(?:加|进|加入|扫码进)[^，。！？,!?]{0,16}群|\bjoin (?:our|the|my|this)\b[^.!?\n]{0,30}\b(?:group|channel)\b|\b(?:be added|add you) to\b[^.!?\n]{0,30}\b(?:group|channel)\b/i;
const CASE_TAKEN =
  /受理|报案|立案|登记|补充材料|\b(?:take|takes|taking) (?:your |a |the |each )?(?:statement|report|case)s?\b|\bfile (?:your |a )?(?:fraud )?report\b|\bregister (?:your |their )?(?:case|loss|losses|claim)\b|\bprocess(?:es)? (?:each |your )?case\b|\bopen (?:your |a )?case\b|\brecovery claims?\b|\bto report (?:a |the )?(?:scam|fraud|crime)/i;
const CASE_REFUSED =
  /不受理|不设|不在群|不会在群|不通过群|\bnever take\b|\bdo(?:es)? not take\b|\bno (?:reports?|cases?)\b/i;
function reportInGroup(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'authority') || holds(own, 'in-app')) return false;
  if (!found.some((f) => has(f, 'authority') && said(f))) return false;
  return GROUP_JOINED.test(text) && CASE_TAKEN.test(text) && !CASE_REFUSED.test(text) && !sendsForHelp(text);
}

/** A withdrawal unlocked by a payment (session 37): "upgrade to Gold for $300 to unlock your withdrawals", "deposit 0.2
 *  ETH to activate withdrawals", "a tax deposit must be paid in order to release the funds", "补交30%的税费后即可出款" —
 *  the task and investment scams' last step (FTC on task scams: "you'll never get the money back"; 公安 warnings: 先充值
 *  才能提现的都是诈骗). A genuine wallet or bank takes its fee out of the withdrawal; it never asks a deposit, an upgrade or
 *  a tax paid first to open it. Read in a clause no warning reaches; a premium plan's "unlock ad-free listening" names
 *  no withdrawal. */
const WITHDRAWAL_BOUGHT =
  /(?:充值|缴纳|交纳|补交|先交|升级)[^，。！？,!?]{0,16}(?:才能|方可|即可|后即可|后方可|后才能)[^，。！？,!?]{0,6}(?:提现|出款|解冻)|\b(?:pay|paid|deposit|top up|topping up|recharge|upgrade|level up|send)\b[^.!?\n]{0,50}\b(?:to|and|in order to|before you can) (?:unlock|activate|release|enable|open)\b[^.!?\n]{0,12}\b(?:withdrawals?|payouts?|earnings|profits?|commissions?|the funds|your funds)\b|\b(?:pay|deposit|top up|recharge|send)\b[^.!?\n]{0,40}\b(?:and then|then|before|so) you (?:can|will be able to) withdraw\b|\b(?:unlock|activate|enable) (?:your |daily |the )?withdrawals?\b[^.!?\n]{0,30}\b(?:top up|deposit|pay|recharge)\b|\bwithdrawals? (?:is|are) (?:locked|blocked|frozen|on hold)\b[^.!?\n]{0,4}[.!:]?\s*\b(?:deposit|pay|top up|recharge|send)\b/i;
function withdrawalBought(own: Bits, text: string, list: readonly ConceptClause[]): boolean {
  // (An amount asked: money read, or any figure — a dalasi's "D9,000" or a rand's "R2,500" is no money word.)
  if (holds(own, 'in-app') || (!holds(own, 'money') && !/\d/.test(text))) return false;
  const m = WITHDRAWAL_BOUGHT.exec(text);
  if (!m) return false;
  const clause = list.find((c) => c.start <= m.index && m.index < c.end);
  return !clause?.warns && !sendsForHelp(text);
}

/** The sender's own account to pay into said to have changed, the money sent to the new one (session 38): "收款账户已
 *  变更，请转入新账户", "本期还款请转入我司新收款账户", "our bank details have changed, pay to our new account" — the
 *  payment-redirection form (UK Finance and Action Fraud on mandate and invoice fraud; 公安 warnings on 冒充客服 /
 *  老师 / 房东 "收款账户变更"). A lender takes repayment in its app; a company whose account changes says so by its
 *  own channel and never by a message asking a transfer. The reader's own card changed ("您的还款银行卡已变更为尾号…")
 *  names no account of the sender's; a warning's clause, or a message that sends the reader to check first, asks
 *  nothing. */
const PAYEE_CHANGED =
  /(?:收款|对公|公司|我司|本司|学校|单位|房东)[^，。！？,!?]{0,6}(?:账户|账号|帐户|帐号|银行卡|卡号)[^，。！？,!?]{0,4}(?:变更|更换|换了|更新|调整|停用)|(?:转入|汇入|打入|转到|转至|汇至|还款至|还到|付至)[^，。！？,!?]{0,6}新的?(?:收款|对公)?(?:账户|账号|帐户|帐号|卡)|新的?(?:收款|对公)(?:账户|账号|帐户)[^，。！？,!?]{0,6}(?:转账|还款|汇款|付款)|\b(?:our|the company's|the school's|the landlord's) (?:bank|banking|payment|receiving) (?:account |details )?(?:details )?(?:have|has) (?:changed|been (?:updated|changed))\b|\bour old account (?:is|has been) closed\b|\bto (?:our|the) new (?:client |bank |receiving |company )?account\b|\bnew account (?:details )?(?:below|we sent|attached)\b/i;
const PAID_TO =
  /转|汇|打入|还款|付款|缴|\b(?:pay|paid|payment|transfer|send|remit|repayment|instalment|invoice|funds)\b/i;
function newPayee(own: Bits, text: string, list: readonly ConceptClause[]): boolean {
  if (holds(own, 'in-app')) return false;
  const m = PAYEE_CHANGED.exec(text);
  if (!m || !PAID_TO.test(text)) return false;
  const clause = list.find((c) => c.start <= m.index && m.index < c.end);
  return !clause?.warns && !sendsForHelp(text);
}

/** A gift or top-up card's numbers, PIN or photographed back sent to the sender (session 37): "text me the codes on
 *  the back", "email us a photo of the back of each card", "刮开涂层后把卡密发过来" — the card scam's payment itself,
 *  whatever pretext came before (FTC and credit unions' warnings: scammers only need the number and PIN, or a picture
 *  of the back). A card word said in the sender's own voice, the card's numbers or back named and a send aimed at the
 *  sender; a shop's "enter the code in the store to redeem" sends nothing, a friend's "卡密已经发你了" sends it to the
 *  reader, a warning's card word is warned. */
const CARD_NUMBERS =
  /卡密|卡号|密码|背面|涂层|拍照|截图|\b(?:codes?|pins?|(?:card )?numbers?|backs? of (?:the|each|every|all|both)|(?:photos?|pictures?|images?|snaps?|screenshots?) of)\b/i;
const SENT_TO_SENDER =
  /发给我|发我|发过来|发到这个|发给客服|发给专员|\b(?:e-?mail|text|whatsapp|send|message|read|tell|forward|give) (?:me|us)\b|\b(?:send|text|e-?mail|forward|whatsapp)\b[^.!?\n]{0,60}\bto (?:me|us|this number|the number below|our agent|the agent)\b|\b(?:send|text|e-?mail)\b (?:a |the |all |both )?(?:photos?|pictures?|snaps?|images?|screenshots?|codes|pins?|card numbers?|(?:code|numbers) on the back)\b(?![^.!?\n]{0,40}\bto (?:your|a|the recipient|them|him|her)\b)/i;
// (The card itself sent first, 请先发送…充值卡: its numbers go with it; an issuer's "将先发送电子礼品卡到您邮箱" sends it to the
// reader.)
const CARD_SENT_FIRST = /(?:请|需|要|须|得)先(?:发送|发)[^，。！？,!?]{0,12}(?:充值卡|购物卡|礼品卡|点卡|话费卡|e卡)/;
function cardCodesSent(own: Bits, found: readonly Found[], text: string): boolean {
  if (!holds(own, 'gift-card') || holds(own, 'in-app')) return false;
  if (!found.some((f) => has(f, 'gift-card') && said(f))) return false;
  return ((CARD_NUMBERS.test(text) && SENT_TO_SENDER.test(text)) || CARD_SENT_FIRST.test(text)) && !sendsForHelp(text);
}

/** Pay offered per like, follow or review (session 30): the task scam's opener ("点赞员，每个赞0.5元", "$1 per follow").
 *  With money or a task word beside it: a thank-you for a like names no pay. */
function paidClicks(own: Bits): boolean {
  return holds(own, 'paid-click') && (holds(own, 'money') || holds(own, 'reason-task'));
}

/** The verbs of a request kind, and the objects that cost the reader money or a credential when handed over (a move
 *  to a private chat, a meeting, a bill or a SIM card named is no such object: an opener, a genuine notice). */
const REQUEST_VERB_LIST: readonly Family[] = [
  'tell',
  'enter',
  'transfer',
  'pay',
  'borrow',
  'install',
  'open',
  'redeem',
  'scan',
  'turn-on',
  'lend',
];
const REQUEST_VERBS: ReadonlySet<string> = new Set(REQUEST_VERB_LIST);
const REQUEST_VERB_BITS = bitsOf(REQUEST_VERB_LIST);
const REQUEST_OBJECTS: ReadonlySet<string> = new Set<Family>([
  'to-me',
  'secret',
  'card-details',
  'identity',
  'money',
  'fee',
  'loan-fee',
  'destination',
  'their-account',
  'other-lender',
  'remote',
  'screen',
  'sideload',
  'app',
  'link',
  'qr',
  'forwarding',
]);

/**
 * Do the families found in the sender's own words (not negated, warned or quoted: findConcepts' `families`) name a
 * request kind and what it costs — a verb family and an object family, whether or not an action pairs them? Typed
 * evidence of a request the grammar did not read (its verb out of reach, its pretext taken for everyday business):
 * beside a sure wording score it makes a message dangerous (wording-model.ts wordingOutcome).
 */
export function namesRequest(families: ReadonlySet<string> | undefined): boolean {
  if (!families) return false;
  let verb = false;
  let object = false;
  for (const f of families) {
    verb ||= REQUEST_VERBS.has(f);
    object ||= REQUEST_OBJECTS.has(f);
  }
  return verb && object;
}

/** A scam's pretext: any reason a scammer gives (an account in trouble, a crime, a refund …), a lever, an authority,
 *  urgency. */
const SCAM_PRETEXTS: ReadonlySet<string> = new Set<Family>([...REASONS, ...LEVERS, 'authority', 'urgency']);

/**
 * Do the families found in the sender's own words give a scam's pretext for a contact they give (an account in
 * trouble, a crime, a refund, a threat, an authority, a deadline; a relative claimed, "Hi Mum, it's me"; a service
 * desk that asks to be called, "Support: … call us")? A hotel's, an airline's or a relative's message that gives its
 * number abroad gives none (check.ts overseasAlone).
 */
export function givesPretext(families: ReadonlySet<string> | undefined): boolean {
  if (!families) return false;
  for (const f of families) if (SCAM_PRETEXTS.has(f)) return true;
  return (families.has('family') && families.has('claim')) || (families.has('staff') && families.has('call'));
}

/** Levers that withhold the voucher (asksAction). */
const VOUCHER_LEVER_BITS = bitsOf([...LEVERS, 'loan-fee']);
/** … but not the lever words a lawful notice uses too: legal action ("依法追究"), a booked visit ("上门安装"), the
 *  sender's own call announced ("工作人员将通过400…与您联系，请保持电话畅通"). */
const LAWFUL_LEVER_WORD = /追究|上门|畅通|联系/;
const pullsLever = (f: Found, text: string): boolean =>
  anyOf(f.bits, VOUCHER_LEVER_BITS) && !LAWFUL_LEVER_WORD.test(text.slice(f.start, f.end));
/** A lawsuit the sender files ("已由我司向法院提起诉讼"): a lender's civil step, not the crime a fake officer alleges. */
const FILES_SUIT = /提起诉讼$/;
const scamOnlyReason = (f: Found, text: string): boolean =>
  anyOf(f.bits, SCAM_ONLY_REASON_BITS) && !FILES_SUIT.test(text.slice(Math.max(0, f.start - 2), f.end));

/** A telling aimed at the sender: the word or the few characters after it name "me" or "us". */
const TO_SENDER = /我|\b(me|us)\b/;

/** Money paid or moved, and a code typed in: what a genuine repayment or login notice names too ("应还1,256.38元", "请在
 *  页面输入验证码"); with a pretext the reader flags them, without one they are the platform's own business. */
const OWN_BUSINESS: ReadonlySet<string> = new Set([
  'transfer',
  'pay-fee',
  'pay-for-job',
  'pay-loan-fee',
  'send-money',
  'enter-secret',
]);

/**
 * Does the message ask the reader for any action of ACTIONS, pretext or not, outside the genuine channel? A message
 * `official` by its contacts must ask nothing: an official number quoted in a scam, or a public line as its signature
 * ("【96110】…请下载“反诈备案”App完成解除"), does not make the request genuine. A message that sends the reader to the
 * app, or whose links are all official, asks through the genuine channel.
 */
export function asksAction(
  text: string,
  list: readonly ConceptClause[],
  index: ConceptIndex,
  options: ConceptOptions,
): boolean {
  const found = scan(text, list, index, options.quoted ?? [], options.names);
  // … nor give a reason only a scammer gives (an insider channel "一般客服不知道", credit repair): a scam quoting the
  // official hotline to discredit it is no notice of the brand.
  // … nor pull a lever (a caller to follow, a reply or a private chat, a threat, secrecy) or name a fee a lender
  // invents (解冻金, 保证金, 开通费): what a scam wearing the brand adds to steer its reader past the genuine channel;
  // no notice of the brand needs one.
  // (Secrecy is said in the negative, "请勿告诉家人": never negated away, as in findConcepts.)
  if (
    found.some(
      (f) =>
        (!f.off || has(f, 'secrecy')) && !f.warned && !f.quoted && (scamOnlyReason(f, text) || pullsLever(f, text)),
    )
  )
    return true;
  // Something sent to the sender personally ("截图发我", "告诉我", "send me"): no notice of the brand asks for that,
  // whatever the object (a screenshot of "an SMS", "the thing that came through").
  if (
    found.some(
      (f) => has(f, 'tell') && !f.off && !f.warned && !f.quoted && TO_SENDER.test(text.slice(f.start, f.end + 3)),
    )
  )
    return true;
  // The app named sends that sentence's request through the genuine channel ("请在App内上传新证件"); a request in
  // another sentence is still asked outside it ("请在App内查看账单。另请添加客服经理微信…").
  const inApp = new Set<number>();
  for (const f of found) if (has(f, 'in-app') && !f.off) inApp.add(list[f.clause]!.sentenceStart ?? -1);
  // An app or link the sender will send apart ("客服发来的App", "the link we will text you") is none of the official
  // links in the message: those do not clear its request.
  const sentApart = found.some((f) => has(f, 'from-me') && !f.off && !f.warned && !f.quoted);
  for (const action of COMPILED_ACTIONS) {
    if (OWN_BUSINESS.has(action.def.name) || (action.def.officialLinksClear && options.officialLinksOnly && !sentApart))
      continue;
    // (Calling the sender's staff is what an official notice asks too: undoing an enrolment asks only beside its
    // pretext, which scamOnlyReason has read above.)
    if (action.def.name === 'undo-enrolment') continue;
    // A code asked for is asked whatever warning wraps it ("为防诈骗，请勿告诉他人，直接把验证码回复本短信"): no notice
    // of the brand asks for one (check.ts ASKED_WHATEVER_THE_WARNING; a negated telling stays off).
    const anyWarning = action.def.name === 'give-secret';
    for (const v of found) {
      if (
        v.off ||
        (v.warned && !anyWarning) ||
        v.quoted ||
        !anyOf(v.bits, action.verbs) ||
        reportsDone(v, found, text, list)
      )
        continue;
      // (Not money sent to a destination a scammer names, "专员提供的账户", "safe account": no app of the brand's
      // takes it there.)
      if (inApp.has(list[v.clause]!.sentenceStart ?? -1) && action.def.name !== 'move-to-destination') continue;
      if (objectFor(v, action, found, text, anyWarning)) return true;
    }
  }
  return false;
}

/** An official app or platform named as the place to pay ("请登录人民法院在线服务平台缴费", "请在交管12123App缴纳罚款",
 *  "pay the fine via the official police app"), or the biller's own counter in person ("到本院诉讼服务中心窗口缴纳"):
 *  the sender's own channel, as a genuine fine, tax or court notice sends the reader to it; a fake one asks for the
 *  money at a link, an account or a caller's word. */
const OFFICIAL_PLACE_TO_PAY =
  /(官方|在线服务)[^，,。;；]{0,10}(app|平台|小程序)|(到|至|前往)(本院|本局|[^，,。;；]{0,6}(法院|税务局|车管所))[^，,。;；]{0,8}(窗口|诉讼服务中心|服务大厅|办税服务厅)|移动微法院|电子税务局|国家医保服务平台|(登录|打开|通过|在)[^，,。;；]{1,10}app|\b(in|via|through|on|using) (the|our|your) (official )?([a-z0-9-]+ ){0,2}(app|portal)\b/;

/** A link named as where to pay ("pay online at anpost.com/customs", the link read as "link"): the biller's own place
 *  when every link is official or the site of the name the notice is signed with (sender-domain.ts). */
const LINK_AS_PLACE = /\b(at|via|on|through) link\b|(在|通过|登录|访问)link/;

/** The sentence holding clause `at`. */
function sentenceOf(text: string, list: readonly ConceptClause[], at: number): string {
  const start = list[at]!.sentenceStart ?? list[at]!.start;
  let end = list[at]!.end;
  for (let k = at + 1; k < list.length && (list[k]!.sentenceStart ?? -1) === start; k++) end = list[k]!.end;
  return text.slice(start, end);
}

/** Does the sentence of clause `at` name an official place to pay (with `ownLinks`: its links are the biller's)? */
function paysInOfficialPlace(text: string, list: readonly ConceptClause[], at: number, ownLinks: boolean): boolean {
  const sentence = sentenceOf(text, list, at);
  return OFFICIAL_PLACE_TO_PAY.test(sentence) || (ownLinks && LINK_AS_PLACE.test(sentence));
}

/** The sentence sends a repayment only to the app and names no fee ("请仅在App内还款", "repay only in the app"). */
const REPAID_ONLY_IN_APP =
  /(仅|只|只能|仅能|请仅)(在|通过)[^，,。;；]{0,10}app(内|里|上)?(还款|还清|偿还)|\b(re)?pay(ments?)? only (in|through|via|using) (the|our|your) ([a-z0-9-]+ ){0,2}app\b/;
const FEE_NAMED =
  /费|保证金|押金|解冻|激活|验资|会员|\b(fee|fees|deposit|charge|activation|unlock|release|gift cards?)\b/;
const repaidOnlyInApp = (sentence: string): boolean => REPAID_ONLY_IN_APP.test(sentence) && !FEE_NAMED.test(sentence);

/** A loan's fee charged with each instalment after the payout ("担保费按月收取，已包含在还款计划中", "随每期还款一并扣收"):
 *  a cost of the loan on its schedule, not money asked ahead of it — unless the same sentence puts it before the payout
 *  or behind an unfreezing, an activation or a check of funds (the fake lender's fee). */
const WITH_REPAYMENTS =
  /按月收取|每月收取|每期收取|按期收取|随每期还款|随还款|一并扣收|一并收取|包含在还款计划|计入每期还款|已在借款合同中列明/;
const AHEAD_OF_PAYOUT =
  /放款前|下款前|到账前|提现前|之前|先交|先付|先缴|先支付|才能|方可|解冻|激活|验资|审核|认证|刷流水/;
const chargedWithRepayments = (sentence: string): boolean =>
  WITH_REPAYMENTS.test(sentence) && !AHEAD_OF_PAYOUT.test(sentence);

/** Does a secrecy word start at `at` ("不要告诉", "不要说是")? */
function secrecyAt(text: string, at: number, index: ConceptIndex): boolean {
  return wordAt(text, at, index.root) >= 0 && index.root.at(wordNode)!.includes('secrecy');
}

/** The family words the reader finds in a normalised text, one clause per line (for authors: `test/field/messages-layers.ts --words`). */
export function conceptWords(text: string, list: readonly ConceptClause[], index: ConceptIndex): string[] {
  return scan(text, list, index, []).map(
    (f) =>
      `${f.clause}:${text.slice(f.start, f.end)}=${f.families.join('/')}${f.off ? ' (off)' : ''}${f.warned ? ' (warned)' : ''}`,
  );
}
