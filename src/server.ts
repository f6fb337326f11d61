// Composition root: content → brain, store, Botkit controller with the hardened web adapter, Express 5 app with
// the widget, the app webhook and the JSON endpoints, all on one http server.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { WebSocket } from 'ws';
import { loadBrain } from './bot/load.ts';
import { coresNow } from './bot/load-now.ts';
import { loadEnglish } from './faq/index.ts';
import { createController, flatWireMessage } from './channels/botkit.ts';
import { createConversations } from './channels/conversation.ts';
import { appWebhookFastPath, appWebhookRouter } from './channels/app/webhook.ts';
import { capturedHeaders } from './channels/http/captured-headers.ts';
import { adminRouter } from './channels/http/admin.ts';
import { demoPageRouter } from './channels/http/demo-page.ts';
import { apiRouter } from './channels/http/api.ts';
import { clientIp, perIpLimit, serverLimits } from './channels/http/limits.ts';
import { HardenedWebAdapter } from './channels/web/adapter.ts';
import { renewedToken, verifyToken } from './channels/web/session.ts';
import { widgetRouter } from './channels/web/widget-routes.ts';
import { widgetScript } from './channels/web/widget-strings.ts';
import { migrateLegacyFeedback } from './store/feedback.ts';
import { type Config, ConfigError } from './config.ts';
import { loadBrand } from './content/brand.ts';
import { assertContentChecks } from './ops/content-gate.ts';
import { createLogger, type Logger } from './ops/log.ts';
import { createMetrics } from './ops/metrics.ts';
import { type StoreWatch, watchStore } from './ops/store-watch.ts';
import { openStore, type StateStore } from './store/index.ts';
import { serverSecrets } from './store/server-secrets.ts';
import { userKeyOf } from './channels/user-key.ts';

export interface RunningServer {
  http: Server;
  url: string;
  store: StateStore;
  log: Logger;
  /** The keyed hash that stands for a user key at rest (tests find a user's stored state with it). */
  userHash(userKey: string): string;
  storeWatch: StoreWatch;
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** How often to check that the store still holds this instance's marker (default 5 s). */
  storeCheckMs?: number;
}

/** The store, or one clear line saying why it cannot be reached (no stack trace at startup). */
async function openConfiguredStore(config: Config): Promise<StateStore> {
  try {
    return await openStore({
      dataDir: config.dataDir,
      backgroundCheckpoint: true,
      ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    });
  } catch (err) {
    const reason = (err as { code?: string }).code ?? (err as Error).message;
    if (!config.redisUrl)
      throw new ConfigError(`cannot open the SQLite store in DATA_DIR ${config.dataDir} (${reason})`);
    const url = new URL(config.redisUrl);
    throw new ConfigError(`cannot reach Redis at REDIS_URL ${url.protocol}//${url.host} (${reason})`);
  }
}

/** Listen, or one clear line when the port is taken or not ours to bind. */
function listen(http: Server, config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    http.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new ConfigError(`port ${config.port} on ${config.host} is already in use (PORT)`));
      else if (err.code === 'EACCES') reject(new ConfigError(`no permission to listen on port ${config.port} (PORT)`));
      else reject(new ConfigError(`cannot listen on ${config.host}:${config.port} (${err.code ?? err.message})`));
    });
    http.listen(config.port, config.host, () => resolve());
  });
}

/**
 * Helmet's headers. CSP `upgrade-insecure-requests` only behind TLS (or a trusted proxy that terminates it): served
 * over plain HTTP on a LAN address it made browsers fetch every script over https, which fails.
 */
function securityHeaders(behindProxy: boolean) {
  const secure = helmetFor(true);
  const plain = helmetFor(false);
  return (req: Request, res: Response, next: NextFunction) =>
    (behindProxy || req.secure ? secure : plain)(req, res, next);
}

function helmetFor(upgrade: boolean) {
  return helmet({
    // The widget is embedded on other sites: its script and API must be loadable cross-origin.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': upgrade ? [] : null,
      },
    },
  });
}

/** Public, credential-free endpoints under /api: any embedding site may call them. */
const API_CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, X-Signature, Authorization',
};

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  // Serve only content that `scam-coach content check` accepts: a broken file would otherwise run half the bot
  // (drills offered that cannot end safely, every question falling back) with /healthz saying 200.
  assertContentChecks(config.root, config.brandFile);
  const brand = loadBrand(config.brandFile);
  const { brain } = loadBrain(config.root, brand, coresNow);
  const script = widgetScript(config.root);

  const store = await openConfiguredStore(config);
  let secrets: Awaited<ReturnType<typeof serverSecrets>>;
  try {
    secrets = await serverSecrets(store, config);
  } catch (err) {
    await store.close();
    throw err;
  }
  const { widgetSecret } = secrets;
  const tokenTtlMs = config.widgetTokenDays * 86_400_000;
  const storeWatch = await watchStore(store, log, options.storeCheckMs ?? 5000);
  const durability = await store.persistenceWarning?.();
  if (durability) log.warn({ event: 'store_not_durable' }, durability);
  const migratedVotes = await migrateLegacyFeedback(store);
  if (migratedVotes)
    log.info({ event: 'feedback_migrated', votes: migratedVotes }, 'feedback counts now outcome records');
  const conversations = await createConversations({ brain, store, metrics, log, userHashSalt: secrets.userHashSalt });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy > 0 ? config.trustProxy : false);
  app.use(securityHeaders(config.trustProxy > 0));
  app.use('/api', (req, res, next) => {
    res.set(API_CORS_HEADERS);
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  });
  const limits = serverLimits(config, store.limits, conversations.userHash);
  // The signed webhook is exempt from the per-IP budget: an app backend relays all its users from a few addresses.
  app.use(
    '/api',
    perIpLimit({
      limits: store.limits,
      bucket: limits.ip,
      trustProxy: config.trustProxy,
      skip: (req) => req.method === 'POST' && req.path === '/app/messages',
    }),
  );

  const webhook = {
    secret: config.appWebhookSecret,
    maxPayload: config.maxPayloadBytes,
    conversations,
    limitUser: limits.appUser,
    log,
  };
  // The webhook's common case on node's handler, ahead of Express, with the headers Express would have set (on a
  // plain-HTTP server req.secure is false, so the helmet variant depends on the proxy setting alone).
  const webhookFastPath = appWebhookFastPath(
    webhook,
    capturedHeaders(helmetFor(config.trustProxy > 0), (_req, res, next) => {
      for (const [k, v] of Object.entries(API_CORS_HEADERS)) res.setHeader(k, v);
      next();
    }),
  );
  const http = createServer((req, res) => {
    if (!webhookFastPath(req, res)) app(req, res);
  });
  const adapter = new HardenedWebAdapter({
    server: http,
    path: '/ws',
    maxPayload: config.maxPayloadBytes,
    admit: limits.widgetFrame,
    clientIp: (req) => clientIp(req, config.trustProxy),
    connectionsPerIp: config.connectionsPerIp,
    verify: (token) => verifyToken(widgetSecret, token)?.userId,
    renew: (token) => {
      const verified = verifyToken(widgetSecret, token);
      return verified && renewedToken(widgetSecret, token, verified, tokenTtlMs);
    },
    log,
    metrics,
    onHello: async (userId: string, ws: WebSocket, locale) => {
      const userKey = userKeyOf('web', userId);
      let history = await conversations.history(userKey, locale);
      if (!history.length) {
        // First visit: greet with the menu (and store it, so a reload shows it again). Decided under the user's lock:
        // of two tabs (or instances) saying hello at once, one greets and the others get the greeting as history.
        const greeting = {
          userKey,
          channel: 'web' as const,
          text: '',
          firstVisitOnly: true,
          ...(locale ? { locale } : {}),
        };
        const { replies } = await conversations.turn(greeting);
        if (replies.length) {
          ws.send(JSON.stringify({ type: 'history', messages: [] }));
          for (const r of replies) ws.send(JSON.stringify(flatWireMessage(r)));
          return;
        }
        history = await conversations.history(userKey, locale);
      }
      ws.send(JSON.stringify({ type: 'history', messages: history }));
    },
  });
  const { controller } = await createController({ adapter, conversations, log });

  // The webhook reads its raw body itself (for the signature); JSON parsing for the rest comes after it.
  app.use(appWebhookRouter(webhook));
  app.use(express.json({ limit: config.maxPayloadBytes }));
  app.use(
    apiRouter({
      classifier: brain.classifier,
      metrics,
      store,
      widgetSecret,
      tokenTtlMs,
      metricsToken: config.metricsToken,
      storeWatch,
      // New identities per IP: one address cannot mint hundreds of users to multiply the per-identity limits.
      limitNewIdentity: limits.newIdentity,
    }),
  );
  app.use(widgetRouter({ store, conversations, widgetSecret, script }));
  app.use(
    adminRouter({
      store,
      adminToken: config.adminToken,
      root: config.root,
      reportTz: config.reportTz,
      log,
      ...(brand.facts ? { facts: brand.facts } : {}),
    }),
  );
  app.use(demoPageRouter(config.root, brand)); // the demo page states facts from content/facts.yaml
  app.use(express.static(join(config.root, 'public'), { index: 'index.html', maxAge: '5m' }));
  app.use('/api', (_req, res) => res.status(404).json({ error: 'not_found', message: 'no such endpoint' }));
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? 500;
    if (status >= 500) log.error({ err }, 'request failed');
    const code =
      err.type === 'entity.too.large'
        ? 'payload_too_large'
        : err.type === 'entity.parse.failed'
          ? 'bad_json'
          : status >= 500
            ? 'internal'
            : 'bad_request';
    res.status(status).json({ error: code, message: status >= 500 ? 'internal error' : err.message });
  });

  try {
    await listen(http, config);
  } catch (err) {
    storeWatch.stop();
    await adapter.close();
    await controller.shutdown().catch(() => undefined);
    await store.close();
    throw err;
  }
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  log.info(
    {
      url,
      store: store.kind,
      webhook: config.appWebhookSecret ? 'on' : 'off (set APP_WEBHOOK_SECRET)',
      admin: config.adminToken ? 'on' : 'off (set ADMIN_TOKEN)',
    },
    'scam-coach listening',
  );
  // The FAQ's English dictionary (~0.5–1 s) loads on first need; load it now, in the first idle moment, rather than
  // in the turn of the first misspelt question.
  setImmediate(loadEnglish);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      storeWatch.stop();
      await adapter.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections?.();
      await controller.shutdown().catch(() => undefined);
      await store.close();
    })());
  return { http, url, store, log, userHash: conversations.userHash, storeWatch, close };
}
