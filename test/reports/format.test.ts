// CSV (formula-safe, quoted where needed) and terminal table formatting.
import { describe, expect, it } from 'vitest';
import { csvCell, displayWidth } from '../../src/reports/format.ts';
import { reportCsv, reportFromRecords, reportTable } from '../../src/reports/index.ts';
import { HAND, INJECTION } from './fixtures.ts';

describe('csv', () => {
  it('neutralises formulas, quotes separators, keeps numbers numeric', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 123')).toBe("'+86 123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nnow')).toBe('"say ""hi""\nnow"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1 / 3)).toBe('0.333333');
    expect(csvCell(true)).toBe('true');
  });

  it('one long table: every section, exact figures', () => {
    const csv = reportCsv(reportFromRecords(HAND)).split('\r\n');
    expect(csv[0]).toBe('section,key,metric,value');
    expect(csv).toEqual(
      expect.arrayContaining([
        'query,,tz,UTC',
        'totals,,total,12',
        'drills,x,started,2',
        'drills,x,passRate,0.5',
        'drills,y,incomplete,1',
        'redFlags,f3,missed,2',
        'quiz,(all),pre.hitRate,0.571429',
        'quiz,A,post.falseAlarms,1',
        'quiz,A,change,better-discernment',
        'quiz,A,delta.falseAlarmRate,-0.142857',
        'faq,,fallbackRate,0.75',
        'faqFallbacks,Q-a,count,2',
        `faqFallbacks,'${INJECTION},count,1`,
        'checks,2025-03-02,total,0',
        'checks,2025-03-03,dangerous,1',
        'topics,t1,faqMatched,1',
        'sessions,(none),total,3',
        'channels,web,total,8',
      ]),
    );
    // No line starts a formula.
    expect(csv.filter((l) => /(^|,)[=+@]/.test(l))).toEqual([]);
  });
});

describe('table', () => {
  it('aligns columns, counting CJK characters as two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('验证码')).toBe(6);
    const text = reportTable(reportFromRecords([...HAND, { ...HAND[6]!, question: '验证码是什么？' }]));
    expect(text).toContain('12 outcomes'.replace('12', '13'));
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('scenario'));
    expect(lines[header + 1]!.indexOf('2')).toBe(lines[header]!.indexOf('started') + 'started'.length - 1);
    expect(text).toMatch(/A\s+pre\s+1\s+57\.1%\s+28\.6%/);
    expect(text).toContain('better-discernment');
  });
});
