// The fitted verdict combiner: the rules' findings read as typed EVIDENCE (reason codes on the counted items, the
// scam-language topics and severities, the concept families in the sender's own words, the sentence's form, the
// number and link facts, the brand facts, the wording model's score), weighed by two small regularised logistic
// regressions — one for flagged vs not, one for dangerous vs not — instead of "the worst finding wins". A few hard
// indicators stay rules (HARD: chosen by the fitter on the dev figures, never seen on a genuine dev message).
// Weights: verdict-combiner.generated.ts (`npm run classifier:combine`, bench/verdict-combiner-fit.ts).
import { TOPIC_IDS, type TopicId } from '../content/topics.ts';
import { FAMILIES } from './concepts.ts';
import { REASON_CODES, type ReasonCode } from './reasons.ts';
import type { Verdict } from './types.ts';

/** Reason codes the combiner reads on the counted items (the message-level wording codes are its own outputs). */
export const EVIDENCE_CODES: readonly ReasonCode[] = REASON_CODES.filter(
  (c) => !c.startsWith('SCAM_LIKE_WORDING') && c !== 'GENUINE_LIKE_WORDING' && !c.startsWith('WEIGHED_'),
);

/** What check() found, as the combiner reads it (one record per message; arrays are check's own, not copies). */
export interface Evidence {
  /** The rules' verdict (worst finding, check.ts rulesVerdict) and the same without the scam-language hits. */
  rules: Verdict;
  withoutLanguage: Verdict;
  /** Reason codes of the items that count (NAMED_IN_WARNING items excluded), and of every item. */
  counted: readonly { kind: 'phone' | 'url'; verdict: Verdict; reasons: readonly { code: ReasonCode }[] }[];
  namedInWarning: number;
  hits: readonly { topic: TopicId; severity: 'medium' | 'high' }[];
  /** Concept families in the sender's own words (concepts.ts). */
  families: ReadonlySet<string> | undefined;
  warningKinds: number;
  /** The normalised words (scam-language.ts), '' without words. */
  text: string;
  brandNamed: boolean;
  /** The wording model's log-odds; -Infinity when it keeps out (too few words) or absent. */
  wordingZ: number;
  en: boolean;
}

// Sentence forms, on the normalised text: a question to the reader; a policy ("we will never ask…"); a third
// person told about (a story, a case write-up); the reader's own report. Chinese words are found in one pass by
// their first character (no regular expression over the whole text: this runs on every message); English ones by
// word patterns, only for an English message.
const FORM = { question: 1, policy: 2, third: 4, first: 8 } as const;
const ZH_FORMS: ReadonlyMap<number, readonly (readonly [string, number])[]> = (() => {
  const words: [string, number][] = [
    ['?', FORM.question],
    ['？', FORM.question],
    ['吗', FORM.question],
    ['不会以任何', FORM.policy],
    ['不会通过', FORM.policy],
    ['不会向您', FORM.policy],
    ['不会要求', FORM.policy],
    ['不会主动', FORM.policy],
    ['不会索要', FORM.policy],
    ['绝不会', FORM.policy],
    ['从不', FORM.policy],
    ['对方', FORM.third],
    ['骗子', FORM.third],
    ['他们', FORM.third],
    ['嫌疑人', FORM.third],
    ['受害人', FORM.third],
    ['某某', FORM.third],
    ['一名', FORM.third],
    ['我', FORM.first],
  ];
  const byFirst = new Map<number, [string, number][]>();
  for (const w of words) {
    const c = w[0].charCodeAt(0);
    byFirst.set(c, [...(byFirst.get(c) ?? []), w]);
  }
  return byFirst;
})();
/** Which units start a Chinese form word (a table lookup per unit; the map only on a hit). */
const FORM_FIRST = new Uint8Array(65536);
for (const c of ZH_FORMS.keys()) FORM_FIRST[c] = 1;
/** English form words: [word, what must follow it (a space, then the next word or two), bit]. */
const EN_FORMS: readonly (readonly [string, string, number])[] = [
  ['is', ' this', FORM.question],
  ['did', ' you', FORM.question],
  ['are', ' you', FORM.question],
  ['can', ' you', FORM.question],
  ['never', ' ask', FORM.policy],
  ['never', ' call', FORM.policy],
  ['never', ' request', FORM.policy],
  ['will', ' not ask', FORM.policy],
  ['scammer', '', FORM.third],
  ['scammers', '', FORM.third],
  ['fraudster', '', FORM.third],
  ['fraudsters', '', FORM.third],
  ['victim', '', FORM.third],
  ['victims', '', FORM.third],
  ['they', '', FORM.third],
  ['i', '', FORM.first],
  ['my', '', FORM.first],
  ['me', '', FORM.first],
];
const isLower = (c: number) => c >= 97 && c <= 122;

/** The sentence forms a text holds, as FORM bits: one pass, a table lookup per unit (English words compared whole,
 *  in an English message only). */
export function formsOf(text: string, en: boolean): number {
  let bits = 0;
  for (let i = 0; i < text.length && bits !== 15; i++) {
    const c = text.charCodeAt(i);
    if (en && isLower(c)) {
      let end = i + 1;
      while (end < text.length && isLower(text.charCodeAt(end))) end++;
      for (const [w, then, b] of EN_FORMS)
        if (
          !(bits & b) &&
          end - i === w.length &&
          text.startsWith(w, i) &&
          (!then || (text.startsWith(then, end) && !isLower(text.charCodeAt(end + then.length))))
        )
          bits |= b;
      i = end - 1;
      continue;
    }
    if (!FORM_FIRST[c]) continue;
    for (const [w, b] of ZH_FORMS.get(c)!) if (!(bits & b) && text.startsWith(w, i)) bits |= b;
  }
  return bits;
}

/** Feature names, in the vector's order (the weights file lists weights by these names). */
export const FEATURES: readonly string[] = [
  ...['official', 'unknown', 'suspicious', 'dangerous'].map((v) => `rules:${v}`),
  'without:flagged',
  ...EVIDENCE_CODES.map((c) => `code:${c}`),
  'named-in-warning',
  'hits:high',
  'hits:medium',
  'hits:two-topics',
  ...TOPIC_IDS.map((t) => `topic:${t}`),
  ...FAMILIES.map((f) => `family:${f}`),
  'warning',
  'broadcast',
  'form:question',
  'form:policy',
  'form:third',
  'form:first',
  'items:phone',
  'items:link',
  'items:official',
  'items:all-official',
  'items:many',
  'brand',
  'no-words',
  'wording:z',
  'wording:none',
  'lang:en',
];
const INDEX = new Map(FEATURES.map((f, i) => [f, i]));
const at = (name: string) => INDEX.get(name)!;
const CODE_AT = new Map<ReasonCode, number>(EVIDENCE_CODES.map((c) => [c, at(`code:${c}`)]));
const TOPIC_AT = new Map<TopicId, number>(TOPIC_IDS.map((t) => [t, at(`topic:${t}`)]));
const FAMILY_AT = new Map<string, number>(FAMILIES.map((f) => [f, at(`family:${f}`)]));
const RULES_AT: Record<Verdict, number> = {
  official: at('rules:official'),
  unknown: at('rules:unknown'),
  suspicious: at('rules:suspicious'),
  dangerous: at('rules:dangerous'),
};
const F = {
  without: at('without:flagged'),
  named: at('named-in-warning'),
  high: at('hits:high'),
  medium: at('hits:medium'),
  two: at('hits:two-topics'),
  warning: at('warning'),
  broadcast: at('broadcast'),
  question: at('form:question'),
  policy: at('form:policy'),
  third: at('form:third'),
  first: at('form:first'),
  phone: at('items:phone'),
  link: at('items:link'),
  official: at('items:official'),
  allOfficial: at('items:all-official'),
  many: at('items:many'),
  brand: at('brand'),
  noWords: at('no-words'),
  z: at('wording:z'),
  zNone: at('wording:none'),
  en: at('lang:en'),
};
/** The wording score enters clipped and scaled: a long paste's extreme log-odds should not outvote everything. */
const Z_CLIP = 8;
const Z_SCALE = 4;

/** Fills `out` (length FEATURES.length, zeroed here) with the evidence's features, each 0/1 but the wording score. */
export function evidenceFeatures(e: Evidence, out: Float64Array): void {
  out.fill(0);
  out[RULES_AT[e.rules]] = 1;
  if (e.withoutLanguage === 'suspicious' || e.withoutLanguage === 'dangerous') out[F.without] = 1;
  let officialItems = 0;
  for (const item of e.counted) {
    for (const r of item.reasons) {
      const k = CODE_AT.get(r.code);
      if (k !== undefined) out[k] = 1;
    }
    if (item.verdict === 'official') officialItems++;
    else if (item.kind === 'phone') out[F.phone] = 1;
    else out[F.link] = 1;
  }
  if (officialItems) out[F.official] = 1;
  if (e.counted.length && officialItems === e.counted.length) out[F.allOfficial] = 1;
  if (e.counted.length > 2) out[F.many] = 1;
  if (e.namedInWarning) out[F.named] = 1;
  let topics = 0;
  for (const h of e.hits) {
    out[h.severity === 'high' ? F.high : F.medium] = 1;
    const k = TOPIC_AT.get(h.topic)!;
    if (!out[k]) topics++;
    out[k] = 1;
  }
  if (topics >= 2) out[F.two] = 1;
  if (e.families)
    for (const f of e.families) {
      const k = FAMILY_AT.get(f);
      if (k !== undefined) out[k] = 1;
    }
  if (e.warningKinds > 0) out[F.warning] = 1;
  if (e.warningKinds >= 2) out[F.broadcast] = 1;
  if (e.brandNamed) out[F.brand] = 1;
  if (e.en) out[F.en] = 1;
  if (!e.text) out[F.noWords] = 1;
  else {
    const forms = formsOf(e.text, e.en);
    if (forms & FORM.question) out[F.question] = 1;
    if (forms & FORM.policy) out[F.policy] = 1;
    if (forms & FORM.third) out[F.third] = 1;
    if (forms & FORM.first) out[F.first] = 1;
  }
  if (e.wordingZ === Number.NEGATIVE_INFINITY) out[F.zNone] = 1;
  else out[F.z] = Math.max(-Z_CLIP, Math.min(Z_CLIP, e.wordingZ)) / Z_SCALE;
}

/** A hard indicator: a reason code on a counted item, or a high scam-language hit of a topic. */
export type HardIndicator = `code:${ReasonCode}` | `topic-high:${TopicId}`;

/** Is the hard indicator present in the evidence? */
export function hasIndicator(e: Evidence, h: HardIndicator): boolean {
  if (h.startsWith('code:')) {
    const code = h.slice(5);
    return e.counted.some((i) => i.reasons.some((r) => r.code === code));
  }
  const topic = h.slice(11);
  return e.hits.some((x) => x.severity === 'high' && x.topic === topic);
}

/** The fitted file's shape (verdict-combiner.generated.ts). */
export interface FittedCombiner {
  /** Weights by feature name (absent: 0), and the bias, of the flag model and the danger model. */
  flag: { bias: number; weights: Readonly<Record<string, number>> };
  danger: { bias: number; weights: Readonly<Record<string, number>> };
  /** Probability bars, chosen on out-of-fold predictions: flagged at ≥ flag; dangerous at ≥ danger (and flagged). */
  thresholds: { flag: number; danger: number };
  /** Evidence that makes a message dangerous whatever the models say. */
  hard: readonly HardIndicator[];
}

/** The combiner ready to score: dense weight vectors in FEATURES' order and one reused feature vector. */
export interface Combiner {
  flagW: Float64Array;
  flagB: number;
  dangerW: Float64Array;
  dangerB: number;
  thresholds: FittedCombiner['thresholds'];
  hardCodes: ReadonlySet<ReasonCode>;
  hardTopics: ReadonlySet<TopicId>;
  x: Float64Array;
}

export function compileCombiner(fitted: FittedCombiner): Combiner {
  const dense = (w: Readonly<Record<string, number>>) => Float64Array.from(FEATURES, (f) => w[f] ?? 0);
  return {
    flagW: dense(fitted.flag.weights),
    flagB: fitted.flag.bias,
    dangerW: dense(fitted.danger.weights),
    dangerB: fitted.danger.bias,
    thresholds: fitted.thresholds,
    hardCodes: new Set(fitted.hard.filter((h) => h.startsWith('code:')).map((h) => h.slice(5) as ReasonCode)),
    hardTopics: new Set(fitted.hard.filter((h) => h.startsWith('topic-high:')).map((h) => h.slice(11) as TopicId)),
    x: new Float64Array(FEATURES.length),
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) if (x[i]) s += w[i]! * x[i]!;
  return s;
}

/** Is a hard indicator present (the compiled sets: no string work)? */
function hard(c: Combiner, e: Evidence): boolean {
  if (c.hardTopics.size) for (const h of e.hits) if (h.severity === 'high' && c.hardTopics.has(h.topic)) return true;
  if (c.hardCodes.size) for (const i of e.counted) for (const r of i.reasons) if (c.hardCodes.has(r.code)) return true;
  return false;
}

/** The two probabilities of a message (for the fit's figures and the report). */
export function combinerScores(c: Combiner, e: Evidence): { flag: number; danger: number; hard: boolean } {
  evidenceFeatures(e, c.x);
  return {
    flag: sigmoid(c.flagB + dot(c.flagW, c.x)),
    danger: sigmoid(c.dangerB + dot(c.dangerW, c.x)),
    hard: hard(c, e),
  };
}

/** The level given the scores: hard → dangerous; below the flag bar, the rules' own unflagged verdict (official or
 *  unknown; a message the rules flagged and the combiner clears is unknown); else dangerous or suspicious. */
export function levelOf(
  s: { flag: number; danger: number; hard: boolean },
  t: FittedCombiner['thresholds'],
  rules: Verdict,
): Verdict {
  if (s.hard) return 'dangerous';
  if (s.flag < t.flag) return rules === 'official' ? 'official' : 'unknown';
  return s.danger >= t.danger ? 'dangerous' : 'suspicious';
}

/** The combiner's verdict on one message's evidence. */
export function combinedVerdict(c: Combiner, e: Evidence): Verdict {
  if (hard(c, e)) return 'dangerous';
  evidenceFeatures(e, c.x);
  const flag = sigmoid(c.flagB + dot(c.flagW, c.x));
  if (flag < c.thresholds.flag) return e.rules === 'official' ? 'official' : 'unknown';
  return sigmoid(c.dangerB + dot(c.dangerW, c.x)) >= c.thresholds.danger ? 'dangerous' : 'suspicious';
}
