// The fit guard (bench/fit-guard.ts): every genuine case of the classifier's own tables (genuine-table.ts) stays
// unflagged under the shipped wording model, under both brands, every risky one (suspicious-table.ts) stays below
// dangerous and keeps the rules' flag, and the shipped bars are ones the guard allows — a change to the rules or to a
// table that a refit has not seen shows here first.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardBroken, guardDangerFloor, guardFitRows, guardFloor, guardRows } from '../../bench/fit-guard.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { FITTED_WORDING } from '../../src/classifier/wording-model.generated.ts';
import { compileWording } from '../../src/classifier/wording-model.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { guardedGenuine } from './genuine-table.ts';
import { guardedSuspicious } from './suspicious-table.ts';

const BRANDS = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' };
const shipped = compileWording(FITTED_WORDING);

describe.each(Object.entries(BRANDS))('every guarded case × %s, under the shipped model', (name, file) => {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const cases = guardedGenuine(brand, name === 'demo');
  it.each(cases.map((c) => [`${c.table}: ${c.text}`, c] as const))('%s', (_label, c) => {
    const verdict = classifier.check(c.text).verdict;
    if (c.official) expect(verdict).toBe('official');
    else expect(['official', 'unknown']).toContain(verdict);
  });
});

describe.each(Object.entries(BRANDS))('every guarded risky case × %s, under the shipped model', (name, file) => {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const rulesOnly = createClassifier(ROOT, brand);
  delete rulesOnly.context.wording;
  it.each(guardedSuspicious(name === 'demo').map((c) => [`${c.table}: ${c.text}`, c] as const))('%s', (_label, c) => {
    const alone = rulesOnly.check(c.text).verdict;
    const verdict = classifier.check(c.text).verdict;
    // (Where the whole classifier's rules already say dangerous, the table states the concept grammar's reading.)
    if (alone !== 'dangerous') expect(verdict).not.toBe('dangerous');
    if (alone === 'suspicious') expect(verdict).toBe('suspicious');
  });
});

describe('the guard in the fit', () => {
  const rows = guardRows(ROOT, BRANDS);

  it('reads every table under both brands, the demo brand’s own tables once', () => {
    expect(rows.filter((r) => r.brand === 'demo').length).toBeGreaterThan(rows.filter((r) => r.brand === 'b').length);
    expect(new Set(rows.map((r) => r.table)).size).toBeGreaterThanOrEqual(7);
  });

  it('the shipped suspicious bar is at or above the guard’s floor, and no row is turned', () => {
    expect(FITTED_WORDING.thresholds.suspicious).toBeGreaterThanOrEqual(guardFloor(shipped, rows));
    expect(guardBroken(shipped, rows).map((r) => r.text)).toEqual([]);
  });

  it('reads the risky cases as a check only, never as genuine fit rows', () => {
    const risky = rows.filter((r) => r.risky);
    expect(risky.length).toBeGreaterThan(0);
    expect(risky.filter((r) => r.verdict === 'suspicious' && r.input).length).toBeGreaterThan(0);
    expect(guardFitRows(rows, 1).length).toBe(rows.filter((r) => r.input && !r.risky).length);
  });

  it('the shipped dangerous bar is at or above the guard’s dangerous floor', () => {
    expect(FITTED_WORDING.thresholds.dangerous).toBeGreaterThanOrEqual(guardDangerFloor(shipped, rows, FITTED_WORDING.thresholds.suspicious));
  });

  it('finds the risky rows a two-model raise sure of every dangerous scam would make dangerous', () => {
    const { severity: _severity, ...scamModel } = FITTED_WORDING;
    const sure = { ...scamModel, bias: 50, grams: [], words: [], families: [] };
    const raising = compileWording({ ...sure, thresholds: { ...sure.thresholds, severe: { scam: 0.5, severity: 0.5 } }, severity: sure });
    expect(guardBroken(raising, rows).some((r) => r.risky && r.verdict === 'suspicious')).toBe(true);
  });

  it('finds the rows a model sure of every scam would flag, and then allows no bar', () => {
    const { severity: _severity, ...scamModel } = FITTED_WORDING;
    const alarmist = compileWording({ ...scamModel, bias: 50, grams: [], words: [], families: [] });
    expect(guardBroken(alarmist, rows).length).toBeGreaterThan(0);
    expect(guardFloor(alarmist, rows)).toBe(1.01);
  });
});
