// Structured starts ("/drill ID zh", "/quiz pre SEED en"): how the terminal (or a quick-reply value) starts exactly
// the drill or quiz form it means, as one ordinary turn of the brain.
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { parseStartCommand, startCommandText } from '../../src/bot/start-command.ts';
import { freshState, type UserState } from '../../src/bot/types.ts';
import { brain } from '../helpers/brain.ts';

const say = (state: UserState, text: string) => handleTurn(brain, state, { text, now: 1_000 });

describe('start commands', () => {
  it.each([
    [{ kind: 'drill', scenario: 'overseas-service-call', locale: 'en' }, '/drill overseas-service-call en'],
    [{ kind: 'drill', scenario: 'credit-repair' }, '/drill credit-repair'],
    [{ kind: 'quiz', phase: 'post', seed: 7, locale: 'zh' }, '/quiz post 7 zh'],
    [{ kind: 'quiz', phase: 'pre' }, '/quiz pre'],
  ] as const)('%j is said as %s and read back', (command, text) => {
    expect(startCommandText(command)).toBe(text);
    expect(parseStartCommand(text)).toEqual(command);
  });

  it.each([
    '/drill',
    '/drill Bad_Id',
    '/quiz middle',
    '/quiz pre 4294967296',
    'drill overseas-service-call fr',
    '/quiz pre 1 fr',
  ])('%s is not a start command', (text) => expect(parseStartCommand(text)).toBeUndefined());

  it('starts the named drill in the language asked for, whatever the message itself looks like', () => {
    const r = say(freshState(), '/drill overseas-service-call zh');
    expect(r.state.drill).toMatchObject({ scenario: 'overseas-service-call', locale: 'zh' });
    expect(r.replies.filter((x) => x.drill?.kind === 'scammer')[0]?.text).toMatch(/^【模拟诈骗电话】/);
    expect(r.events).toEqual([{ type: 'drill-started', scenario: 'overseas-service-call' }]);
  });

  it('replaces a drill nobody answered yet without recording it; one with answers ends as not finished', () => {
    const untouched = say(freshState(), '/drill overseas-service-call zh').state;
    const restarted = say(untouched, '/drill overseas-service-call en');
    expect(restarted.state.drill?.locale).toBe('en');
    expect(restarted.events.some((e) => e.type === 'drill-finished')).toBe(false);

    const answered = say(restarted.state, 'who is this?').state;
    expect(answered.drill?.turn).toBe(1);
    const switched = say(answered, '/drill credit-repair en');
    expect(switched.state.drill?.scenario).toBe('credit-repair');
    const finished = switched.events.find((e) => e.type === 'drill-finished');
    expect(finished).toMatchObject({ scenario: 'overseas-service-call', outcome: 'incomplete' });
    expect(finished?.type === 'drill-finished' && finished.summary.turns).toHaveLength(1);
  });

  it('inside a drill, a start command is not taken as the answer', () => {
    const inDrill = say(freshState(), '/drill overseas-service-call zh').state;
    const r = say(inDrill, '/quiz pre 12 en');
    expect(r.state.drill).toBeNull();
    expect(r.state.quiz).toMatchObject({ phase: 'pre', seed: 12, locale: 'en', answers: [] });
  });

  it('a quiz form with its seed: the item replies say which item of how many, the feedback what was judged', () => {
    const started = say(freshState(), '/quiz post 99 en');
    const item = started.replies.find((r) => r.quiz?.item)?.quiz;
    expect(item).toMatchObject({ phase: 'post', seed: 99, locale: 'en', item: { number: 1 } });
    const next = say(started.state, 'scam');
    const answered = next.replies.find((r) => r.quiz?.answered)?.quiz?.answered;
    expect(answered).toMatchObject({ id: item?.item?.id, answer: 'scam' });
    expect(answered?.correct).toBe(answered?.truth === 'scam');
  });

  it('an unknown drill id is no start: the message is answered like any other', () => {
    const r = say(freshState(), '/drill no-such-drill zh');
    expect(r.state.drill).toBeNull();
    expect(r.events.some((e) => e.type === 'drill-started')).toBe(false);
  });
});
