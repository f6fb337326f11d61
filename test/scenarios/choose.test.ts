// Choosing a drill in words: a wish to practise plus words that name one drill best.
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { freshState } from '../../src/bot/types.ts';
import { drillChosenIn } from '../../src/scenarios/choose.ts';
import { brain } from '../helpers/brain.ts';
import { realLibrary } from './helpers.ts';

const { library } = realLibrary();

describe('drillChosenIn', () => {
  it.each([
    ['我想练习注销校园贷那个', 'student-loan-cancellation'],
    ['我想练练假警察的', 'fake-police-safe-account'],
    ['演练一下境外来电', 'overseas-service-call'],
    ['试试解冻费那个', 'unfreeze-fee'],
    ['練習共享屏幕', 'screen-sharing'], // traditional characters
    ['practice the screen sharing one', 'screen-sharing'],
    ['I want to practise the fake police one', 'fake-police-safe-account'],
    ['practice the debt collector one', 'fake-debt-collector'],
    ['let me try the overseas call one', 'overseas-service-call'],
  ])('%s → %s', (text, id) => {
    expect(drillChosenIn(library, text)).toBe(id);
  });

  it.each([
    ['注销校园贷会影响征信吗', 'a question about the topic, no wish to practise'],
    ['我不想练习注销校园贷', 'a negated wish'],
    ['practice', 'no drill named'],
    ['我想练习验证码的', 'several drills fit equally'],
  ])('%s → none (%s)', (text) => {
    expect(drillChosenIn(library, text)).toBeUndefined();
  });

  it('every drill can be asked for by its short title, in both languages', () => {
    for (const s of library.byId.values()) {
      expect(drillChosenIn(library, `我想练习${s.short_title!.zh}那个`), s.id).toBe(s.id);
      expect(drillChosenIn(library, `practice the ${s.short_title!.en} one`), s.id).toBe(s.id);
    }
  });

  it('a picker button with the short title starts its drill too', () => {
    for (const text of ['演练：注销校园贷', 'Drill: Screen sharing', '共享屏幕']) {
      expect(handleTurn(brain, freshState(), { text }).state.drill?.scenario, text).toBeDefined();
    }
  });

  it('starts the drill in the chat', () => {
    const r = handleTurn(brain, freshState(), { text: '我想练习注销校园贷那个' });
    expect(r.state.drill?.scenario).toBe('student-loan-cancellation');
    expect(r.events).toContainEqual({ type: 'drill-started', scenario: 'student-loan-cancellation' });
    const en = handleTurn(brain, freshState(), { text: 'practice the screen sharing one' });
    expect(en.state.drill).toMatchObject({ scenario: 'screen-sharing', locale: 'en' });
  });
});
