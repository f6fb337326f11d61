// The FAQ's labelled probe tables (issue 11): one reader for every one of them, read by their tests, by
// `npm run faq:world` and by the route decision's fit (bench/lib/route-cv.ts, bench/lib/route-guard.ts). Each is a
// TSV of product questions (never a scam answer) and fraud counterparts (always the fraud route), written in our own
// words from public help-centre pages and warnings (each file's header), never from the field corpus. Columns: kind,
// style, lang, text, source[, half].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicId } from '../../src/content/topics.ts';
import type { FieldQuestion } from '../../src/faq/field.ts';
import { BOUNDARY_CASES } from './route-boundary-cases.ts';
import { STORY_GUARD_CASES } from './story-guard-cases.ts';

export interface Probe {
  kind: 'product' | 'fraud';
  style: string;
  text: string;
  source: string;
  /** The world tables' seeded split: `tune` may be read and fitted on, `score` is only ever counted. */
  half?: 'tune' | 'score';
}

export const PRODUCT_PROBES = 'test/faq/product-probes.tsv';
export const OWN_LOAN_PROBES = 'test/faq/own-loan-probes.tsv';
export const ACCOUNT_STATE_PROBES = 'test/faq/account-state-probes.tsv';
/** The world probe tables, in the order they were written (sessions 13, 14, 15, 17, 18, 19, 20). */
export const WORLD_TABLES = [
  'test/faq/world-probes.tsv',
  'test/faq/world-probes-2.tsv',
  'test/faq/world-probes-3.tsv',
  'test/faq/world-probes-4.tsv',
  'test/faq/world-probes-5.tsv',
  'test/faq/world-probes-6.tsv',
  'test/faq/world-probes-7.tsv',
] as const;

export function readProbeTable(root: string, table: string): Probe[] {
  return readFileSync(join(root, table), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map((l) => {
      const [kind, style, , text, source, half] = l.split('\t');
      const probe: Probe = { kind: kind as Probe['kind'], style: style!, text: text!, source: source ?? '' };
      if (half) probe.half = half as Probe['half'];
      return probe;
    });
}

/**
 * World tables written after the shipped route decision was fitted: the shipped thresholds never saw their tune
 * halves, so the guard test (route-guard.test.ts) would hold the decision to cases it was not fitted with. The refit
 * that takes one in (its tune half as guard rows) empties this list.
 */
export const WORLD_TABLES_AWAITING_FIT: readonly string[] = [
  'test/faq/world-probes-6.tsv',
  'test/faq/world-probes-7.tsv',
];

/**
 * The world tables whose tune halves the guard holds: all three since session 16 (table 3's one tune-half product
 * question answered as a scam — a bank app "asking me to confirm recent transactions" — is read as the platform asking
 * its own customer since then; the session-15 refit with table 3 at guard weight 1 had broken three right-first /
 * boundary tests and was not shipped). Tables 4 (session 17) and 5 (session 18) joined with session 19's refit; tables 6
 * (session 19) and 7 (session 20) wait for the next (WORLD_TABLES_AWAITING_FIT).
 */
export const GUARDED_WORLD_TABLES: readonly string[] = WORLD_TABLES.filter(
  (t) => !WORLD_TABLES_AWAITING_FIT.includes(t),
);

/** The story probe table (session 24): whole, no split — its tests hold every fraud story to the fraud route. */
export const STORY_PROBES = 'test/faq/story-probes.tsv';
/** The routing probe tables' tune halves (sessions 30–32); their score files stay the judge. */
export const ROUTING_TUNE_TABLES = ['test/faq/routing-probes.tsv', 'test/faq/routing-probes-2.tsv'] as const;

/** Every table of session 34's guard cases: the story table, the routing tune halves, the in-test lists. */
export const STORY_GUARD_TABLES: readonly string[] = [
  STORY_PROBES,
  ...ROUTING_TUNE_TABLES,
  ...STORY_GUARD_CASES.map((g) => g.table),
];

/**
 * Session 34: the story, missing-cue, scam-sign, settled-story and routing tables as guard cases (session 33's refit,
 * which knew none of them, sent their fraud stories to the product reply and broke their tests). Like
 * WORLD_TABLES_AWAITING_FIT: the tables listed here wait for the refit that takes them in (the shipped thresholds never
 * saw them); that refit empties the list.
 */
export const STORY_TABLES_AWAITING_FIT: readonly string[] = STORY_GUARD_TABLES;
/** …those the guard holds (the others wait for a refit). */
export const GUARDED_STORY_TABLES: readonly string[] = STORY_GUARD_TABLES.filter(
  (t) => !STORY_TABLES_AWAITING_FIT.includes(t),
);

/** A labelled case of the fit guard, with the table it comes from. */
export interface GuardCase {
  table: string;
  kind: Probe['kind'];
  text: string;
}

/**
 * The cases the route decision's fit guard holds (bench/lib/route-guard.ts): the boundary table, the product probes,
 * the own-loan and account-state tables, the world tables' TUNE halves — never their score halves, which stay the
 * measure on wording no fit has seen — and (session 34) the story table, the routing tables' tune halves and the
 * in-test cases of the missing-cue, scam-sign, settled-story and routing tests (story-guard-cases.ts).
 */
export function guardCases(root: string): GuardCase[] {
  const from = (table: string, probes: readonly Pick<Probe, 'kind' | 'text'>[]) =>
    probes.map((p) => ({ table, kind: p.kind, text: p.text }));
  return [
    ...from('route-boundary', BOUNDARY_CASES),
    ...[PRODUCT_PROBES, OWN_LOAN_PROBES, ACCOUNT_STATE_PROBES].flatMap((t) => from(t, readProbeTable(root, t))),
    ...GUARDED_WORLD_TABLES.flatMap((t) =>
      from(
        t,
        readProbeTable(root, t).filter((p) => p.half === 'tune'),
      ),
    ),
    ...[STORY_PROBES, ...ROUTING_TUNE_TABLES]
      .filter((t) => GUARDED_STORY_TABLES.includes(t))
      .flatMap((t) => from(t, readProbeTable(root, t))),
    ...STORY_GUARD_CASES.filter((g) => GUARDED_STORY_TABLES.includes(g.table)).flatMap((g) => from(g.table, g.cases)),
  ];
}

export const TOPIC_PROBES = 'test/faq/topic-probes.tsv';
/** Table 2 (session 27): the families named from questions batch 32's misses, same columns. */
export const TOPIC_PROBES_2 = 'test/faq/topic-probes-2.tsv';
/** Table 3 (session 28): the families named from questions batch 33's and batches 27–29's misses, same columns. */
export const TOPIC_PROBES_3 = 'test/faq/topic-probes-3.tsv';
/** Table 4 (session 30): a state body said to be the caller (refund, fine, visa, deadline), same columns plus a source. */
export const TOPIC_PROBES_4 = 'test/faq/topic-probes-4.tsv';

/**
 * The topic probe table (session 26): fraud questions labelled with their acceptable topics, product and
 * out-of-scope counters, read as field questions so evaluateField scores them as it scores the field corpus.
 * Columns: kind, style, lang, topics, text, family[, half]: `score` lines were written after the first fixes and are
 * only counted, never tuned on. Not a route-fit table: it stays a measure on wording no fit saw.
 */
export function readTopicProbes(
  root: string,
  table: string = TOPIC_PROBES,
): (FieldQuestion & { family: string; half: 'tune' | 'score' })[] {
  return readFileSync(join(root, table), 'utf8')
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .filter(({ l }) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map(({ l, line }) => {
      const [kind, style, lang, topics, text, family, half] = l.split('\t');
      return {
        id: `t${line}`,
        route: (kind === 'product' ? 'product' : kind) as FieldQuestion['route'],
        topics: (topics ? topics.split('|') : []) as TopicId[],
        style: style as FieldQuestion['style'],
        lang: lang as FieldQuestion['lang'],
        text: text!,
        line,
        family: family ?? '',
        half: half === 'score' ? 'score' : 'tune',
      };
    });
}

/** One row of a topic probe table. */
export type TopicProbe = ReturnType<typeof readTopicProbes>[number];
