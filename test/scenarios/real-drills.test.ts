// The shipped drills, played through the engine: what a learner saw in the walk-through of issue 12.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drillSummary, type StepResult, startDrill, stepDrill } from '../../src/scenarios/index.ts';
import { realLibrary } from './helpers.ts';

const { library } = realLibrary();
const ids = [...library.byId.keys()];

function play(id: string, answers: string[], locale: 'zh' | 'en' = 'zh') {
  let r: StepResult = startDrill(library, id, locale);
  const steps = [r];
  for (const a of answers) {
    if (r.done) break;
    r = stepDrill(library, r.state, a);
    steps.push(r);
  }
  return { r, steps };
}

describe('the shipped drills', () => {
  it('the drill\'s own quick reply "你怎么会有我的信息？" spots the personal-data red flag', () => {
    const { r } = play('overseas-service-call', ['你怎么会有我的信息？']);
    expect(r.judgement).toBe('unclear');
    expect(r.state.spotted).toContain('knows-personal-data');
    const en = play('overseas-service-call', ['Where did you get my details from?'], 'en').r;
    expect(en.state.spotted).toContain('knows-personal-data');
    // The same question in other drills: "你怎么会有我家里人的电话？", "你们怎么知道我收到短信了？".
    const collector = play('fake-debt-collector', ['好的', '你怎么会有我家里人的电话？']).r;
    expect(collector.state.spotted).toContain('knows-personal-data');
  });

  it('hesitation is unclear: the caller pushes again instead of carrying on as if the user agreed', () => {
    const toFee = ['好的，我这就下载安装', '好，我点继续安装，权限都打开'];
    const { r } = play('apk-install', [...toFee, '可是交钱这个……我不太确定']);
    expect(r.why).toMatchObject({ judgement: 'unclear', reason: 'hesitant' });
    expect(r.state.node).toBe('withdraw-fee');
    expect(r.replies.map((x) => x.kind)).toEqual(['scammer']);
  });

  it('a safe run that hung up at once says which flags were spotted and which only avoided', () => {
    for (const id of ids) {
      const { r } = play(id, ['不用了，我挂了']);
      const flags = drillSummary(library, r.state).redFlags;
      expect(flags.spotted, id).toEqual([]);
      expect(flags.avoided.length, id).toBeGreaterThan(0);
      expect(flags.missed, id).toEqual([]);
      const debrief = r.replies.find((x) => x.kind === 'debrief')!;
      expect(debrief.text, id).toContain('没有点明的危险信号');
    }
  });

  it('an English title is quoted once in the opening notice', () => {
    for (const id of ids) {
      const open = startDrill(library, id, 'en').replies[0]!.text;
      expect(open, id).not.toMatch(/""|“"|"“/);
      // A zh title may start with a quoted phrase, but is never wholly in quotes inside the frame's 「」.
      expect(startDrill(library, id, 'zh').replies[0]!.text, id).not.toMatch(/「“[^“”]*”」/);
    }
  });

  it('scammers say full names, never masked ones ("王*华")', () => {
    for (const id of ids) {
      for (const locale of ['zh', 'en'] as const) {
        const lines = play(id, ['嗯？', '嗯？', '嗯？', '嗯？', '嗯？', '嗯？'], locale).steps.flatMap((s) => s.replies);
        for (const x of lines) expect(x.text, id).not.toMatch(/\p{L}\*/u);
      }
    }
  });

  it('property: the step total never changes and the step never goes back, in every drill', () => {
    const answer = fc.constantFrom('好的', '嗯？', '你说什么', '我不太确定', '好的，我马上转账', '验证码是 4829', '我挂了');
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(answer, { maxLength: 14 }), (id, answers) => {
        const { steps } = play(id, answers);
        const progress = steps.flatMap((s) => s.replies.map((x) => x.progress));
        const total = progress[0]!.total;
        let last = 0;
        for (const p of progress) {
          expect(p.total).toBe(total);
          expect(p.step).toBeGreaterThanOrEqual(last);
          expect(p.step).toBeLessThanOrEqual(total);
          last = p.step;
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
