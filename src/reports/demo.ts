// Deterministic demo outcomes for `scam-coach seed --demo`, tests and benches: the same options always give the same
// records (seeded PRNG, fixed start date). Users are random 16-hex-digit hashes like the salted ones the server
// stores; FAQ questions are written for the demo and pass through the same redaction as real ones.
import { redact } from '../classifier/sensitive.ts';
import type { Channel, OutcomeRecord } from '../store/types.ts';
import { mulberry32 } from '../content/prng.ts';
import { type FeedbackVote, feedbackRecord } from '../store/feedback.ts';

/**
 * Scenario ids, topics and red-flag ids as the scenarios had them (copied, so demo data never depends on content
 * edits). Several are ids used before the red-flag taxonomy merged them (overseas-prefix, asks-code, urgency …): like
 * outcomes stored back then, reports count them under the current id (src/reports/red-flags.ts).
 */
export const DEMO_SCENARIOS: ReadonlyArray<{ id: string; topics: string[]; flags: string[] }> = [
  {
    id: 'apk-install',
    topics: ['fake-app', 'phishing-link', 'upfront-fee', 'overseas-number'],
    flags: ['overseas-number', 'apk-link', 'not-in-store', 'permissions-warning', 'upfront-fee', 'deadline-threat'],
  },
  {
    id: 'credit-repair',
    topics: ['credit-repair', 'upfront-fee', 'impersonating-authorities', 'personal-data-leak'],
    flags: ['knows-overdue', 'no-credit-repair', 'fake-inside-channel', 'upfront-fee', 'false-urgency'],
  },
  {
    id: 'fake-debt-collector',
    topics: ['debt-collection-impersonation', 'personal-data-leak', 'official-channels'],
    flags: [
      'personal-account',
      'knows-personal-data',
      'threats-to-contacts',
      'unverified-collector',
      'deadline',
      'asks-id-documents',
    ],
  },
  {
    id: 'fake-police-safe-account',
    topics: ['impersonating-authorities', 'safe-account', 'overseas-number', 'personal-data-leak'],
    flags: [
      'fake-authority',
      'overseas-number',
      'knows-personal-data',
      'arrest-threat',
      'phone-statement-secrecy',
      'safe-account',
    ],
  },
  {
    id: 'fake-refund-membership',
    topics: ['refund-scam', 'safe-account', 'verification-code', 'personal-data-leak'],
    flags: [
      'virtual-number',
      'fake-membership',
      'knows-personal-data',
      'urgency',
      'borrow-then-transfer',
      'asks-for-code',
    ],
  },
  {
    id: 'limit-boost',
    topics: ['limit-boost', 'safe-account', 'upfront-fee', 'verification-code'],
    flags: [
      'no-paid-boost',
      'statement-padding',
      'asks-code',
      'verification-account',
      'hide-from-bank',
      'false-urgency',
    ],
  },
  {
    id: 'overseas-service-call',
    topics: ['overseas-number', 'personal-data-leak', 'verification-code', 'safe-account', 'official-channels'],
    flags: ['overseas-prefix', 'knows-personal-data', 'credit-threat', 'asks-code', 'transfer-request'],
  },
  {
    id: 'phishing-sms-link',
    topics: ['phishing-link', 'verification-code', 'report-fraud'],
    flags: [
      'bulk-sms-port',
      'lookalike-link',
      'freeze-urgency',
      'asks-login-details',
      'call-after-text',
      'asks-for-code',
    ],
  },
  {
    id: 'screen-sharing',
    topics: ['screen-sharing', 'fake-app', 'verification-code', 'overseas-number', 'refund-scam'],
    flags: ['overseas-prefix', 'fake-charge', 'meeting-app', 'screen-share', 'ignore-bank'],
  },
  {
    id: 'sms-code-identity-check',
    topics: ['verification-code', 'legit-contact', 'overseas-number', 'personal-data-leak'],
    flags: ['overseas-number', 'knows-personal-data', 'urgency-deduction', 'asks-for-code', 'ignore-sms-warning'],
  },
  {
    id: 'student-loan-cancellation',
    topics: [
      'account-cancellation',
      'safe-account',
      'impersonating-authorities',
      'personal-data-leak',
      'verification-code',
    ],
    flags: ['virtual-number', 'knows-school', 'no-such-rule', 'fake-authority', 'borrow-and-transfer', 'asks-code'],
  },
  {
    id: 'unfreeze-fee',
    topics: ['upfront-fee', 'fake-app', 'phishing-link', 'safe-account'],
    flags: ['fee-before-payout', 'wrong-card-story', 'fake-app-link', 'fraud-threat', 'personal-account'],
  },
];

/** Red flags people tend to overlook get a lower chance of being spotted, so the "most missed" chart has a shape. */
const HARD_FLAGS = new Set([
  'knows-personal-data',
  'virtual-number',
  'overseas-prefix',
  'overseas-number',
  'bulk-sms-port',
  'lookalike-link',
  'fake-inside-channel',
]);

const DEMO_FAQ: ReadonlyArray<{ id: string; topics: string[]; question: string }> = [
  { id: 'zh-overseas-call-is-fake', topics: ['overseas-number'], question: '+852开头的号码说是安心借客服，是真的吗？' },
  { id: 'zh-share-sms-code', topics: ['verification-code'], question: '客服让我把验证码念给他，可以吗？' },
  { id: 'zh-screen-share-request', topics: ['screen-sharing'], question: '对方让我下载会议软件共享屏幕，安全吗？' },
  { id: 'zh-sms-link-check', topics: ['phishing-link'], question: '短信里的链接说我账户冻结了，要点吗？' },
  { id: 'zh-verify-official-number', topics: ['official-channels'], question: '怎么确认这个电话是不是官方的？' },
  {
    id: 'zh-police-investigation-call',
    topics: ['impersonating-authorities'],
    question: '警察打电话说我涉嫌洗钱，怎么办？',
  },
  { id: 'zh-apk-download', topics: ['fake-app'], question: '客服发来一个apk让我安装，是官方的吗？' },
  { id: 'zh-already-transferred', topics: ['report-fraud'], question: '我已经转账了，现在怎么办？' },
];

/** Questions the FAQ has no entry for: what the "missing content" table should surface. */
const DEMO_FALLBACK_QUESTIONS = [
  '你们的年化利率到底是多少？',
  '刚才有人自称快递员说包裹丢了要理赔，要我加QQ，是真的吗？',
  '有人说帮我把贷款额度转到信用卡上，靠谱吗？',
  '我的验证码 482913 被别人拿到了怎么办',
  'Someone on a dating app wants me to invest in crypto with them, is that legit?',
  '朋友借我的身份证去办卡，会有问题吗？',
  'Can the platform lower my interest if I pay an agent?',
  '游戏里有人低价卖装备让我扫码付款，安全吗？',
];

const CHANNELS: ReadonlyArray<readonly [Channel, number]> = [
  ['web', 0.55],
  ['app', 0.35],
  ['cli', 0.1],
];
const VERDICTS = [
  ['official', 0.15],
  ['unknown', 0.3],
  ['suspicious', 0.3],
  ['dangerous', 0.25],
] as const;
const KINDS = [
  ['drill', 0.4],
  ['quiz', 0.15],
  ['faq', 0.25],
  ['check', 0.2],
] as const;

/**
 * 👍/👎 in the widget: a share of the web channel's answers gets a vote a little after it, and whether it helped
 * depends on what was answered — an FAQ answer mostly helps (one entry less often: something for /admin to show),
 * the honest fallback mostly does not, a check helps unless it could only say "unknown".
 */
const VOTE_SHARE = 0.3;
const HELPED: Readonly<Record<string, number>> = { faq: 0.85, fallback: 0.25, check: 0.8, unknown: 0.5 };
const WEAK_FAQ = 'zh-verify-official-number';

/** Quiz forms: 7 scam and 7 genuine items each (content/quiz.yaml). */
const QUIZ_SCAM_ITEMS = 7;
const QUIZ_GENUINE_ITEMS = 7;

export const DEMO_SESSIONS = ['demo-cs-team', 'demo-new-hires', 'demo-branch-east'] as const;
/** 2025-03-03T00:00:00Z: a fixed start keeps the demo data identical from run to run. */
export const DEMO_START = Date.UTC(2025, 2, 3);
export const DAY_MS = 86_400_000;

export interface DemoOptions {
  /** Number of records (default 2000). */
  count?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Epoch ms of the first day (default DEMO_START). */
  start?: number;
  /** Days the records spread over (default 28). */
  days?: number;
  /** Distinct users (default count / 8, at least 5). */
  users?: number;
}

function weighted<T>(rand: () => number, table: ReadonlyArray<readonly [T, number]>): T {
  let r = rand();
  for (const [value, w] of table) {
    if (r < w) return value;
    r -= w;
  }
  return table[table.length - 1]![0];
}

function binomial(rand: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

/** Quiz answer tendencies per session and phase: pre → post gets better, except one cohort that only got warier. */
function quizRates(session: string | undefined, phase: 'pre' | 'post'): { hit: number; fa: number } {
  if (phase === 'pre') return { hit: 0.62, fa: 0.3 };
  // The failure the research warns about: more "scam" answers to everything, genuine items included.
  if (session === DEMO_SESSIONS[2]) return { hit: 0.9, fa: 0.55 };
  return { hit: 0.86, fa: 0.16 };
}

export function demoOutcomes(opts: DemoOptions = {}): OutcomeRecord[] {
  const count = opts.count ?? 2000;
  const rand = mulberry32(opts.seed ?? 1);
  const start = opts.start ?? DEMO_START;
  const days = opts.days ?? 28;
  const userCount = opts.users ?? Math.max(5, Math.floor(count / 8));
  const users: string[] = [];
  for (let i = 0; i < userCount; i++) {
    let h = '';
    for (let j = 0; j < 4; j++)
      h += Math.floor(rand() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    users.push(h);
  }
  // Each user belongs to one cohort (or none: people using the bot outside any training) and mostly one channel.
  const userSession = users.map(() => {
    const r = rand();
    return r < 0.2 ? undefined : DEMO_SESSIONS[Math.floor(rand() * DEMO_SESSIONS.length)];
  });
  const userChannel = users.map(() => weighted(rand, CHANNELS));
  const questions = DEMO_FALLBACK_QUESTIONS.map((q) => redact(q));

  const out: OutcomeRecord[] = [];
  // Votes draw from their own stream, so the other records are the ones the same seed gave before votes existed.
  const end = start + days * DAY_MS;
  const voteRand = mulberry32(((opts.seed ?? 1) ^ 0x5f3759df) >>> 0);
  while (out.length < count) {
    const u = Math.floor(rand() * userCount);
    const session = userSession[u];
    const base: OutcomeRecord = {
      kind: weighted(rand, KINDS),
      at: start + Math.floor(rand() * days * DAY_MS),
      user: users[u]!,
      channel: rand() < 0.85 ? userChannel[u]! : weighted(rand, CHANNELS),
      ...(session ? { session } : {}),
    };
    if (base.kind === 'drill') {
      const sc = DEMO_SCENARIOS[Math.floor(rand() * DEMO_SCENARIOS.length)]!;
      const skill = rand();
      const spotted: string[] = [];
      const missed: string[] = [];
      for (const f of sc.flags)
        (rand() < (HARD_FLAGS.has(f) ? 0.35 : 0.7) * (0.6 + 0.6 * skill) ? spotted : missed).push(f);
      const r = rand();
      const outcome = r < 0.1 ? 'incomplete' : r < 0.1 + 0.3 + 0.5 * skill ? 'passed' : 'failed';
      const score = Math.round(
        ((100 * spotted.length) / sc.flags.length) * (outcome === 'passed' ? 1 : outcome === 'failed' ? 0.6 : 0.4),
      );
      out.push({ ...base, scenario: sc.id, outcome, score, spotted, missed, topics: [...sc.topics] });
    } else if (base.kind === 'quiz') {
      const phase = rand() < 0.5 ? 'pre' : 'post';
      // Post forms come after training: move them to the second half of the period.
      if (phase === 'post') base.at = start + Math.floor(((days * DAY_MS) / 2) * (1 + rand()));
      else base.at = start + Math.floor(((days * DAY_MS) / 2) * rand());
      const { hit, fa } = quizRates(session, phase);
      const hits = binomial(rand, QUIZ_SCAM_ITEMS, hit);
      const falseAlarms = binomial(rand, QUIZ_GENUINE_ITEMS, fa);
      out.push({
        ...base,
        phase,
        hits,
        misses: QUIZ_SCAM_ITEMS - hits,
        falseAlarms,
        correctRejections: QUIZ_GENUINE_ITEMS - falseAlarms,
      });
    } else if (base.kind === 'faq') {
      if (rand() < 0.78) {
        const e = DEMO_FAQ[Math.floor(rand() * DEMO_FAQ.length)]!;
        out.push({ ...base, faqMatched: true, faqId: e.id, topics: [...e.topics], question: e.question });
        pushVote(out, voteRand, end, base, { rated: 'faq', faqId: e.id }, e.id === WEAK_FAQ ? 0.5 : HELPED.faq!);
      } else {
        // Skewed toward the first questions, like real traffic: a few gaps account for most fallbacks.
        const q = questions[Math.min(questions.length - 1, Math.floor(questions.length * rand() * rand()))]!;
        out.push({ ...base, faqMatched: false, question: q });
        pushVote(out, voteRand, end, base, { rated: 'fallback' }, HELPED.fallback!);
      }
    } else {
      const verdict = weighted(rand, VERDICTS);
      out.push({ ...base, verdict });
      pushVote(out, voteRand, end, base, { rated: 'check' }, verdict === 'unknown' ? HELPED.unknown! : HELPED.check!);
    }
  }
  return out.slice(0, count);
}

/** Sometimes a vote on the answer just given in the widget: no user and no session, like the votes the server
 *  stores (src/store/feedback.ts). */
function pushVote(
  out: OutcomeRecord[],
  rand: () => number,
  end: number,
  answered: OutcomeRecord,
  what: Omit<FeedbackVote, 'helpful'>,
  helps: number,
): void {
  if (answered.channel !== 'web' || rand() >= VOTE_SHARE) return;
  const helpful = rand() < helps;
  out.push(feedbackRecord({ ...what, helpful }, Math.min(end - 1, answered.at + Math.floor(5_000 + rand() * 115_000))));
}
