// The wording model (src/classifier/wording-model.ts): one voice beside the rules. What it may and may not do is
// checked with a model forced to think everything is a scam; the fit is checked for determinism and, cross-validated
// by batch on the dev half, for doing better than the rules alone on the batch it was not fitted on.
import { describe, expect, it } from 'vitest';
import {
  chooseThresholds,
  contentRows,
  crossValidate,
  crossValidatedFigures,
  devRows,
} from '../../bench/classifier-fit.ts';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import { fitWording, gramsRoundTrip, type FitRow } from '../../src/classifier/wording-fit.ts';
import { FITTED_WORDING } from '../../src/classifier/wording-model.generated.ts';
import {
  compileWording,
  forEachFeature,
  gramKey,
  gramName,
  MIN_FEATURES,
  WORDING_SIGNALS,
  type WordingSignal,
  wordKey,
} from '../../src/classifier/wording-model.ts';
import { classifier } from '../helpers/content.ts';

const zeroSignals = Object.fromEntries(WORDING_SIGNALS.map((s) => [s, 0])) as Record<WordingSignal, number>;
/** A model that scores every text as a scam with certainty: whatever stays unraised is held back by the rules. */
const alarmist: ClassifierContext = {
  ...classifier.context,
  wording: compileWording({
    bias: 50,
    signals: zeroSignals,
    grams: [],
    words: [],
    thresholds: { suspicious: 0.5, dangerous: 0.5 },
  }),
};
const codes = (r: ReturnType<typeof check>) => (r.reasons ?? []).map((x) => x.code);
/** A model sure that every text is genuine: what it still cannot clear is held by hard evidence. */
const trusting: ClassifierContext = {
  ...classifier.context,
  wording: compileWording({
    bias: -50,
    signals: zeroSignals,
    grams: [],
    words: [],
    thresholds: { suspicious: 0.99, dangerous: 0.99, genuine: 0.5 },
  }),
};

describe('the model is one voice, never alone', () => {
  it('raises a message the rules know nothing against to suspicious, with its reason', () => {
    const r = check('周末有空的话一起去郊外走走吧，顺便看看新开的那家农家乐，听说味道很不错', alarmist);
    expect(r.verdict).toBe('suspicious');
    expect(codes(r)).toEqual(['SCAM_LIKE_WORDING']);
  });

  it('cannot flag a warning broadcast', () => {
    const broadcasts = [
      '【反诈提醒】凡是自称客服要求屏幕共享、转账到安全账户的都是诈骗，公检法不会通过电话办案，请认准官方渠道。',
      '温馨提示：谨防诈骗，任何自称客服让您下载会议软件、提供验证码的，都是骗子。',
      'Reminder: we will never ask for your one-time code. There is no safe account; anyone who asks you to move money is a scammer.',
    ];
    for (const text of broadcasts) {
      const r = check(text, alarmist);
      expect(['unknown', 'official'], text).toContain(r.verdict);
      expect(codes(r), text).toEqual([]);
    }
  });

  it("never flags a message the rules call official; worded like a scam, it is only not vouched for", () => {
    const notice = '【安心借】您的本期账单已出，请登录安心借App查看详情，官方网址 anxinjie.example，客服热线请见App。';
    const r = check(notice, alarmist);
    expect(r.verdict).toBe('unknown');
    expect(codes(r)).toEqual(['SCAM_LIKE_WORDING_OFFICIAL_CONTACTS']);
    // The fitted model vouches for the brand's own notice.
    expect(check(notice, classifier.context).verdict).toBe('official');
  });

  it('makes nothing dangerous without a request for money or a credential in the sender\'s words', () => {
    const unknownOnes = ['我想问一下明天下午的会议改到几点了，会议室有没有变化，需要准备什么材料吗'];
    for (const text of unknownOnes) expect(check(text, alarmist).verdict).toBe('suspicious');
    // A move to a private chat is an opener: suspicious by the rules, and no sure score makes it more.
    const opener = '您好，我是平台客服，您的账户存在异常，请加我微信详细沟通处理一下相关的问题';
    const rulesOnly = (text: string) => check(text, { ...classifier.context, wording: undefined } as ClassifierContext).verdict;
    expect(rulesOnly(opener)).toBe('suspicious');
    expect(check(opener, alarmist).verdict).toBe('suspicious');
    // A request no action pairs (a payment code shown "to the specialist" over a loan's everyday business): the rules
    // see nothing, a sure score beside the request kind and its object says dangerous.
    for (const text of [
      '您的借款审核已通过，请把这个月的工资流水截图和付款码一起给专员看一下',
      'Your parcel is held at the depot. Please pay the redelivery charge today so we can send it out.',
    ]) {
      expect(rulesOnly(text), text).toBe('unknown');
      const r = check(text, alarmist);
      expect(r.verdict, text).toBe('dangerous');
      expect(codes(r)).toEqual(['SCAM_LIKE_WORDING_WITH_REQUEST']);
    }
  });

  it('keeps out of texts too short to judge by wording', () => {
    for (const text of ['你好', '两张表一一对应', '收到，谢谢', 'ok see you']) {
      let n = 0;
      forEachFeature(text, () => n++);
      expect(n).toBeLessThan(MIN_FEATURES);
      expect(check(text, alarmist).verdict, text).toBe('unknown');
    }
  });
});

describe('the model as a genuine-side voice clears soft evidence only', () => {
  it('clears a message flagged on its words alone, with its reason', () => {
    // (The forced model clears any soft flag: the fitted one only below a threshold no dev scam reached out of fold.)
    const text = '您好，我是客服，您的借款被冻结了，需要先交一笔解冻金才能放款。';
    expect(check(text, { ...classifier.context, wording: undefined }).verdict).not.toBe('unknown');
    const r = check(text, trusting);
    expect(r.verdict).toBe('unknown');
    expect(r.phrases).toEqual([]);
    expect(codes(r)).toEqual(['GENUINE_LIKE_WORDING']);
  });

  it('never clears a number or link bad by its own reasons', () => {
    for (const text of [
      '您好，我是安心借客服，您的账户异常，请点击 http://anxinjie-kefu.top/a 验证身份，否则影响征信。',
      '我是安心借客服，请拨打 00852 5123 8870 办理注销，否则影响征信。',
    ]) {
      const r = check(text, trusting);
      expect(r.verdict, text).toBe('dangerous');
      expect(codes(r), text).not.toContain('GENUINE_LIKE_WORDING');
    }
  });

  it('has no say on a text too short to judge by its wording', () => {
    const r = check('内部通道提额，代做流水，私聊', trusting);
    expect(r.verdict).not.toBe('unknown');
    expect(codes(r)).not.toContain('GENUINE_LIKE_WORDING');
  });

  it('leaves alone a message the rules do not flag', () => {
    const r = check('周末有空的话一起去郊外走走吧，顺便看看新开的那家农家乐，听说味道很不错', trusting);
    expect(r.verdict).toBe('unknown');
    expect(codes(r)).toEqual([]);
  });
});

describe('features', () => {
  it('reads digit runs as one "0" and whitespace runs as one space; words and pairs for English', () => {
    const keys: number[] = [];
    const names: string[] = [];
    forEachFeature(
      'ab 12 c',
      (k) => keys.push(k),
      (_, n) => names.push(n),
    );
    expect(keys.filter((k) => k < 2 ** 48).map(gramName)).toEqual([
      'a',
      'b',
      'ab',
      ' ',
      'b ',
      'ab ',
      '0',
      ' 0',
      'b 0',
      ' ',
      '0 ',
      ' 0 ',
      'c',
      ' c',
      '0 c',
    ]);
    expect(names).toEqual(['ab', 'c']); // "12" parts the two words: no pair
    expect(keys).toContain(wordKey('ab'));
  });

  it('the shipped weights name grams that map back to their keys', () => {
    expect(gramsRoundTrip(FITTED_WORDING)).toBe(true);
    expect(gramKey('验证码')).toBe(gramKey('验证码'));
    expect(FITTED_WORDING.grams.length + FITTED_WORDING.words.length).toBeLessThanOrEqual(3000);
  });
});

describe('fitting', () => {
  const rows = devRows();
  const isScam = (l: string) => l === 'risky' || l === 'dangerous';
  const fitRows: FitRow[] = rows
    .filter((r) => r.input && r.brand === 'demo')
    .map((r) => ({ input: r.input!, y: isScam(r.label) ? 1 : 0, weight: 1 }));

  it('is deterministic: the same rows give the same weights', () => {
    const o = { iterations: 60, keep: 500 };
    expect(fitWording(fitRows, o)).toEqual(fitWording(fitRows, o));
  });

  it('cross-validated by batch, the model lifts recall on batches it did not see without more genuine alarms', () => {
    // One brand (the other fills the same lines with other names) and the shipped fit's options and content.
    const demo = rows.filter((r) => r.brand === 'demo');
    const p = crossValidate(demo, contentRows());
    const t = chooseThresholds(demo, p);
    const figures = crossValidatedFigures(demo, p, t);
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    // The rules were later tuned on these dev batches too, so a batch where they already flag nearly every scam
    // leaves the model nothing to add: the lift is asserted over both batches together, no batch may lose.
    let lift = 0;
    for (const batch of [3, 5]) {
      const f = figures[`batch ${batch} × demo`]!;
      console.log(
        `dev batch ${batch}, scored by a model fitted without it: scams flagged ${pct(f.rules.scamsFlagged)} → ` +
          `${pct(f.withModel.scamsFlagged)}, genuine flagged ${pct(f.rules.genuineFlagged)} → ${pct(f.withModel.genuineFlagged)} ` +
          `(thresholds ${JSON.stringify(t)})`,
      );
      expect(f.withModel.scamsFlagged).toBeGreaterThanOrEqual(f.rules.scamsFlagged);
      lift += f.withModel.scamsFlagged - f.rules.scamsFlagged;
      expect(f.withModel.genuineDangerous).toBe(f.rules.genuineDangerous);
      expect(f.withModel.genuineFlagged).toBeLessThanOrEqual(Math.max(0.03, f.rules.genuineFlagged));
    }
    expect(lift).toBeGreaterThan(0);
    // Its work grows with every dev batch (one fit per batch left out): with batch 36's dev half it ran past 300 s on a
    // loaded machine while every assertion held, so the limit only guards against a hang.
  }, 900_000);
});
