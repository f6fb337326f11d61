// Routed turns in the brain and in the reports: small talk gets a short reply with the menu, product questions the
// official channels; both are their own report line, never "missing content".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { handleTurn } from '../../src/bot/brain.ts';
import { freshState } from '../../src/bot/types.ts';
import { reportFromRecords } from '../../src/reports/index.ts';
import { createSqliteReports } from '../../src/reports/sqlite.ts';
import { openStore } from '../../src/store/index.ts';
import { openDb } from '../../src/store/sqlite/db.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';
import { brain } from '../helpers/brain.ts';
import { brand, ROOT } from '../helpers/content.ts';

const turn = (text: string) => handleTurn(brain, freshState(), { text });

describe('routed turns in the brain', () => {
  it('small talk: a short friendly reply with the menu, not the fallback', () => {
    const r = turn('谢谢！');
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]).toMatchObject({ kind: 'info', simulation: false });
    expect(r.replies[0]!.quickReplies?.map((q) => q.label)).toEqual(
      expect.arrayContaining([brain.texts.menu_options.check.zh, brain.texts.menu_options.drill.zh]),
    );
    expect(r.events).toEqual([{ type: 'faq', matched: false, route: 'smalltalk', question: '谢谢！' }]);
  });

  it('product question: the official channels, never a scam answer', () => {
    const r = turn('can I change my repayment date?');
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.kind).toBe('info');
    expect(r.replies[0]!.faq).toBeNull();
    expect(r.replies[0]!.text).toContain(brand.official_numbers[0]!.number);
    expect(r.events[0]).toMatchObject({ type: 'faq', matched: false, route: 'product' });
  });

  it('a question in the "did you mean" band: the closest answer, marked unsure, with the choices as quick replies', () => {
    // Whichever dev-set question the shipped calibration puts in the band (test/faq/eval.test.ts: it is never empty);
    // one without digits, so the brain does not take it for a number to check.
    const dev = parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')) as { questions: { q: string }[] };
    const q = dev.questions.map((x) => x.q).find((c) => !/\d/.test(c) && brain.faq(c, 'zh').confidence === 'mid');
    expect(q).toBeDefined();
    const r = turn(q!);
    expect(r.replies[0]!.kind).toBe('faq');
    expect(r.replies[0]!.text).toMatch(/not completely sure|不太确定/);
    expect(r.replies[0]!.quickReplies?.length).toBeGreaterThan(1);
    expect(r.events[0]).toMatchObject({ type: 'faq', matched: true });
  });

  it('a fraud question is ranked as before', () => {
    const r = turn('客服让我开屏幕共享，可以吗');
    expect(r.replies[0]!.kind).toBe('faq');
    expect(r.events[0]).toMatchObject({ type: 'faq', matched: true });
    expect(r.events[0]).not.toHaveProperty('route');
  });
});

describe('routed turns in the report', () => {
  const base = { user: 'u', channel: 'web' as const, at: Date.UTC(2026, 0, 5, 10) };
  const recs: OutcomeRecord[] = [
    { ...base, kind: 'faq', faqMatched: false, faqRoute: 'smalltalk', question: '谢谢' },
    { ...base, kind: 'faq', faqMatched: false, faqRoute: 'smalltalk', question: 'ok' },
    { ...base, kind: 'faq', faqMatched: false, faqRoute: 'product', question: '怎么修改还款日' },
    { ...base, kind: 'faq', faqMatched: false, question: '天气怎么样' },
    { ...base, kind: 'faq', faqMatched: true, faqId: 'zh-safe-account', topics: ['safe-account'], question: 'x' },
  ];

  it('counts them on their own line, out of the fallbacks', () => {
    const f = reportFromRecords(recs).faq;
    expect(f.routed).toEqual({ smalltalk: 2, product: 1 });
    expect(f).toMatchObject({ questions: 2, matched: 1, fallback: 1, fallbackRate: 0.5 });
    expect(f.fallbacks.map((x) => x.question)).toEqual(['天气怎么样']);
  });

  it('the SQLite fast path gives the same line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scam-coach-routed-'));
    const store = await openStore({ dataDir: dir });
    try {
      await store.outcomes.addMany(recs);
      const db = openDb(dir);
      try {
        expect(createSqliteReports(db).report().faq).toEqual(reportFromRecords(recs).faq);
      } finally {
        db.close();
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
