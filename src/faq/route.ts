// Routing before ranking: small talk and ordinary account/loan questions never reach the fraud FAQ. A "谢谢" gets a
// friendly line and the menu (not the fallback, not "missing content"); "can I repay early?" gets the official
// channels, never a scam answer. The cue families and replies are content (content/routes.yaml, zh and en).
//
// The product/fraud decision is structural. A fraud question shows a third party reaching the user (contact),
// something asked of the user (request), the user's doubt (is it real / a scam), or a risk to the account or data
// (risk): those four decide. A product question is about the user's own account action and shows none of them.
// Between the two sit the `context` cues — a call or a text as such, an account state (frozen, a late record) —
// which scam stories and ordinary account questions share: they make a fraud question unless the question names
// one of the user's own account situations (`product.own`: locked after wrong passwords, paid late, the
// platform's collections, an overpayment, closing the account) or an account action taken through the official app
// (`product.official`). A question with neither is `other`: answered
// honestly (answer.ts), never with a straight scam answer.
import { z } from 'zod';
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { localizedSchema } from '../content/schema-common.ts';
import { normalizeQuestion, phraseAlternation } from './normalize.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { unitsBetween } from './ask.ts';
import { foldHomophones, type HomophoneTable, homophoneTable, type PinyinTable } from '../content/pinyin.ts';
import type { Spelling } from './spelling.ts';

/** fraud: ranked against the FAQ; product / smalltalk: their reply; other: no cue either way (honest answer). */
export type FaqRoute = 'fraud' | 'product' | 'smalltalk' | 'other';
export const FAQ_ROUTES: readonly FaqRoute[] = ['fraud', 'product', 'smalltalk', 'other'];

/** The families of fraud cues, in the order they are reported; `context` gives way to an own-account situation. */
export const FRAUD_CUE_KINDS = ['contact', 'request', 'doubt', 'risk', 'context'] as const;
export type FraudCueKind = (typeof FRAUD_CUE_KINDS)[number];
const DECISIVE = FRAUD_CUE_KINDS.filter((k) => k !== 'context');

const phrases = z.strictObject({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });

export const routesSchema = z.strictObject({
  // questions: words that make a message a question ("thanks, how do I…" is not small talk).
  smalltalk: z.strictObject({ phrases, questions: phrases.optional(), reply: localizedSchema }),
  product: z.strictObject({
    cues: phrases,
    own: phrases,
    official: phrases.optional(),
    /** The platform itself as the sender of the call, text or push asked about (answer.ts: at least the caution line). */
    yours: phrases.optional(),
    /** What the brand's own name reads as when the user names it (收到易达贷的短信 as 收到你们的短信): the platform, for
     *  the yours list only (answer.ts senderIsPlatform); everywhere else the name is removed, as before. */
    named: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
    /** The asker's own loan, repayment, account or fee as the subject (answer.ts ownLoan: at least the caution line). */
    mine: phrases.optional(),
    /**
     * The asker as the one who acted ("我自己点了获取验证码", "I tapped resend code"): with a product cue it
     * names the subject as mine does (answer.ts ownLoan), so the request word it holds is the user's own action.
     */
    self: phrases.optional(),
    /**
     * A line on the asker's own statement or bill as the object ("账单上有一笔", "a charge on my statement"): doubt
     * about it alone is doubt about their own bill (answer.ts ownBill: at least the caution line).
     */
    bills: phrases.optional(),
    /**
     * Account and card terms that hold a scam word ("盗刷险", "预授权", "境外消费", "fraud alert"): the fraud families
     * read the question without them (CueReading.fraudSide), as doubt is read without the user's own official action.
     */
    frames: phrases.optional(),
    /** Request words a customer also uses of their own action (answer.ts ownLoan reads the rest as someone asking). */
    actions: phrases.optional(),
    /** Who asks whom for what (ask.ts): the platform as the one who acts, someone telling the user to act, and the
     *  official place the user is told to act in. */
    platform: phrases.optional(),
    person: phrases.optional(),
    says: phrases.optional(),
    me: phrases.optional(),
    directive: phrases.optional(),
    channel: phrases.optional(),
    /** Who else may speak or be reached without being a third party (ask.ts): the user's own family (a pronoun
     *  after them is theirs), the platform's own media (its WhatsApp, its 公众号), and the official bodies the user
     *  reaches themselves ("找人民银行征信中心"). */
    kin: phrases.optional(),
    pronouns: phrases.optional(),
    media: phrases.optional(),
    reach: phrases.optional(),
    bodies: phrases.optional(),
    /** Words that name who a request is from or for (answer.ts ownLoan: such a request is someone asking). */
    addressed: phrases.optional(),
    /** Someone asking the user WHETHER something is so ("asked me if it's a scam", "问我是不是"): a question, not a
     *  demand — read out of a story before its scam signs are looked for (asked.ts). */
    wonders: phrases.optional(),
    /** A story the user settled before asking — refused, hung up, blocked, reported —, a sentence that only tells
     *  what they heard of scams, and the words that leave it open ("还没", "not yet"): asked.ts settledStory. */
    settled: phrases.optional(),
    heard: phrases.optional(),
    /** Someone else as the one who lost ("my friend lost money"): in a sentence of what the user heard of. */
    others: phrases.optional(),
    /** A harm already done to the user's account or identity: a story holding one is never settled. */
    harms: phrases.optional(),
    pending: phrases.optional(),
    /** The user's own application withdrawn before it is done ("刚提交的借款申请想取消，还来得及吗"): the application,
     *  the withdrawing verb, the in-time words after it, and what keeps them a victim's (money, a code, a card, a
     *  link handed over): route.ts withoutWithdrawn. */
    withdrawn: z.strictObject({ applied: phrases, withdraw: phrases, intime: phrases, handed: phrases }).optional(),
    /** The asker's own lateness and what the lender will do about it ("逾期了会不会被起诉", "will you take me to
     *  court if i miss a payment"): the late words, the legal consequences, the words asking what will happen (just
     *  before a consequence), and what keeps them a victim's (someone saying it, money, a code, a link, an app):
     *  route.ts withoutLateness. */
    lateness: z.strictObject({ late: phrases, legal: phrases, will: phrases, kept: phrases }).optional(),
    /** A fee the platform put on the asker's own bill that they say they never signed up for ("扣了我一笔会员费，我没开通
     *  过", "charged me a membership fee i never signed up for"): the charge, the fee, the denial words, and what keeps
     *  them the refund scam's (someone saying it, a link, a code, an app, a transfer): route.ts withoutUnsigned. */
    unsigned: z.strictObject({ charged: phrases, fees: phrases, denied: phrases, kept: phrases }).optional(),
    /** A fee the platform took (unsigned's charge and fee) doubted as a scam in the asker's own hedged words ("扣了我一笔
     *  服务费，是不是被骗了", "did i get scammed"), and what keeps them the advance-fee scam's (a fee paid first, a loan
     *  that never came, another platform): route.ts withoutFeared. */
    feared: z.strictObject({ words: phrases, kept: phrases }).optional(),
    /**
     * Nobody as the one who acted ("没有人叫我转账", "nobody asked me for anything", "no one called me"): a request,
     * contact or call/text cue right after one of the words (NOBODY_REACH) that opens with a past act (`acted`) is
     * read off the fraud side with the word (route.ts withoutNobody); a cue further on, a future ("没人会让你…") or a
     * denial bounded in time (`kept`: "until today", "直到", "突然") stands.
     */
    nobody: z.strictObject({ words: phrases, acted: phrases, kept: phrases }).optional(),
    /**
     * The borrower's complaint to the lender about its own collector ("你们催收骂人，我要投诉", "your collector
     * threatened me, where do i complain"): the complaint word, the collector, the platform as theirs or their own
     * lateness (`own`), and what keeps it the fake collector's or a paid agent's story (`kept`: a transfer, a link, an
     * app, a code, a fee, a role claimed, the collector doubted): route.ts withoutComplaint.
     */
    complaint: z.strictObject({ words: phrases, about: phrases, own: phrases, kept: phrases }).optional(),
    /** Words that open the ask inside a sentence ("…我没理，想问下…", "…lol. just tell me …"): what comes before them is
     *  the story (asked.ts askParts). */
    openers: phrases.optional(),
    /** The user stating that something is a scam ("都是骗人的", "are scammers"): asked.ts stated. */
    asserts: phrases.optional(),
    /** Words that open a clause naming a scam only to exclude it ("不是那种要先交钱的提额", "not the pay-to-raise
     *  thing"): the user settles it as they settle a caller by hanging up (asked.ts settledStory). */
    disclaims: phrases.optional(),
    examples: phrases.optional(),
    reply: localizedSchema,
    /**
     * Added to the reply when the route decision is unsure between product and a scam answer (route-decision.ts):
     * a line that is safe if someone else raised the subject ("if someone contacted you about this, …").
     */
    caution: localizedSchema.optional(),
  }),
  fraud: z.strictObject({
    contact: phrases,
    request: phrases,
    doubt: phrases,
    risk: phrases,
    context: phrases,
    // An offer to change the account (raise the limit, lower the rate, waive a fee): not a routing cue of its own,
    // but a caller's or sender's offer keeps the rules' fraud call (answer.ts) and the fitted decision reads it.
    offer: phrases,
    /**
     * Words that report someone else's claim ("客服说", "they said"): a product frame right after one is that
     * person's claim about the user ("客服说我误开通了会员"), not the user's own account term (CueReading.fraudSide).
     */
    claims: phrases.optional(),
    /**
     * Someone telling the user what they must do or will get ("他们告诉我…", "they told me my loan…"): with a request on
     * the fraud side, what is told is that person's demand, so the rules' fraud call stands against the fitted
     * decision (answer.ts fittedCall), as it does for a caller's offer.
     */
    told: phrases.optional(),
    /**
     * Words that deny what follows ("没有把账户给别人用", "it didn't have a link"): a risk cue shortly after one is the
     * user saying it did not happen, not a risk named (CueReading.fraudSide); a risk cue that is itself a denial
     * ("没借过", "never applied") stays.
     */
    denials: phrases.optional(),
    /**
     * The user saying the call or text asked nothing ("对方没叫我汇钱，也没问我要码", "the caller wanted nothing from me"): a
     * request cue right after one of these words (UNASKED_REACH) is read off by the notice reader (answer.ts
     * ownNotice: at most the cautious product reply; the routing and the fitted decision read it as before); a request
     * further on ("没让我转账，但是让我下载…") stands. Past-tense denials only: "never" is the policy question.
     * `asking`: the asking verbs that must open what is denied ("没|要验证码", "没|让我转账"): a denial of the user's own
     * act ("我没有转账", "没交解冻费就…") is no one left unasked.
     */
    unasked: phrases.optional(),
    asking: phrases.optional(),
    // Money or a code already gone ("验证码给了他", "已经转了三万", "gave them the code"): the asker is a victim
    // whatever setting words the story holds, so the rules' fraud call stands (routeQuestion, answer.ts) unless the
    // question names the user's own account matter (a product cue, product.own, product.mine: "我已经转了还款").
    loss: phrases.optional(),
    /**
     * The user asking what the platform would ever ask of them ("would you ever ask me to approve a payment", "你们客服会
     * 不会让我在app里点确认"): the never-do question, however much of the account it names — the rules' doubt call
     * stands against the fitted decision and the cautious product reply (answer.ts ruleStands), as a loss does.
     */
    never: phrases.optional(),
    /**
     * Everyday tools a request word names (a screen share, a QR code, a link, an install) and the user's own how-to
     * words: a how-to about such a tool with nothing else from a scam in it is an everyday question (ownHowTo).
     */
    tools: phrases.optional(),
    howto: phrases.optional(),
    /** Undoing a tool (卸载, turn off): what a victim asks after a scam, so never an everyday how-to (ownHowTo). */
    undo: phrases.optional(),
  }),
});
export type FaqRoutes = z.output<typeof routesSchema>;

export interface Router {
  routes: FaqRoutes;
  /** The whole message made of small-talk phrases (and spaces). */
  smalltalk: RegExp;
  /** The message opens with small-talk phrases ("thx, that really helped"). */
  opening: RegExp;
  /** Some small-talk phrase anywhere (English ones as whole words): what the statistical layer's small-talk reading
   *  needs beside it (route-model.ts), so a string of unknown letters is not taken for a thanks. */
  chatty: RegExp;
  /** A question word or mark: a message holding one is not small talk. */
  question: RegExp | undefined;
  /** The small-talk phrases' homophone typos (在马, 机气人): a message that is small talk once they are read as the
   *  phrases is small talk. */
  smalltalkSounds: HomophoneTable | undefined;
  product: CueList;
  /** The user's own account situations (product.own): they outweigh the `context` fraud cues. */
  own: CueList;
  /** The user acting through the official app or hotline (product.official): a caller alone is then context. */
  official: CueList | undefined;
  /** The platform as the sender of a notice (product.yours). */
  yours: CueList | undefined;
  /** …every match of it (global: read out of the named reading, answer.ts contactBesides). */
  yoursAll: RegExp | undefined;
  /** What the brand's name reads as for `yours` (product.named). */
  named: { zh: string; en: string } | undefined;
  /** The asker's own loan or account as the subject (product.mine). */
  mine: CueList | undefined;
  /** The asker as the one who acted on the account (product.self). */
  self: CueList | undefined;
  /** A line on the asker's own statement or bill (product.bills). */
  bills: CueList | undefined;
  /** Every match of product.frames (global): removed before the fraud families are read. */
  frames: RegExp | undefined;
  /** A claim word ending a text (fraud.claims): a frame right after it stays on the fraud side. */
  claimed: RegExp | undefined;
  /** Someone telling the user (fraud.told). */
  told: CueList | undefined;
  /** A denial word (fraud.denials), every one (global), and every risk cue (global): a denied risk is read off. */
  denials: { any: RegExp; every: RegExp; risks: RegExp } | undefined;
  /** The user saying nothing was asked (fraud.unasked), as `denials` (its cues: every request cue). */
  unasked: { any: RegExp; every: RegExp; risks: RegExp; asking?: RegExp } | undefined;
  /** Nobody as the one who acted (product.nobody), as `unasked`; `cues`: every match of each family it reads off;
   *  `opens`: every nobody word an act follows (global); `kept`: a denial bounded in time, a third party named. */
  nobody:
    | {
        any: RegExp;
        every: RegExp;
        risks: RegExp;
        asking: RegExp;
        cues: readonly { list: CueList; every: RegExp }[];
        opens: RegExp;
        /** A denial bounded in time ("until today", "直到") or a third party named ("they", "对方"): nothing is read off. */
        kept: CueList;
      }
    | undefined;
  /** A whole request-cue match that is the user's own action (product.actions). */
  actions: RegExp | undefined;
  /** The platform as an actor, a directive, the official channel (product.platform, .directive, .channel: ask.ts). */
  asks:
    | {
        platform: CueList;
        person: CueList;
        says: CueList;
        saysOnly: RegExp;
        me: CueList;
        directive: CueList;
        channel: CueList;
        /** The user's own people, media and reach (product.kin, .pronouns, .media, .reach, .bodies: ask.ts). */
        parties?: { kin: CueList; pronoun: RegExp; media: CueList; reach: CueList; bodies: CueList };
      }
    | undefined;
  /** A person named in a request-cue match (product.addressed). */
  addressed: RegExp | undefined;
  /** Every match of product.wonders (global, cued form): someone asking the user whether, not for, something. */
  wonders: RegExp | undefined;
  /** A settled story's words, what the user only heard of, and the words that leave it open (product.settled,
   *  .heard, .pending: asked.ts). */
  settled:
    | {
        done: CueList;
        heard: CueList | undefined;
        others: CueList | undefined;
        harms: CueList | undefined;
        pending: CueList | undefined;
      }
    | undefined;
  /** Every ask opener (product.openers, global) and a sentence that opens with a disclaimer (product.disclaims), both
   *  read on the normalizeText form (asked.ts). */
  openers: RegExp | undefined;
  disclaims: RegExp | undefined;
  /** The user stating that something is a scam (product.asserts). */
  asserts: CueList | undefined;
  /** Every match of the request family, read only by answer.ts ownLoan and ownHowTo. */
  requests: RegExp;
  /** A whole request-cue match that names an everyday tool (fraud.tools). */
  tools: RegExp | undefined;
  /** The user's own how-to words (fraud.howto). */
  howto: CueList | undefined;
  /** Undoing a tool (fraud.undo). */
  undo: CueList | undefined;
  fraud: Record<FraudCueKind, CueList>;
  /** An offer to change the account (fraud.offer). */
  offer: CueList;
  /** Money or a code already gone (fraud.loss). */
  loss: CueList | undefined;
  /** What the platform would ever ask of the user (fraud.never). */
  never: CueList | undefined;
  /** The user's own application withdrawn (product.withdrawn): the in-time words after the withdrawing verb (global)
   *  are read off the fraud side. */
  withdrawn: { applied: CueList; withdraw: CueList; intime: RegExp; handed: CueList } | undefined;
  /** The asker's own lateness (product.lateness): the legal consequences asked about (global) are read off the fraud
   *  side. */
  lateness: { late: CueList; legal: RegExp; will: RegExp; kept: CueList } | undefined;
  /** A fee on the asker's own bill never signed up for (product.unsigned): the denial words (global) are read off the
   *  fraud side. */
  unsigned: { charged: CueList; fees: CueList; denied: RegExp; kept: CueList } | undefined;
  /** An own fee doubted as a scam (product.feared): the hedged scam words (global) are read off the fraud side. */
  feared: { words: RegExp; any: CueList; kept: CueList } | undefined;
  /** The borrower's complaint about the lender's own collector (product.complaint): the contact, call/text, risk and
   *  doubt cues (each global) are read off the fraud side. */
  complaint: { words: CueList; about: CueList; own: CueList; kept: CueList; cues: readonly RegExp[] } | undefined;
  brand: RegExp | undefined;
  /** The index's pinyin table and spelling (pinyin.ts, spelling.ts): a question reads the same for cues and ranking. */
  words: { pinyin?: PinyinTable; spelling?: Spelling; homophones?: HomophoneTable };
}

// A greeting or a thanks is short: longer text is never read for small talk by sound.
const SMALLTALK_SOUND_MAX = 12;

/** The whole message small talk once the small-talk phrases' homophone typos are read as the phrases (在马 → 在吗). */
function smalltalkBySound(router: Router, text: string): boolean {
  const table = router.smalltalkSounds;
  if (!table || text.length > SMALLTALK_SOUND_MAX) return false;
  const folded = foldHomophones(text, table);
  return folded !== text && router.smalltalk.test(folded);
}

/** Phrases normalised like the text they are matched in ("谢谢你" is tried before "谢谢"). */
const alternation = (list: readonly string[], normalize: (s: string) => string) =>
  phraseAlternation(list.map(normalize));

/** Where a Latin word meets a Chinese character ("app通知", "在app里"). */
const SCRIPT_SEAM = /(?<=[a-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[a-z0-9])/g;

/**
 * Each mixed-script phrase also as users type it with a space at the seam ("app 通知说", "在 app 里还"): the
 * normalised question keeps that space, so a list written "app通知说" missed every spaced mixed-language question.
 */
function withSpacedForms(phrases: readonly string[]): string[] {
  const out = [...phrases];
  for (const p of phrases) {
    const spaced = p.replace(SCRIPT_SEAM, ' ');
    if (spaced !== p) out.push(spaced);
  }
  return out;
}

/**
 * A cue list (hundreds of phrases): its first match in a text, as `pattern` (their alternation) finds it, read off a
 * phrase trie (phrase-trie.ts); `pattern` itself for every match (answer.ts ownLoan).
 */
export class CueList {
  readonly pattern: RegExp;
  private readonly trie = new PhraseTrie<true>();
  constructor(phrases: readonly string[]) {
    const all = withSpacedForms(phrases);
    this.pattern = new RegExp(phraseAlternation(all));
    for (const p of all) this.trie.add(p, true);
  }
  /** The first match (undefined: none). */
  find(text: string): string | undefined {
    // A list of no phrase is the empty alternation, which matches the empty string: the pattern's own answer.
    if (!this.trie.size) return this.pattern.exec(text)?.[0];
    const hit = this.trie.next(text);
    return hit && text.slice(hit.start, hit.end);
  }
}

const plain = (s: string) => stripPunctuation(normalizeText(s));
/** How far back (characters) a claim word is looked for before a frame: "说" or "they said" with a space. */
const CLAIM_REACH = 12;

export function buildRouter(
  routes: FaqRoutes,
  brand?: RegExp,
  words: { pinyin?: PinyinTable; spelling?: Spelling; homophones?: HomophoneTable } = {},
): Router {
  // Cues go through the matcher's own normalisation, so 繁體, synonyms and the concept lexicon meet them alike.
  const cue = (s: string) => normalizeQuestion(s, { keepFillers: true });
  const both = (p: { zh: string[]; en: string[] }) => new CueList([...p.zh, ...p.en].map(cue));
  // The global form of a phrase list, for replace and matchAll (which copy it: the shared pattern keeps no state).
  const bothAll = (p: { zh: string[]; en: string[] }): RegExp => new RegExp(both(p).pattern.source, 'g');
  const small = alternation([...routes.smalltalk.phrases.zh, ...routes.smalltalk.phrases.en], plain);
  const fraud = Object.fromEntries(FRAUD_CUE_KINDS.map((k) => [k, both(routes.fraud[k])])) as Router['fraud'];
  return {
    routes,
    smalltalk: new RegExp(`^(?:\\s*(?:${small}))+\\s*$`),
    // Small-talk phrases closed by a separator ("thx, …", "谢谢你，…"): "收到退款通知" does not open with 收到.
    opening: new RegExp(`^(?:\\s*(?:${small})\\s*[\\s,，.。!！~、;；:：]+)+`),
    chatty: new RegExp(
      `${alternation(routes.smalltalk.phrases.zh, plain)}|(?<![a-z])(?:${alternation(routes.smalltalk.phrases.en, plain)})(?![a-z])`,
    ),
    question: routes.smalltalk.questions
      ? new RegExp(alternation([...routes.smalltalk.questions.zh, ...routes.smalltalk.questions.en], plain))
      : undefined,
    smalltalkSounds: words.homophones
      ? homophoneTable(routes.smalltalk.phrases.zh, words.homophones.cut, new Set(), true)
      : undefined,
    product: both(routes.product.cues),
    own: both(routes.product.own),
    official: routes.product.official ? both(routes.product.official) : undefined,
    yours: routes.product.yours ? both(routes.product.yours) : undefined,
    yoursAll: routes.product.yours ? bothAll(routes.product.yours) : undefined,
    named: routes.product.named,
    mine: routes.product.mine ? both(routes.product.mine) : undefined,
    self: routes.product.self ? both(routes.product.self) : undefined,
    bills: routes.product.bills ? both(routes.product.bills) : undefined,
    frames: routes.product.frames ? bothAll(routes.product.frames) : undefined,
    denials: routes.fraud.denials ? denialPatterns(routes.fraud.denials, fraud.risk, cue) : undefined,
    // 有没有 / 有没 asks whether ("有没有交钱就能提额的办法"): no denial.
    unasked:
      routes.fraud.unasked && routes.fraud.asking
        ? {
            ...denialPatterns(routes.fraud.unasked, fraud.request, cue, '(?<!有)'),
            asking: new RegExp(`^(?:${alternation([...routes.fraud.asking.zh, ...routes.fraud.asking.en], cue)})`),
          }
        : undefined,
    nobody: nobodyPatterns(routes.product, fraud, cue, both),
    claimed: routes.fraud.claims
      ? new RegExp(`(?:${alternation([...routes.fraud.claims.zh, ...routes.fraud.claims.en], cue)})\\s*$`)
      : undefined,
    told: routes.fraud.told ? both(routes.fraud.told) : undefined,
    actions: routes.product.actions
      ? new RegExp(`^(?:${alternation([...routes.product.actions.zh, ...routes.product.actions.en], cue)})$`)
      : undefined,
    asks:
      routes.product.platform &&
      routes.product.person &&
      routes.product.says &&
      routes.product.me &&
      routes.product.directive &&
      routes.product.channel
        ? {
            platform: both(routes.product.platform),
            person: both(routes.product.person),
            says: both(routes.product.says),
            saysOnly: new RegExp(`^(?:${alternation([...routes.product.says.zh, ...routes.product.says.en], cue)})$`),
            me: both(routes.product.me),
            directive: both(routes.product.directive),
            channel: both(routes.product.channel),
            ...parties(routes.product, both),
          }
        : undefined,
    // Plain normalisation: single words like "he" would read as pinyin (和) through the cue normaliser.
    addressed: routes.product.addressed
      ? new RegExp(alternation([...routes.product.addressed.zh, ...routes.product.addressed.en], plain))
      : undefined,
    wonders: routes.product.wonders
      ? new RegExp(alternation([...routes.product.wonders.zh, ...routes.product.wonders.en], cue), 'g')
      : undefined,
    settled: routes.product.settled
      ? {
          done: both(routes.product.settled),
          heard: routes.product.heard ? both(routes.product.heard) : undefined,
          others: routes.product.others ? both(routes.product.others) : undefined,
          harms: routes.product.harms ? both(routes.product.harms) : undefined,
          pending: routes.product.pending ? both(routes.product.pending) : undefined,
        }
      : undefined,
    ...clauseWords(routes.product),
    asserts: routes.product.asserts ? both(routes.product.asserts) : undefined,
    requests: new RegExp(fraud.request.pattern.source, 'g'),
    tools: routes.fraud.tools
      ? new RegExp(`^(?:${alternation([...routes.fraud.tools.zh, ...routes.fraud.tools.en], cue)})$`)
      : undefined,
    howto: routes.fraud.howto ? both(routes.fraud.howto) : undefined,
    undo: routes.fraud.undo ? both(routes.fraud.undo) : undefined,
    fraud,
    offer: both(routes.fraud.offer),
    loss: routes.fraud.loss ? both(routes.fraud.loss) : undefined,
    never: routes.fraud.never ? both(routes.fraud.never) : undefined,
    withdrawn: routes.product.withdrawn
      ? {
          applied: both(routes.product.withdrawn.applied),
          withdraw: both(routes.product.withdrawn.withdraw),
          intime: bothAll(routes.product.withdrawn.intime),
          handed: both(routes.product.withdrawn.handed),
        }
      : undefined,
    lateness: routes.product.lateness
      ? {
          late: both(routes.product.lateness.late),
          legal: bothAll(routes.product.lateness.legal),
          will: bothAll(routes.product.lateness.will),
          kept: both(routes.product.lateness.kept),
        }
      : undefined,
    unsigned: routes.product.unsigned
      ? {
          charged: both(routes.product.unsigned.charged),
          fees: both(routes.product.unsigned.fees),
          denied: bothAll(routes.product.unsigned.denied),
          kept: both(routes.product.unsigned.kept),
        }
      : undefined,
    feared: routes.product.feared
      ? {
          words: bothAll(routes.product.feared.words),
          any: both(routes.product.feared.words),
          kept: both(routes.product.feared.kept),
        }
      : undefined,
    complaint: routes.product.complaint
      ? {
          words: both(routes.product.complaint.words),
          about: both(routes.product.complaint.about),
          own: both(routes.product.complaint.own),
          kept: both(routes.product.complaint.kept),
          cues: COMPLAINT_READS.map((k) => new RegExp(fraud[k].pattern.source, 'g')),
        }
      : undefined,
    brand,
    words,
  };
}

/** The cue families a complaint about the lender's own collector reads off (product.complaint): what the collector
 *  did and said, the calls, and the asker's doubt that it may do so — never a request. */
const COMPLAINT_READS = ['contact', 'context', 'risk', 'doubt'] as const;

function denialPatterns(
  list: { zh: string[]; en: string[] },
  risk: CueList,
  cue: (s: string) => string,
  before = '',
): NonNullable<Router['denials']> {
  const source = `${before}(?:${alternation([...list.zh, ...list.en], cue)})`;
  return { any: new RegExp(source), every: new RegExp(source, 'g'), risks: new RegExp(risk.pattern.source, 'g') };
}

/** The cue families a nobody word reads off (product.nobody): someone's ask, someone reaching the user, a call or text. */
const NOBODY_READS = ['request', 'contact', 'context'] as const;

function nobodyPatterns(
  f: FaqRoutes['product'],
  fraud: Router['fraud'],
  cue: (s: string) => string,
  both: (p: { zh: string[]; en: string[] }) => CueList,
): Router['nobody'] {
  if (!f.nobody) return undefined;
  const { words, acted, kept } = f.nobody;
  const act = alternation([...acted.zh, ...acted.en], cue);
  return {
    ...denialPatterns(words, fraud.request, cue),
    asking: new RegExp(`^(?:${act})`),
    cues: NOBODY_READS.map((k) => ({ list: fraud[k], every: new RegExp(fraud[k].pattern.source, 'g') })),
    opens: new RegExp(`(?:${alternation([...words.zh, ...words.en], cue)})(?=\\s*(?:${act}))`, 'g'),
    kept: both(kept),
  };
}

/** A cue within this many units after a nobody word is read off ("nobody has|asked me", "没有人|叫我点|链接"). */
const NOBODY_REACH = 3;

/** A risk cue within this many units after a denial word is denied ("没有|把账户给|别人用"). */
const DENIAL_REACH = 4;

/** A request cue within this many units after an unasked word is denied ("也没|要验证码", "没有让我|转账" is none). */
const UNASKED_REACH = 1;

/**
 * `text` without the in-time words ("还来得及", "too late") that follow the user's withdrawing their own application
 * ("刚提交了借款申请想取消，还来得及吗"): a victim's "还来得及吗" follows money, a code, a card or a link handed over
 * (product.withdrawn.handed), and a question naming one keeps them. The same string when nothing is read off.
 */
function withoutWithdrawn(router: Router, text: string): string {
  const w = router.withdrawn;
  if (!w || w.applied.find(text) === undefined || w.handed.find(text) !== undefined) return text;
  const verb = w.withdraw.find(text);
  if (verb === undefined) return text;
  const from = text.indexOf(verb) + verb.length;
  // (replace with a global pattern starts at 0 and leaves lastIndex at 0: the shared pattern keeps no state.)
  return text.replace(w.intime, (m: string, at: number) => (at >= from ? ' ' : m));
}

/** A consequence word this far (units) after a word asking what will happen is asked about ("会不会被起诉"). */
const LATENESS_REACH = 6;

/**
 * `text` without the legal consequences ("起诉", "坐牢", "传票", "court") the user asks about their own lateness
 * ("逾期了会不会被起诉", "if i miss a payment will you take me to court?"): a question naming lateness, asking what will
 * happen shortly before the consequence, and naming nobody who said it and nothing asked for (product.lateness.kept:
 * a caller, a text, a transfer, a fee, a code, a link, an app) is the borrower's own. The same string when nothing is
 * read off.
 */
function withoutLateness(router: Router, text: string): string {
  const l = router.lateness;
  if (!l || l.late.find(text) === undefined || l.kept.find(text) !== undefined) return text;
  // (replace with a global pattern starts at 0 and leaves lastIndex at 0: the shared pattern keeps no state.)
  return text.replace(l.legal, (m: string, at: number) => {
    // (matchAll works on a copy of the global pattern: the shared one keeps no state.)
    const ask = [...text.slice(0, at).matchAll(l.will)].pop();
    return ask?.index !== undefined && unitsBetween(text, ask.index + ask[0].length, at) <= LATENESS_REACH ? ' ' : m;
  });
}

/**
 * `text` without the words denying a sign-up ("没开通", "never signed up", "莫名其妙") when the question names a fee
 * already charged to the asker's own bill ("扣了我一笔会员费", "charged me a membership fee", "on my statement") and
 * nobody who said so and nothing asked for (product.unsigned.kept): the refund scam's "you opened a membership by
 * mistake" comes from a caller or a text, and asks for a code, an app, a screen or a transfer. The same string when
 * nothing is read off.
 */
function withoutUnsigned(router: Router, text: string): string {
  const u = router.unsigned;
  if (!u || u.charged.find(text) === undefined || u.fees.find(text) === undefined || u.kept.find(text) !== undefined)
    return text;
  // (replace with a global pattern starts at 0 and leaves lastIndex at 0: the shared pattern keeps no state.)
  return text.replace(u.denied, ' ');
}

/**
 * `text` with the user's hedged fear of a scam ("是不是被骗了", "did i get scammed", "am i being
 * ripped off") read as a doubt, not a loss, when the question names a fee already charged to their own loan or bill (product.unsigned's charge and
 * fee) and nothing of unsigned.kept or feared.kept: a doubt about the platform's own charge, not money lost to
 * someone. The advance-fee scam's victim tells of a fee paid first, a loan that never came or another platform, and
 * keeps the words. The same string when nothing is read off.
 */
function withoutFeared(router: Router, text: string): string {
  const f = router.feared;
  if (!f || !ownFeeFeared(router, text)) return text;
  // Read as the doubt it is (FEARED_AS), not as money lost: the doubt family still reads it, so the answer is at
  // least the cautious product reply (answer.ts ownFee), never the plain one. (replace with a global pattern starts
  // at 0 and leaves lastIndex at 0: the shared pattern keeps no state.)
  return text.replace(f.words, (m: string) => (/[a-z]/.test(m) ? FEARED_AS.en : FEARED_AS.zh));
}

/** What a hedged fear of a scam reads as once it is no loss: a doubt word of each language (fraud.doubt). */
const FEARED_AS = { zh: ' 真的吗 ', en: ' is it real ' } as const;

/** A fee charged to the asker's own loan or bill, feared a scam in their own hedged words, and nothing kept
 *  (withoutFeared; answer.ts ownFee: at least the cautious product reply). */
export function ownFeeFeared(router: Router, text: string): boolean {
  const u = router.unsigned;
  const f = router.feared;
  if (!u || !f || u.charged.find(text) === undefined || u.fees.find(text) === undefined) return false;
  if (u.kept.find(text) !== undefined || f.kept.find(text) !== undefined) return false;
  return f.any.find(text) !== undefined;
}

/**
 * `text` without what the user says nobody did ("没有人叫我转账", "nobody asked me for anything", "no one called me"): a
 * request, contact or call/text cue shortly after a nobody word that an act opens (product.nobody), and the
 * word itself read as 没人 (没有人 holds 有人, "someone"). A customer telling that no third party is in their own account matter
 * names nobody who asked; a cue further on, a rule about the future ("没人会让你交钱") or a denial bounded in time
 * ("nobody asked me for anything until today, when a text…") or a third party named ("they just wanted the code",
 * "对方…": product.nobody.kept) stands. The same string when nothing
 * is read off.
 */
function withoutNobody(router: Router, text: string): string {
  const n = router.nobody;
  if (!n?.any.test(text) || n.kept.find(text) !== undefined) return text;
  // The word first, while the act still follows it: a Chinese one as 没人, a nobody word that holds no cue (没有人
  // holds 有人); then the cues after it. (replace with a global pattern starts at 0 and leaves lastIndex at 0.)
  const bare = text.replace(n.opens, (m: string) => (/[a-z]/.test(m) ? m : '没人'));
  return n.cues.reduce((t, c) => denied(n, t, c.list, c.every, NOBODY_REACH), bare);
}

/**
 * `text` without what a borrower's complaint to the lender about its own collector tells of ("你们催收骂人还威胁我，我要
 * 投诉", "your collector threatened me, how do i complain"): a complaint word, a collector, and the platform named as
 * theirs or the asker's own lateness (product.complaint.own) — then the contact, call/text, risk and doubt cues are what
 * the complaint is about, not a scam's signs. The fake collector's story keeps them (product.complaint.kept: a transfer
 * to a person, a link, an app, a code, a fee, a role claimed, the collector doubted, a debt not the asker's), and a
 * request cue is never read off. The same string when nothing is read off.
 */
function withoutComplaint(router: Router, text: string): string {
  const c = router.complaint;
  if (!c || c.words.find(text) === undefined || c.about.find(text) === undefined) return text;
  if (c.own.find(text) === undefined || c.kept.find(text) !== undefined) return text;
  // (replace with a global pattern starts at 0 and leaves lastIndex at 0: the shared patterns keep no state.)
  return c.cues.reduce((t, cue) => t.replace(cue, ' '), text);
}

/** `text` without the risk cues a denial word shortly before denies (router.denials); the same string when none. */
function withoutDenied(router: Router, text: string): string {
  return denied(router.denials, text, router.fraud.risk, router.denials?.risks, DENIAL_REACH);
}

/**
 * The cue families with the requests the user says were not made read off ("对方没叫我汇钱，也没问我要码": router.unasked),
 * for answer.ts's notice reader only; cueFamilies' own when no request is so denied.
 */
export function unaskedFamilies(router: Router, cues: CueReading): CueFamily[] {
  const side = cues.fraudSide(router);
  const text = denied(router.unasked, side.text, router.fraud.request, router.unasked?.risks, UNASKED_REACH);
  return cueFamilies(router, cues, text === side.text ? side : new CueReading(text));
}

/** `text` without the request cues a denial word shortly before denies ("it didn't have a link"): a story's told
 *  absence of a request is no request (asked.ts; the routing itself reads only denied risks off). */
export function withoutDeniedRequests(router: Router, text: string): string {
  return denied(router.denials, text, router.fraud.request, router.requests, DENIAL_REACH);
}

function denied(d: Router['unasked'], text: string, list: CueList, every: RegExp | undefined, reach: number): string {
  // The cheap tests first: a denial word at all, then any cue of the list (the phrase trie) before the global pattern.
  if (!d || !every || !d.any.test(text) || list.find(text) === undefined) return text;
  const ends = [...text.matchAll(d.every)].map((m) => m.index + m[0].length);
  return text.replace(every, (m: string, at: number) => {
    if (d.any.test(m)) return m;
    // (asking: what follows the denial opens with an asking verb — someone's ask denied, not the user's own act.)
    const denied = ends.some(
      (e) =>
        e <= at &&
        unitsBetween(text, e, at) <= reach &&
        (!d.asking || d.asking.test(text.slice(e, at + m.length).trimStart())),
    );
    return denied ? ' ' : m;
  });
}

/** A Latin phrase ends at a word boundary: "not the" must not open "not their". */
const wordEnd = (alt: string) => `(?:${alt})(?![a-z])`;

/** The ask openers and the disclaimers (product.openers, product.disclaims) on the normalizeText form. */
function clauseWords(p: FaqRoutes['product']): Pick<Router, 'openers' | 'disclaims'> {
  const text = (list: readonly string[]) => alternation(list, normalizeText);
  return {
    openers: p.openers ? new RegExp(`${text(p.openers.zh)}|(?<![a-z])${wordEnd(text(p.openers.en))}`, 'g') : undefined,
    disclaims: p.disclaims ? new RegExp(`^(?:${text(p.disclaims.zh)}|${wordEnd(text(p.disclaims.en))})`) : undefined,
  };
}

/** The user's own people, media and reach (ask.ts), when all five lists are there. */
function parties(
  p: FaqRoutes['product'],
  both: (p: { zh: string[]; en: string[] }) => CueList,
): { parties?: NonNullable<Router['asks']>['parties'] } {
  if (!p.kin || !p.pronouns || !p.media || !p.reach || !p.bodies) return {};
  // "he said" opens with a pronoun, "health" does not: a Latin pronoun ends at a word boundary. Plain normalisation,
  // as for product.addressed: through the cue normaliser "he" would read as pinyin (和).
  const pronoun = new RegExp(`^(?:${alternation([...p.pronouns.zh, ...p.pronouns.en], plain)})(?![a-z])`);
  return {
    parties: { kin: both(p.kin), pronoun, media: both(p.media), reach: both(p.reach), bodies: both(p.bodies) },
  };
}

/**
 * The cue families a normalised question holds (product, own, official, each fraud family and the offer):
 * route-decision.ts reads them.
 */
export const CUE_FAMILIES = ['product', 'own', 'official', ...FRAUD_CUE_KINDS, 'offer'] as const;
export type CueFamily = (typeof CUE_FAMILIES)[number];

/** What the product side reads off a question's fraud cues, in order: a denied risk, an application withdrawn in time,
 *  a legal step asked about one's own lateness, a fee on one's own bill never signed up for, one's own fee feared a
 *  scam, what nobody did, a complaint about the lender's own collector. Each
 *  returns the same string when it reads nothing off. */
const READ_OFFS: readonly ((router: Router, text: string) => string)[] = [
  withoutDenied,
  withoutWithdrawn,
  withoutLateness,
  withoutUnsigned,
  withoutFeared,
  withoutNobody,
  withoutComplaint,
];

/**
 * One question's cue matches: each cue list (hundreds of phrases) is run over it at most once, by the router and
 * then by the fitted decision's cue families.
 */
export class CueReading {
  private readonly hits = new Map<CueList, string | undefined>();
  private side: CueReading | undefined;
  private naming: CueReading | null | undefined;
  /** `named`: the question with the brand's name read as the platform, made only when asked for (undefined: the
   *  question does not name the brand). */
  constructor(
    readonly text: string,
    private readonly name?: () => string | undefined,
  ) {}

  /** The reading with the brand's name read as the platform (product.named), when the question names the brand. */
  named(): CueReading | undefined {
    if (this.naming === undefined) {
      const t = this.name?.();
      this.naming = t === undefined || t === this.text ? null : new CueReading(t);
    }
    return this.naming ?? undefined;
  }

  /**
   * The reading the fraud families take: the text without its product frames (router.frames), else this one. A frame
   * right after someone's claim word ("客服说我误开通了会员", "they said i signed up by mistake") is that person's claim,
   * the refund scam's opening: it stays.
   */
  fraudSide(router: Router): CueReading {
    if (this.side) return this.side;
    const { frames, claimed } = router;
    const text = this.text;
    // (replace with a global pattern starts at 0 and leaves lastIndex at 0: the shared pattern keeps no state.)
    const bare = !frames
      ? text
      : claimed
        ? text.replace(frames, (m: string, at: number) =>
            claimed.test(text.slice(Math.max(0, at - CLAIM_REACH), at)) ? m : ' ',
          )
        : text.replace(frames, ' ');
    const read = READ_OFFS.reduce((t, readOff) => readOff(router, t), bare);
    this.side = read === this.text ? this : new CueReading(read);
    return this.side;
  }

  /** The first match of a cue list (undefined: none). */
  find(list: CueList): string | undefined {
    if (this.hits.has(list)) return this.hits.get(list);
    const hit = list.find(this.text);
    this.hits.set(list, hit);
    return hit;
  }
}

/** `side`: the reading the fraud families take (by default the question's fraudSide). */
export function cueFamilies(router: Router, cues: CueReading | string, fraudSide?: CueReading): CueFamily[] {
  const read = typeof cues === 'string' ? new CueReading(cues) : cues;
  const side = fraudSide ?? read.fraudSide(router);
  const out: CueFamily[] = [];
  if (read.find(router.product) !== undefined) out.push('product');
  if (read.find(router.own) !== undefined) out.push('own');
  if (router.official && read.find(router.official) !== undefined) out.push('official');
  for (const kind of FRAUD_CUE_KINDS) if (side.find(router.fraud[kind]) !== undefined) out.push(kind);
  if (side.find(router.offer) !== undefined) out.push('offer');
  return out;
}

/** A fraud cue's kind as the rules report it: a family, or `loss` (fraud.loss: the rules' call stands). */
export type RuleCueKind = FraudCueKind | 'loss';

export interface RouteDecision {
  route: FaqRoute;
  /** The product cue found (a product question only when no fraud cue is found too). */
  cue?: string;
  /** The first fraud cue found, with its family: a question holding one is a fraud question. */
  fraudCue?: { kind: RuleCueKind; text: string };
}

/** The rules' fraud call stands: money or a code already gone, no own account matter (fraud.loss). */
export const lossStands = (rule: RouteDecision | undefined): boolean => rule?.fraudCue?.kind === 'loss';

/** The rules' fraud call stands: a loss, or the user's doubt about what the platform would ever ask (fraud.never). */
export const ruleStands = (router: Router, rule: RouteDecision | undefined, cues: CueReading): boolean =>
  lossStands(rule) ||
  (rule?.fraudCue?.kind === 'doubt' &&
    router.never !== undefined &&
    cues.fraudSide(router).find(router.never) !== undefined);
const OTHER_SIDE = ['contact', 'doubt', 'risk'] as const;
/**
 * The user's own how-to about an everyday tool ("zoom上课怎么共享屏幕", "how do i install python"): a how-to word, every
 * request word a tool (fraud.tools), and nobody else, no doubt, no risk, no call or text, no offer, no account
 * matter and no undoing (fraud.undo: removing a tool is a victim's question). Nothing says a scam is involved, so it
 * is no fraud question: it is answered honestly (route other: an entry only offered, never asserted). A tool someone
 * else asks for ("他让我开屏幕共享"), a transfer or a fee still decide.
 */
function ownHowTo(router: Router, side: CueReading, context: string | undefined, cue: string | undefined): boolean {
  if (!router.tools || !router.howto || context !== undefined || cue !== undefined) return false;
  if (side.find(router.howto) === undefined || side.find(router.fraud.request) === undefined) return false;
  if (router.undo && side.find(router.undo) !== undefined) return false;
  if (OTHER_SIDE.some((k) => side.find(router.fraud[k]) !== undefined) || side.find(router.offer) !== undefined)
    return false;
  // (matchAll reads a copy of the global pattern: router.requests itself is never advanced.)
  for (const m of side.text.matchAll(router.requests)) if (!router.tools.test(m[0])) return false;
  return true;
}

/**
 * Which way a message goes. Pure; ~µs per message. `forms`: the question's normalizeText, plain and cued forms when
 * the caller has them already (search.ts questionForms: the same normalisations with the router's brand and words);
 * `cues`: the caller's reading of the cued form, to be read again by the fitted decision (cueFamilies).
 */
/**
 * A family's cue, the words of the user's own official action aside ("我给客服打电话" holds 给客服, "give it to
 * customer service", and 客服打, a call from customer service): a cue found inside that action is read again without
 * it, one that reaches outside it ("他让我给客服打电话": 让我给客服) stands.
 */
function outsideOwn(
  list: CueList,
  side: CueReading,
  officialHit: string | undefined,
  unofficial: string | undefined,
): string | undefined {
  const hit = side.find(list);
  if (hit === undefined || unofficial === undefined || !officialHit?.includes(hit)) return hit;
  return list.find(unofficial);
}

/** The user's own account situation or loan as the subject (product.own, product.mine). */
const ownMatter = (router: Router, read: CueReading): boolean =>
  read.find(router.own) !== undefined || (router.mine !== undefined && read.find(router.mine) !== undefined);

// Module-level, not a closure in routeQuestion: tsx's keepNames defines a property on each named closure made.
const fraudCall = (kind: RuleCueKind, text: string, cue: string | undefined): RouteDecision => ({
  route: 'fraud',
  fraudCue: { kind, text },
  ...(cue ? { cue } : {}),
});

export function routeQuestion(
  router: Router,
  question: string,
  forms?: { text: string; plain: string; cued: string },
  cues?: CueReading,
): RouteDecision {
  let text = forms?.plain ?? plain(question);
  if (router.brand) text = text.replace(router.brand, ' ').replace(/\s+/g, ' ').trim();
  if (!text || router.smalltalk.test(text) || smalltalkBySound(router, text)) return { route: 'smalltalk' };
  const normalized =
    forms?.cued ??
    normalizeQuestion(question, {
      keepFillers: true,
      ...(router.brand ? { brand: router.brand } : {}),
      ...router.words,
    });
  const read = cues?.text === normalized ? cues : new CueReading(normalized);
  const cue = read.find(router.product);
  // A caller who reminds the user of something the user then does in the official app is context, not a claim.
  const officialHit = router.official ? read.find(router.official) : undefined;
  const official = officialHit !== undefined;
  // …and the words of the user's own official action are no doubt ("打官方客服" holds 官方客服, "the official way to
  // reach a human" holds "official"): doubt is read without them; and no request or call (outsideOwn).
  // The fraud families read the question without its product frames ("盗刷险", "fraud alert").
  const side = read.fraudSide(router);
  // A victim's question: the loss decides before the other families (their cue would leave the call to the fitted
  // decision), unless the user's own account matter is named — then the families read it as before.
  const loss = router.loss ? side.find(router.loss) : undefined;
  if (loss !== undefined && cue === undefined && !ownMatter(router, read)) return fraudCall('loss', loss, cue);
  const unofficial = officialHit !== undefined ? side.text.split(officialHit).join(' ') : undefined;
  let context = outsideOwn(router.fraud.context, side, officialHit, unofficial);
  if (ownHowTo(router, side, context, cue)) return { route: 'other' };
  for (const kind of DECISIVE) {
    const hit =
      kind === 'request'
        ? outsideOwn(router.fraud.request, side, officialHit, unofficial)
        : kind === 'doubt' && unofficial !== undefined
          ? router.fraud[kind].find(unofficial)
          : side.find(router.fraud[kind]);
    if (hit === undefined) continue;
    if (kind !== 'contact' || !official) return fraudCall(kind, hit, cue);
    context ??= hit;
  }
  const own = read.find(router.own);
  if (own !== undefined) return { route: 'product', cue: own };
  // An account action the user takes through the official app or hotline ("短信说额度提升了，在app里能看到吗")
  // outweighs a call or a text as such, as an own-account situation does.
  if (context !== undefined && !(official && cue)) return fraudCall('context', context, cue);
  if (cue) return { route: 'product', cue };
  // Thanks or a greeting followed by a remark, no cue and no question: still small talk. (An opening of one letter
  // or one character — "a", "的" — opens too many other sentences.)
  const lead = forms?.text ?? normalizeText(question);
  const opening = router.question && !/[?？]/.test(question) ? router.opening.exec(lead)?.[0] : undefined;
  if (opening && plain(opening).length >= 2 && !router.question!.test(text)) return { route: 'smalltalk' };
  return { route: 'other' };
}
