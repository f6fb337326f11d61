// The terminal as a channel: `train` and `quiz` send each line through `conversations.turn`, the one entry point
// the widget and the app webhook use, so a drill or quiz in the terminal is judged, stored and recorded the same way.
// With --session the turns go to the server's store (DATA_DIR or REDIS_URL) under that training cohort; without it,
// to a temporary store deleted when the command ends (nothing is recorded, as before).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Brain } from '../bot/brain.ts';
import { coresOnFirstUse } from '../bot/load-lazy.ts';
import { BOT_TEXTS_FILE, loadBrain } from '../bot/load.ts';
import type { Locale } from '../content/topics.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import { createConversations, type TurnResponse } from '../channels/conversation.ts';
import { userKeyOf } from '../channels/user-key.ts';
import { configFromEnv } from '../config.ts';
import { createLogger } from '../ops/log.ts';
import { createMetrics } from '../ops/metrics.ts';
import type { ScenarioLibrary } from '../scenarios/index.ts';
import { openStore, type StateStore } from '../store/index.ts';
import { serverSecrets } from '../store/server-secrets.ts';
import type { CliIo } from './io.ts';
import { PROJECT_ROOT } from './main.ts';
import { loadBrandFrom } from './options.ts';

export interface TerminalChannel {
  brain: Brain;
  /** What in the content did not load (the quiz's problems when `brain.quiz` is missing). */
  problems: ContentProblem[];
  /** One line the person typed (or a scripted answer, or a start command), as one turn. */
  turn(text: string): Promise<TurnResponse>;
  close(): Promise<void>;
}

export interface TerminalOptions {
  brandFlag?: unknown;
  /** Training cohort: turns go to the real store and outcomes are recorded under it. */
  session?: string;
  /** Drills from the command's content root (loaded, with their problems shown, by the command). */
  drills?: ScenarioLibrary;
}

/** The brain over the command's content root; a root holding only scenarios/ takes the bot's words from the project. */
function terminalBrain(io: CliIo, options: TerminalOptions): ReturnType<typeof loadBrain> {
  const brand = loadBrandFrom(io.root, options.brandFlag);
  const root = existsSync(join(io.root, BOT_TEXTS_FILE)) ? io.root : PROJECT_ROOT;
  // Lazy: a drill never asks the classifier or the FAQ, and loading them would double a short run's start-up.
  return loadBrain(root, brand, coresOnFirstUse, options.drills ? { drills: options.drills } : {});
}

/** The store the turns go to, and how to let go of it. */
async function terminalStore(io: CliIo, session: string | undefined) {
  if (session) {
    const config = configFromEnv(process.env, io.root);
    const store = await openStore({
      dataDir: config.dataDir,
      ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    });
    return { store, config, release: () => store.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'scam-coach-cli-'));
  const store: StateStore = await openStore({ dataDir: dir });
  return {
    store,
    config: {},
    release: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The person at the terminal: one user per OS account (reports count them as one, as the server hashes the key). */
function terminalUser(): string {
  let name = 'cli';
  try {
    name = userInfo().username;
  } catch {}
  return userKeyOf('cli', name);
}

export async function openTerminalChannel(io: CliIo, options: TerminalOptions = {}): Promise<TerminalChannel> {
  const { brain, problems } = terminalBrain(io, options);
  const session = options.session?.slice(0, 64);
  const { store, config, release } = await terminalStore(io, session);
  try {
    const { userHashSalt } = await serverSecrets(store, config);
    const conversations = await createConversations({
      brain,
      store,
      metrics: createMetrics(),
      log: createLogger('silent'),
      userHashSalt,
    });
    const userKey = terminalUser();
    return {
      brain,
      problems,
      turn: (text) =>
        conversations.turn({
          userKey,
          channel: 'cli',
          text,
          ...(session ? { session } : {}),
        }),
      close: release,
    };
  } catch (err) {
    await release();
    throw err;
  }
}

/** The brain's own word for "stop" in `locale` (what a person would type to leave a drill or a quiz). */
export function stopWord(brain: Brain, locale: Locale): string {
  const words = brain.texts.commands.stop;
  const latin = (w: string) => /^[\x20-\x7e]+$/.test(w);
  return words.find((w) => latin(w) === (locale === 'en')) ?? words[0]!;
}
