// Step 4: score entries against a question.
//   1. TF-IDF cosine through the postings ranks the entries sharing words or grams with the question (lexical).
//   2. fuse.js settles near ties among the best two over their own segmented variants (typos inside words).
//   3. Topic signals say whether the question is about that topic at all: do the other candidates agree on it,
//      and are the question's words typical of it (a word every topic uses, like 还款, is no evidence). The
//      candidates' agreement also moves the ranking a little (config.voteShare): the candidates vote.
//   4. A logistic calibration turns the signals into a confidence ≈ P(the entry answers the question).
import { extend } from '../content/clone.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import type { FaqIndex, Postings } from './build.ts';
import { features, termWeight } from './build.ts';
import { ASK_ACTS, ASK_GRAMMARS, PRIZE_FEE, CLAIMED_AUTHORITY, PROOF_ACTS } from './lexicon.ts';
import type { FaqLexicon, LossPatterns } from './lexicon-file.ts';
import { type ModelPrediction, predict } from './model.ts';
import { type TextForm, textForm } from './form.ts';
import { ScanText } from './model-scan.ts';
import { closeCjkGaps, type NormalizeOptions, normalizeQuestion, normalizeQuestionBoth } from './normalize.ts';
import { stripPunctuation } from '../content/normalize.ts';
import { segment } from './segment.ts';

export interface ScoredEntry {
  /** Position in index.entries. */
  entry: number;
  /** TF-IDF cosine, 0..1 (best variant and whole entry blended by config.variantShare); after a loss, lifted. */
  lexical: number;
  /** 1 − fuse.js score of the entry's best variant, 0..1 (0 when fuse.js did not run for it or found nothing). */
  fuzzy: number;
  /**
   * The statistical layer's vote: config.modelPrior × the model's P(the entry's topic | fraud). It moves the
   * ranking only; confidence stays on the lexical signals (calibrated without it).
   */
  prior: number;
  /** Ranking key: the lexical score (blended with fuzzy, config.fuseShare, among near ties) plus the prior. */
  score: number;
  /** Share of the candidates' score on entries sharing a topic with this one, 0..1. */
  agree: number;
  /** Summed score of the other candidates sharing a topic with this one. */
  support: number;
  /** How typical the question's terms are of this entry's topics (log-likelihood ratio, ≥ 0). */
  topicFit: number;
  /** Share of the question's word weight that the FAQ's vocabulary knows at all (same for every entry), 0..1. */
  known: number;
  /** The text's form (form.ts; same for every entry): a pasted notice or a question. */
  notice: number;
  addressed: number;
  asks: number;
  /** Calibrated confidence, 0..1. */
  confidence: number;
}

export interface SearchOptions {
  /** Only entries of this language; all when omitted. */
  locale?: Locale;
  /** How many entries to return, best first (default: config.maxAlternatives + 1). */
  limit?: number;
  /**
   * The caller reads the order only when some entry reaches this confidence (answerQuestion: its threshold, below
   * which every order ends in the same fallback): with none there, fuse.js's tie-break is skipped.
   */
  orderFrom?: number;
}

export interface QueryTerms {
  normalized: string;
  /**
   * The question's features by number (index.featureIds; −1 for one the index has never seen), in the order read, and
   * their TF-IDF weights. Features unknown to the index stay in (they lower the cosine: unexplained words).
   */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
  /** Share of the word weight (idf-weighted, grams left out) on words some entry uses: low for off-topic text. */
  known: number;
  /** Segmented words joined by spaces: fuse.js's pattern. */
  segmented: string;
  /** The question says a code or money is already gone (content/faq-lexicon.yaml loss_cues, money_gone_cues). */
  loss: boolean;
  /** …money in particular (money_gone_cues). */
  moneyGone: boolean;
  /** Topics whose defining act the question names (content/faq-lexicon.yaml defining_acts). */
  acts: TopicId[];
  /** A state body is said to be the caller or sender and no loss is told (lexicon.ts CLAIMED_AUTHORITY). */
  authority: boolean;
  /** The statistical layer's reading (model.ts), when the index has one. */
  model?: ModelPrediction;
  /** Its form: a pasted message or a question (form.ts). */
  form: TextForm;
}

// How far around a loss cue its near miss, its call put through and its incoming money are read (the cue lists and
// their patterns: content/faq-lexicon.yaml, compiled in lexicon-file.ts).
const NEAR_MISS_REACH = 12;
const INCOMING_REACH = 24;
const CALL_REACH = 48;

/** A loss cue of `re` said as done: some match without a near miss before it, nor a call or incoming money, nor a
 *  payment made in the platform's own app (`p`: the index's loss patterns). */
function saidDone(re: RegExp, plain: string, p: LossPatterns): boolean {
  for (const m of plain.matchAll(re)) {
    const before = plain.slice(Math.max(0, m.index - NEAR_MISS_REACH), m.index);
    const after = plain.slice(m.index + m[0].length, m.index + m[0].length + CALL_REACH);
    if (p.nearMiss.test(before) || p.callPutThrough.test(after)) continue;
    if (p.sender.test(before) && p.incoming.test(after.slice(0, INCOMING_REACH))) continue;
    if (p.ownChannel.test(after)) continue;
    return true;
  }
  return false;
}
// The pretexts a claimed authority brings (a refund, a link to pay at, a fee): read as the authority's, not their own.
const AUTHORITY_PRETEXTS: ReadonlySet<TopicId> = new Set<TopicId>(['refund-scam', 'phishing-link', 'upfront-fee']);
// …and the entries that give way to it (search.ts leadTopic): the pretexts and the code it asks for, with the
// "is this contact real" entry those share (legit-contact) — none names a second scheme.
const PRETEXT_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>([
  ...AUTHORITY_PRETEXTS,
  'verification-code',
  'legit-contact',
]);
const GRAMMARS = Object.entries(ASK_GRAMMARS).map(([topic, res]) => ({ topic: topic as TopicId, res: res! }));

/**
 * A state body said to be the caller or sender (lexicon.ts CLAIMED_AUTHORITY) — unless a loss is told: then the steps
 * after it lead, and the police may be the ones the user already called. `joined`: the plain question with the gaps
 * between Chinese characters closed (closeCjkGaps), made once per question.
 */
const claimedAuthority = (joined: string, loss: boolean): boolean =>
  !loss && CLAIMED_AUTHORITY.some((re) => re.test(joined));

/**
 * The topics whose defining act the question names (`acts`: content/faq-lexicon.yaml defining_acts, compiled in the
 * index), read on `joined` (the plain question
 * with the gaps between Chinese characters closed): users quote the scheme's own term (幫我「修復」信貸報告), and the
 * quote left a space. (Read through the regional synonyms too, measured: one more READ question right, one UNREAD
 * question less.)
 */
function definingActs(joined: string, authority: boolean, acts: FaqLexicon['acts']): TopicId[] {
  const found: TopicId[] = [];
  // A prize paid for first is the advance fee, not the prize-form lure (lexicon.ts PRIZE_FEE).
  const prizeFee = PRIZE_FEE.some((re) => re.test(joined));
  // A claimed authority is the scheme whatever its pretext: the pretext's own acts give way to it.
  for (const a of acts)
    if (
      a.re.test(joined) &&
      !(prizeFee && a.topic === 'phishing-link') &&
      !(authority && AUTHORITY_PRETEXTS.has(a.topic))
    )
      found.push(a.topic);
  if (prizeFee && !found.includes('upfront-fee')) found.push('upfront-fee');
  if (authority && !found.includes('impersonating-authorities')) found.push('impersonating-authorities');
  // The ask's grammar (lexicon.ts ASK_GRAMMARS): a topic once, whichever way it was named.
  for (const g of GRAMMARS) if (!found.includes(g.topic) && g.res.some((re) => re.test(joined))) found.push(g.topic);
  return found;
}

/**
 * The question as the statistical layer reads it (fitting and answering alike): the router's normalisation, fillers
 * kept ("是不是骗子" is evidence for fraud against product).
 */
export function modelText(index: FaqIndex, question: string): string {
  return normalizeQuestion(question, extend(indexWords(index), { keepFillers: true }));
}

/** The index's brand and words, as normalizeQuestion reads them. */
const indexWords = (index: FaqIndex): NormalizeOptions => ({
  brand: index.brandRe,
  pinyin: index.pinyin,
  spelling: index.spelling,
  homophones: index.homophones,
});

/** The forms of one question the steps read, made once per question (router, model and index share them). */
export interface QuestionForms {
  /** normalizeText(question): what the text's form (form.ts) and the router's opening read. */
  text: string;
  /** `text`, punctuation stripped: what cue lists (small talk, a loss) are matched in. */
  plain: string;
  /** normalizeQuestion with fillers kept: the router's and the model's form (modelText). */
  cued: string;
  /** normalizeQuestion without fillers: the index's form. */
  ranked: string;
  /**
   * `cued` as the two fitted models scan it (the statistical layer, then the route decision): the first scan leaves
   * what it read off the text whatever the model here for the second (model-scan.ts).
   */
  scan: ScanText;
}

export function questionForms(index: FaqIndex, question: string): QuestionForms {
  // One pass up to the filler step for both normalised forms and the question's normalizeText form.
  const { kept, dropped, text } = normalizeQuestionBoth(question, indexWords(index));
  return { text, plain: stripPunctuation(text), cued: kept, ranked: dropped, scan: new ScanText(kept) };
}

/**
 * The router's form with the brand's name read as the platform (router.named) instead of removed; undefined when
 * the question (its normalizeText form, `text`) does not name the brand. Made only on demand (CueReading.named).
 */
export function namedForm(index: FaqIndex, question: string, text: string): string | undefined {
  const named = index.router?.named;
  // (search ignores a global pattern's lastIndex and leaves it alone.)
  if (!named || !index.brandRe || text.search(index.brandRe) < 0) return undefined;
  return normalizeQuestion(question, { ...indexWords(index), keepFillers: true, brandAs: named });
}

/** normalizeQuestion without fillers, with the index's brand and words: the form the index was built from. */
const rankedForm = (index: FaqIndex, text: string) => normalizeQuestion(text, indexWords(index));

/** The index's side of a query: the term vector of normalised text, all lexicalScores reads. */
type TermVector = Pick<QueryTerms, 'ids' | 'weights' | 'norm'>;

/** The term vector of text normalised for the index, with the share of known words and the segmented words. */
function termVector(index: FaqIndex, normalized: string): TermVector & { known: number; words: string[] } {
  // An unseen feature weighs like the rarest known one: a word no entry uses is evidence against all of them.
  const unseen = Math.log(1 + Math.max(1, index.entries.length));
  let sq = 0;
  let words = 0;
  let knownWords = 0;
  const segmented = segment(normalized);
  const found = features(normalized, index.config, segmented);
  const ids = new Int32Array(found.size);
  const weights = new Float64Array(found.size);
  let j = 0;
  for (const [k, tf] of found) {
    const id = index.featureIds.get(k) ?? -1;
    const idf = id < 0 ? Number.NaN : index.idf[id]!;
    const inIndex = !Number.isNaN(idf);
    const w = termWeight(k, tf, inIndex ? idf : unseen, index.config);
    ids[j] = id;
    weights[j++] = w;
    sq += w * w;
    if (k.charCodeAt(0) === 119 /* w */) {
      words += w;
      if (inIndex) knownWords += w;
    }
  }
  return { ids, weights, norm: Math.sqrt(sq) || 1, known: words ? knownWords / words : 0, words: segmented };
}

/**
 * The question as the index sees it. `forms`: questionForms() when the caller has them; `model: false` skips the
 * statistical layer (a sub-query that only needs the term vector).
 */
export function queryTerms(
  index: FaqIndex,
  question: string,
  forms: QuestionForms = questionForms(index, question),
  options: { model?: boolean } = {},
): QueryTerms {
  const normalized = forms.ranked;
  const { ids, weights, norm, known, words } = termVector(index, normalized);
  const lossCues = index.lexicon.loss;
  const moneyGone = saidDone(lossCues.moneyGone, forms.plain, lossCues);
  const loss = moneyGone || saidDone(lossCues.cues, forms.plain, lossCues);
  const joined = closeCjkGaps(forms.plain);
  const authority = claimedAuthority(joined, loss);
  const model = index.model && options.model !== false ? predict(index.model, forms.scan) : undefined;
  const q: QueryTerms = {
    normalized,
    ids,
    weights,
    norm,
    known,
    segmented: words.join(' '),
    loss,
    moneyGone,
    acts: index.config.actBoost > 0 ? definingActs(joined, authority, index.lexicon.acts) : [],
    authority,
    form: textForm(question, forms.text),
  };
  // Set after, not spread in first: node 20's V8 gives an object literal that starts with a spread a new hidden
  // class per object (maps and descriptor arrays in the old generation every question; docs/performance.md).
  if (model) q.model = model;
  return q;
}

/** A list of row numbers in a buffer reused from question to question (the touched lists grew by push per question). */
class RowList {
  rows = new Int32Array(256);
  length = 0;
  push(r: number): void {
    if (this.length === this.rows.length) {
      const grown = new Int32Array(2 * this.rows.length);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.length++] = r;
  }
}
// Each lexicalScores call empties these before it returns (the cross-lingual sub-query runs between two calls).
const touchedVariants = new RowList();
// lexicalScores's k best so far, by entry and score.
let topEntry = new Int32Array(32);
let topLexical = new Float64Array(32);
const touchedEntries = new RowList();
const hitEntries = new RowList();

function accumulate(
  postings: readonly (Postings | undefined)[],
  q: TermVector,
  acc: Float64Array,
  touched: RowList,
): void {
  for (let j = 0; j < q.ids.length; j++) {
    const id = q.ids[j]!;
    const p = id < 0 ? undefined : postings[id];
    if (!p) continue;
    const qw = q.weights[j]!;
    const { rows, weights } = p;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const before = acc[r]!;
      if (before === 0) touched.push(r);
      acc[r] = before + qw * weights[i]!;
    }
  }
}

/** The `k` entries with the best lexical score, best first (ties: lower entry number first). */
function lexicalScores(
  index: FaqIndex,
  q: TermVector,
  k: number,
  allowed?: Uint8Array,
): { entry: number; lexical: number }[] {
  const { config } = index;
  // Accumulators live in the index and are zeroed again through the touched lists: allocating, zeroing and
  // Map bookkeeping per question cost more than the scoring itself at 10,000 entries.
  const { variants: vAcc, entries: eAcc, best } = index.scratch;
  const touched = touchedVariants;
  const hit = hitEntries;
  const eTouched = touchedEntries;
  touched.length = hit.length = eTouched.length = 0;
  accumulate(index.variantPostings, q, vAcc, touched);
  for (let t = 0; t < touched.length; t++) {
    const v = touched.rows[t]!;
    const e = index.variantEntry[v]!;
    if (allowed && !allowed[e]) continue;
    const cos = vAcc[v]! / (index.variantNorm[v]! * q.norm);
    if (best[e] === 0) hit.push(e);
    if (cos > best[e]!) best[e] = cos;
  }
  if (config.variantShare < 1) accumulate(index.entryPostings, q, eAcc, eTouched);
  // Keep the k best in a small sorted buffer: sorting every touched entry costs ~1 ms at 10,000 entries. Typed
  // arrays reused from question to question, an object only for each of the k kept.
  if (topEntry.length < k + 1) {
    topEntry = new Int32Array(2 * (k + 1));
    topLexical = new Float64Array(2 * (k + 1));
  }
  let size = 0;
  for (let h = 0; h < hit.length; h++) {
    const e = hit.rows[h]!;
    const whole = eAcc[e]! / (index.entryNorm[e]! * q.norm);
    const lexical = config.variantShare * best[e]! + (1 - config.variantShare) * whole;
    if (size === k && size > 0) {
      const last = topLexical[size - 1]!;
      if (lexical < last || (lexical === last && e > topEntry[size - 1]!)) continue;
    }
    let i = size;
    while (i > 0 && (topLexical[i - 1]! < lexical || (topLexical[i - 1]! === lexical && topEntry[i - 1]! > e))) i--;
    // Shift the rest down one (the last falls off a full buffer).
    for (let j = Math.min(size, k - 1); j > i; j--) {
      topEntry[j] = topEntry[j - 1]!;
      topLexical[j] = topLexical[j - 1]!;
    }
    if (i < k) {
      topEntry[i] = e;
      topLexical[i] = lexical;
    }
    if (size < k) size++;
  }
  const top: { entry: number; lexical: number }[] = [];
  for (let i = 0; i < size; i++) top.push({ entry: topEntry[i]!, lexical: topLexical[i]! });
  for (let t = 0; t < touched.length; t++) vAcc[touched.rows[t]!] = 0;
  for (let t = 0; t < eTouched.length; t++) eAcc[eTouched.rows[t]!] = 0;
  for (let h = 0; h < hit.length; h++) best[hit.rows[h]!] = 0;
  touched.length = hit.length = eTouched.length = 0;
  return top;
}

/**
 * Naive-Bayes log-likelihood ratio of the question's known features under the best of `topics` against the
 * FAQ as a whole. Words concentrated in the topic (提额, 解冻费) count; words spread over all topics
 * (还款, account, phone) come out near zero, which is what separates "how do I repay early" from a scam question.
 * `memo`: one per question — candidates share topics, and a topic's ratio depends on the question only.
 */
export function topicFit(
  index: FaqIndex,
  q: QueryTerms,
  topics: readonly TopicId[],
  memo: Map<TopicId, number> = new Map(),
): number {
  let best = 0;
  for (const t of topics) {
    let llr = memo.get(t);
    if (llr === undefined) {
      llr = topicLlr(index, q, t);
      memo.set(t, llr);
    }
    if (llr > best) best = llr;
  }
  return best;
}

function topicLlr(index: FaqIndex, q: QueryTerms, t: TopicId): number {
  const { entries, perTopic, df, dfByTopic, word } = index.topicStats;
  const a = index.config.topicSmoothing;
  const nt = perTopic.get(t) ?? 0;
  let llr = 0;
  for (const id of q.ids) {
    // Words only: character grams are many and individually rare, so their small counts would add up to
    // a large ratio for any text (measured: grams here let weather questions "fit" a topic).
    if (id < 0 || !word[id]) continue;
    const d = df[id]!;
    if (!d) continue;
    const dt = dfByTopic[id]?.get(t) ?? 0;
    llr += Math.log((dt + a) / (nt + 2 * a)) - Math.log((d + a) / (entries + 2 * a));
  }
  return llr;
}

/**
 * Near ties on lexical score are settled by fuse.js over each tied entry's own variants (typos inside words,
 * word order). Only the order changes: confidence stays on the lexical score, so it means the same whether or
 * not fuse.js ran.
 */
function fuzzyTieBreak(index: FaqIndex, q: QueryTerms, scored: ScoredEntry[], orderFrom?: number): boolean {
  const { config } = index;
  if (config.fuseShare <= 0 || !q.segmented || scored.length < 2) return false;
  if (termCount(q.segmented) > config.fuseMaxTerms) return false;
  const floor = scored[0]!.score - config.fuseMargin;
  let n = 0;
  while (n < Math.min(config.fuseCandidates, scored.length) && scored[n]!.score >= floor) n++;
  if (n < 2) return false;
  // Confidence is the lexical signals' alone: no order makes an entry below the caller's floor an answer.
  if (orderFrom !== undefined && !reaches(scored, orderFrom)) return false;
  // fuse.js's own search scores the fuzzy match (its per-call objects are ~17 KB a tie-break; a copy of its bitap
  // scoring in our code was measured in session 18 and dropped: the library stays the one home of fuzzy scoring).
  for (let i = 0; i < n; i++) {
    const s = scored[i]!;
    const hit = index.entries[s.entry]!.fuse.search(q.segmented, { limit: 1 })[0];
    s.fuzzy = hit ? 1 - (hit.score ?? 1) : 0;
    s.score = (1 - config.fuseShare) * s.lexical + config.fuseShare * s.fuzzy + s.prior;
  }
  sortHead(scored, n);
  return true;
}

/** q.segmented.split(' ').length, without the array. */
function termCount(segmented: string): number {
  let n = 1;
  for (let i = segmented.indexOf(' '); i >= 0; i = segmented.indexOf(' ', i + 1)) n++;
  return n;
}

function reaches(scored: readonly ScoredEntry[], confidence: number): boolean {
  for (const s of scored) if (s.confidence >= confidence) return true;
  return false;
}

/**
 * The first `n` by score, best first (ties: lower entry first), in place: an insertion sort of the dozen candidates
 * (Array.prototype.sort copies them into a work array and takes a comparator closure per call).
 */
function sortHead(scored: ScoredEntry[], n: number): void {
  for (let i = 1; i < n; i++) {
    const s = scored[i]!;
    let j = i;
    while (
      j > 0 &&
      (scored[j - 1]!.score < s.score || (scored[j - 1]!.score === s.score && scored[j - 1]!.entry > s.entry))
    ) {
      scored[j] = scored[j - 1]!;
      j--;
    }
    scored[j] = s;
  }
}

/**
 * After a loss the victim-next-steps entries move up; once money is gone an `urgent` entry (110 first) that is in
 * the running at all (lexical ≥ config.urgentFloor) leads. Their lexical score moves, so confidence follows.
 */
function liftVictimSteps(index: FaqIndex, scored: ScoredEntry[], moneyGone: boolean): void {
  const { lossBoost, urgentFloor } = index.config;
  for (const s of scored) {
    if (index.entries[s.entry]!.entry.topics.includes('victim-next-steps'))
      s.lexical = Math.min(1, s.lexical + lossBoost);
  }
  if (moneyGone) {
    let top = 0;
    let prior = 0;
    for (const s of scored) {
      top = Math.max(top, s.lexical);
      prior = Math.max(prior, s.prior);
    }
    // The model's topic belief reads the story's setting (a fake officer, a fee): it must not outvote the money gone,
    // nor may the near-tie re-ranking (config.fuseMargin) take the lead back.
    if (index.config.urgentOverPrior) prior += index.config.fuseMargin;
    for (const s of scored) {
      if (!index.entries[s.entry]!.entry.urgent || s.lexical < urgentFloor) continue;
      s.lexical = Math.min(1, top + 0.01);
      if (index.config.urgentOverPrior) s.prior = Math.max(s.prior, prior);
    }
  }
  for (const s of scored) s.score = s.lexical + s.prior;
  sortHead(scored, scored.length);
}

/**
 * A scheme's defining act named in the question lifts its topic's entries over the story's setting (a call, an
 * email, a QR code, a fee that many schemes share). Only the order moves (as the model's prior): confidence stays
 * on the lexical signals, so an out-of-scope question naming a part-time job is answered no more surely.
 */
function liftActs(index: FaqIndex, scored: ScoredEntry[], acts: readonly TopicId[]): void {
  const { actBoost: boost, askOverPrior: share } = index.config;
  // An act that says what the question asks (lexicon.ts ASK_ACTS) also closes this share of the gap to the
  // candidates' highest model prior: the model reads the story's setting (a fake officer), the ask is the topic —
  // unless a scheme's own act is named too (then the scheme is the story's point, and the acts compete as before).
  // The caller knowing the user's details (PROOF_ACTS) is what the user weighs the contact by: it leaves the ask be.
  const asks =
    share > 0 && acts.every((t) => ASK_ACTS.has(t) || PROOF_ACTS.has(t)) && acts.some((t) => ASK_ACTS.has(t));
  let top = 0;
  if (asks) for (const s of scored) top = Math.max(top, s.prior);
  for (const s of scored) {
    const { topics } = index.entries[s.entry]!.entry;
    // An entry holding two of the acts named (the leak and the ask "so it's real?") answers more of the question.
    const shared = sharedCount(acts, topics);
    if (shared) {
      if (asks && topics.some((t) => ASK_ACTS.has(t) && acts.includes(t))) s.prior += share * (top - s.prior);
      s.prior += boost * shared;
      s.score = s.lexical + s.prior;
    }
  }
  sortHead(scored, scored.length);
}

/**
 * The best candidate of `topic` leads (its score raised to the head's): a claimed authority is the scheme whatever
 * the pretext's words — a refund's, a code's — so its answer (they never call to pay out, fine or ask a code) comes
 * first and the pretext's entries follow. Confidence is left on the lexical signals.
 */
function leadTopic(index: FaqIndex, scored: ScoredEntry[], topic: TopicId): void {
  const at = scored.findIndex((s) => index.entries[s.entry]!.entry.topics.includes(topic));
  // Only a pretext's entry gives way (a refund's, a code's, a link's, a fee's): any other head — an overseas number
  // (whether to take the call is then the question, issue 11 item 4), a safe account, a fake app — is a second
  // scheme the story names, and keeps its place.
  if (at <= 0 || !index.entries[scored[0]!.entry]!.entry.topics.every((t) => PRETEXT_TOPICS.has(t))) return;
  const [lead] = scored.splice(at, 1);
  lead!.score = Math.max(lead!.score, scored[0]!.score);
  scored.unshift(lead!);
}

/**
 * The model's topic belief reorders candidates: an entry gains config.modelPrior × P(its best topic | fraud). Only
 * the lexical candidates move (the model never brings in an entry sharing nothing with the question).
 */
function applyModelPrior(index: FaqIndex, scored: ScoredEntry[], model: ModelPrediction): void {
  for (const s of scored) {
    let p = 0;
    for (const t of index.entries[s.entry]!.entry.topics) p = Math.max(p, model.topic.get(t) ?? 0);
    s.prior = index.config.modelPrior * p;
    s.score = s.lexical + s.prior;
  }
  sortHead(scored, scored.length);
}

// English words a Chinese question still holds after normalisation: the concept lexicon has no Chinese word for them.
const LEFTOVER_EN = /[a-z]{3,}/g;

/**
 * Mixed questions ("客服说帮我把额度 upgrade 到五万 先交 service fee"): the English words the lexicon could not turn
 * into Chinese are looked up among the English entries, and the Chinese candidates sharing their topics move up.
 * Words of either language then count, whether or not the lexicon knows them.
 */
function crossLingual(index: FaqIndex, q: QueryTerms, scored: ScoredEntry[]): void {
  const share = index.config.crossShare;
  const words = share > 0 ? q.normalized.match(LEFTOVER_EN) : null;
  if (!words) return;
  // Only the term vector of the index's form: the router's forms, the model and the cue lists play no part here.
  const text = words.join(' ');
  const en = termVector(index, rankedForm(index, text));
  if (!en.ids.length) return;
  const hits = lexicalScores(index, en, index.config.candidates, index.localeMask.en);
  for (const s of scored) {
    const topics = index.entries[s.entry]!.entry.topics;
    let best = 0;
    for (const h of hits) {
      const other = index.entries[h.entry]!.entry.topics;
      const shared = sharedCount(topics, other);
      if (shared) best = Math.max(best, (h.lexical * shared) / unionSize(topics, other));
    }
    s.lexical += share * best;
    s.score = s.lexical;
  }
  sortHead(scored, scored.length);
}

// Ten candidates against ten English hits per mixed question: counted in place, no array or set per pair.
/** How many of `b`'s topics `a` holds (as b.filter((t) => a.includes(t)).length). */
function sharedCount(a: readonly TopicId[], b: readonly TopicId[]): number {
  let n = 0;
  for (const t of b) if (a.includes(t)) n++;
  return n;
}

/** The distinct topics of `a` and `b` together (as new Set([...a, ...b]).size). */
function unionSize(a: readonly TopicId[], b: readonly TopicId[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.indexOf(a[i]!) === i) n++;
  for (let j = 0; j < b.length; j++) if (b.indexOf(b[j]!) === j && !a.includes(b[j]!)) n++;
  return n;
}

/** Best cosine of the question with a product example (content/routes.yaml), 0..1, comparable to `lexical`. */
export function productSimilarity(index: FaqIndex, q: QueryTerms): number {
  const { postings, norms, count } = index.productExamples;
  const dots = new Float64Array(count);
  for (let j = 0; j < q.ids.length; j++) {
    const id = q.ids[j]!;
    const p = id < 0 ? undefined : postings[id];
    if (!p) continue;
    const w = q.weights[j]!;
    for (let i = 0; i < p.rows.length; i++) dots[p.rows[i]!]! += w * p.weights[i]!;
  }
  let best = 0;
  for (let e = 0; e < count; e++) {
    const cos = dots[e]! / (norms[e]! * q.norm);
    if (cos > best) best = cos;
  }
  return best;
}

function calibrate(index: FaqIndex, s: ScoredEntry): number {
  const c = index.config.calibration;
  const z =
    c.lexical * s.lexical +
    c.agree * s.agree +
    c.support * s.support +
    c.topicFit * s.topicFit +
    c.known * s.known +
    c.notice * s.notice +
    c.addressed * s.addressed +
    c.asks * s.asks +
    c.bias;
  return 1 / (1 + Math.exp(-z));
}

/** Topic signals and confidence for the first `pool` candidates; the first config.candidates of them vote. */
function topicSignals(
  index: FaqIndex,
  q: QueryTerms,
  scored: ScoredEntry[],
  pool: number,
  fits: Map<TopicId, number>,
): void {
  // The voters are scored's first config.candidates (indexed in place: no slice per question).
  const voters = Math.min(index.config.candidates, scored.length);
  let total = 0;
  for (let k = 0; k < voters; k++) total += scored[k]!.lexical;
  for (let i = 0, n = Math.min(pool, scored.length); i < n; i++) {
    const s = scored[i]!;
    const topics = index.entries[s.entry]!.entry.topics;
    let same = 0;
    for (let k = 0; k < voters; k++) {
      const v = scored[k]!;
      if (sharedCount(topics, index.entries[v.entry]!.entry.topics)) same += v.lexical;
    }
    const own = i < voters ? s.lexical : 0;
    s.agree = total ? same / total : 0;
    s.support = same - own;
    s.topicFit = topicFit(index, q, topics, fits);
    s.confidence = calibrate(index, s);
  }
}

/**
 * The lexical candidates; when the question names a scheme's act (faq-lexicon.yaml defining_acts), an entry of that act's topic just
 * below the cut (within as many again) joins them, one per act: a long story's setting words can crowd the scheme's
 * own entry out of the pool before its act lifts it (liftActs moves candidates only).
 */
function candidates(index: FaqIndex, q: QueryTerms, pool: number, allowed?: Uint8Array) {
  const found = lexicalScores(index, q, q.acts.length ? 2 * pool : pool, allowed);
  if (found.length <= pool) return found;
  const kept = found.slice(0, pool);
  for (const t of q.acts) {
    if (kept.some((c) => index.entries[c.entry]!.entry.topics.includes(t))) continue;
    const below = found.find((c, i) => i >= pool && index.entries[c.entry]!.entry.topics.includes(t));
    if (below) kept.push(below);
  }
  return kept;
}

/** Best entries for a question, best first (by score; each carries its calibrated confidence). */
export function searchFaq(index: FaqIndex, question: string | QueryTerms, options: SearchOptions = {}): ScoredEntry[] {
  const q = typeof question === 'string' ? queryTerms(index, question) : question;
  const { config } = index;
  const limit = options.limit ?? config.maxAlternatives + 1;
  if (q.ids.length === 0) return [];
  const allowed = options.locale ? index.localeMask[options.locale] : undefined;
  const scored: ScoredEntry[] = candidates(index, q, Math.max(limit, config.candidates), allowed).map(
    ({ entry, lexical }) => ({
      entry,
      lexical,
      fuzzy: 0,
      prior: 0,
      score: lexical,
      agree: 0,
      support: 0,
      topicFit: 0,
      known: q.known,
      notice: q.form.notice,
      addressed: q.form.addressed,
      asks: q.form.asks,
      confidence: 0,
    }),
  );
  if (allowed === index.localeMask.zh) crossLingual(index, q, scored);
  if (q.model && config.modelPrior > 0) applyModelPrior(index, scored, q.model);
  if (q.loss) liftVictimSteps(index, scored, q.moneyGone);
  if (q.acts.length) liftActs(index, scored, q.acts);
  // The signals first, so the tie-break can tell whether the order matters; again in the new order if it moved
  // (the sums run in rank order, and the same order gives the same bits).
  // One search's topicFit memo, made per search: a module-level map emptied per search (Map.clear) left each
  // emptied table in the old generation pointing at the next, and every fit it held was promoted with them.
  const fits = new Map<TopicId, number>();
  const pool = Math.max(limit, config.candidates);
  topicSignals(index, q, scored, pool, fits);
  if (fuzzyTieBreak(index, q, scored, options.orderFrom)) topicSignals(index, q, scored, pool, fits);
  // The candidates vote: an entry whose topic the other close entries share moves up. Wording a user invents
  // meets one variant by chance; it rarely meets several entries of a wrong topic at once. Once money is gone the
  // urgent entry keeps the lead it was given (liftVictimSteps).
  if (config.voteShare > 0 && !q.moneyGone) {
    const voters = Math.min(config.candidates, scored.length);
    for (let k = 0; k < voters; k++) scored[k]!.score += config.voteShare * scored[k]!.agree;
    sortHead(scored, voters);
  }
  // …unless the question names what it asks (ASK_ACTS: what a real call looks like, where to check): the ask is the
  // topic then, as in liftActs.
  if (q.authority && !q.acts.some((t) => ASK_ACTS.has(t))) leadTopic(index, scored, 'impersonating-authorities');
  // Ranked by score, not confidence: re-ranking by confidence measured 0.4 points lower top-1 on the dev set.
  if (scored.length > limit) scored.length = limit;
  return scored;
}
