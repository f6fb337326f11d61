// The verdict combiner as a DANGER GATE: the rules' findings read as typed EVIDENCE (the rules' verdict with and
// without the scam-language hits, coarse facts of the numbers and links, the hits' severities, the concept families
// in the sender's own words grouped into a dozen kinds, the sentence's form, warnings, the wording model's score),
// weighed by one small regularised logistic regression: how likely a message the classifier judges DANGEROUS is a
// dangerous scam. Its only power is to lower dangerous → suspicious where the danger comes from words alone — never
// from a number or link bad by its own reasons, never from a hard indicator — and below its bar: it cannot clear a
// message, raise one, or touch the flagged/unflagged line (scams flagged is unchanged by construction; what it can
// cost is bounded to "dangerous judged dangerous"). Weights: verdict-combiner.generated.ts (`npm run
// classifier:combine`, bench/verdict-combiner-fit.ts).
import type { TopicId } from '../content/topics.ts';
import type { Family } from './concepts.ts';
import { REASON_CODES, REASON_SEVERITY, type ReasonCode } from './reasons.ts';
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

/** Concept families grouped into kinds (the model reads kinds, not words: fewer, coarser features transfer). */
const FAMILY_GROUPS: Readonly<Record<string, readonly Family[]>> = {
  verb: ['tell', 'enter', 'transfer', 'pay', 'borrow', 'install', 'open', 'redeem', 'scan', 'turn-on', 'add', 'lend'],
  'to-me': ['to-me'],
  secret: ['secret', 'card-details', 'identity'],
  money: ['money', 'fee', 'loan-fee', 'destination', 'their-account', 'other-lender', 'bill'],
  channel: [
    'remote',
    'screen',
    'meeting',
    'sideload',
    'app',
    'link',
    'qr',
    'private-channel',
    'forwarding',
    'sim-card',
  ],
  role: ['claim', 'staff', 'authority', 'courier'],
  family: ['family'],
  'reason-everyday': ['reason-account', 'reason-record', 'reason-loan', 'reason-debt'],
  'reason-unusual': [
    'reason-verify',
    'reason-credit',
    'reason-cancel',
    'reason-refund',
    'reason-limit',
    'reason-crime',
    'reason-prize',
    'reason-task',
    'reason-recovery',
    'reason-insider',
    'reason-channel',
  ],
  lever: ['lure', 'guided', 'threat', 'urgency', 'secrecy', 'bank-lie'],
  report: ['done', 'outcome'],
  genuine: ['owner', 'from-me', 'in-app'],
};
const GROUP_OF = new Map<string, string>(
  Object.entries(FAMILY_GROUPS).flatMap(([g, fs]) => fs.map((f) => [f, g] as const)),
);

/** Feature names, in the vector's order (the weights file lists weights by these names). */
export const FEATURES: readonly string[] = [
  'rules:dangerous',
  'without:flagged',
  'items:number-flagged',
  'items:link-unofficial',
  'items:official',
  'named-in-warning',
  'hits:high',
  'hits:two-topics',
  ...Object.keys(FAMILY_GROUPS).map((g) => `families:${g}`),
  'warning',
  'form:question',
  'form:policy',
  'form:third',
  'form:first',
  'brand',
  'wording:z',
  'wording:none',
  'lang:en',
];
const INDEX = new Map(FEATURES.map((f, i) => [f, i]));
const at = (name: string) => INDEX.get(name)!;
const GROUP_AT = new Map<string, number>(Object.keys(FAMILY_GROUPS).map((g) => [g, at(`families:${g}`)]));
const F = {
  rules: at('rules:dangerous'),
  without: at('without:flagged'),
  number: at('items:number-flagged'),
  link: at('items:link-unofficial'),
  official: at('items:official'),
  named: at('named-in-warning'),
  high: at('hits:high'),
  two: at('hits:two-topics'),
  warning: at('warning'),
  question: at('form:question'),
  policy: at('form:policy'),
  third: at('form:third'),
  first: at('form:first'),
  brand: at('brand'),
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
  if (e.rules === 'dangerous') out[F.rules] = 1;
  if (e.withoutLanguage === 'suspicious' || e.withoutLanguage === 'dangerous') out[F.without] = 1;
  for (const item of e.counted) {
    if (item.verdict === 'official') out[F.official] = 1;
    else if (item.kind === 'url') out[F.link] = 1;
    else if (item.verdict === 'suspicious' || item.verdict === 'dangerous') out[F.number] = 1;
  }
  if (e.namedInWarning) out[F.named] = 1;
  let first: TopicId | undefined;
  for (const h of e.hits) {
    if (h.severity === 'high') out[F.high] = 1;
    if (first === undefined) first = h.topic;
    else if (h.topic !== first) out[F.two] = 1;
  }
  if (e.families)
    for (const f of e.families) {
      const g = GROUP_OF.get(f);
      if (g !== undefined) out[GROUP_AT.get(g)!] = 1;
    }
  if (e.warningKinds > 0) out[F.warning] = 1;
  if (e.brandNamed) out[F.brand] = 1;
  if (e.en) out[F.en] = 1;
  if (e.text) {
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
  /** The danger model: weights by feature name (absent: 0) and its bias. */
  danger: { bias: number; weights: Readonly<Record<string, number>> };
  /** A dangerous message the gate may read is lowered to suspicious when the model's probability is below this. */
  bar: number;
  /** Evidence that keeps a message dangerous whatever the model says (besides any high item code, always kept). */
  hard: readonly HardIndicator[];
}

/** The combiner ready to score: a dense weight vector in FEATURES' order and one reused feature vector. */
export interface Combiner {
  dangerW: Float64Array;
  dangerB: number;
  bar: number;
  hardTopics: ReadonlySet<TopicId>;
  hardCodes: ReadonlySet<ReasonCode>;
  x: Float64Array;
}

export function compileCombiner(fitted: FittedCombiner): Combiner {
  return {
    dangerW: Float64Array.from(FEATURES, (f) => fitted.danger.weights[f] ?? 0),
    dangerB: fitted.danger.bias,
    bar: fitted.bar,
    hardTopics: new Set(fitted.hard.filter((h) => h.startsWith('topic-high:')).map((h) => h.slice(11) as TopicId)),
    hardCodes: new Set(fitted.hard.filter((h) => h.startsWith('code:')).map((h) => h.slice(5) as ReasonCode)),
    x: new Float64Array(FEATURES.length),
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** May the gate read this message at all? Only a message with words, whose danger does not come from a number or
 *  link bad by its own reasons (a high item code), and with no hard indicator. */
export function gateMayRead(c: Combiner, e: Evidence): boolean {
  if (!e.text || e.withoutLanguage === 'dangerous') return false;
  for (const i of e.counted)
    for (const r of i.reasons) if (REASON_SEVERITY[r.code] === 'high' || c.hardCodes.has(r.code)) return false;
  if (c.hardTopics.size) for (const h of e.hits) if (h.severity === 'high' && c.hardTopics.has(h.topic)) return false;
  return true;
}

/** The danger model's probability for a message's evidence. */
export function dangerScore(c: Combiner, e: Evidence): number {
  evidenceFeatures(e, c.x);
  let s = c.dangerB;
  for (let i = 0; i < c.x.length; i++) if (c.x[i]) s += c.dangerW[i]! * c.x[i]!;
  return sigmoid(s);
}

/** Does the gate lower this message, which the classifier judges dangerous, to suspicious? */
export function gateLowers(c: Combiner, e: Evidence): boolean {
  return gateMayRead(c, e) && dangerScore(c, e) < c.bar;
}
