// Independent expectations for report tests: computed straight from records with plain loops (no Accumulator),
// per-form d′ via the quiz core's scoreQuiz on answer lists rebuilt from the stored counts.
import { scoreQuiz, type QuizAnswer } from '../../src/quiz/score.ts';
import type { OutcomeFilter, OutcomeRecord } from '../../src/store/types.ts';

export function select(records: OutcomeRecord[], f: OutcomeFilter): OutcomeRecord[] {
  return records.filter(
    (r) =>
      (f.session === undefined || r.session === f.session) &&
      (f.channel === undefined || r.channel === f.channel) &&
      (f.from === undefined || r.at >= f.from) &&
      (f.to === undefined || r.at < f.to),
  );
}

export function expectedDrills(records: OutcomeRecord[]) {
  const out = new Map<
    string,
    { started: number; passed: number; failed: number; incomplete: number; scoreSum: number }
  >();
  for (const r of records) {
    if (r.kind !== 'drill') continue;
    const e = out.get(r.scenario!) ?? { started: 0, passed: 0, failed: 0, incomplete: 0, scoreSum: 0 };
    e.started++;
    e[r.outcome!]++;
    e.scoreSum += r.score!;
    out.set(r.scenario!, e);
  }
  return out;
}

export function expectedFlags(records: OutcomeRecord[]) {
  const out = new Map<string, { missed: number; spotted: number; avoided: number }>();
  for (const r of records) {
    if (r.kind !== 'drill') continue;
    for (const field of ['missed', 'spotted', 'avoided'] as const) {
      for (const f of r[field] ?? []) {
        const e = out.get(f) ?? { missed: 0, spotted: 0, avoided: 0 };
        e[field]++;
        out.set(f, e);
      }
    }
  }
  return out;
}

function answers(r: OutcomeRecord): QuizAnswer[] {
  const a: QuizAnswer[] = [];
  for (let i = 0; i < r.hits!; i++) a.push({ truth: 'scam', answer: 'scam' });
  for (let i = 0; i < r.misses!; i++) a.push({ truth: 'scam', answer: 'genuine' });
  for (let i = 0; i < r.falseAlarms!; i++) a.push({ truth: 'genuine', answer: 'scam' });
  for (let i = 0; i < r.correctRejections!; i++) a.push({ truth: 'genuine', answer: 'genuine' });
  return a;
}

export function expectedQuiz(records: OutcomeRecord[], phase: 'pre' | 'post') {
  const forms = records.filter((r) => r.kind === 'quiz' && r.phase === phase);
  if (!forms.length) return null;
  const sum = (k: 'hits' | 'misses' | 'falseAlarms' | 'correctRejections') => forms.reduce((s, r) => s + r[k]!, 0);
  const scores = forms.map((r) => scoreQuiz(answers(r)));
  const hits = sum('hits');
  const misses = sum('misses');
  const falseAlarms = sum('falseAlarms');
  const correctRejections = sum('correctRejections');
  return {
    forms: forms.length,
    hits,
    misses,
    falseAlarms,
    correctRejections,
    hitRate: hits / (hits + misses),
    falseAlarmRate: falseAlarms / (falseAlarms + correctRejections),
    dPrime: scores.reduce((s, x) => s + x.dPrime, 0) / forms.length,
    criterion: scores.reduce((s, x) => s + x.criterion, 0) / forms.length,
  };
}

export function expectedFallbacks(records: OutcomeRecord[]) {
  const out = new Map<string, number>();
  for (const r of records) if (r.kind === 'faq' && !r.faqMatched) out.set(r.question!, (out.get(r.question!) ?? 0) + 1);
  return out;
}

/** Checks per local day "YYYY-MM-DD" at `tzMinutes`, by verdict. */
export function expectedChecksByDay(records: OutcomeRecord[], tzMinutes: number) {
  const out = new Map<string, Record<string, number>>();
  for (const r of records) {
    if (r.kind !== 'check') continue;
    const day = new Date(r.at + tzMinutes * 60_000).toISOString().slice(0, 10);
    const e = out.get(day) ?? { official: 0, unknown: 0, suspicious: 0, dangerous: 0 };
    e[r.verdict!]!++;
    out.set(day, e);
  }
  return out;
}
