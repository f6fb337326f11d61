// The classifier's result records. Field by field, because every channel and the CLI JSON contract rely on them.
import type { Locale, TopicId } from '../content/topics.ts';
import type { ReasonCode } from './reasons.ts';

export const VERDICTS = ['official', 'unknown', 'suspicious', 'dangerous'] as const;
/** official: the brand's own (or a national public line); unknown: nothing known against it; worse: see reasons. */
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Reason {
  /** Stable id: tests, metrics and UI text key on it. */
  code: ReasonCode;
  severity: Severity;
  /** Plain-language explanation in the answer's language (from content/replies/classifier.yaml). */
  message: string;
}

export interface CheckItem {
  kind: 'phone' | 'url';
  /** As found in the input (a code or card number is never an item, so nothing secret is echoed). */
  raw: string;
  /** phone: +CC national digits (e.g. +8613812345678) or the national service number; url: the parsed href. */
  normalized: string;
  verdict: Verdict;
  reasons: Reason[];
}

export interface PhraseHit {
  topic: TopicId;
  /** The matched words, with any code/card/ID number inside redacted. */
  text: string;
}

export interface CheckResult {
  /** The input with verification codes, card and ID numbers redacted. */
  input: string;
  locale: Locale;
  /** Worst of items and phrases; `official` only when every item is official and no scam phrase was found. */
  verdict: Verdict;
  items: CheckItem[];
  phrases: PhraseHit[];
  /** Reasons about the whole message rather than an item (the wording model's); present only when there are some. */
  reasons?: Reason[];
  /** What to do, in the answer's language. */
  advice: string;
}

export const VERDICT_RANK: Record<Verdict, number> = { official: 0, unknown: 1, suspicious: 2, dangerous: 3 };

export function worstVerdict(verdicts: Iterable<Verdict>, empty: Verdict = 'unknown'): Verdict {
  let worst: Verdict | undefined;
  for (const v of verdicts) if (!worst || VERDICT_RANK[v] > VERDICT_RANK[worst]) worst = v;
  return worst ?? empty;
}
