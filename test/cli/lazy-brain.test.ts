// The terminal's brain loads its classifier and FAQ on first use, behind conversations.turn: a drill never waits for
// them; the first line that needs one waits for it once and gets the same answer the eagerly loaded brain gives.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { freshState } from '../../src/bot/types.ts';
import { coresOnFirstUse, DependencyPending } from '../../src/bot/load-lazy.ts';
import { loadBrain } from '../../src/bot/load.ts';
import { openTerminalChannel } from '../../src/cli/channel.ts';
import { brain as eager } from '../helpers/brain.ts';
import { brand, ROOT } from '../helpers/content.ts';

const io = () => ({
  stdin: new PassThrough(),
  stdout: new PassThrough(),
  stderr: new PassThrough(),
  interactive: false,
  root: ROOT,
});

describe('lazy brain (the terminal)', () => {
  it('starts and answers a drill without loading the classifier or the FAQ', () => {
    const { brain } = loadBrain(ROOT, brand, coresOnFirstUse);
    const id = [...brain.drills.byId.keys()][0]!;
    const started = handleTurn(brain, freshState('en'), { text: `/drill ${id} en`, now: 1 });
    expect(started.state.drill).not.toBeNull();
    const answered = handleTurn(brain, started.state, { text: 'I hang up and call the official hotline', now: 2 });
    expect(answered.replies.length).toBeGreaterThan(0);
    // Neither was asked for: the first use still has to load them.
    expect(() => brain.faq('hello', 'en')).toThrow(DependencyPending);
    expect(() => brain.classifier.hasItems('95588')).toThrow(DependencyPending);
  });

  it("is the server's brain but for its cores: one loader, the same drills, words and quiz", () => {
    const { brain } = loadBrain(ROOT, brand, coresOnFirstUse);
    expect([...brain.drills.byId.keys()]).toEqual([...eager.drills.byId.keys()]);
    expect(brain.texts).toEqual(eager.texts);
    expect(brain.quiz).toEqual(eager.quiz);
    expect(brain.brand).toBe(eager.brand);
  });

  it('a line that needs the classifier or the FAQ waits for it inside conversations.turn, then answers as the server does', async () => {
    const channel = await openTerminalChannel(io());
    try {
      for (const text of ['How do I know a loan fee is a scam?', '+44 20 7946 0000 says it is customer service']) {
        const viaTerminal = await channel.turn(text);
        const direct = handleTurn(eager, freshState('en'), { text, now: 1 });
        expect(viaTerminal.replies.map((r) => [r.kind, r.text])).toEqual(direct.replies.map((r) => [r.kind, r.text]));
      }
    } finally {
      await channel.close();
    }
  }, 60_000);
});
