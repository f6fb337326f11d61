// Composition root: content → brain, store, Botkit controller with the hardened web adapter, Express 5 app with
// the widget, the app webhook and the JSON endpoints, all on one http server.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import type { WebSocket } from 'ws';
import { loadBrain } from './bot/load.ts';
import { wireMessage, createController } from './channels/botkit.ts';
import { createConversations } from './channels/conversation.ts';
import { appWebhookRouter } from './channels/app/webhook.ts';
import { adminRouter } from './channels/http/admin.ts';
import { demoPageRouter } from './channels/http/demo-page.ts';
import { apiRouter } from './channels/http/api.ts';
import { HardenedWebAdapter } from './channels/web/adapter.ts';
import { verifyToken } from './channels/web/session.ts';
import type { Config } from './config.ts';
import { loadBrand } from './content/brand.ts';
import { formatProblem } from './content/yaml-source.ts';
import { createLogger, type Logger } from './ops/log.ts';
import { createMetrics } from './ops/metrics.ts';
import { openStore, type StateStore } from './store/index.ts';

export interface RunningServer {
  http: Server;
  url: string;
  store: StateStore;
  log: Logger;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: { log?: Logger } = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const brand = loadBrand(config.brandFile);
  const { brain, problems } = loadBrain(config.root, brand);
  for (const p of problems) log.warn({ problem: formatProblem(p) }, 'content problem (the rest of the content is served)');

  const store = await openStore({ dataDir: config.dataDir, ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}) });
  const conversations = await createConversations({ brain, store, metrics, log });
  const widgetSecret = await store.secret('widget-identity');

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY === '1' ? 1 : false);
  app.use(
    helmet({
      // The widget is embedded on other sites: its script and API must be loadable cross-origin.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use('/api', (req, res, next) => {
    // Public, credential-free endpoints: any embedding site may call them.
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Allow-Headers', 'Content-Type, X-Signature, Authorization');
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  });
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: config.requestsPerMinutePerIp,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => res.status(429).json({ error: 'rate_limited', message: 'too many requests, slow down' }),
    }),
  );

  const http = createServer(app);
  const adapter = new HardenedWebAdapter({
    server: http,
    path: '/ws',
    maxPayload: config.maxPayloadBytes,
    messagesPer10s: config.messagesPer10s,
    connectionsPerIp: config.connectionsPerIp,
    verify: (token) => verifyToken(widgetSecret, token),
    log,
    metrics,
    onHello: async (userId: string, ws: WebSocket, locale) => {
      const userKey = `web:${userId}`;
      let history = await conversations.history(userKey, locale);
      if (!history.length) {
        // First visit: greet with the menu (and store it, so a reload shows it again). Decided under the user's lock:
        // of two tabs (or instances) saying hello at once, one greets and the others get the greeting as history.
        const greeting = { userKey, channel: 'web' as const, text: '', firstVisitOnly: true, ...(locale ? { locale } : {}) };
        const { replies } = await conversations.turn(greeting);
        if (replies.length) {
          ws.send(JSON.stringify({ type: 'history', messages: [] }));
          for (const r of replies) {
            const m = wireMessage(r);
            ws.send(JSON.stringify({ type: m.type, text: m.text, ...m.channelData }));
          }
          return;
        }
        history = await conversations.history(userKey, locale);
      }
      ws.send(JSON.stringify({ type: 'history', messages: history }));
    },
  });
  const { controller, logic } = await createController({ adapter, conversations, log });

  // The webhook reads its raw body itself (for the signature); JSON parsing for the rest comes after it.
  app.use(appWebhookRouter({ secret: config.appWebhookSecret, maxPayload: config.maxPayloadBytes, adapter, logic, log }));
  app.use(express.json({ limit: config.maxPayloadBytes }));
  app.use(apiRouter({ classifier: brain.classifier, metrics, store, widgetSecret }));
  app.use(adminRouter({ store, adminToken: config.adminToken, root: config.root, ...(brand.facts ? { facts: brand.facts } : {}), log }));
  app.use(demoPageRouter(config.root, brand)); // the demo page states facts from content/facts.yaml
  app.use(express.static(join(config.root, 'public'), { index: 'index.html', maxAge: '5m' }));
  app.use('/api', (_req, res) => res.status(404).json({ error: 'not_found', message: 'no such endpoint' }));
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? 500;
    if (status >= 500) log.error({ err }, 'request failed');
    const code = err.type === 'entity.too.large' ? 'payload_too_large' : err.type === 'entity.parse.failed' ? 'bad_json' : status >= 500 ? 'internal' : 'bad_request';
    res.status(status).json({ error: code, message: status >= 500 ? 'internal error' : err.message });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  log.info(
    { url, store: store.kind, webhook: config.appWebhookSecret ? 'on' : 'off (set APP_WEBHOOK_SECRET)', admin: config.adminToken ? 'on' : 'off (set ADMIN_TOKEN)' },
    'scam-coach listening',
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await adapter.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections?.();
      await controller.shutdown().catch(() => undefined);
      await store.close();
    })());
  return { http, url, store, log, close };
}
