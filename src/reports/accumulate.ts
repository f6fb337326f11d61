// The report's tallies, pure: records go into an Accumulator one by one (Redis, list()); accumulators merge exactly
// (integer counts, maxima; per-form quiz figures are kept as counts of answer patterns), so a report from Redis's
// stored hourly partials (src/reports/redis.ts) is identical to one from the records themselves. On SQLite the same
// tables are filled by GROUP BY queries instead (src/reports/sqlite/read.ts); finalize.ts reads them either way.
import type { OutcomeRecord } from '../store/types.ts';
import { dayIndex } from './time.ts';
import { DRILL_OUTCOMES, FLAG_FIELDS, KINDS, VERDICTS } from './types.ts';

/** Keyed rows of numbers. Maps, not objects: keys are content ids and user-derived text ("__proto__" included). */
export class CountTable {
  readonly rows = new Map<string, number[]>();
  /** `maxCols`: columns merged by maximum instead of sum. */
  constructor(
    readonly width: number,
    private readonly maxCols: readonly number[] = [],
  ) {}

  row(key: string): number[] {
    let r = this.rows.get(key);
    if (!r) {
      r = new Array<number>(this.width).fill(0);
      this.rows.set(key, r);
    }
    return r;
  }

  add(key: string, col: number, by = 1): void {
    this.row(key)[col]! += by;
  }

  max(key: string, col: number, value: number): void {
    const r = this.row(key);
    if (value > r[col]!) r[col] = value;
  }

  merge(other: CountTable | Array<[string, ...number[]]>): void {
    const entries: Iterable<[string, number[]]> =
      other instanceof CountTable ? other.rows : other.map(([k, ...v]) => [k, v] as [string, number[]]);
    for (const [key, values] of entries) {
      const r = this.row(key);
      for (let i = 0; i < this.width; i++) {
        const v = values[i] ?? 0;
        if (this.maxCols.includes(i)) {
          if (v > r[i]!) r[i] = v;
        } else r[i]! += v;
      }
    }
  }

  toJSON(): Array<[string, ...number[]]> {
    return [...this.rows].map(([k, v]) => [k, ...v]);
  }
}

/** Value → its column: the position in the list (a Map, so "constructor" and the like are no column). */
const columns = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const KIND_COL = columns(KINDS);
const OUTCOME_COL = columns(DRILL_OUTCOMES);
const VERDICT_COL = columns(VERDICTS);

/** The answer a feedback record rates, as /admin names it: "faq:<entry id>", "check", "fallback" ("" if none). */
export function ratedAnswer(rec: Pick<OutcomeRecord, 'rated' | 'faqId'>): string {
  return rec.rated === 'faq' && rec.faqId ? `faq:${rec.faqId}` : (rec.rated ?? '');
}

/** Serialised form, stored per day/session/channel cell by the SQLite fast path. */
export interface AccumulatorJSON {
  v: 1;
  tz: number;
  tables: Record<string, Array<[string, ...number[]]>>;
}

export class Accumulator {
  /** [drills, quizzes, faq, checks] for the whole selection. */
  readonly kinds = new CountTable(4);
  /** scenario → [passed, failed, incomplete, score sum, runs with a score]. */
  readonly drills = new CountTable(5);
  /** red flag → [missed, spotted, avoided]. */
  readonly flags = new CountTable(3);
  /** JSON [scenario, red flag] → [missed, spotted, avoided]. */
  readonly scenarioFlags = new CountTable(3);
  /** JSON [session|"", phase, hits, misses, falseAlarms, correctRejections] → [forms]. */
  readonly quiz = new CountTable(1);
  /** "" → [matched, fallback, small talk, product] (routed turns are neither matched nor missing content). */
  readonly faq = new CountTable(4);
  /** fallen-back question → [count, last asked (epoch ms, max)]. */
  readonly fallbacks = new CountTable(2, [1]);
  /** FAQ entry id → [matched count]. */
  readonly faqEntries = new CountTable(1);
  /** local day number → [official, unknown, suspicious, dangerous]. */
  readonly checks = new CountTable(4);
  /** topic → [drills, passed, failed, incomplete, faq matched]. */
  readonly topics = new CountTable(5);
  /** session|"" → [drills, quizzes, faq, checks]. */
  readonly sessions = new CountTable(4);
  /** channel → [drills, quizzes, faq, checks]. */
  readonly channels = new CountTable(4);
  /** rated answer ("faq:<id>", "check", "fallback"; "" when unnamed) → [👍, 👎]. */
  readonly feedback = new CountTable(2);

  constructor(readonly tz = 0) {}

  private tables(): Record<string, CountTable> {
    return {
      kinds: this.kinds,
      drills: this.drills,
      flags: this.flags,
      scenarioFlags: this.scenarioFlags,
      quiz: this.quiz,
      faq: this.faq,
      fallbacks: this.fallbacks,
      faqEntries: this.faqEntries,
      checks: this.checks,
      topics: this.topics,
      sessions: this.sessions,
      channels: this.channels,
      feedback: this.feedback,
    };
  }

  add(rec: OutcomeRecord): void {
    if (rec.kind === 'feedback') {
      if (typeof rec.helpful === 'boolean') this.feedback.add(ratedAnswer(rec), rec.helpful ? 0 : 1);
      return;
    }
    const kc = KIND_COL.get(rec.kind);
    if (kc === undefined) return; // a kind this version does not know: not counted anywhere
    this.kinds.add('', kc);
    this.sessions.add(rec.session ?? '', kc);
    this.channels.add(rec.channel, kc);
    switch (rec.kind) {
      case 'drill': {
        const scenario = rec.scenario ?? '(unknown)';
        const oc = rec.outcome ? OUTCOME_COL.get(rec.outcome) : undefined;
        if (oc !== undefined) this.drills.add(scenario, oc);
        if (typeof rec.score === 'number' && Number.isFinite(rec.score)) {
          this.drills.add(scenario, 3, rec.score);
          this.drills.add(scenario, 4);
        }
        FLAG_FIELDS.forEach((field, col) => {
          for (const f of new Set(rec[field] ?? [])) {
            this.flags.add(f, col);
            this.scenarioFlags.add(JSON.stringify([scenario, f]), col);
          }
        });
        for (const t of new Set(rec.topics ?? [])) {
          this.topics.add(t, 0);
          if (oc !== undefined) this.topics.add(t, 1 + oc);
        }
        break;
      }
      case 'quiz': {
        if (rec.phase !== 'pre' && rec.phase !== 'post') break;
        const counts = [rec.hits, rec.misses, rec.falseAlarms, rec.correctRejections];
        if (!counts.every((n) => Number.isInteger(n) && (n as number) >= 0)) break;
        this.quiz.add(JSON.stringify([rec.session ?? '', rec.phase, ...counts]), 0);
        break;
      }
      case 'faq': {
        if (rec.faqRoute === 'smalltalk' || rec.faqRoute === 'product') {
          this.faq.add('', rec.faqRoute === 'smalltalk' ? 2 : 3);
        } else if (rec.faqMatched) {
          this.faq.add('', 0);
          if (rec.faqId) this.faqEntries.add(rec.faqId, 0);
          for (const t of new Set(rec.topics ?? [])) this.topics.add(t, 4);
        } else {
          this.faq.add('', 1);
          const q = (rec.question ?? '').trim();
          this.fallbacks.add(q, 0);
          this.fallbacks.max(q, 1, rec.at);
        }
        break;
      }
      case 'check': {
        const vc = rec.verdict ? VERDICT_COL.get(rec.verdict) : undefined;
        if (vc !== undefined) this.checks.add(String(dayIndex(rec.at, this.tz)), vc);
        break;
      }
    }
  }

  addAll(recs: Iterable<OutcomeRecord>): this {
    for (const r of recs) this.add(r);
    return this;
  }

  merge(other: Accumulator | AccumulatorJSON): this {
    if (other.tz !== this.tz) throw new Error(`cannot merge report partials for time zones ${other.tz} and ${this.tz}`);
    const mine = this.tables();
    if (other instanceof Accumulator) {
      const theirs = other.tables();
      for (const [name, t] of Object.entries(mine)) t.merge(theirs[name]!);
    } else {
      for (const [name, t] of Object.entries(mine)) {
        const rows = other.tables[name];
        if (rows) t.merge(rows);
      }
    }
    return this;
  }

  toJSON(): AccumulatorJSON {
    const tables: AccumulatorJSON['tables'] = {};
    for (const [name, t] of Object.entries(this.tables())) if (t.rows.size) tables[name] = t.toJSON();
    return { v: 1, tz: this.tz, tables };
  }

  static fromJSON(json: AccumulatorJSON): Accumulator {
    return new Accumulator(json.tz).merge(json);
  }
}
