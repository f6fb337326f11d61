// 👍/👎 votes are outcome records; reports count them like everything else: a GROUP BY over the rollups on SQLite,
// the hourly partials on Redis. Both give what a plain fold over the same seeded votes gives, for filters and ranges
// that cut hours and days; the counts an older version kept in one state document become records once.
import { describe, expect, it } from 'vitest';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { type ReportQuery, reportSource } from '../../src/reports/index.ts';
import { feedbackRecord, migrateLegacyFeedback, recordFeedback } from '../../src/store/feedback.ts';
import type { Channel, OutcomeRecord } from '../../src/store/types.ts';
import { title, useBackends } from '../store/backends.ts';

const H = 3_600_000;
const DAY = 24 * H;
const backends = useBackends();

/** Deterministic votes over ten days: every rated kind, FAQ votes with and without an entry, sessions, channels. */
function seededVotes(n: number): OutcomeRecord[] {
  let x = 12345;
  const next = (m: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((x / 2 ** 31) * m); // the high bits: an LCG's low bits repeat with a short period
  };
  const out: OutcomeRecord[] = [];
  for (let i = 0; i < n; i++) {
    const rated = (['faq', 'faq', 'check', 'fallback'] as const)[next(4)]!;
    const faqId = ['fee-before-loan', 'refund-call', 'credit-repair', ''][next(4)]!;
    const vote = feedbackRecord(
      { helpful: next(3) === 0, rated, ...(faqId ? { faqId } : {}) },
      DEMO_START + next(10 * DAY),
    );
    const session = [undefined, ...DEMO_SESSIONS][next(4)];
    out.push({ ...vote, channel: (['web', 'app', 'cli'] as Channel[])[next(3)]!, ...(session ? { session } : {}) });
  }
  return out;
}

/** The figures by hand: filter each vote, name its answer, count, sort; the worst ten. */
function plainFold(records: OutcomeRecord[], q: ReportQuery) {
  let helpful = 0;
  let unhelpful = 0;
  const byAnswer = new Map<string, { helpful: number; unhelpful: number }>();
  for (const r of records) {
    if (r.kind !== 'feedback') continue;
    if (q.session !== undefined && r.session !== q.session) continue;
    if (q.channel !== undefined && r.channel !== q.channel) continue;
    if ((q.from !== undefined && r.at < q.from) || (q.to !== undefined && r.at >= q.to)) continue;
    const answer = r.rated === 'faq' && r.faqId ? `faq:${r.faqId}` : (r.rated ?? '');
    const c = byAnswer.get(answer) ?? { helpful: 0, unhelpful: 0 };
    if (r.helpful) {
      helpful++;
      c.helpful++;
    } else {
      unhelpful++;
      c.unhelpful++;
    }
    byAnswer.set(answer, c);
  }
  const answers = [...byAnswer]
    .filter(([answer]) => answer)
    .map(([answer, c]) => ({ answer, ...c }))
    .sort((a, b) => b.unhelpful - a.unhelpful || a.answer.localeCompare(b.answer));
  return { helpful, unhelpful, worst: answers.filter((a) => a.unhelpful > 0).slice(0, 10), answers };
}

const QUERIES: ReportQuery[] = [
  {},
  { from: DEMO_START + 2 * DAY, to: DEMO_START + 9 * DAY },
  { from: DEMO_START + DAY + 5 * H + 17, to: DEMO_START + 8 * DAY + 13 * H + 41, tz: 480 },
  { from: DEMO_START + 3 * DAY + 10 * H, to: DEMO_START + 3 * DAY + 10 * H + 1800_000 },
  { session: DEMO_SESSIONS[1], from: DEMO_START + 4 * DAY },
  { channel: 'app', to: DEMO_START + 6 * DAY - 1 },
];

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`feedback in reports: ${title(backend)}`, () => {
    it('the report counts votes as a plain fold of the same records does, for every filter', async () => {
      const votes = seededVotes(1500);
      const later = seededVotes(300).map((v) => ({ ...v, at: v.at + 5 * DAY }));
      const space = await backend.space();
      try {
        const store = await space.open();
        const source = reportSource(store);
        expect(source.mode).toBe(backend.kind);
        const demo = demoOutcomes({ count: 800, seed: 3, days: 10 }); // with the demo's own votes
        await store.outcomes.addMany([...demo, ...votes]);
        await source.report({}); // folds (SQLite) / builds the partials (Redis); the later votes land on top
        await store.outcomes.addMany(later);
        await recordFeedback(store, { helpful: false, rated: 'faq', faqId: 'refund-call' }, DEMO_START + 2 * DAY + 1);
        const all = [
          ...demo,
          ...votes,
          ...later,
          feedbackRecord({ helpful: false, rated: 'faq', faqId: 'refund-call' }, DEMO_START + 2 * DAY + 1),
        ];
        for (const q of QUERIES) {
          const expected = plainFold(all, q);
          expect(expected.helpful + expected.unhelpful, JSON.stringify(q)).toBeGreaterThan(0);
          expect((await source.report(q)).feedback).toEqual(expected);
        }
        // Votes are not training outcomes: the totals count none of them.
        const totals = (await source.report({})).totals;
        expect(totals.total).toBe(demo.filter((r) => r.kind !== 'feedback').length);
      } finally {
        await space.dispose();
      }
    }, 60_000);

    it('turns the counts of the old feedback document into records, once', async () => {
      const space = await backend.space();
      try {
        const store = await space.open();
        const legacy = {
          helpful: 4,
          unhelpful: 6,
          byAnswer: { 'faq:fee-before-loan': { helpful: 1, unhelpful: 3 }, check: { helpful: 2, unhelpful: 1 } },
        };
        await store.commitTurn({ state: { key: 'scam-coach/feedback', value: { counts: legacy } }, outcomes: [] });
        expect(await migrateLegacyFeedback(store, DEMO_START)).toBe(10);
        expect(await migrateLegacyFeedback(store, DEMO_START)).toBe(0);
        expect((await reportSource(store).report({})).feedback).toEqual({
          helpful: 4,
          unhelpful: 6,
          worst: [
            { answer: 'faq:fee-before-loan', helpful: 1, unhelpful: 3 },
            { answer: 'check', helpful: 2, unhelpful: 1 },
          ],
          answers: [
            { answer: 'faq:fee-before-loan', helpful: 1, unhelpful: 3 },
            { answer: 'check', helpful: 2, unhelpful: 1 },
          ],
        });
      } finally {
        await space.dispose();
      }
    }, 30_000);
  });
}
