// Runtime configuration: every environment variable the server reads, read once at start through one zod schema
// (README "Configuration" lists them). An empty variable counts as unset. Paths: the defaults live under the
// project root; a relative path you set is relative to the current directory, like a command-line path.
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/** A configuration the server cannot run with; its message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const count = (d: number) => z.coerce.number().int().nonnegative().default(d);
const positive = (d: number) => z.coerce.number().int().positive().default(d);
const secret = (min: number) => z.string().min(min, `must be at least ${min} characters`).optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  BRAND_FILE: z.string().optional(),
  APP_WEBHOOK_SECRET: secret(1),
  ADMIN_TOKEN: secret(1),
  METRICS_TOKEN: secret(16),
  WIDGET_SECRET: secret(32),
  USER_HASH_SALT: secret(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REPORT_TZ: z.string().optional(),
  TRUST_PROXY: count(0),
  MAX_PAYLOAD_BYTES: positive(16 * 1024),
  MESSAGES_PER_10S: positive(20),
  REQUESTS_PER_MINUTE_PER_IP: positive(600),
  CONNECTIONS_PER_IP: positive(2000),
  APP_MESSAGES_PER_MINUTE_PER_USER: positive(60),
  IDENTITIES_PER_HOUR_PER_IP: positive(120),
  WIDGET_TOKEN_DAYS: positive(30),
});

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
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Signs widget identities. Required with REDIS_URL; the SQLite default generates one and keeps it in its file. */
  widgetSecret?: string;
  /** Key of the hash that stands for a user id everywhere at rest. Required with REDIS_URL, like widgetSecret. */
  userHashSalt?: string;
  logLevel: string;
  /** UTC offset report days are counted in (`+08:00`); UTC when absent. */
  reportTz?: string;
  /** Proxy hops in front of the server whose X-Forwarded-For/-Proto to believe (0: none). */
  trustProxy: number;
  /** Largest websocket frame / JSON body we accept. */
  maxPayloadBytes: number;
  /** Widget messages per identity per 10 s. */
  messagesPer10s: number;
  /** Requests and widget messages per IP per minute, over all channels but the signed webhook. */
  requestsPerMinutePerIp: number;
  /** Widget websocket connections per IP (per instance). */
  connectionsPerIp: number;
  /** Signed webhook messages per userId per minute (the webhook is not limited per IP). */
  appMessagesPerMinutePerUser: number;
  /** New widget identities issued per IP per hour. */
  identitiesPerHourPerIp: number;
  /** A widget token expires this many days after it was issued or last confirmed. */
  widgetTokenDays: number;
}

/** Relative to the current directory when set, else the default under the project root. */
function path(value: string | undefined, root: string, fallback: string): string {
  if (!value) return resolve(root, fallback);
  return isAbsolute(value) ? value : resolve(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv, root: string): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const optional = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : { [key]: v });
  return {
    port: e.PORT,
    host: e.HOST,
    root,
    dataDir: path(e.DATA_DIR, root, 'data'),
    ...optional('redisUrl', e.REDIS_URL),
    brandFile: path(e.BRAND_FILE, root, 'content/brand.yaml'),
    ...optional('appWebhookSecret', e.APP_WEBHOOK_SECRET),
    ...optional('adminToken', e.ADMIN_TOKEN),
    ...optional('metricsToken', e.METRICS_TOKEN),
    ...optional('widgetSecret', e.WIDGET_SECRET),
    ...optional('userHashSalt', e.USER_HASH_SALT),
    logLevel: e.LOG_LEVEL,
    ...optional('reportTz', e.REPORT_TZ),
    trustProxy: e.TRUST_PROXY,
    maxPayloadBytes: e.MAX_PAYLOAD_BYTES,
    messagesPer10s: e.MESSAGES_PER_10S,
    requestsPerMinutePerIp: e.REQUESTS_PER_MINUTE_PER_IP,
    connectionsPerIp: e.CONNECTIONS_PER_IP,
    appMessagesPerMinutePerUser: e.APP_MESSAGES_PER_MINUTE_PER_USER,
    identitiesPerHourPerIp: e.IDENTITIES_PER_HOUR_PER_IP,
    widgetTokenDays: e.WIDGET_TOKEN_DAYS,
  };
}

/** What the terminal commands read from the environment beside the server's variables, through the same schema and
 *  the same path rule: the brand file, the report days' time zone, and NO_COLOR (no-color.org: set means plain). */
export interface CliSettings {
  brandFile: string;
  reportTz?: string;
  noColor: boolean;
}

const cliSchema = envSchema.pick({ BRAND_FILE: true, REPORT_TZ: true }).extend({ NO_COLOR: z.string().optional() });

export function cliSettings(root: string, env: NodeJS.ProcessEnv = process.env): CliSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const e = cliSchema.parse(present);
  return {
    brandFile: path(e.BRAND_FILE, root, 'content/brand.yaml'),
    ...(e.REPORT_TZ === undefined ? {} : { reportTz: e.REPORT_TZ }),
    noColor: e.NO_COLOR !== undefined,
  };
}

/** The variables the schema reads (README's configuration table lists exactly these; a test checks). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);
