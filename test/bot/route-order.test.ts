// The routing order (src/bot/route.ts): where two handlers could both answer a message, the earlier one wins.
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { freshState, type TurnEvent, type UserState } from '../../src/bot/types.ts';
import { brain } from '../helpers/brain.ts';

function talk(texts: string[], start: UserState = freshState()) {
  let state = start;
  const events: TurnEvent[] = [];
  let last = handleTurn(brain, state, { text: '' });
  for (const text of texts) {
    last = handleTurn(brain, state, { text });
    state = last.state;
    events.push(...last.events);
  }
  return { state, events, kinds: last.replies.map((r) => r.kind), replies: last.replies };
}

const inDrill = () => talk(['drill overseas-service-call']).state;
const inQuiz = () => talk(['quiz']).state;

describe('routing order', () => {
  it('a language switch works inside a drill, and the drill goes on', () => {
    const r = talk(['English'], inDrill());
    expect(r.kinds[0]).toBe('lang');
    expect(r.state.locale).toBe('en');
    expect(r.state.drill?.scenario).toBe('overseas-service-call');
    expect(talk(['你是谁？'], r.state).kinds.every((k) => k === 'drill')).toBe(true);
  });

  it('inside a drill, a number or a question is the answer to the scammer, not a check or an FAQ', () => {
    for (const text of ['00852 5123 8870', '有人让我交解冻费才能放款，是真的吗']) {
      const r = talk([text], inDrill());
      expect(
        r.kinds.every((k) => k === 'drill'),
        text,
      ).toBe(true);
      expect(
        r.events.some((e) => e.type === 'check' || e.type === 'faq'),
        text,
      ).toBe(false);
    }
  });

  it('inside a drill, "menu" ends the drill (recorded) before it could open the menu with a welcome', () => {
    const r = talk(['菜单'], inDrill());
    expect(r.state.drill).toBeNull();
    expect(r.events.some((e) => e.type === 'drill-finished' && e.outcome === 'incomplete')).toBe(true);
    expect(r.kinds).not.toContain('welcome');
  });

  it('inside a quiz, a number is an answer to the item; "stop" leaves the quiz for the menu', () => {
    const quiz = inQuiz();
    expect(quiz.quiz).not.toBeNull();
    expect(talk(['00852 5123 8870'], quiz).events.some((e) => e.type === 'check')).toBe(false);
    const stopped = talk(['stop'], quiz);
    expect(stopped.state.quiz).toBeNull();
    expect(stopped.kinds).toEqual(['menu']);
  });

  it('a number in a question is checked first; the FAQ answer comes after it', () => {
    const r = talk(['+852 6123 4567 打给我说是安心借客服，是真的吗？']);
    expect(r.kinds[0]).toBe('check');
    expect(r.kinds.at(-1)).toBe('faq');
    expect(r.events.map((e) => e.type)).toEqual(['check']);
  });

  it('a pasted scam message with no phone number or link the FAQ cannot answer: checked by its phrases', () => {
    const r = talk(['日结200，宝妈学生都可以做，不收押金，加QQ 61234987']);
    expect(r.kinds[0]).toBe('check');
    expect(r.replies[0]!.check?.items).toEqual([]);
    expect(r.events.map((e) => e.type)).toEqual(['faq', 'check']);
  });

  it('the bare drill command lists drills; a drill named in words starts it', () => {
    expect(talk(['drill']).kinds).toEqual(['picker']);
    expect(talk(['drill overseas-service-call']).state.drill).not.toBeNull();
  });
});

describe('a damaged stored drill', () => {
  it('without its locale: the user gets the menu in their language, not an exception', () => {
    const drill = { scenario: 'overseas-service-call', node: 'opening', turn: 1 };
    const state = { ...freshState('en'), drill } as unknown as UserState;
    const r = handleTurn(brain, state, { text: 'hello?' });
    expect(r.state.drill).toBeNull();
    expect(r.replies.length).toBeGreaterThan(0);
    expect(r.replies.every((x) => typeof x.text === 'string' && x.text.length > 0)).toBe(true);
  });
});
