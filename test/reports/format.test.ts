// CSV (formula-safe, quoted where needed) and terminal table formatting.
import { describe, expect, it } from 'vitest';
import { csvCell, displayWidth } from '../../src/reports/format.ts';
import { loadRedFlags } from '../../src/content/red-flags.ts';
import {
  applyRedFlagTaxonomy,
  CSV_SECTIONS,
  reportFromRecords,
  reportTable,
  sectionCsv,
  sessionSummary,
} from '../../src/reports/index.ts';
import { ROOT } from '../helpers/content.ts';
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

  const r = reportFromRecords(HAND);
  const parse = (text: string) => text.split('\r\n').slice(0, -1);

  it('one file per section: a header row, then one row per line of that table', () => {
    expect(parse(sectionCsv(r, 'drills'))).toEqual([
      'scenario,started,passed,failed,not_finished,pass_rate,avg_score,most_missed_red_flags',
      'x,2,1,1,0,0.5,55,f3 (2); f2 (1)',
      'y,1,0,0,1,0,10,f4 (1)',
    ]);
    expect(parse(sectionCsv(r, 'red-flags'))).toEqual([
      'red_flag,label,missed,spotted,miss_rate,avoided',
      'f3,f3,2,0,1,0',
      'f4,f4,1,0,1,0',
      'f2,f2,1,1,0.5,0',
      'f1,f1,0,2,0,0',
      'f5,f5,0,0,0,1',
    ]);
    const quiz = parse(sectionCsv(r, 'quiz'));
    expect(quiz[0]).toBe(
      'session,phase,forms,hit_rate,false_alarm_rate,d_prime,c_response_bias,hits,misses,false_alarms,correct_rejections,change',
    );
    expect(quiz).toHaveLength(5); // (all) and A, pre and post each
    expect(quiz[1]).toMatch(/^\(all\),pre,1,0\.571429,0\.285714,/);
    expect(quiz[4]).toMatch(/^,?A,post,1,0\.857143,0\.142857,.*,tells scam from genuine better$/);
    expect(parse(sectionCsv(r, 'faq-gaps'))).toEqual([
      'question,count,last_asked',
      'Q-a,2,2025-03-02T13:00:00.000Z',
      `'${INJECTION},1,2025-03-01T14:00:00.000Z`, // a formula kept as text
    ]);
    expect(parse(sectionCsv(r, 'verdicts'))).toEqual([
      'day,start,end,days_in_range,official,unknown,suspicious,dangerous,total',
      '2025-03-01,2025-03-01,2025-03-01,1,0,0,1,0,1',
      '2025-03-02,2025-03-02,2025-03-02,1,0,0,0,0,0',
      '2025-03-03,2025-03-03,2025-03-03,1,1,0,0,1,2',
    ]);
  });

  it('every section has as many cells in each row as in its header, and no cell starts a formula', () => {
    for (const section of CSV_SECTIONS) {
      const rows = parse(sectionCsv(r, section)).map(splitCsv);
      for (const row of rows) expect(row, section).toHaveLength(rows[0]!.length);
      expect(rows.flat().filter((c) => /^[=+@-]/.test(c) && !/^-?\d/.test(c))).toEqual([]);
    }
  });

  it('red-flag labels in the language asked for', () => {
    const labelled = applyRedFlagTaxonomy(
      reportFromRecords([{ ...HAND[0]!, missed: ['overseas-prefix'], spotted: [] }]),
      loadRedFlags(ROOT),
    );
    const zh = parse(sectionCsv(labelled, 'red-flags', 'zh'))[1]!;
    expect(zh).toMatch(/^overseas-number,境外号码/);
    expect(parse(sectionCsv(labelled, 'red-flags', 'en'))[1]).toMatch(/^overseas-number,Overseas number/);
  });
});

/** A CSV line split into cells (quotes and doubled quotes understood). */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

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
    // The quiz change in words, and what c means.
    expect(text).toContain('tells scam from genuine better');
    expect(text).not.toContain('better-discernment');
    expect(text).toMatch(/c, the criterion/);
    expect(text).toContain('Check verdicts per day');
  });

  it('red flags and the session summary by label, in the language asked for', () => {
    const labelled = applyRedFlagTaxonomy(
      reportFromRecords([{ ...HAND[0]!, session: 'S', missed: ['asks-code', 'overseas-prefix'], spotted: [] }]),
      loadRedFlags(ROOT),
    );
    expect(reportTable(labelled)).toMatch(/Asks for your SMS code\s+1\s+0\s+0\s+100\.0%\s+asks-for-code/);
    expect(reportTable(labelled, { lang: 'zh' })).toContain('索要短信验证码');
    const summary = sessionSummary(labelled, 'en');
    expect(summary).toMatch(/missed most: .*Asks for your SMS code \(1\)/);
    expect(summary).not.toContain('asks-code');
    expect(sessionSummary(labelled, 'zh')).toMatch(/missed most: .*索要短信验证码 \(1\)/);
  });
});
