// The terminal is a channel over the brain: `train` and `quiz` go through conversations.turn, so the same messages
// leave the same chat lines and the same outcome records in the store as they do through the app webhook. Both run
// on one SQLite store (the server's DATA_DIR, opened by the CLI with --session), so they share the user-hash key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuiz, quizItems } from '../../src/quiz/load.ts';
import { ordered } from '../../src/quiz/order.ts';
import type { Channel, OutcomeRecord } from '../../src/store/index.ts';
import { brand, ROOT } from '../helpers/content.ts';
import { runCli } from '../helpers/cli.ts';
import { readUserState, sendApp, startTestServer, type TestServer } from '../helpers/server.ts';

const CLI_USER = `cli:${userInfo().username}`;

describe('train and quiz in a terminal go through conversations.turn', { timeout: 120_000 }, () => {
  const saved = { dataDir: process.env.DATA_DIR, redis: process.env.REDIS_URL };
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'one-entry-'));
    process.env.DATA_DIR = dir;
    delete process.env.REDIS_URL;
    server = await startTestServer({ dataDir: dir });
  });
  afterAll(async () => {
    await server?.close();
    if (saved.dataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved.dataDir;
    if (saved.redis !== undefined) process.env.REDIS_URL = saved.redis;
    rmSync(dir, { recursive: true, force: true });
  });

  /** The app twin: the same messages, one signed webhook request each. */
  async function viaWebhook(userId: string, session: string, texts: string[]): Promise<void> {
    for (const [i, text] of texts.entries()) {
      const r = await sendApp(server.url, { userId, text, messageId: `${userId}-${i}`, session });
      expect(r.status, text).toBe(200);
    }
  }

  /** A user's chat lines without their times (the two runs happen a moment apart). */
  async function lines(userKey: string) {
    const state = await readUserState(server, userKey);
    return (state?.history ?? []).map(
      ({ at: _at, ...line }: { at?: number; role: string; text: string; simulation: boolean }) => line,
    );
  }

  /** The session's outcome records per channel, without who and when. */
  async function outcomes(session: string, channel: Channel) {
    const all = await server.store.outcomes.list({ session, channel });
    return all.map(({ at: _at, user: _user, channel: _channel, ...rest }: OutcomeRecord) => rest);
  }

  it('a drill leaves the same chat lines and outcome record as the same answers through the webhook', async () => {
    const answers = ['你是谁？', '不用了，我挂了，我自己打官方客服核实'];
    const cli = await runCli(
      ['train', 'overseas-service-call', '--answers', '-', '--session', 'twin-drill'],
      answers.join('\n'),
    );
    expect(cli.code).toBe(0);
    // The terminal's start is a message like any other: the structured start command, in the detected language.
    await viaWebhook('drill-twin', 'twin-drill', ['/drill overseas-service-call zh', ...answers]);

    const terminal = await lines(CLI_USER);
    const app = await lines('app:drill-twin');
    expect(app.length).toBeGreaterThan(6);
    expect(terminal).toEqual(app);
    expect(terminal[0]).toMatchObject({ role: 'user', text: '/drill overseas-service-call zh' });
    expect(terminal.filter((l) => l.simulation).length).toBeGreaterThan(3);

    const recorded = await outcomes('twin-drill', 'cli');
    expect(recorded).toEqual(await outcomes('twin-drill', 'app'));
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'drill', scenario: 'overseas-service-call', outcome: 'passed', score: 100 }),
    ]);
  });

  it('a quiz shows the items in its seed’s order and records the score like the widget’s quiz', async () => {
    const answers = Array.from({ length: 14 }, (_, i) => (i % 3 ? 's' : 'g'));
    const cli = await runCli(
      ['quiz', '--seed', '4242', '--session', 'twin-quiz', '--answers', '-', '--json'],
      answers.join('\n'),
    );
    expect(cli.code).toBe(0);
    const result = JSON.parse(cli.out);
    expect(result).toMatchObject({ seed: 4242, complete: true, phase: 'pre' });
    await viaWebhook('quiz-twin', 'twin-quiz', ['/quiz pre 4242 zh', ...answers]);

    // The terminal user's earlier drill is in its history too: the quiz is the tail.
    const app = await lines('app:quiz-twin');
    const terminal = (await lines(CLI_USER)).slice(-app.length);
    expect(terminal).toEqual(app);
    // Stored redacted like any user line (a 4-digit number could be a code); the order shows the seed was used.
    expect(terminal[0]).toMatchObject({ role: 'user', text: '/quiz pre [code] zh' });
    const order = ordered(quizItems(loadQuiz(ROOT, brand), 'pre', 'zh'), 4242).map((i) => i.id);
    expect(result.items.map((i: { id: string }) => i.id)).toEqual(order);

    const recorded = await outcomes('twin-quiz', 'cli');
    expect(recorded).toEqual(await outcomes('twin-quiz', 'app'));
    expect(recorded).toEqual([
      expect.objectContaining({
        kind: 'quiz',
        phase: 'pre',
        hits: result.hits,
        misses: result.misses,
        falseAlarms: result.falseAlarms,
        correctRejections: result.correctRejections,
      }),
    ]);
  });

  it('without --session nothing reaches the store', async () => {
    const before = await server.store.outcomes.count();
    const cli = await runCli(['train', 'overseas-service-call', '--answers', '-'], '我挂了\n');
    expect(cli.code).toBe(0);
    expect(await server.store.outcomes.count()).toBe(before);
  });
});
