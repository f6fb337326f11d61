// Starts a real scam-coach server for tests: port 0 (any free port), a fresh temp data dir, a known webhook secret.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { signBody } from '../../src/channels/app/signature.ts';
import { type Config, configFromEnv } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { ROOT } from './content.ts';

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret';
export const TEST_ADMIN_TOKEN = 'test-admin-token';

export interface TestServer extends RunningServer {
  config: Config;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config: Config = {
    ...configFromEnv({}, ROOT),
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(join(tmpdir(), 'scam-coach-test-')),
    appWebhookSecret: TEST_WEBHOOK_SECRET,
    adminToken: TEST_ADMIN_TOKEN,
    logLevel: 'silent',
    ...overrides,
  };
  const server = await startServer(config, { log: pino({ level: 'silent' }) });
  return { ...server, config };
}

/** POST a signed message to the app webhook. */
export async function postAppMessage(
  baseUrl: string,
  body: Record<string, unknown> | string,
  opts: { secret?: string; signature?: string } = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${baseUrl}/api/app/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': opts.signature ?? signBody(opts.secret ?? TEST_WEBHOOK_SECRET, raw) },
    body: raw,
  });
}
