// The route decision's fit guard (bench/lib/route-guard.ts, issue 11): the FAQ tables' labelled cases — the boundary
// table, the product, own-loan and account-state probes, the world tables' tune halves — bound the thresholds the fit
// chooses (bench/lib/route-cv.ts) and enter the fit as weighted rows. The session-14 refit on nineteen dev halves sent
// two boundary fraud cases to the product reply; nothing in the fit knew them. Here: the shipped decision breaks no
// case its thresholds can keep, a candidate that breaks one is refused, and the chooser never returns one.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseThresholds, type ScoredPoint } from '../../bench/lib/route-cv.ts';
import {
  type GuardRow,
  guardAllows,
  guardBroken,
  guardOutOfReach,
  guardRows,
  LOWEST_EDGE,
} from '../../bench/lib/route-guard.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { loadFaq } from '../../src/faq/index.ts';
import { MODEL_DATA } from '../../src/faq/model.generated.ts';
import { ROUTE_DECISION } from '../../src/faq/route-decision.generated.ts';
import { fitRouteDecision } from '../../src/faq/route-fit.ts';
import { loadRouteDecision, productProbability } from '../../src/faq/route-decision.ts';
import { ROOT } from '../helpers/content.ts';
import {
  ACCOUNT_STATE_PROBES,
  GUARDED_STORY_TABLES,
  GUARDED_WORLD_TABLES,
  guardCases,
  OWN_LOAN_PROBES,
  PRODUCT_PROBES,
  readProbeTable,
  WORLD_TABLES,
} from './probe-tables.ts';
import { MISSING_CUE_FRAUD, STORY_HARM_FRAUD } from './story-guard-cases.ts';

const cases = guardCases(ROOT);
const brands = ['content/brand.yaml', 'test/field/brand-c.yaml'].map((b) => loadBrand(join(ROOT, b)));

describe('the guard’s cases', () => {
  it('come from every table, the world tables’ tune halves only', () => {
    const tables = new Set(cases.map((c) => c.table));
    const all = ['route-boundary', PRODUCT_PROBES, OWN_LOAN_PROBES, ACCOUNT_STATE_PROBES, ...GUARDED_WORLD_TABLES];
    for (const t of [...all, ...GUARDED_STORY_TABLES]) expect(tables, t).toContain(t);
    // A routing table's score half stays the judge: no fit reads it.
    expect([...tables].filter((t) => t.endsWith('-score.tsv'))).toEqual([]);
    for (const t of GUARDED_WORLD_TABLES) {
      const probes = readProbeTable(ROOT, t);
      const tune = new Set(probes.filter((p) => p.half === 'tune').map((p) => p.text));
      const held = cases.filter((c) => c.table === t);
      expect(held.length).toBe(tune.size);
      expect(held.every((c) => tune.has(c.text))).toBe(true);
    }
  });

  // Session 33's refit knew none of the story, missing-cue, scam-sign or routing tests' cases and sent these to the
  // product reply (a relative's fee "to unlock a bigger limit", a code already given after hanging up).
  it.skipIf(!GUARDED_STORY_TABLES.includes('missing-cues'))(
    'hold the fraud stories the session-33 refit sent away',
    () => {
      for (const [table, text] of [
        ['missing-cues', MISSING_CUE_FRAUD[0]![0]],
        ['settled-story', STORY_HARM_FRAUD[0]!],
      ])
        expect(cases).toContainEqual({ table, kind: 'fraud', text });
    },
  );

  it('hold the boundary fraud case the session-14 refit sent to the product reply', () => {
    expect(cases).toContainEqual({
      table: 'route-boundary',
      kind: 'fraud',
      text: '客服打电话提醒我还款，让我转到他的个人账户，不在app里还',
    });
  });
});

describe('the shipped decision under the guard (both brands)', () => {
  const rows = guardRows(loadFaq(ROOT), brands, cases, ROUTE_DECISION!, MODEL_DATA);

  it('breaks no case its thresholds can keep', () => {
    expect(rows.length).toBe(cases.length * 2);
    expect(guardBroken(rows, ROUTE_DECISION!).map((r) => `${r.kind}: ${r.text}`)).toEqual([]);
  });

  // Session 19's refit took table 5's tune half in: two of its product cases (a newcomer's documents for a bank
  // account, a joint account's second holder) sit above every fraud case's P and stay out of reach, like table 2's.
  it('leaves at most two product cases of the world tables 2 and 5 tune halves out of reach (their ceilings, world-probes.test.ts)', () => {
    const out = guardOutOfReach(rows);
    const tables: readonly string[] = [WORLD_TABLES[1], WORLD_TABLES[4]];
    expect(out.every((r) => r.kind === 'product' && tables.includes(r.table))).toBe(true);
    expect(new Set(out.map((r) => r.text)).size).toBeLessThanOrEqual(2);
  });

  it('refuses an unsure band that reaches a table fraud case (sent to the product reply)', () => {
    // The highest P of a fraud case the cautious product reply would break: an unsure edge at it sends it there.
    const fraud = rows.filter((r) => r.kind === 'fraud' && r.ok.fraud && !r.ok.unsure).sort((a, b) => b.p - a.p)[0]!;
    const t = { product: 2, unsure: fraud.p };
    expect(guardBroken(rows, t)).toContainEqual(fraud);
    expect(guardAllows(rows)(t)).toBe(false);
  });

  it('refuses no unsure band at all (table product cases answered as scams)', () => {
    const t = { product: 2, unsure: 2 };
    expect(guardBroken(rows, t).some((r) => r.kind === 'product')).toBe(true);
    expect(guardAllows(rows)(t)).toBe(false);
  });
});

describe('the chooser with the guard', () => {
  const row = (kind: 'product' | 'fraud', p: number): GuardRow => ({
    table: 'route-boundary',
    kind,
    text: `${kind} ${p}`,
    brand: 'test',
    p,
    ok: { product: kind === 'product', unsure: kind === 'product', fraud: kind === 'fraud' },
  });
  // Dev product questions the ranking would answer at P 0.12: the cheapest band starts at or below them.
  const points: ScoredPoint[] = [
    ...Array.from({ length: 20 }, () => ({
      p: 0.12,
      product: true,
      probe: false,
      rule: 'fraud',
      answered: true,
      fold: 'b1',
    })),
    ...Array.from({ length: 20 }, () => ({
      p: 0.01,
      product: false,
      probe: false,
      rule: 'fraud',
      answered: false,
      fold: 'b2',
    })),
  ];

  it('never returns a candidate that sends a table fraud case to the product reply', () => {
    const unguarded = chooseThresholds(points, 0);
    expect(unguarded.unsure).toBeLessThanOrEqual(0.12);
    // A table fraud case at P 0.2, a table product case at 0.5: only an unsure edge in (0.2, 0.5] keeps both.
    const rows = [row('fraud', 0.2), row('product', 0.5)];
    expect(guardAllows(rows)(unguarded)).toBe(false);
    const guarded = chooseThresholds(points, 0, guardAllows(rows));
    expect(guarded.unsure).toBeGreaterThan(0.2);
    expect(guarded.unsure).toBeLessThanOrEqual(0.5);
    expect(guardBroken(rows, guarded)).toEqual([]);
  });

  it('throws when no candidate keeps every case (a fraud case above a product case)', () => {
    const rows = [row('fraud', 0.6), row('product', 0.4)];
    expect(() => chooseThresholds(points, 0, guardAllows(rows))).toThrow(/allows no thresholds/);
  });

  it('sets a row that no candidate can keep aside (a product case below the grid’s lowest edge)', () => {
    const rows = [row('product', LOWEST_EDGE / 2)];
    expect(guardOutOfReach(rows)).toHaveLength(1);
    expect(guardBroken(rows, { product: 2, unsure: 2 })).toEqual([]);
  });
});

describe('a guard case as a weighted fit row', () => {
  it('pulls the fit toward its label the more it weighs', () => {
    const base = [
      ...Array.from({ length: 30 }, (_, i) => ({ text: `转到 账户 ${i % 5}`, cues: [], product: true })),
      ...Array.from({ length: 30 }, (_, i) => ({ text: `验证码 给他 ${i % 5}`, cues: [], product: false })),
    ];
    const guard = { text: '转到 账户 给他', cues: [], product: false };
    const p = (weight: number) => {
      const m = loadRouteDecision(
        fitRouteDecision([...base, { ...guard, weight }], { product: 2, unsure: 2 }, { minCount: 1 }),
      );
      return productProbability(m, guard.text, []);
    };
    expect(p(8)).toBeLessThan(p(1));
  });
});
