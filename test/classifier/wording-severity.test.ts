// The two-model raise (wording-model.ts, wordingOutcome 'severe'): a message the rules call suspicious becomes
// dangerous only when the scam model and the severity model (dangerous against risky) are both sure. Checked with
// forced models (a bias and no weights), and the fitter's choice of bars on made-up out-of-fold predictions.
import { describe, expect, it } from 'vitest';
import { chooseSevere, type DevRow, groupsHeld } from '../../bench/classifier-fit.ts';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import type { Verdict } from '../../src/classifier/types.ts';
import {
  compileWording,
  type FittedWording,
  type RulesView,
  WORDING_SIGNALS,
  type WordingSignal,
  wordingOutcome,
} from '../../src/classifier/wording-model.ts';
import { classifier } from '../helpers/content.ts';

const zeroSignals = Object.fromEntries(WORDING_SIGNALS.map((s) => [s, 0])) as Record<WordingSignal, number>;
const forced = (bias: number): FittedWording => ({ bias, signals: zeroSignals, grams: [], words: [], thresholds: { suspicious: 1, dangerous: 1 } });
const severe = { scam: 0.8, severity: 0.8 };
/** A scam model sure of every text, beside a severity model sure (bias > 0) or unsure (< 0) of a dangerous one. */
const context = (severityBias: number, bars: typeof severe | null = severe): ClassifierContext => ({
  ...classifier.context,
  wording: compileWording({ ...forced(50), thresholds: { suspicious: 0.99, dangerous: 0.99, ...(bars && { severe: bars }) }, severity: forced(severityBias) }),
});
const codes = (r: ReturnType<typeof check>) => (r.reasons ?? []).map((x) => x.code);
// A move to a private chat under a pretext: suspicious by the rules, no request for money or a credential.
const opener = '您好，我是平台客服，您的账户存在异常，请加我微信详细沟通处理一下相关的问题';

describe('the two-model raise', () => {
  it('raises a message the rules call suspicious to dangerous when both models are sure, with its reason', () => {
    expect(check(opener, { ...classifier.context, wording: undefined } as ClassifierContext).verdict).toBe('suspicious');
    const r = check(opener, context(50));
    expect(r.verdict).toBe('dangerous');
    expect(codes(r)).toEqual(['SCAM_LIKE_WORDING_SEVERE']);
  });

  it('leaves it suspicious when the severity model reads a risky scam, or when no bars were fitted', () => {
    expect(check(opener, context(-50)).verdict).toBe('suspicious');
    expect(check(opener, context(50, null)).verdict).toBe('suspicious');
  });

  it('never makes a message the rules know nothing against dangerous (the scam model alone says suspicious)', () => {
    const r = check('周末有空的话一起去郊外走走吧，顺便看看新开的那家农家乐，听说味道很不错', context(50));
    expect(r.verdict).toBe('suspicious');
    expect(codes(r)).toEqual(['SCAM_LIKE_WORDING']);
  });

  it('has no say beside a warning, and asks the severity model only when the rest holds', () => {
    const rules: RulesView = { verdict: 'suspicious', warnings: 0, soft: false, withoutLanguage: 'suspicious', request: false };
    const t = { suspicious: 0.86, dangerous: 0.91, severe };
    let asked = 0;
    const q = (x: number) => () => {
      asked++;
      return x;
    };
    expect(wordingOutcome(0.95, t, rules, q(0.9))).toBe('severe');
    expect(wordingOutcome(0.95, t, rules, q(0.7))).toBe('none');
    expect(asked).toBe(2);
    expect(wordingOutcome(0.95, t, { ...rules, warnings: 1 }, q(0.9))).toBe('none');
    expect(wordingOutcome(0.7, t, rules, q(0.9))).toBe('none');
    expect(wordingOutcome(0.95, t, { ...rules, verdict: 'unknown', withoutLanguage: 'unknown' }, q(0.9))).toBe('suspicious');
    expect(asked).toBe(2);
  });
});

describe('the fitter chooses the bars out of fold', () => {
  const row = (id: number, label: DevRow['label'], verdict: Verdict = 'suspicious'): DevRow => ({
    id: `m${id}`,
    batch: 1,
    brand: 'demo',
    label,
    verdict,
    rules: { verdict, warnings: 0, soft: false, withoutLanguage: verdict, request: false },
  });
  const t = { suspicious: 0.86, dangerous: 0.91 };
  const scored = (xs: [DevRow, number, number][]) => ({
    rows: xs.map((x) => x[0]),
    p: new Map(xs.map((x) => [x[0], x[1]])),
    q: new Map(xs.map((x) => [x[0], x[2]])),
  });

  it('gains most dangerous scams net of risky ones raised, makes no genuine message dangerous, prefers higher bars', () => {
    const { rows, p, q } = scored([
      [row(1, 'dangerous'), 0.9, 0.9],
      [row(2, 'dangerous'), 0.92, 0.95],
      [row(3, 'dangerous'), 0.97, 0.9],
      [row(4, 'risky'), 0.95, 0.5],
      [row(5, 'risky'), 0.9, 0.45],
      [row(6, 'benign'), 0.85, 0.99],
    ]);
    expect(chooseSevere(rows, p, q, t)).toEqual({ scam: 0.9, severity: 0.9 });
    // A guard (our advice texts) that refuses the scam bar 0.9 moves the choice up.
    expect(chooseSevere(rows, p, q, t, (s) => s.scam > 0.9)).toEqual({ scam: 0.95, severity: 0.9 });
  });

  it('raises nothing when every pair raises more risky scams than dangerous ones', () => {
    const { rows, p, q } = scored([
      [row(1, 'dangerous'), 0.9, 0.6],
      [row(2, 'risky'), 0.95, 0.9],
      [row(3, 'risky'), 0.9, 0.7],
    ]);
    expect(chooseSevere(rows, p, q, t)).toBeUndefined();
  });
});

describe('the raising bars hold each group of batches to the rules alone on genuine messages (groupsHeld)', () => {
  // Batch 2 is in the UNREAD group; a genuine row the rules leave unknown at p 0.9, a soft-flagged one at p 0.01.
  const row = (id: number, label: DevRow['label'], verdict: Verdict, soft = false): DevRow => ({
    id: `m${id}`,
    batch: 2,
    brand: 'demo',
    label,
    verdict,
    rules: { verdict, warnings: 0, soft, withoutLanguage: soft ? 'unknown' : verdict, request: false },
  });
  const raised = row(1, 'benign', 'unknown');
  const scam = row(2, 'risky', 'unknown');
  const cleared = row(3, 'benign', 'suspicious', true);
  const p = new Map([
    [raised, 0.9],
    [scam, 0.95],
    [cleared, 0.01],
  ]);
  const q = new Map<DevRow, number>();

  it('lifts the suspicious bar past a genuine message the model alone would flag, and keeps the scam above it', () => {
    const t = groupsHeld([raised, scam], p, q, { suspicious: 0.86, dangerous: 0.89 });
    expect(t).toEqual({ suspicious: 0.91, dangerous: 0.91 });
  });

  it('leaves the bars when the model clears as many genuine messages in the group as it raises', () => {
    const t = { suspicious: 0.86, dangerous: 0.89, genuine: 0.05 };
    expect(groupsHeld([raised, scam, cleared], p, q, t)).toEqual(t);
  });
});
