import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import {
  type BotReply,
  type ChatLine,
  DRILL_IDLE_MINUTES,
  freshState,
  reviveState,
  type TurnEvent,
  type UserState,
} from '../../src/bot/types.ts';
import { brain, brainProblems } from '../helpers/brain.ts';

function talk(texts: string[], start: UserState = freshState()) {
  let state = start;
  const replies: BotReply[][] = [];
  const events: TurnEvent[] = [];
  const lines: ChatLine[] = [];
  for (const text of texts) {
    const r = handleTurn(brain, state, { text });
    state = r.state;
    replies.push(r.replies);
    events.push(...r.events);
    lines.push(...r.lines);
  }
  return { state, replies, events, lines, last: replies.at(-1) ?? [] };
}

describe('the brain', () => {
  it('loads the shipped content without problems', () => {
    expect(brainProblems).toEqual([]);
  });

  it('greets with the menu and quick replies', () => {
    const { last } = talk(['你好']);
    expect(last.map((r) => r.kind)).toEqual(['welcome', 'menu']);
    expect(last[1]!.quickReplies?.length).toBeGreaterThanOrEqual(3);
  });

  it('checks a pasted number with the shared classifier', () => {
    const { last, events } = talk(['00852 5123 8870']);
    expect(last[0]!.kind).toBe('check');
    expect(last[0]!.check?.verdict).toBe('dangerous');
    expect(events).toContainEqual({ type: 'check', verdict: 'dangerous' });
  });

  it('answers a question holding a number with the check and the FAQ together', () => {
    const { last } = talk(['+852 6123 4567 打给我说是安心借客服，是真的吗？']);
    expect(last[0]!.kind).toBe('check');
    expect(last.some((r) => r.kind === 'faq')).toBe(true);
  });

  it('answers an FAQ question and records whether it matched', () => {
    const { last, events } = talk(['有人让我交解冻费才能放款，是真的吗']);
    expect(last[0]!.kind).toBe('faq');
    expect(last[0]!.faq?.topics).toContain('upfront-fee');
    expect(events.some((e) => e.type === 'faq' && e.matched)).toBe(true);
  });

  it('falls back honestly on questions it cannot answer', () => {
    const { last, events } = talk(['明天北京天气怎么样']);
    expect(last[0]!.kind).toBe('fallback');
    expect(last[0]!.quickReplies?.length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'faq' && !e.matched)).toBe(true);
  });

  it('runs a drill chosen from the list to its debrief, every message marked as a simulation', () => {
    const list = talk(['演练']).last[0]!;
    expect(list.quickReplies?.length).toBeGreaterThanOrEqual(12);
    let run = talk(['演练', list.quickReplies![0]!.value]);
    expect(run.state.drill).not.toBeNull();
    const drillReplies = run.last.filter((r) => r.kind === 'drill');
    expect(drillReplies.length).toBeGreaterThan(0);
    expect(drillReplies.every((r) => r.simulation)).toBe(true);
    for (let i = 0; i < 10 && run.state.drill; i++) run = talk(['不用了，我挂了，我自己打官方客服核实'], run.state);
    expect(run.state.drill).toBeNull();
    expect(run.last.some((r) => r.drill?.kind === 'debrief')).toBe(true);
    expect(run.events.some((e) => e.type === 'drill-finished' && e.outcome === 'passed')).toBe(true);
  });

  it('stops a drill on request and records it as incomplete', () => {
    const list = talk(['drill']).last[0]!;
    const run = talk(['drill', list.quickReplies![1]!.value, 'stop drill']);
    expect(run.state.drill).toBeNull();
    expect(run.events.some((e) => e.type === 'drill-finished' && e.outcome === 'incomplete')).toBe(true);
  });

  it('ends a drill left idle too long when the user writes again, and answers the new message', () => {
    const list = talk(['drill']).last[0]!;
    const minute = 60_000;
    const at = (text: string, state: UserState, now: number) => handleTurn(brain, state, { text, now });
    let r = at('drill', freshState(), 0);
    r = at(list.quickReplies![0]!.value, r.state, 1 * minute);
    expect(r.state.drill).not.toBeNull();
    expect(r.state.drillAt).toBe(1 * minute);
    // Within the idle limit the drill goes on, whatever the gap.
    r = at('你是谁？', r.state, (1 + DRILL_IDLE_MINUTES) * minute);
    expect(r.state.drill).not.toBeNull();
    expect(r.replies.some((x) => x.kind === 'drill')).toBe(true);
    expect(r.events.some((e) => e.type === 'drill-finished')).toBe(false);
    // Past it: the drill ends as not finished (recorded), a notice, then the real question gets a real answer.
    r = at('00852 5123 8870 是客服吗', r.state, (2 + 2 * DRILL_IDLE_MINUTES) * minute);
    expect(r.state.drill).toBeNull();
    expect(r.state.drillAt).toBeUndefined();
    expect(r.replies.map((x) => x.kind).slice(0, 2)).toEqual(['info', 'check']);
    expect(r.replies.every((x) => !x.simulation)).toBe(true);
    expect(r.events).toContainEqual(expect.objectContaining({ type: 'drill-finished', outcome: 'incomplete' }));
    expect(r.events).toContainEqual({ type: 'check', verdict: 'dangerous' });
  });

  it('keeps one state shape (every key, one order) through a drill that starts, ends and is stored', () => {
    const keys = Object.keys(freshState());
    const list = talk(['drill']).last[0]!;
    const stored = { ...freshState(), session: 'cohort-a' };
    let state = reviveState(JSON.parse(JSON.stringify(stored)));
    for (const [text, now] of [
      ['drill', 0],
      [list.quickReplies![0]!.value, 60_000],
      ['00852 5123 8870 是客服吗', (2 + 2 * DRILL_IDLE_MINUTES) * 60_000],
    ] as const) {
      state = handleTurn(brain, state, { text, now }).state;
      expect(Object.keys(state)).toEqual(keys);
      // Unset keys never reach the store: the JSON holds only what is set.
      const json = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
      expect(Object.values(json)).not.toContain(undefined);
      expect(json.session).toBe('cohort-a');
      state = reviveState(json);
      expect(Object.keys(state)).toEqual(keys);
    }
    expect(state.drill).toBeNull();
    expect('drillAt' in JSON.parse(JSON.stringify(state))).toBe(false);
  });

  it('never expires a drill without a clock (the CLI and tests pass none)', () => {
    const list = talk(['drill']).last[0]!;
    const run = talk(['drill', list.quickReplies![0]!.value, '你是谁？']);
    expect(run.state.drill).not.toBeNull();
    expect(run.state.drillAt).toBeUndefined();
  });

  it('runs the pre and post quiz and compares them', () => {
    let run = talk(['测验']);
    expect(run.state.quiz?.phase).toBe('pre');
    for (let i = 0; i < 40 && run.state.quiz; i++) run = talk(['骗局'], run.state);
    const pre = run.events.find((e) => e.type === 'quiz-finished');
    expect(pre).toMatchObject({ phase: 'pre', falseAlarms: expect.any(Number) });
    // Answering "scam" to everything: every scam spotted, every genuine item a false alarm.
    expect(pre).toMatchObject({ misses: 0, correctRejections: 0 });
    run = talk(['测验'], run.state);
    expect(run.state.quiz?.phase).toBe('post');
  });

  it('shuffles the quiz per run: a seed in the state and the result, the items in that order', () => {
    const first = (now: number) => handleTurn(brain, freshState(), { text: 'quiz', now });
    const a = first(1_000);
    const b = first(2_000);
    expect(a.state.quiz?.seed).toEqual(expect.any(Number));
    expect(a.state.quiz?.seed).not.toBe(b.state.quiz?.seed);
    // Many runs start on different items (the old fixed order always began with the same genuine call).
    const openings = new Set(Array.from({ length: 20 }, (_, i) => first(i * 60_000).replies.at(-1)!.text.split('\n')[0]));
    expect(openings.size).toBeGreaterThan(3);
    let run = { state: a.state, events: [] as TurnEvent[] };
    for (let i = 0; i < 40 && run.state.quiz; i++) run = handleTurn(brain, run.state, { text: 'scam', now: 1_000 });
    expect(run.events.find((e) => e.type === 'quiz-finished')).toMatchObject({ seed: a.state.quiz!.seed });
  });

  it('switches language on request and keeps it', () => {
    const run = talk(['English', '你好']);
    expect(run.state.locale).toBe('en');
    expect(run.last[0]!.text).toMatch(/[A-Za-z]/);
    expect(run.last[0]!.text).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('answers in the language of the message by default', () => {
    expect(talk(['someone asked me for my sms verification code, is that ok?']).last[0]!.text).toMatch(/code/i);
  });

  it('redacts codes, card and phone numbers before they reach the stored history', () => {
    const { state, lines } = talk(['验证码是 482913，卡号 4111111111111111，他的电话 13812345678']);
    // The user's line, then the check: its verdict and its details.
    expect(lines.map((l) => l.role)).toEqual(['user', 'bot', 'bot']);
    expect(state.lines).toBe(3);
    expect(lines.filter((l) => l.role === 'bot').every((l) => typeof l.kind === 'string')).toBe(true);
    const stored = JSON.stringify([state, lines]);
    expect(stored).not.toContain('482913');
    expect(stored).not.toContain('4111111111111111');
    expect(stored).not.toContain('13812345678');
  });

  it('stores history faithfully: only the user\'s secrets masked, punctuation and prefixes as typed', () => {
    const userLine = (text: string) => talk([text]).lines[0]!.text;
    expect(userLine('00852开头的电话，是客服吗？')).toBe('00852开头的电话，是客服吗？');
    expect(userLine('我被骗了，还转了5000块，怎么办')).toBe('我被骗了，还转了5000块，怎么办');
    expect(userLine('+852 5123 8870 打给我，是真的吗？')).toBe('+852 51** **70 打给我，是真的吗？');
    expect(userLine('验证码是 482913，能给客服吗？')).toBe('验证码是 [code]，能给客服吗？');
    expect(userLine('400-000-0000 是官方热线吗？')).toBe('400-000-0000 是官方热线吗？'); // the brand's own number
  });

  it('stores the bot\'s own lines as said, masking only what the user pasted', () => {
    // The quiz's own question keeps its "+852 5123 8870" (a shown item may hold any number; none is the user's).
    const runs = Array.from({ length: 200 }, (_, i) => handleTurn(brain, freshState(), { text: '测验', now: i }));
    const quiz = runs.find((r) => r.replies.at(-1)!.text.includes('+852 5123 8870'))!;
    expect(quiz, 'a run that opens with the +852 call').toBeDefined();
    expect(quiz.lines.filter((l) => l.role === 'bot').map((l) => l.text)).toEqual(quiz.replies.map((r) => r.text));
    // A check quotes the pasted number: stored masked, the official hotline in the same answer whole.
    const check = talk(['00852 5123 8870 和 400-000-0000 都打给我了，是真的吗']);
    const bot = check.lines.filter((l) => l.role === 'bot').map((l) => l.text).join('\n');
    expect(check.last.map((r) => r.text).join('\n')).toContain('00852 5123 8870'); // said in full
    expect(bot).toContain('00852 51** **70');
    expect(bot).not.toMatch(/5123 ?8870/);
    expect(bot).toContain('400-000-0000');
  });

  it('never asks the user for a code, password or transfer outside a drill', () => {
    const inputs = ['你好', '菜单', '检查', '演练', '测验', 'help', '有人要我验证码', '我已经转账了怎么办', 'what is a safe account', '随便聊聊'];
    for (const text of inputs) {
      for (const r of handleTurn(brain, freshState(), { text }).replies) {
        if (r.simulation) continue;
        // Request-shaped: the classifier's code-request rule, plus direct asks for a password or a transfer.
        const found = brain.classifier.check(r.text).phrases.map((p) => p.topic);
        expect(found, `${text} → ${r.text}`).not.toContain('verification-code');
        expect(r.text).not.toMatch(/(告诉|发给|给)我.{0,6}(密码|验证码)|转(账|钱)(到|给)(我|以下|这个)|(send|tell|give) me (your|the) (code|password)|transfer (it|the money) to (me|this)/i);
      }
    }
  });

  it('survives a corrupt stored drill by dropping it', () => {
    const broken = { ...freshState(), drill: { v: 1, scenario: 'no-such-drill', locale: 'zh', node: 'x', turn: 0, unclear: 0, shown: [], spotted: [], history: [], done: false } } as UserState;
    const r = handleTurn(brain, broken, { text: '好的' });
    expect(r.state.drill).toBeNull();
    expect(r.replies.length).toBeGreaterThan(0);
  });
});

describe('starting a drill by id', () => {
  it('accepts "drill <id>" and "演练 <id>"', () => {
    for (const text of ['drill overseas-service-call', '演练 overseas-service-call', 'overseas-service-call']) {
      const r = handleTurn(brain, freshState(), { text });
      expect(r.state.drill?.scenario, text).toBe('overseas-service-call');
    }
  });
});
