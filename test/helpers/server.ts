// Starts a real scam-coach server for tests: port 0 (any free port), a fresh temp data dir, a known webhook secret.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { signBody } from '../../src/channels/app/signature.ts';
import { historyKey, stateKey } from '../../src/channels/conversation.ts';
import { type Config, configFromEnv } from '../../src/config.ts';
import { type RunningServer, type StartOptions, startServer } from '../../src/server.ts';
import { listScenarios, loadScenarios } from '../../src/scenarios/index.ts';
import { brand, ROOT } from './content.ts';

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret';
export const TEST_ADMIN_TOKEN = 'test-admin-token';
/**
 * The secrets every instance on one Redis shares (configuration, as in production). The salt differs per test file
 * (vitest loads this module once per file): files sharing CI's Redis then never share a rate-limit bucket.
 */
export const TEST_WIDGET_SECRET = 'test-widget-secret-0123456789abcdef';
export const TEST_USER_HASH_SALT = `test-user-hash-salt-${randomUUID()}`;

export interface TestServer extends RunningServer {
  config: Config;
}

export async function startTestServer(
  overrides: Partial<Config> = {},
  options: StartOptions = {},
): Promise<TestServer> {
  // A temp data dir of our own is removed again on close (one the caller passes is the caller's).
  const ownDir = overrides.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'scam-coach-test-'));
  const config: Config = {
    ...configFromEnv({}, ROOT),
    port: 0,
    host: '127.0.0.1',
    dataDir: ownDir ?? '',
    appWebhookSecret: TEST_WEBHOOK_SECRET,
    adminToken: TEST_ADMIN_TOKEN,
    logLevel: 'silent',
    ...(overrides.redisUrl ? { widgetSecret: TEST_WIDGET_SECRET, userHashSalt: TEST_USER_HASH_SALT } : {}),
    ...overrides,
  };
  let server: RunningServer;
  try {
    server = await startServer(config, { ...options, log: options.log ?? pino({ level: 'silent' }) });
  } catch (err) {
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    throw err;
  }
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= server.close().finally(() => {
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    }));
  return { ...server, config, close };
}

/** The body with `sentAt` (required by the webhook) set to now, unless the test sets its own or removes it. */
export function withSentAt(body: Record<string, unknown>): Record<string, unknown> {
  return 'sentAt' in body ? body : { ...body, sentAt: Date.now() };
}

/** POST a signed message to the app webhook (`sentAt` added when absent; a string body is sent as it is). */
export async function postAppMessage(
  baseUrl: string,
  body: Record<string, unknown> | string,
  opts: { secret?: string; signature?: string } = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(withSentAt(body));
  return fetch(`${baseUrl}/api/app/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature': opts.signature ?? signBody(opts.secret ?? TEST_WEBHOOK_SECRET, raw),
    },
    body: raw,
  });
}

export interface WireReply {
  type: string;
  text: string;
  role: string;
  kind: string;
  simulation: boolean;
  quickReplies?: { label: string; value: string; note?: string }[];
  drill?: { scenario: string; node: string; kind: string; progress?: { step: number; total: number } };
  [key: string]: unknown;
}

export interface AppReply {
  status: number;
  body: { replies: WireReply[]; replayed: boolean };
}

/** Sends one signed app message and parses the reply (fails the test on a non-JSON answer). */
export async function sendApp(
  baseUrl: string,
  body: { userId: string; text: string; messageId: string } & Record<string, unknown>,
): Promise<AppReply> {
  const res = await postAppMessage(baseUrl, body);
  return { status: res.status, body: (await res.json()) as AppReply['body'] };
}

/**
 * The stored per-user state (src/channels/conversation.ts stateKey), as the turn runner saved it, with the user's
 * stored chat lines (historyKey) as `history`.
 */
export async function readUserState(
  server: Pick<RunningServer, 'store' | 'userHash'>,
  userKey: string,
): Promise<
  | {
      drill: { scenario: string; node: string; turn: number } | null;
      lines: number;
      history: { role: 'bot' | 'user'; text: string; simulation: boolean }[];
    }
  | undefined
> {
  const user = server.userHash(userKey);
  const key = stateKey(user);
  const state = (await server.store.loadState(key)) as object | undefined;
  if (!state) return undefined;
  const history = (await server.store.history.recent(historyKey(user), 10_000)) as never[];
  return { ...(state as { drill: never; lines: number }), history };
}

/** The last drill reply of a turn: where the drill is now. */
export function lastDrill(replies: WireReply[]): NonNullable<WireReply['drill']> | undefined {
  return replies.filter((r) => r.drill).at(-1)?.drill;
}

let titles: Map<string, { zh: string; en: string }> | undefined;
/** The text of the "pick a drill" quick reply a user taps to start scenario `id` (as the bot offers it). */
export function drillStartText(id: string, locale: 'zh' | 'en' = 'en'): string {
  if (!titles) {
    const { library } = loadScenarios(ROOT, brand);
    const en = new Map(listScenarios(library, 'en').map((s) => [s.id, s.title]));
    titles = new Map(listScenarios(library, 'zh').map((s) => [s.id, { zh: s.title, en: en.get(s.id) ?? s.title }]));
  }
  const t = titles.get(id);
  if (!t) throw new Error(`no scenario ${id}`);
  return locale === 'zh' ? `演练：${t.zh}` : `Drill: ${t.en}`;
}

/**
 * A webhook client over a bounded keep-alive connection pool: thousands of requests can be in flight at once
 * (queued in the pool) without thousands of simultaneous TCP connects overflowing the listen backlog (ECONNRESET).
 */
export function appClient(baseUrl: string, maxSockets = 128) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    send(body: { userId: string; text: string; messageId: string } & Record<string, unknown>): Promise<AppReply> {
      const raw = JSON.stringify(withSentAt(body));
      return new Promise((resolve, reject) => {
        const req = request(
          {
            agent,
            hostname,
            port,
            method: 'POST',
            path: '/api/app/messages',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(raw),
              'x-signature': signBody(TEST_WEBHOOK_SECRET, raw),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              try {
                resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
              } catch (err) {
                reject(err);
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(raw);
      });
    },
    close: () => agent.destroy(),
  };
}
