// The verdict combiner's pieces: evidence read as features, the fitter, the hard indicators' choice, the danger gate.
import { describe, expect, it } from 'vitest';
import { chooseHard, fitLogistic } from '../../src/classifier/combiner-fit.ts';
import { compileCombiner, type Evidence, evidenceFeatures, FEATURES, gateLowers, gateMayRead } from '../../src/classifier/verdict-combiner.ts';

const base: Evidence = {
  rules: 'unknown',
  withoutLanguage: 'unknown',
  counted: [],
  namedInWarning: 0,
  hits: [],
  families: new Set(),
  warningKinds: 0,
  text: '',
  brandNamed: false,
  wordingZ: Number.NEGATIVE_INFINITY,
  en: false,
};
const featureOf = (e: Partial<Evidence>) => {
  const x = new Float64Array(FEATURES.length);
  evidenceFeatures({ ...base, ...e }, x);
  return (name: string) => x[FEATURES.indexOf(name)];
};

describe('evidence features', () => {
  it('reads the rules, coarse item facts, hits, family kinds, forms and the clipped wording score', () => {
    const f = featureOf({
      rules: 'dangerous',
      counted: [{ kind: 'phone', verdict: 'dangerous', reasons: [{ code: 'INTERNATIONAL_PREFIX' }] }],
      hits: [{ topic: 'verification-code', severity: 'high' }, { topic: 'safe-account', severity: 'medium' }],
      families: new Set(['tell', 'secret', 'not-a-family']),
      text: '请把验证码告诉我吗',
      wordingZ: 100,
      warningKinds: 2,
    });
    expect(f('rules:dangerous')).toBe(1);
    expect(f('items:number-flagged')).toBe(1);
    expect(f('items:link-unofficial')).toBe(0);
    expect(f('hits:high')).toBe(1);
    expect(f('hits:two-topics')).toBe(1);
    expect(f('families:verb')).toBe(1);
    expect(f('families:secret')).toBe(1);
    expect(f('families:money')).toBe(0);
    expect(f('form:question')).toBe(1);
    expect(f('form:first')).toBe(1);
    expect(f('warning')).toBe(1);
    expect(f('wording:z')).toBe(2);
    expect(f('wording:none')).toBe(0);
  });

  it('marks official items and a wording model that kept out', () => {
    const f = featureOf({ counted: [{ kind: 'url', verdict: 'official', reasons: [{ code: 'OFFICIAL_DOMAIN' }] }] });
    expect(f('items:official')).toBe(1);
    expect(f('items:link-unofficial')).toBe(0);
    expect(f('wording:none')).toBe(1);
  });
});

describe('fitLogistic', () => {
  it('learns a feature that separates the classes and ignores one that does not', () => {
    const a = FEATURES.indexOf('hits:high');
    const b = FEATURES.indexOf('brand');
    const rows = Array.from({ length: 200 }, (_, i) => {
      const x = new Float64Array(FEATURES.length);
      const y = (i % 2) as 0 | 1;
      if (y && i % 10 !== 1) x[a] = 1; // 90 % of positives hold it, no negative does
      if (i % 4 < 2) x[b] = 1; // half of each class
      return { x, y, weight: 1 };
    });
    const { bias, w } = fitLogistic(rows, 1);
    expect(w[a]).toBeGreaterThan(2);
    expect(Math.abs(w[b]!)).toBeLessThan(0.3);
    expect(bias).toBeLessThan(0);
  });
});

describe('chooseHard', () => {
  it('keeps indicators no genuine row holds, seen on enough scams, nearly all dangerous', () => {
    const hard = chooseHard([
      { indicator: 'code:LOOKALIKE_SKELETON', genuine: 0, scams: 10, dangerous: 10 },
      { indicator: 'code:INTERNATIONAL_PREFIX', genuine: 1, scams: 40, dangerous: 35 },
      { indicator: 'code:URL_SHORTENER', genuine: 0, scams: 10, dangerous: 5 },
      { indicator: 'code:IP_ADDRESS_HOST', genuine: 0, scams: 2, dangerous: 2 },
    ]);
    expect(hard).toEqual(['code:LOOKALIKE_SKELETON']);
  });
});

describe('the danger gate', () => {
  const gate = compileCombiner({ danger: { bias: 0, weights: { 'families:family': -5 } }, bar: 0.3, hard: ['topic-high:verification-code'] });
  const words: Evidence = { ...base, rules: 'dangerous', text: '妈，我换号了，转点钱给我', hits: [{ topic: 'upfront-fee', severity: 'high' }] };
  it('lowers a dangerous message by words alone when the model is below the bar', () => {
    expect(gateLowers(gate, { ...words, families: new Set(['family']) })).toBe(true);
    expect(gateLowers(gate, words)).toBe(false);
  });
  it('never reads a message without words, one with a high item code, or one with a hard indicator', () => {
    const low = { ...words, families: new Set(['family']) };
    expect(gateMayRead(gate, { ...low, text: '' })).toBe(false);
    expect(gateMayRead(gate, { ...low, withoutLanguage: 'dangerous' })).toBe(false);
    expect(gateMayRead(gate, { ...low, counted: [{ kind: 'url', verdict: 'dangerous', reasons: [{ code: 'LOOKALIKE_SKELETON' }] }] })).toBe(false);
    expect(gateMayRead(gate, { ...low, hits: [{ topic: 'verification-code', severity: 'high' }] })).toBe(false);
    expect(gateMayRead(gate, { ...low, hits: [{ topic: 'verification-code', severity: 'medium' }] })).toBe(true);
  });
});

describe('the fitted file', () => {
  it('names only the gate’s features, valid hard indicators and a bar inside [0, 1]', async () => {
    const { FITTED_COMBINER: f } = await import('../../src/classifier/verdict-combiner.generated.ts');
    for (const name of Object.keys(f.danger.weights)) expect(FEATURES, name).toContain(name);
    expect(f.bar).toBeGreaterThanOrEqual(0);
    expect(f.bar).toBeLessThanOrEqual(1);
    const c = compileCombiner(f);
    expect(c.hardCodes.size + c.hardTopics.size).toBe(f.hard.length);
  });
});
