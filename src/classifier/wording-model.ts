// The wording model: a regularised logistic regression over the character 1–3-grams of a message's ONE normalised
// text (normalize-message.ts: traditional → simplified, full-width, spacing, variants and pinyin already folded),
// English words and word pairs, and the other layers' signals. It reads paraphrase the way spam filters do — no
// sentence is listed — and is one voice in the verdict, never alone (check.ts, `wordingVerdict`). Its weights are
// fitted on the dev half (`npm run classifier:fit`, bench/classifier-fit.ts) into wording-model.generated.ts.
import { FILTER_BYTES, mayHold, setProbeBit } from './probe-filter.ts';
import type { Verdict } from './types.ts';
import { floatIdTable, isDigitUnit, UNIT_IDS } from './unit-ids.ts';

/** The other layers' signals the model weighs beside the words, each 0 or 1 (names as in the weights file). */
export const WORDING_SIGNALS = [
  'phraseHigh',
  'phraseMedium',
  'itemHigh',
  'itemMedium',
  'officialItem',
  'allOfficial',
  'warning',
  'link',
  'phone',
  'brand',
] as const;
export type WordingSignal = (typeof WORDING_SIGNALS)[number];

/** Every signal 0: the words alone (benches and tests that weigh a text without the other layers). */
export const NO_WORDING_SIGNALS: Record<WordingSignal, number> = Object.freeze(
  Object.fromEntries(WORDING_SIGNALS.map((s) => [s, 0])) as Record<WordingSignal, number>,
);

/** What the model reads of one message: its normalised words, the concept families the rules' reader found in the
 *  sender's own words (concepts.ts: not negated, not in a warning, not quoted), and the signals. */
export interface WordingInput {
  text: string;
  signals: Record<WordingSignal, number>;
  families?: readonly string[];
}

/** The fitted file's shape (wording-model.generated.ts). */
export interface FittedWording {
  bias: number;
  signals: Readonly<Record<WordingSignal, number>>;
  /** [gram, weight]: a character 1–3-gram as itself (a digit run reads as one "0", a whitespace run as one space). */
  grams: readonly (readonly [string, number])[];
  /** [words, weight]: an English word, or two adjacent words separated by a space. */
  words: readonly (readonly [string, number])[];
  /** [family, weight]: a concept family (content/scam-concepts.yaml) found in the sender's own words. A family
   *  stands for every word of it, so a word no dev line used still counts as the words that did. */
  families?: readonly (readonly [string, number])[];
  /** suspicious / dangerous: how sure of a scam the model must be to raise the rules' verdict. genuine: below this
   *  probability the model is sure enough of a genuine message to clear rules that flagged it on scam language
   *  alone (wordingDemotes); absent, it never clears. All chosen on predictions cross-validated by batch. */
  thresholds: {
    readonly suspicious: number;
    readonly dangerous: number;
    readonly genuine?: number;
    /** The two-model raise (session 11): a message the rules call suspicious is dangerous when this model's
     *  probability reaches `scam` and the severity model's reaches `severity`. Absent: no such raise. */
    readonly severe?: { readonly scam: number; readonly severity: number };
  };
  /** The severity model: the same features fitted on scams alone, dangerous (they take money or a credential)
   *  against risky (openers, ads, lures) — what the scam model cannot tell apart. Its own thresholds are unused. */
  severity?: FittedWording;
}

// Feature keys are numbers (no string per gram on the hot path): a 1-gram is its UTF-16 unit, a 2-gram
// c1·2¹⁶ + c2, a 3-gram c1·2³² + c2·2¹⁶ + c3 (all < 2⁴⁸); English words live above them, as FNV-1a hashes.
const P16 = 2 ** 16;
const P32 = 2 ** 32;
const WORD = 2 ** 48;
const WORD_PAIR = 2 ** 49;
const FAMILY = 2 ** 50;
const DIGIT = 48; // '0': every digit run reads as one "0"
const SPACE = 32;

function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const FNV_START = 0x811c9dc5 | 0;
const pairLow = (a: number, b: number) => (Math.imul(a, 0x01000193) ^ b) >>> 0;
const pairKey = (a: number, b: number) => WORD_PAIR + pairLow(a, b);

const isLatin = (c: number) => c >= 97 && c <= 122;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Receives every feature occurrence of a text from walkFeatures, its key as two integers (key = hi·2³² + lo, lo
 *  read as unsigned: no 48-bit floating-point key on the scoring path). For a word, text[s1, e1) is the word; for a
 *  word pair, text[s0, e0) and text[s1, e1) are its two words; -1 otherwise. */
export interface FeatureSink {
  feature(hi: number, lo: number, s0: number, e0: number, s1: number, e1: number): void;
}

const WORD_HI = WORD / P32;
const WORD_PAIR_HI = WORD_PAIR / P32;

/**
 * Every feature occurrence of a normalised text, in order: character 1–3-grams (digit runs as one "0", whitespace
 * runs as one space) and English words and word pairs.
 */
export function walkFeatures(text: string, sink: FeatureSink): void {
  let p1 = -1; // the previous two mapped units (-1: none)
  let p2 = -1;
  let word = FNV_START;
  let wordStart = -1;
  let prevWord = -1; // hash of the previous word (-1: none, or not adjacent)
  let prevStart = -1;
  let prevEnd = -1;
  for (let i = 0; i <= text.length; i++) {
    const raw = i < text.length ? text.charCodeAt(i) : SPACE;
    // Words: runs of a–z.
    if (isLatin(raw)) {
      if (wordStart < 0) {
        wordStart = i;
        word = FNV_START;
      }
      word = fnvStep(word, raw);
    } else if (wordStart >= 0) {
      const h = word >>> 0;
      sink.feature(WORD_HI, h, -1, -1, wordStart, i);
      if (prevWord >= 0) sink.feature(WORD_PAIR_HI, pairLow(prevWord, h), prevStart, prevEnd, wordStart, i);
      prevWord = h;
      prevStart = wordStart;
      prevEnd = i;
      wordStart = -1;
    } else if (!isSpace(raw)) prevWord = -1; // anything but a space between two words parts them
    if (i === text.length) break;
    // Grams: digits and spaces folded into one unit per run.
    const c = isDigitUnit(raw) ? DIGIT : isSpace(raw) ? SPACE : raw;
    if ((c === DIGIT || c === SPACE) && c === p2) continue;
    sink.feature(0, c, -1, -1, -1, -1);
    if (p2 >= 0) sink.feature(0, (p2 << 16) | c, -1, -1, -1, -1);
    if (p1 >= 0) sink.feature(p1, (p2 << 16) | c, -1, -1, -1, -1);
    p1 = p2;
    p2 = c;
  }
}

/**
 * Calls `emit` with the key of every feature occurrence of a normalised text, in order (walkFeatures). `name`, when
 * given, also gets each word feature's words (for the fit; grams are named from their key).
 */
export function forEachFeature(
  text: string,
  emit: (key: number) => void,
  name?: (key: number, n: string) => void,
): void {
  walkFeatures(text, {
    feature(hi, lo, s0, e0, s1, e1) {
      const key = hi * P32 + (lo >>> 0);
      emit(key);
      if (name && s1 >= 0) name(key, s0 >= 0 ? `${text.slice(s0, e0)} ${text.slice(s1, e1)}` : text.slice(s1, e1));
    },
  });
}

/** The key of a concept-family feature (its name hashed above every gram and word key). */
export function familyKey(family: string): number {
  let h = FNV_START;
  for (let i = 0; i < family.length; i++) h = fnvStep(h, family.charCodeAt(i));
  return FAMILY + (h >>> 0);
}

/** Is this key a concept-family feature? */
export const isFamilyKey = (key: number) => key >= FAMILY;

/** forEachFeature over the text, then one feature per concept family found (named for the fit). `family` is set on
 *  the family features, which do not count in the text's length (the √n scale). */
export function forEachInputFeature(
  input: WordingInput,
  emit: (key: number, family: boolean) => void,
  name?: (key: number, n: string) => void,
): void {
  forEachFeature(input.text, (key) => emit(key, false), name);
  for (const f of input.families ?? []) {
    const key = familyKey(f);
    emit(key, true);
    if (name) name(key, f);
  }
}

/** The key of a word feature ("word" or "word word") as written in the weights file. */
export function wordKey(words: string): number {
  const hashes = words.split(' ').map((w) => {
    let h = FNV_START;
    for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
    return h >>> 0;
  });
  return hashes.length === 1 ? WORD + hashes[0]! : pairKey(hashes[0]!, hashes[1]!);
}

/** Is this key a word feature (else a character gram or a family)? */
export const isWordKey = (key: number) => key >= WORD && key < FAMILY;

/** The key of a character gram as written in the weights file. */
export function gramKey(name: string): number {
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * P16 + name.charCodeAt(i);
  return key;
}

/** The name of a character-gram key (word keys are named by forEachFeature's `name`). */
export function gramName(key: number): string {
  const units: number[] = [];
  for (let k = key; k > 0; k = Math.floor(k / P16)) units.unshift(k % P16);
  return String.fromCharCode(...units);
}

/** The fitted model ready to score: weights in an open-addressing table keyed by the exact feature key, held as
 *  its two integer halves (walkFeatures); a slot with hi = -1 is empty. */
export interface WordingModel {
  his: Int32Array;
  los: Int32Array;
  weights: Float32Array;
  /** May the table hold a key (hi, lo) (probe-filter.ts)? Most of a text's grams have no weight. */
  filter: Uint8Array;
  mask: number;
  /** The single units' weights (keys (0, u)) by the unit's dense id (unit-ids.ts): a third of a text's features,
   *  read without a probe. */
  unitWeights: Float32Array;
  /** The weights of the 2- and 3-grams of a–z, space and digit (SMALL_CODES): an English text's other features,
   *  nearly all of which have a weight, read by their units' codes without the filter and the probe (0 for a gram
   *  the table does not hold, which adds nothing). 2-grams at (a << 5) | b, 3-grams at SMALL_TRIGRAMS + (a << 10 |
   *  b << 5 | c). */
  smallGrams: Float32Array;
  bias: number;
  signals: Readonly<Record<WordingSignal, number>>;
  thresholds: FittedWording['thresholds'];
  /** The model's scorer, reused by every call (the classifier is synchronous). */
  scorer: WordingScorer;
  /** The severity model, compiled (FittedWording.severity). */
  severity?: WordingModel;
}

/** A code (1–28) per unit of English grams: a–z, the space and the digit that walkFeatures folds runs to; 0 for
 *  every other unit. */
const SMALL_CODES = new Uint8Array(0x80);
for (let c = 0x61; c <= 0x7a; c++) SMALL_CODES[c] = c - 0x60;
SMALL_CODES[SPACE] = 27;
SMALL_CODES[DIGIT] = 28;
const SMALL_TRIGRAMS = 1 << 10;

/** Are the units of a 2-gram (hi 0) or 3-gram (hi its first unit) all below 0x80 (one test: a Chinese gram fails
 *  it at once)? */
const asciiGram = (hi: number, lo: number) => ((lo & 0xff80ff80) | (hi & ~0x7f)) === 0;

/** Where an ASCII 2- or 3-gram (asciiGram) of small-coded units sits in smallGrams, or -1. */
function smallSlot(hi: number, lo: number): number {
  const cb = SMALL_CODES[lo >>> 16]!;
  const cc = SMALL_CODES[lo & 0x7f]!;
  if (!cb || !cc) return -1;
  if (hi === 0) return (cb << 5) | cc;
  const ca = SMALL_CODES[hi]!;
  return ca ? SMALL_TRIGRAMS + ((ca << 10) | (cb << 5) | cc) : -1;
}

function slot(hi: number, lo: number, mask: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/** Sums the weights of a text's features and counts them (wordingLogit), in the walk's order. */
class WordingScorer implements FeatureSink {
  sum = 0;
  n = 0;
  constructor(private readonly model: WordingModel) {}

  feature(hi: number, lo: number): void {
    this.n++;
    // A feature without a weight adds 0, which leaves the sum as it was. A single unit's key is (0, u): its weight
    // by u's dense id (the same float32 the table holds, 0 for a unit without one).
    if (hi === 0 && lo >>> 16 === 0) {
      const { unitWeights } = this.model;
      const id = UNIT_IDS[lo]!;
      this.sum += id < unitWeights.length ? unitWeights[id]! : 0;
    } else {
      const small = asciiGram(hi, lo) ? smallSlot(hi, lo) : -1;
      if (small >= 0) {
        this.sum += this.model.smallGrams[small]!;
        return;
      }
      const s = this.slotOf(hi, lo);
      if (s >= 0) this.sum += this.model.weights[s]!;
    }
  }

  /** Adds a feature given as its whole key (a concept family) without counting it in the text's length. */
  weigh(key: number): void {
    const s = this.slotOf(Math.floor(key / P32), key % P32);
    if (s >= 0) this.sum += this.model.weights[s]!;
  }

  /** The key's slot, or -1 when the table holds no weight for it. (A slot, not the weight: a float returned from a
   *  call is boxed, an allocation per feature.) */
  private slotOf(hi: number, lo: number): number {
    const { his, los, mask, filter } = this.model;
    const l = lo | 0;
    if (!mayHold(filter, hi, l)) return -1;
    for (let s = slot(hi, l, mask); his[s] !== -1; s = (s + 1) & mask) if (his[s] === hi && los[s] === l) return s;
    return -1;
  }
}

/** Slots per weight in the table: 96 KB in all, and the filter turns away most missing keys before a probe. (A
 *  table at one slot in eight and an array of every unit's weight took 650 KB, each text's grams a cache miss.) */
const SPARSENESS = 2;

export function compileWording(fitted: FittedWording): WordingModel {
  let size = 16;
  const entries = [
    ...fitted.grams.map(([g, w]) => [gramKey(g), w] as const),
    ...fitted.words.map(([g, w]) => [wordKey(g), w] as const),
    ...(fitted.families ?? []).map(([f, w]) => [familyKey(f), w] as const),
  ];
  // A sparse table: most of a text's grams have no weight, and a probe for one stops at the first empty slot.
  while (size < entries.length * SPARSENESS) size *= 2;
  const his = new Int32Array(size).fill(-1);
  const los = new Int32Array(size);
  const weights = new Float32Array(size);
  const filter = new Uint8Array(FILTER_BYTES);
  const mask = size - 1;
  for (const [key, w] of entries) {
    const hi = Math.floor(key / P32);
    const lo = (key % P32) | 0;
    let s = slot(hi, lo, mask);
    while (his[s] !== -1 && !(his[s] === hi && los[s] === lo)) s = (s + 1) & mask;
    his[s] = hi;
    los[s] = lo;
    setProbeBit(filter, hi, lo);
    weights[s] = (weights[s] ?? 0) + w;
  }
  const units: [number, number][] = [];
  const smallGrams = new Float32Array(SMALL_TRIGRAMS + (1 << 15));
  for (let s = 0; s < size; s++) {
    const hi = his[s]!;
    const lo = los[s]!;
    if (hi === 0 && lo >>> 16 === 0) units.push([lo, weights[s]!]);
    else if (hi !== -1 && asciiGram(hi, lo) && smallSlot(hi, lo) >= 0) smallGrams[smallSlot(hi, lo)] = weights[s]!;
  }
  const model = {
    his,
    los,
    weights,
    filter,
    mask,
    unitWeights: floatIdTable(units),
    smallGrams,
    bias: fitted.bias,
    signals: fitted.signals,
    thresholds: fitted.thresholds,
  } as WordingModel;
  model.scorer = new WordingScorer(model);
  if (fitted.severity) model.severity = compileWording(fitted.severity);
  return model;
}

/** Fewer features than this (about ten Chinese characters or six English words) are too little wording to judge:
 *  the model keeps out ("两张表一一对应", a number with a word or two). */
export const MIN_FEATURES = 60;

/** The model's score (log-odds that the message is a scam): the words' weights over √(their count), so a long
 *  paste does not add up to certainty, plus the signals' weights and the bias; -Infinity below MIN_FEATURES. */
export function wordingLogit(model: WordingModel, input: WordingInput): number {
  const { scorer } = model;
  scorer.sum = 0;
  scorer.n = 0;
  walkFeatures(input.text, scorer);
  // Concept families weigh in beside the words but do not count in the text's length (the √n scale).
  for (const f of input.families ?? []) scorer.weigh(familyKey(f));
  const { sum, n } = scorer;
  if (n < MIN_FEATURES) return Number.NEGATIVE_INFINITY;
  let z = model.bias + sum / Math.sqrt(n);
  for (const name of WORDING_SIGNALS) z += model.signals[name] * input.signals[name];
  return z;
}

export const probability = (z: number) => 1 / (1 + Math.exp(-z));

/** How the model may move the rules' verdict. */
/** 'severe': dangerous by the two-model raise (its own reason). */
export type WordingOutcome = 'none' | 'unknown' | 'suspicious' | 'dangerous' | 'severe';

/** What the rules found, as far as the model's say depends on it. */
export interface RulesView {
  verdict: Verdict;
  /** Kinds of warning the message holds ("凡是……都是诈骗", "切勿…"): one sets a scene of advice, two make it an
   *  anti-fraud broadcast whose scam words are quoted. */
  warnings: number;
  /** The rules flag the message on scam language alone: phrases, example requests or concept readings, and no
   *  number or link that is suspicious or dangerous by its own reasons (a lookalike link, an overseas number, the
   *  brand named beside a number not its own …). Soft evidence: the model may clear it (wordingDemotes). */
  soft: boolean;
  /** The verdict without the scam-language hits: what a cleared message is judged. */
  withoutLanguage: Verdict;
  /** The sender's own words ask for money or a credential: a request kind and what it costs (a verb family and an
   *  object family of the concept reader, concepts.ts namesRequest), paired by an action or not. A move to a private
   *  chat is not one: an opener the rules rightly call suspicious. */
  request: boolean;
}

/**
 * May the model speak at all? Warnings count against it: never on a message that warns; not on what is already
 * dangerous; on a suspicious message only beside a request (RulesView.request). On a message the rules call official
 * it may only withhold the word (below).
 */
export function wordingMaySpeak(rules: RulesView, severe = false): boolean {
  if (rules.warnings > 0 || rules.verdict === 'dangerous') return false;
  return (
    rules.verdict === 'unknown' ||
    rules.verdict === 'official' ||
    rules.request ||
    (severe && rules.verdict === 'suspicious')
  );
}

/** The model's say given its probability: unknown → suspicious when confident; → dangerous only beside a request
 *  (RulesView.request), at the higher bar — how a scam whose verb and object no action pairs (its verb out of reach,
 *  its pretext taken for everyday business) no longer stops at "suspicious". Official is earned
 *  by contacts and by asking nothing the rules know, and a scam can give only the brand's real hotline and ask in
 *  words no rule reads: worded as the flagged scams are (the suspicious bar), such a message is not vouched for —
 *  official → unknown, never flagged by the model.
 *  'severe' (session 11): a message the rules call suspicious is dangerous when this model is sure of a scam and the
 *  severity model (`severity`, asked only then) of a dangerous one — the scam model alone cannot tell an opener or a
 *  lure from a scam that takes money or a code, and raised most risky scams when it was let do this alone. */
export function wordingOutcome(
  p: number,
  thresholds: FittedWording['thresholds'],
  rules: RulesView,
  severity?: () => number,
): WordingOutcome {
  // Withholding the word official flags nothing: the model says it even beside a warning (scammers borrow one).
  if (rules.verdict === 'official') return p >= thresholds.suspicious ? 'unknown' : 'none';
  const severe = severity && thresholds.severe;
  if (!wordingMaySpeak(rules, !!severe)) return 'none';
  if (p >= thresholds.dangerous && rules.request) return 'dangerous';
  if (rules.verdict === 'unknown') return p >= thresholds.suspicious ? 'suspicious' : 'none';
  return severe && p >= severe.scam && severity() >= severe.severity ? 'severe' : 'none';
}

/**
 * The model as a genuine-side voice: sure that the text is genuine (below `thresholds.genuine`) where the rules flag
 * it on soft evidence alone — how anti-fraud broadcasts that walk through a tactic, banks' "we will never …"
 * policies and family chats about money trip the word rules. A hard indicator (a number or link bad by its own
 * reasons) is never cleared.
 */
export function wordingDemotes(p: number, thresholds: FittedWording['thresholds'], rules: RulesView): boolean {
  // p is exactly 0 only for a text too short to judge (wordingLogit: -Infinity below MIN_FEATURES): no say then.
  return rules.soft && thresholds.genuine !== undefined && p > 0 && p < thresholds.genuine;
}

/** The signals of one message from what the other layers found. */
export function wordingSignals(
  items: readonly { kind: 'phone' | 'url'; verdict: Verdict }[],
  phrases: readonly { severity: 'medium' | 'high' }[],
  warningKinds: number,
  brandNamed: boolean,
): Record<WordingSignal, number> {
  // (Conditionals, not a helper closure: one made per call costs a name-keeping wrapper under tsx.)
  return {
    phraseHigh: phrases.some((p) => p.severity === 'high') ? 1 : 0,
    phraseMedium: phrases.some((p) => p.severity === 'medium') ? 1 : 0,
    itemHigh: items.some((i) => i.verdict === 'dangerous') ? 1 : 0,
    itemMedium: items.some((i) => i.verdict === 'suspicious') ? 1 : 0,
    officialItem: items.some((i) => i.verdict === 'official') ? 1 : 0,
    allOfficial: items.length > 0 && items.every((i) => i.verdict === 'official') ? 1 : 0,
    warning: warningKinds > 0 ? 1 : 0,
    link: items.some((i) => i.kind === 'url' && i.verdict !== 'official') ? 1 : 0,
    phone: items.some((i) => i.kind === 'phone' && i.verdict !== 'official') ? 1 : 0,
    brand: brandNamed ? 1 : 0,
  };
}
