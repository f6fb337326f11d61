// What the learner sees, shaped by the brain: the drill picker, drills chosen in words, follow-ups after a debrief
// or a quiz, checks led by their verdict, the turn's answer marked for 👍/👎, and {label, value} quick replies.
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { type BotReply, freshState, type UserState } from '../../src/bot/types.ts';
import { listScenarios } from '../../src/scenarios/index.ts';
import { brain } from '../helpers/brain.ts';

function talk(texts: string[], start: UserState = freshState()) {
  let state = start;
  let last: BotReply[] = [];
  for (const text of texts) {
    const r = handleTurn(brain, state, { text });
    state = r.state;
    last = r.replies;
  }
  return { state, last };
}

const SAFE = '不用了，我挂了，我自己打官方客服核实';

describe('the drill picker', () => {
  for (const [word, locale] of [
    ['演练', 'zh'],
    ['practice drill', 'en'],
  ] as const) {
    it(`lists every drill by a short title and its level (${locale}); each value starts that drill`, () => {
      const picker = talk([locale === 'en' ? 'English' : '中文', word]).last[0]!;
      expect(picker.kind).toBe('picker');
      const options = picker.quickReplies!;
      expect(options).toHaveLength(listScenarios(brain.drills, locale).length);
      const levels = Object.values(brain.texts.difficulty).map((l) => l[locale]);
      for (const o of options) {
        // Short: a picker row, not the drill's whole title (which is what is sent).
        expect(o.label.length, o.label).toBeLessThanOrEqual(locale === 'zh' ? 10 : 26);
        expect(o.value.length).toBeGreaterThan(o.label.length);
        expect(levels).toContain(o.note);
      }
      expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
      const started = options.map((o) => talk([word, o.value]).state.drill?.scenario);
      expect(new Set(started).size).toBe(options.length);
      expect(started).not.toContain(undefined);
    });
  }

  it('starts a drill asked for in words, and only when the sentence names one drill', () => {
    expect(talk(['我想练习注销校园贷那个']).state.drill?.scenario).toBe('student-loan-cancellation');
    expect(talk(['I want to practise the screen sharing one']).state.drill?.scenario).toBe('screen-sharing');
    // A question about the topic is not a request to practise.
    expect(talk(['注销校园贷是真的吗']).state.drill).toBeNull();
  });
});

describe('follow-ups', () => {
  it('after a debrief: try the same drill again, another drill, the quiz, the menu', () => {
    const start = talk(['drill overseas-service-call']);
    let run = start;
    for (let i = 0; i < 10 && run.state.drill; i++) run = talk([SAFE], run.state);
    expect(run.last.some((r) => r.drill?.kind === 'debrief')).toBe(true);
    const offer = run.last.at(-1)!;
    expect(offer.kind).toBe('menu');
    const [again, another, quiz, menu] = offer.quickReplies!;
    expect(talk([again!.value]).state.drill?.scenario).toBe('overseas-service-call');
    expect(talk([another!.value]).last[0]!.kind).toBe('picker');
    expect(talk([quiz!.value]).state.quiz).toBeTruthy();
    expect(talk([menu!.value]).last.map((r) => r.kind)).toEqual(['welcome', 'menu']);
  });

  it('after a quiz result', () => {
    let run = talk(['测验']);
    for (let i = 0; i < 40 && run.state.quiz; i++) run = talk(['骗局'], run.state);
    const offer = run.last.at(-1)!;
    expect(offer.kind).toBe('menu');
    const values = offer.quickReplies!.map((q) => q.value);
    expect(talk([values[0]!]).last[0]!.kind).toBe('picker');
    expect(values).toContain(brain.texts.follow_up.quiz.zh);
  });
});

describe('checks and answers', () => {
  it('a check leads with a short verdict bubble; the details follow', () => {
    const { last } = talk(['00852 5123 8870']);
    expect(last.map((r) => r.kind)).toEqual(['check', 'check']);
    expect(last[0]!.check?.verdict).toBe('dangerous');
    expect(last[0]!.text.startsWith('✖')).toBe(true);
    expect(last[0]!.text).not.toContain('5123');
    expect(last[1]!.text).toContain('00852 5123 8870');
    expect(last[1]!.answer).toBe(true);
    expect(last[0]!.answer).toBeUndefined();
  });

  it('marks exactly one answer per turn, and none on menus or drills', () => {
    expect(talk(['有人让我交解冻费才能放款，是真的吗']).last.filter((r) => r.answer)).toHaveLength(1);
    expect(talk(['你好']).last.some((r) => r.answer)).toBe(false);
    expect(talk(['drill overseas-service-call']).last.some((r) => r.answer)).toBe(false);
  });

  it('a language switch says which language, for the widget chrome', () => {
    expect(talk(['English']).last[0]).toMatchObject({ kind: 'lang', locale: 'en' });
    expect(talk(['中文']).last[0]).toMatchObject({ kind: 'lang', locale: 'zh' });
  });

  it('an answer line keeps its FAQ entry, so feedback from a restored history names it', () => {
    const r = handleTurn(brain, freshState(), { text: '有人让我交解冻费才能放款，是真的吗' });
    const line = r.lines.find((l) => l.answer);
    expect(line?.faqId).toBeTruthy();
    expect(line?.faqId).toBe(r.replies.find((x) => x.answer)?.faq?.id);
  });

  it('history lines carry the message time when the channel gave one', () => {
    const r = handleTurn(brain, freshState(), { text: '你好', now: 1_700_000_000_000 });
    expect(r.lines.every((l) => l.at === 1_700_000_000_000)).toBe(true);
  });
});
