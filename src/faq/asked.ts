// What is asked, and whether a scam sign is anywhere in the story before it. A user often tells what happened and then
// asks about their own loan ("He got a text saying his payment failed and asked me if it's a scam. I checked, it came
// from the short code in the app. How do I update his card so the auto-debit works again?"). The scam words of the
// story (a text, "is it a scam") make the rules read a fraud question, yet what is asked is an account how-to. A
// scam answer needs a scam sign — someone else asking for money, a code, a transfer, an install or a call, an offer
// to change the account, a risk to the account, money or a code already gone, a third party who says or claims
// something — not the user's doubt or a notice as such; the product reply with its caution line is safe for both.
import type { FaqIndex } from './build.ts';
import { allHits, readAsks, unitsBetween } from './ask.ts';
import { type CueFamily, CueReading, cueFamilies, type Router, withoutDeniedRequests } from './route.ts';
import { modelText, productSimilarity, queryTerms, searchFaq } from './search.ts';

/** A sentence ends after ? ! ; 。 (full-width forms too) or a line break, at a full stop before a space ("10.5" and
 *  "mr.x" stay whole), or after a colon that opens the question ("so the question is: …"; "10:30" and "https://" stay
 *  whole); the mark stays with its sentence. */
const SENTENCE_END = /(?<=[?!;\n。！？；])|(?<=\.)(?=\s)|(?<=[:：])(?![\d/])/;

/** The sentences of a text (normalizeText form), marks kept. */
const sentences = (text: string): string[] =>
  text
    .split(SENTENCE_END)
    .map((p) => p.trim())
    .filter((p) => /[^\s?!;.]/.test(p));

/** The last sentence and the sentences before it (undefined: a single sentence). `text`: normalizeText form. */
export function lastSentence(text: string): { story: string; ask: string } | undefined {
  const parts = sentences(text);
  if (parts.length < 2) return undefined;
  return { story: parts.slice(0, -1).join(' '), ask: parts[parts.length - 1]! };
}

/** A sentence that asks something: a question mark, a Chinese question particle or word, or an English question's
 *  opening word (router.question is too broad here: it finds "is" inside "this"). */
const ASKING =
  /[?？]|[吗呢么嘛]|是不是|会不会|有没有|能不能|可不可以|要不要|怎么|怎样|如何|为什么|为啥|多久|多少|几号|哪里|哪儿/;
const ASKING_EN = /^(?:how|what|why|when|where|who|which|can|could|should|is|are|do|does|did|will|would|any)(?![a-z])/;
const asking = (sentence: string): boolean => ASKING.test(sentence) || ASKING_EN.test(sentence);

/** Some text before an ask opener: shorter, the opener starts the question. */
const OPENER_AFTER = 4;

/**
 * The ask and the story around it (`text`: normalizeText form). The ask is the last sentence that asks something, with
 * the question before it when it leans on that one (a bare follow-up with no account cue: "需要什么材料？", "what are
 * the steps?"); sentences after it (a clarification, "不是网上那种付钱的") belong to the story, after its sentences.
 * Inside the ask an opener ("想问下", "just tell me": product.openers) after some text ends the story: "之前有人冒充客服
 * 打来我没理，想问下提前还款要手续费吗" tells, then asks. Undefined: nothing before or after the ask.
 */
export function askParts(index: FaqIndex, text: string): { story: string[]; ask: string } | undefined {
  const router = index.router;
  const parts = sentences(text);
  if (!router || !parts.length) return undefined;
  let last = parts.length - 1;
  while (last > 0 && !asking(parts[last]!)) last--;
  if (!asking(parts[last]!)) last = parts.length - 1;
  let first = last;
  if (first > 0 && asking(parts[first - 1]!) && !accountCue(index, router, parts[last]!)) first--;
  const story = parts.slice(0, first);
  let ask = parts.slice(first, last + 1).join(' ');
  const opener = router.openers ? lastOpener(router.openers, ask) : undefined;
  if (opener !== undefined) {
    story.push(ask.slice(0, opener).trim());
    ask = ask.slice(opener);
  }
  story.push(...parts.slice(last + 1));
  return story.length ? { story, ask } : undefined;
}

/** Where the last ask opener after some text starts (undefined: none). */
function lastOpener(openers: RegExp, ask: string): number | undefined {
  let at: number | undefined;
  // (matchAll reads a copy of the global pattern: router.openers itself is never advanced.)
  for (const m of ask.matchAll(openers)) if (m.index >= OPENER_AFTER) at = m.index;
  return at;
}

const accountCue = (index: FaqIndex, router: Router, sentence: string): boolean =>
  cueFamilies(router, new CueReading(modelText(index, sentence))).some((f) => ACCOUNT.has(f));

const ACCOUNT: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official']);
/** The scam side of a sentence: a fraud family or an offer. */
const SCAM_SIDE: ReadonlySet<CueFamily> = new Set(['contact', 'request', 'doubt', 'risk', 'context', 'offer']);
/** Not scam signs by themselves: the user's doubt, a call or a text as such, the account's own words. */
const NO_SIGN: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official', 'doubt', 'context']);

/** The ask is an account question: a question (a mark or a question word), an account cue, nothing of the scam side,
 *  and its wording closer to a product example than to any FAQ entry (a protection how-to is an entry's). */
function accountAsk(index: FaqIndex, router: Router, ask: string): boolean {
  if (!ask.endsWith('?') && !router.question?.test(ask)) return false;
  const families = cueFamilies(router, new CueReading(modelText(index, ask)));
  if (!families.some((f) => ACCOUNT.has(f)) || families.some((f) => SCAM_SIDE.has(f))) return false;
  const q = queryTerms(index, ask);
  return productSimilarity(index, q) > (searchFaq(index, q, { limit: 1 })[0]?.lexical ?? 0);
}

/** The story holds no scam sign: only doubt, a call or text as such and account words, or whoever it names is the
 *  platform or the user's own party with nobody else asking (ask.ts readAsks); no risk, offer or loss. */
function noScamSign(index: FaqIndex, router: Router, story: string): boolean {
  const text = modelText(index, story);
  const read = new CueReading(withoutDeniedRequests(router, router.wonders ? text.replace(router.wonders, ' ') : text));
  const side = read.fraudSide(router);
  if (router.loss && side.find(router.loss) !== undefined) return false;
  const families = cueFamilies(router, read);
  if (families.every((f) => NO_SIGN.has(f))) return true;
  if (families.some((f) => f === 'risk' || f === 'offer')) return false;
  const asks = readAsks(router, side.text);
  return asks !== undefined && !asks.thirdParty && asks.contactsExplained;
}

/** The ask is a question about the user's own account, after a settled story: nothing of the scam side or a loss, and
 *  an account cue or wording closer to a product example than to any FAQ entry. */
function settledAsk(index: FaqIndex, router: Router, ask: string, read: CueReading): boolean {
  if (!ask.endsWith('?') && !router.question?.test(ask)) return false;
  if (router.loss && read.fraudSide(router).find(router.loss) !== undefined) return false;
  const families = cueFamilies(router, read);
  // An account state as such ("逾期记录", "frozen") is the user's own matter beside an account cue (answer.ts
  // accountState), after a settled story as anywhere.
  if (families.some((f) => f !== 'context' && SCAM_SIDE.has(f))) return false;
  if (families.some((f) => ACCOUNT.has(f))) return true;
  if (families.includes('context')) return false;
  // No account cue: the wording must read as a product example, not only beat a weak FAQ match ("what else can I do").
  const q = queryTerms(index, ask);
  const product = productSimilarity(index, q);
  return product >= index.config.productFloor && product > (searchFaq(index, q, { limit: 1 })[0]?.lexical ?? 0);
}

/** The user settled the story before asking (product.settled: refused, hung up, blocked, reported; .heard: only heard
 *  of scams) and no sentence after the one that settles it tells of a scam again (a second caller, a threat heard
 *  out); nothing was handed over (no loss), no harm is done (.harms: an identity misused, an account hacked) and
 *  nothing is left open (.pending: "还没交", "not yet"). Whatever scam it tells is not what is asked: the product
 *  reply's caution line still warns. */
function settledStory(index: FaqIndex, router: Router, story: readonly string[], ask: CueReading): boolean {
  const settled = router.settled;
  if (!settled || (settled.pending && ask.find(settled.pending) !== undefined)) return false;
  let done = false;
  for (const part of story.flatMap(sentences)) {
    const told = new CueReading(modelText(index, part));
    if (settled.pending && told.find(settled.pending) !== undefined) return false;
    if (settled.harms && told.find(settled.harms) !== undefined) return false;
    const heard = heardOnly(router, told);
    if (router.loss && !(heard && othersLoss(router, told)) && told.fraudSide(router).find(router.loss) !== undefined)
      return false;
    if (heard || told.find(settled.done) !== undefined || stated(router, part, told) || disclaimed(router, part, told))
      done = true;
    else if (done && cueFamilies(router, told).some((f) => SCAM_SIDE.has(f))) done = false;
  }
  return done;
}

/** Every loss in a sentence told of someone else (product.settled.others right before it: "my friend lost money"). */
function othersLoss(router: Router, told: CueReading): boolean {
  const others = router.settled?.others;
  if (!others || !router.loss) return false;
  const text = told.fraudSide(router).text;
  const who = allHits(others, text);
  const losses = allHits(router.loss, text);
  return losses.every((l) => who.some((w) => w.end <= l.start && unitsBetween(text, w.end, l.start) <= 1));
}

/** What a statement about scams in general may hold: the doubt word it asserts ("都是骗人的", "are scammers"), a
 *  scheme's name — its people and what they ask included ("debt relief guys", "花钱提额的") while the user is not
 *  whom they reach or ask (ME_OBJECT) —, the account's own words. */
const STATED: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official', 'doubt', 'risk']);
const SCHEME: ReadonlySet<CueFamily> = new Set([...STATED, 'contact', 'request']);
/** The user as the one reached, asked or helped ("让我", "加我", "asked me", "my account"): an event, not a statement. */
const ME_OBJECT = /[让叫要给找问加骗帮]我|联系我|打给我|(?<![a-z])(?:me|my)(?![a-z])/;
/**
 * A sentence that states that something is a scam, not asks whether it is (product.asserts: "网上说花钱修复征信都是骗人
 * 的", "i know credit repair people are scammers", "现在骗子很多"): the user has settled it, as by hanging up. Nobody
 * reaches the user in it (no contact, call or text), nothing is asked of them and nothing offered (a harm or a loss
 * is checked by the caller, settledStory). A scam word alone states nothing ("i gave a fake agent my code").
 */
function stated(router: Router, sentence: string, told: CueReading): boolean {
  if (!router.asserts || told.find(router.asserts) === undefined || asking(sentence)) return false;
  const families = cueFamilies(router, told);
  if (!families.includes('doubt')) return false;
  return families.every((f) => STATED.has(f)) || (families.every((f) => SCHEME.has(f)) && !ME_OBJECT.test(sentence));
}

/** A sentence or clause that opens by excluding a scam ("不是那种要先交钱的提额", "not the pay-to-raise thing": product.disclaims),
 *  with nobody reaching the user in it. */
const disclaimed = (router: Router, sentence: string, told: CueReading): boolean =>
  disclaimsAnywhere(router, sentence) && !cueFamilies(router, told).includes('contact');

const EVENT: ReadonlySet<CueFamily> = new Set(['context', 'request']);
/** A sentence that only tells what the user heard of scams (product.settled.heard): no call, text or request in it. */
const heardOnly = (router: Router, told: CueReading): boolean =>
  router.settled?.heard !== undefined &&
  told.find(router.settled.heard) !== undefined &&
  !cueFamilies(router, told).some((f) => EVENT.has(f));

/** A story that ends in the user's own account question, with no scam sign in it or settled before the question
 *  (`text`: normalizeText form; `cues`: the whole question's cued reading, when the caller has it). */
export function askedOwnAccount(index: FaqIndex, text: string, cues?: CueReading): boolean {
  const router = index.router;
  const split = router ? askParts(index, text) : undefined;
  if (!router || !split) return false;
  const story = split.story.join(' ');
  if (accountAsk(index, router, split.ask) && noScamSign(index, router, story)) return true;
  // The whole question's reading first (a phrase trie): most stories hold no settling word, and are done here.
  if (!mayBeSettled(router, text, cues)) return false;
  const ask = new CueReading(modelText(index, split.ask));
  return settledAsk(index, router, split.ask, ask) && settledStory(index, router, split.story, ask);
}

/** A settling word, a heard-of word, a statement that something is a scam or a disclaimer somewhere in the question. */
function mayBeSettled(router: Router, text: string, cues: CueReading | undefined): boolean {
  const s = router.settled;
  if (!s) return false;
  if (!cues) return true;
  if (cues.find(s.done) !== undefined || (s.heard && cues.find(s.heard) !== undefined)) return true;
  return (router.asserts !== undefined && cues.find(router.asserts) !== undefined) || disclaimsAnywhere(router, text);
}

/** A disclaimer at the start of the text or of a clause (after a sentence mark or a comma). */
function disclaimsAnywhere(router: Router, text: string): boolean {
  if (!router.disclaims) return false;
  if (router.disclaims.test(text)) return true;
  for (const m of text.matchAll(/[,?!;.:，。？！；：]\s*/g))
    if (router.disclaims.test(text.slice(m.index + m[0].length))) return true;
  return false;
}
