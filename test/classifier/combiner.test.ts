// The verdict combiner's pieces: evidence read as features, the fitter, the hard indicators' choice, the level.
import { describe, expect, it } from 'vitest';
import { chooseHard, fitLogistic } from '../../src/classifier/combiner-fit.ts';
import { combinedVerdict, compileCombiner, type Evidence, evidenceFeatures, FEATURES, levelOf } from '../../src/classifier/verdict-combiner.ts';

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
  it('reads codes of the counted items, topics, families, forms and the clipped wording score', () => {
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
    expect(f('rules:unknown')).toBe(0);
    expect(f('code:INTERNATIONAL_PREFIX')).toBe(1);
    expect(f('code:OFFICIAL_NUMBER')).toBe(0);
    expect(f('items:phone')).toBe(1);
    expect(f('topic:verification-code')).toBe(1);
    expect(f('hits:high')).toBe(1);
    expect(f('hits:medium')).toBe(1);
    expect(f('hits:two-topics')).toBe(1);
    expect(f('family:tell')).toBe(1);
    expect(f('family:secret')).toBe(1);
    expect(f('no-words')).toBe(0);
    expect(f('form:question')).toBe(1);
    expect(f('form:first')).toBe(1);
    expect(f('broadcast')).toBe(1);
    expect(f('wording:z')).toBe(2);
    expect(f('wording:none')).toBe(0);
  });

  it('marks a message without words and a wording model that kept out', () => {
    const f = featureOf({ counted: [{ kind: 'url', verdict: 'official', reasons: [{ code: 'OFFICIAL_DOMAIN' }] }] });
    expect(f('no-words')).toBe(1);
    expect(f('wording:none')).toBe(1);
    expect(f('items:all-official')).toBe(1);
    expect(f('items:link')).toBe(0);
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

describe('levelOf and the compiled combiner', () => {
  const t = { flag: 0.5, danger: 0.7 };
  it('hard → dangerous; below the flag bar the rules’ official stays, a flag is cleared to unknown', () => {
    expect(levelOf({ flag: 0, danger: 0, hard: true }, t, 'unknown')).toBe('dangerous');
    expect(levelOf({ flag: 0.2, danger: 0.9, hard: false }, t, 'official')).toBe('official');
    expect(levelOf({ flag: 0.2, danger: 0.9, hard: false }, t, 'dangerous')).toBe('unknown');
    expect(levelOf({ flag: 0.6, danger: 0.6, hard: false }, t, 'unknown')).toBe('suspicious');
    expect(levelOf({ flag: 0.6, danger: 0.8, hard: false }, t, 'unknown')).toBe('dangerous');
  });
  it('reads hard indicators from the compiled sets', () => {
    const c = compileCombiner({
      flag: { bias: -5, weights: {} },
      danger: { bias: -5, weights: {} },
      thresholds: t,
      hard: ['code:LOOKALIKE_SKELETON', 'topic-high:verification-code'],
    });
    const lookalike: Evidence = { ...base, counted: [{ kind: 'url', verdict: 'dangerous', reasons: [{ code: 'LOOKALIKE_SKELETON' }] }] };
    expect(levelOf({ flag: 0, danger: 0, hard: true }, c.thresholds, 'unknown')).toBe('dangerous');
    expect(combinedVerdict(c, lookalike)).toBe('dangerous');
    expect(combinedVerdict(c, { ...base, hits: [{ topic: 'verification-code', severity: 'medium' }] })).toBe('unknown');
    expect(combinedVerdict(c, { ...base, hits: [{ topic: 'verification-code', severity: 'high' }] })).toBe('dangerous');
  });
});

describe('the fitted file', () => {
  it('names only the combiner’s features and valid hard indicators, with bars inside (0, 1]', async () => {
    const { FITTED_COMBINER: f } = await import('../../src/classifier/verdict-combiner.generated.ts');
    for (const m of [f.flag, f.danger]) for (const name of Object.keys(m.weights)) expect(FEATURES, name).toContain(name);
    expect(f.thresholds.flag).toBeGreaterThan(0);
    expect(f.thresholds.flag).toBeLessThanOrEqual(1);
    expect(f.thresholds.danger).toBeGreaterThan(0);
    const c = compileCombiner(f);
    expect(c.hardCodes.size + c.hardTopics.size).toBe(f.hard.length);
    // A lookalike of the brand's domain is hard on every batch: dangerous whatever the models say.
    expect(f.hard).toContain('code:COMBOSQUATTING');
  });
});
