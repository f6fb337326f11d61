// Step 5: from scored entries to what the user reads. Three bands of confidence: a straight answer, a
// "did you mean" that still shows the closest answer, or an honest fallback to the official channels — never a
// random entry.
import { detectLocale } from '../content/lang.ts';
import { hasCjk } from '../content/normalize.ts';
import { brandVars, fillTemplate, type TemplateVars } from '../content/template.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { platformActs } from './ask.ts';
import { askedOwnAccount } from './asked.ts';
import type { FaqIndex } from './build.ts';
import type { TextForm } from './form.ts';
import type { ModelPrediction } from './model.ts';
import type { FaqReplies } from './replies.ts';
import {
  type CueFamily,
  CueReading,
  cueFamilies,
  type FaqRoute,
  type RouteDecision,
  ownFeeFeared,
  type Router,
  routeQuestion,
  ruleStands,
  unaskedFamilies,
} from './route.ts';
import type { ScanText } from './model-scan.ts';
import { productCall, productProbability, type ProductCall, readsLatinWords } from './route-decision.ts';
import { combineRoute } from './route-model.ts';
import { namedForm, productSimilarity, queryTerms, questionForms, type ScoredEntry, searchFaq } from './search.ts';

export type ConfidenceBand = 'high' | 'mid' | 'none';

export interface FaqMatch {
  id: string;
  topics: TopicId[];
  /** Calibrated confidence in 0..1 (higher is better), rounded to 2 decimals. */
  score: number;
}

export interface FaqAnswer {
  /** The question as asked. */
  question: string;
  /** The language of `answer` (and of the entries matched). */
  locale: Locale;
  /** The entry answering the question; null when none reaches config.threshold. */
  match: FaqMatch | null;
  /** Other close entries (at most config.maxAlternatives, each ≥ config.alternativeFloor); empty without a match. */
  alternatives: FaqMatch[];
  /** Text to show: the entry's answer, a "did you mean", or the fallback; brand filled in. */
  answer: string;
  /** high: answered straight; mid: answered with "did you mean"; none: fallback (or a routed reply). */
  confidence: ConfidenceBand;
  /**
   * fraud: ranked against the FAQ (match, alternatives, confidence as above); smalltalk / product: routed before
   * ranking (content/routes.yaml) — `answer` is the route's reply, match null, confidence 'none'; other: no cue
   * either way — ranked like fraud, but answered at most as "did you mean" (confidence 'mid'), else the fallback.
   */
  route: FaqRoute;
  /** Set on the product reply given with its caution line (the fitted decision unsure between product and fraud). */
  caution?: true;
}

export interface AnswerOptions {
  /** Language to answer in; by default the question's own (detectLocale). */
  locale?: Locale;
}

// Only when content/replies/faq.yaml is broken (content check reports it): a server keeps answering honestly.
const LAST_RESORT: FaqReplies = {
  unsure: { zh: '{{answer}}', en: '{{answer}}' },
  did_you_mean: { zh: '{{choices}}', en: '{{choices}}' },
  fallback: {
    zh: '这个问题我没有把握回答。请通过官方渠道核实：{{brand.numbers}}。',
    en: "I'm not sure how to answer that. Please check with the official channels: {{brand.numbers}}.",
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The entry of `locale` closest to entry `e` (most shared topics; the same id apart from a locale prefix wins a
 * tie), for a question written in one language and answered in the other.
 */
function counterpart(index: FaqIndex, e: number, locale: Locale): number | undefined {
  const { entry } = index.entries[e]!;
  if (entry.locale === locale) return e;
  const stem = entry.id.replace(/^(zh|en)-/, '');
  let best: number | undefined;
  let bestScore = 0;
  for (const c of index.byLocale[locale]) {
    const other = index.entries[c]!.entry;
    const shared = other.topics.filter((t) => entry.topics.includes(t)).length;
    if (!shared) continue;
    const score =
      shared / new Set([...other.topics, ...entry.topics]).size + (other.id.replace(/^(zh|en)-/, '') === stem ? 1 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function toMatch(index: FaqIndex, e: number, confidence: number): FaqMatch {
  const { entry } = index.entries[e]!;
  return { id: entry.id, topics: [...entry.topics], score: round2(confidence) };
}

const THIRD_PARTY: ReadonlySet<string> = new Set(['contact', 'context']);

/** The fitted product/fraud call for a question the rules would rank (undefined: no fitted decision). `cues`: the
 *  router's reading of `cued`, when the caller kept it; `scan`: `cued` as the statistical layer scanned it. */
export function fittedCall(
  index: FaqIndex,
  rule: RouteDecision,
  cued: string,
  cues: CueReading = new CueReading(cued),
  scan: string | ScanText = cued,
  model?: ModelPrediction,
): ProductCall | undefined {
  const m = index.routeDecision;
  if (!m || !index.router || (rule.route !== 'fraud' && rule.route !== 'other')) return undefined;
  if (rule.route === 'other' && !readsLatinWords(m, cued)) return undefined;
  // Money or a code already gone (content/routes.yaml fraud.loss), or what the platform would ever ask (fraud.never):
  // a victim's or a never-do question, not the decision's to move.
  if (ruleStands(index.router, rule, cues)) return undefined;
  // A caller's or sender's offer to change the account ("a call saying my limit can be raised to 50k") is how the
  // paid-boost and lower-rate scams open, however much it reads like an account question: the rules' fraud call stands
  // (the offer's words: content/routes.yaml fraud.offer).
  const side = cues.fraudSide(index.router);
  const offer = side.find(index.router.offer);
  if (rule.fraudCue && THIRD_PARTY.has(rule.fraudCue.kind) && offer !== undefined) return undefined;
  // Someone told the user to pay, install or hand over (content/routes.yaml fraud.told, a request): their demand —
  // the decision reads fraud (the multinomial layer's confident product reading still makes it unsure).
  if (rule.fraudCue?.kind === 'request' && told(index.router, side)) return 'fraud';
  const families = cueFamilies(index.router, cues);
  const p = productProbability(m, scan, families);
  // No cue either way: moved only when product is the likelier reading (config.modelNoCueFloor) or the multinomial
  // layer leans to product too (config.modelNoCueAgree): "我想 close 账户，但是 app 里找不到注销的 button" (P 0.45, the
  // layer 0.26) is moved, "已经转账了还能追回来吗" (the layer 0.00) keeps its ranking.
  if (
    rule.route === 'other' &&
    p < index.config.modelNoCueFloor &&
    (model?.product ?? 0) < index.config.modelNoCueAgree
  )
    return undefined;
  const call = productCall(m, p);
  return call === 'fraud' && platformNotice(index.router, families, cues) ? 'unsure' : call;
}

/** Someone tells the user something (fraud.told) and someone else is in the question (a contact cue). */
const told = (router: Router, side: CueReading): boolean =>
  router.told !== undefined && side.find(router.told) !== undefined && side.find(router.fraud.contact) !== undefined;

const DECIDING: ReadonlySet<CueFamily> = new Set(['request', 'risk', 'offer']);

/**
 * A product question about the platform's own call, text or push ("你们app推送说额度调整了，是真的吗"): a product cue
 * or the user's own action in the official app, the platform as the sender (content/routes.yaml product.yours), and
 * nothing asked of the user, no risk, no offer.
 * Leave-one-batch-out these were the product questions answered as scams; the cautious product reply is right
 * for them and still warns a user whose "platform" caller was not one.
 */
function platformNotice(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  // The account matter: a product cue, or the user's own action in the official app ("我直接在app里还就行吧").
  const account = families.includes('product') || families.includes('official');
  if (!account || families.some((f) => DECIDING.has(f))) return false;
  return senderIsPlatform(router, families, cues);
}

/**
 * The platform named as the sender (product.yours): "你们的短信", or the brand's own name in its place ("收到易达贷的
 * 簡訊說…", "the AnxinLoan app says…") — the normalised forms drop the name, so without this reading a customer naming
 * the platform lost the very word that says whose notice it is. A request, risk or offer still decides (callers).
 */
function senderIsPlatform(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  if (!router.yours) return false;
  if (cues.find(router.yours) !== undefined) return true;
  const named = cues.named();
  if (named?.find(router.yours) === undefined) return false;
  // The name after someone who claims it ("自称易达贷客服", "说是易达贷客服") is that person's claim: a contact cue
  // keeps the name a name — unless the only contact is the named platform's own sending ("收到易达贷发来的短信" read as
  // "你们发来的": 发来 is inside 你们发), which leaves no one else in the question.
  return !families.includes('contact') || !contactBesides(router, named);
}

/** A contact cue outside the platform-as-sender words (product.yours) of the named reading. */
function contactBesides(router: Router, named: CueReading): boolean {
  return !router.yoursAll || router.fraud.contact.find(named.text.replace(router.yoursAll, ' ')) !== undefined;
}

const OTHERS: ReadonlySet<CueFamily> = new Set(['contact', 'risk', 'doubt']);
const CALL_OR_TEXT: ReadonlySet<CueFamily> = new Set(['context']);
const ASKS: ReadonlySet<CueFamily> = new Set(['request', 'offer']);
/** Someone asks: a request naming a person (给他, 要求我, asked me: product.addressed), or one for money, a code or data (any request word but the user's own actions). */
function someoneAsks(router: Router, text: string): boolean {
  // (matchAll reads a copy of the global pattern: router.requests itself is never advanced.)
  for (const m of text.matchAll(router.requests))
    if (router.addressed?.test(m[0]) || !router.actions?.test(m[0])) return true;
  return false;
}

/**
 * The asker's own loan (product.mine), or the asker as the one who acted (product.self) on an account matter: a
 * product cue or an action in the official app ("I tapped send code… do I type it in the app").
 */
function ownSubject(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  if (router.mine && cues.find(router.mine) !== undefined) return true;
  const account = families.includes('product') || families.includes('official');
  return !!router.self && account && cues.find(router.self) !== undefined;
}

/**
 * A question about the asker's OWN loan, repayment or fee (content/routes.yaml product.mine: 我的借款, 我还款, my
 * loan, my repayment) with no one else in it: no contact cue, risk or doubt, no call or text with a request or an
 * offer, no request that names a person or asks for money or a code. Whatever scam word it holds ("我想把我的借款转到
 * 另一张卡上扣款"), the safe reply is the product reply with its caution line: a customer is not alarmed, and a user
 * whose "platform" was a caller is still warned. The population: product questions the rules and the fitted decision
 * would answer as scams (held-out, session 9: 8 of 429 — customers asking about their own loan).
 */
function ownLoan(router: Router, cues: CueReading): boolean {
  const families = cueFamilies(router, cues);
  if (!ownSubject(router, families, cues)) return false;
  if (families.some((f) => OTHERS.has(f))) return false;
  if (families.some((f) => CALL_OR_TEXT.has(f)) && families.some((f) => ASKS.has(f))) return false;
  return !families.includes('request') || !someoneAsks(router, cues.fraudSide(router).text);
}

const BILL_SIDE: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official', 'doubt']);
/**
 * Doubt about a line on the asker's own statement or bill (content/routes.yaml product.bills: "账单上有一笔不认识的消费，
 * 是不是诈骗", "is this charge on my statement a scam") with no one else in it: no caller, no text, no request, no
 * risk, no offer. The bill is the object, not a message someone sent: the issuer's own dispute channel answers it,
 * and the caution line still warns a user who was contacted about it.
 */
function ownBill(router: Router, cues: CueReading): boolean {
  if (!router.bills || cues.find(router.bills) === undefined) return false;
  const families = cueFamilies(router, cues);
  return families.includes('doubt') && families.every((f) => BILL_SIDE.has(f));
}

/**
 * A fee the platform took from the asker's own loan or bill, feared a scam in their own hedged words ("扣了我一笔服务费，
 * 是不是被骗了", "charged me a processing fee, did i get scammed?": route.ts ownFeeFeared) with no one else in it once
 * the hedge is read off: as for a line on their own bill (ownBill), the cautious product reply — English names no
 * product cue for such a fee, so without this the question was ranked and offered a scam entry.
 */
function ownFee(router: Router, cues: CueReading): boolean {
  if (!ownFeeFeared(router, cues.text)) return false;
  return cueFamilies(router, cues).every((f) => BILL_SIDE.has(f));
}

const NOTICE_SIDE: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official', 'context', 'doubt']);
/**
 * Doubt about a notice of the asker's own account matter ("扣款失败的通知是真的吗，我卡里明明有钱", "the overdue
 * text is real right? where do i pay"): an account cue and doubt, and no one else — no caller or sender who claims,
 * asks, offers or threatens (a call or text as such may be there). A scam text asks for something (a link, a code, a
 * transfer) and keeps its scam answer; a reminder asks nothing, so the cautious product reply is the safe one for both
 * readings (it still warns a user whose "platform" text was not one). `families` are read without the asks the user
 * says were not made ("对方没叫我汇钱，也没问我要码": route.ts unaskedFamilies).
 */
function ownNotice(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  if (!families.includes('doubt') || !families.every((f) => NOTICE_SIDE.has(f))) return false;
  // The platform named as the caller about the asker's own situation ("你们的催收电话…我晚缴了…是不是你们") is the
  // account matter too: a doubt whether the reminder is really the platform's, with nothing asked.
  if (!families.includes('product')) return families.includes('own') && senderIsPlatform(router, families, cues);
  return families.includes('own') || families.includes('official');
}

const ACCOUNT_SIDE: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official', 'context']);
/**
 * An account question whose only scam-side cue is a call, a text or an account state as such (content/routes.yaml
 * `context`: "收到短信说额度降了", "account frozen"): nobody claims, asks, offers or threatens, and the user doubts
 * nothing. The fitted decision usually reads it as product; where it does not, the cautious product reply is still
 * the safe one (it warns a user whose "platform" text was not one).
 */
function accountState(router: Router, cues: CueReading): boolean {
  const families = cueFamilies(router, cues);
  return families.includes('product') && families.includes('context') && families.every((f) => ACCOUNT_SIDE.has(f));
}

/** Shaped like a chat turn: a small-talk word in it (router.chatty), and nothing of a pasted notice or of wording
 *  addressed to the reader (form.ts) — a pasted message goes on to the classifier's check, not to small talk. */
const chatty = (router: Router, plain: string, form: TextForm): boolean =>
  !form.notice && !form.addressed && router.chatty.test(plain);

/** One answer's question and what its replies read (routed, fallback). */
interface Asked {
  index: FaqIndex;
  question: string;
  locale: Locale;
  vars: Readonly<TemplateVars>;
  replies: FaqReplies;
}

// routed and fallback live here, not as closures in answerQuestion: tsx compiles with esbuild's keepNames, which
// wraps each named closure in an Object.defineProperty every time it is made (twice an answer).
function routed(at: Asked, route: 'product' | 'smalltalk', caution = false): FaqAnswer {
  const { question, locale, vars } = at;
  const routes = at.index.router!.routes;
  let answer = fillTemplate(routes[route].reply[locale], vars).trim();
  // Unsure between an account question and a scam story: the reply that is safe for both.
  const line = caution ? routes.product.caution?.[locale] : undefined;
  if (line) answer += `\n\n${fillTemplate(line, vars).trim()}`;
  return {
    question,
    locale,
    match: null,
    alternatives: [],
    answer,
    confidence: 'none',
    route,
    ...(caution ? { caution: true } : {}),
  };
}

function fallback(at: Asked, route: 'fraud' | 'other'): FaqAnswer {
  const { question, locale, vars } = at;
  const answer = fillTemplate(at.replies.fallback[locale], vars).trim();
  return { question, locale, match: null, alternatives: [], answer, confidence: 'none', route };
}

/** Answer one question from the FAQ. Pure and synchronous; cheap enough to call per message. */
export function answerQuestion(index: FaqIndex, question: string, options: AnswerOptions = {}): FaqAnswer {
  const { config } = index;
  const replies = index.replies ?? LAST_RESORT;
  // Normalised once: the router, the statistical layer and the index read these forms.
  const forms = questionForms(index, question);
  // Pinyin typed without an IME reads as Chinese once normalised ("you ren shuo…" → 有人说…): it is matched against
  // the Chinese entries and answered in Chinese, whatever English-looking syllables ("you") it holds.
  const written = hasCjk(forms.ranked) ? 'zh' : detectLocale(question, options.locale ?? 'zh');
  const locale = options.locale ?? written;
  const vars = brandVars(index.brand, locale);
  const at: Asked = { index, question, locale, vars, replies };
  const cues = new CueReading(forms.cued, () => namedForm(index, question, forms.text));
  const decision = index.router ? routeQuestion(index.router, question, forms, cues) : undefined;
  if (decision?.route === 'product' || decision?.route === 'smalltalk') return routed(at, decision.route);
  // Ranking terms and the model only for questions the rules did not route away.
  const q = queryTerms(index, question, forms);
  // The fitted decision and the statistical layer may send a question the rules would rank to product
  // (route-decision.ts, route-model.ts).
  const combined = decision
    ? combineRoute(
        decision,
        q.model,
        config,
        fittedCall(index, decision, forms.cued, cues, forms.scan, q.model),
        decision.route === 'other' && chatty(index.router!, forms.plain, q.form),
        index.router ? ruleStands(index.router, decision, cues) : undefined,
      )
    : 'fraud';
  if (combined === 'product' || combined === 'smalltalk') return routed(at, combined);
  if (combined === 'unsure') return routed(at, 'product', true);
  const router = index.router;
  if (
    router &&
    !ruleStands(router, decision, cues) &&
    (ownLoan(router, cues) ||
      accountState(router, cues) ||
      ownBill(router, cues) ||
      ownFee(router, cues) ||
      ownNotice(router, unaskedFamilies(router, cues), cues) ||
      platformActs(router, cueFamilies(router, cues), cues) ||
      askedOwnAccount(index, forms.text, cues))
  )
    return routed(at, 'product', true);
  // No fraud cue and no product cue: nothing says a scam is involved, so no straight scam answer (see below).
  const uncued = combined === 'other';
  // Match in the language the question is written in (words only meet words of the same language), then
  // answer with the corresponding entry of the answer language.
  const within = index.byLocale[written].length ? written : undefined;
  // No product cue and no fraud cue, but it reads more like a product example than like any FAQ question (below:
  // than the first entry's lexical score).
  const product = uncued && index.productExamples.count ? productSimilarity(index, q) : 0;
  const productCheck = uncued && index.productExamples.count > 0 && product >= config.productFloor;
  // The order matters only from the threshold up (below it: the fallback), unless the product check reads the first.
  const ranked: ScoredEntry[] = searchFaq(index, q, {
    locale: within,
    limit: config.maxAlternatives + 1,
    ...(productCheck ? {} : { orderFrom: config.threshold }),
  });
  if (productCheck && product > (ranked[0]?.lexical ?? 0)) return routed(at, 'product');

  const seen = new Set<number>();
  const results: { entry: number; confidence: number }[] = [];
  for (const s of ranked) {
    const e = counterpart(index, s.entry, locale) ?? s.entry;
    if (seen.has(e)) continue;
    seen.add(e);
    results.push({ entry: e, confidence: s.confidence });
  }

  const route = uncued ? 'other' : 'fraud';
  const best = results[0];
  if (!best || best.confidence < config.threshold) return fallback(at, route);
  const alternatives = results
    .slice(1)
    .filter((r) => r.confidence >= config.alternativeFloor)
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, config.maxAlternatives);
  const chosen = index.entries[best.entry]!;
  let answer = chosen.answer;
  let band: ConfidenceBand = 'high';
  // Without a fraud cue nothing says a scam is involved: the closest entry is offered ("did you mean"), never
  // asserted — a product question worded in a way no cue knows must not read a confident scam answer.
  if (best.confidence < config.high || uncued) {
    band = 'mid';
    answer = fillTemplate(replies.unsure[locale], vars, { title: chosen.title, answer: chosen.answer }).trim();
    if (alternatives.length) {
      const choices = alternatives.map((a, i) => `${i + 1}. ${index.entries[a.entry]!.title}`).join('\n');
      answer += `\n\n${fillTemplate(replies.did_you_mean[locale], vars, { choices }).trim()}`;
    }
  }
  return {
    question,
    locale,
    match: toMatch(index, best.entry, best.confidence),
    alternatives: alternatives.map((a) => toMatch(index, a.entry, a.confidence)),
    answer,
    confidence: band,
    route,
  };
}
