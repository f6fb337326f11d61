// Runtime configuration from the environment (DESIGN.md lists the variables). Read once, at start.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Project root: content/, scenarios/, public/ are read from here. */
  root: string;
  dataDir: string;
  redisUrl?: string;
  brandFile: string;
  appWebhookSecret?: string;
  adminToken?: string;
  logLevel: string;
  /** Largest websocket frame / JSON body we accept. */
  maxPayloadBytes: number;
  /** Messages per connection per 10 s, and per IP per minute over all channels. */
  messagesPer10s: number;
  requestsPerMinutePerIp: number;
  /** Widget websocket connections per IP. */
  connectionsPerIp: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv, root: string): Config {
  const int = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    root,
    dataDir: resolve(root, env.DATA_DIR ?? 'data'),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    brandFile: resolve(root, env.BRAND_FILE ?? 'content/brand.yaml'),
    ...(env.APP_WEBHOOK_SECRET ? { appWebhookSecret: env.APP_WEBHOOK_SECRET } : {}),
    ...(env.ADMIN_TOKEN ? { adminToken: env.ADMIN_TOKEN } : {}),
    logLevel: env.LOG_LEVEL ?? 'info',
    maxPayloadBytes: int(env.MAX_PAYLOAD_BYTES, 16 * 1024),
    messagesPer10s: int(env.MESSAGES_PER_10S, 20),
    requestsPerMinutePerIp: int(env.REQUESTS_PER_MINUTE_PER_IP, 600),
    connectionsPerIp: int(env.CONNECTIONS_PER_IP, 2000),
  };
}
