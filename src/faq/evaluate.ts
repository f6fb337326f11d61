// Measuring the matcher on a labelled dev set (test/faq/dev-set.yaml): used by the bench and by calibration.
// The eval test computes its figures on its own; this module is for tools that need the per-question rows.
import { z } from 'zod';
import { localeSchema, topicSchema } from '../content/schema-common.ts';
import { answerQuestion } from './answer.ts';
import type { FaqIndex } from './build.ts';
import { type ScoredEntry, searchFaq } from './search.ts';

export const devSetSchema = z.object({
  questions: z.array(z.object({ q: z.string().min(1), topic: topicSchema, locale: localeSchema })).min(1),
  out_of_scope: z.array(z.object({ q: z.string().min(1), locale: localeSchema })).min(1),
});
export type DevSet = z.output<typeof devSetSchema>;

export interface DevRow {
  q: string;
  /** Expected topic; undefined for an out-of-scope question. */
  topic?: string;
  /** The ranked entries (before the threshold), best first. */
  ranked: ScoredEntry[];
  /** Topic found among the first 1 / 3 ranked entries. */
  top1: boolean;
  top3: boolean;
  /** answerQuestion returned a match (confidence ≥ threshold). */
  answered: boolean;
  /** …and that match carries the expected topic. */
  answeredRight: boolean;
}

export interface DevMetrics {
  questions: number;
  outOfScope: number;
  /** Expected topic ∈ topics of the best-ranked entry (whatever its confidence). */
  top1: number;
  top3: number;
  /** Answered (match not null) with the right topic: what a user actually gets. */
  answeredCorrect: number;
  /** Answered with a wrong topic. */
  answeredWrong: number;
  /** Out-of-scope questions that got a match. */
  falseMatch: number;
  rows: DevRow[];
}

export function evaluateDevSet(index: FaqIndex, dev: DevSet): DevMetrics {
  const rows: DevRow[] = [];
  const topicsOf = (s: ScoredEntry | undefined) => (s ? index.entries[s.entry]!.entry.topics : []) as string[];
  for (const { q, topic, locale } of dev.questions) {
    const ranked = searchFaq(index, q, { locale });
    // The answered entry, not the ranked one, decides what the user reads.
    const a = answerQuestion(index, q, { locale });
    rows.push({
      q,
      topic,
      ranked,
      top1: topicsOf(ranked[0]).includes(topic),
      top3: ranked.slice(0, 3).some((s) => topicsOf(s).includes(topic)),
      answered: a.match !== null,
      answeredRight: a.match?.topics.includes(topic) ?? false,
    });
  }
  for (const { q, locale } of dev.out_of_scope) {
    const ranked = searchFaq(index, q, { locale });
    const a = answerQuestion(index, q, { locale });
    rows.push({ q, ranked, top1: false, top3: false, answered: a.match !== null, answeredRight: false });
  }
  const inScope = rows.filter((r) => r.topic !== undefined);
  const oos = rows.filter((r) => r.topic === undefined);
  return {
    questions: inScope.length,
    outOfScope: oos.length,
    top1: inScope.filter((r) => r.top1).length / inScope.length,
    top3: inScope.filter((r) => r.top3).length / inScope.length,
    answeredCorrect: inScope.filter((r) => r.answeredRight).length / inScope.length,
    answeredWrong: inScope.filter((r) => r.answered && !r.answeredRight).length / inScope.length,
    falseMatch: oos.filter((r) => r.answered).length / Math.max(1, oos.length),
    rows,
  };
}

/** FNV-1a (32 bit) of the UTF-8 bytes: a stable hash for splitting the dev set. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type DevHalf = 'A' | 'B';

/**
 * Deterministic split of the dev set into two halves, stratified so each topic and language (and the
 * out-of-scope questions of each language) fall half in A, half in B: inside each group the questions are
 * ordered by a hash of their text and alternate A, B, A, … Tuning and calibration look at half A only; half B
 * is the held-out measure of how the matcher does on questions nobody tuned for.
 */
export function splitDevSet(dev: DevSet): Record<DevHalf, DevSet> {
  const halfOf = new Map<string, DevHalf>();
  const assign = (groups: Map<string, string[]>) => {
    for (const qs of groups.values()) {
      const ordered = [...qs].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
      ordered.forEach((q, i) => {
        halfOf.set(q, i % 2 === 0 ? 'A' : 'B');
      });
    }
  };
  const group = <T extends { q: string }>(xs: readonly T[], key: (x: T) => string) => {
    const m = new Map<string, string[]>();
    for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x.q]);
    return m;
  };
  assign(group(dev.questions, (x) => `${x.topic}/${x.locale}`));
  assign(group(dev.out_of_scope, (x) => x.locale));
  const pick = (h: DevHalf): DevSet => ({
    questions: dev.questions.filter((x) => halfOf.get(x.q) === h),
    out_of_scope: dev.out_of_scope.filter((x) => halfOf.get(x.q) === h),
  });
  return { A: pick('A'), B: pick('B') };
}
