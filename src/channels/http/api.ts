// Small JSON endpoints: widget identity, the check form, health, metrics, the OpenAPI document.
import { type Request, Router } from 'express';
import { z } from 'zod';
import type { Classifier } from '../../classifier/index.ts';
import type { Metrics } from '../../ops/metrics.ts';
import type { StoreWatch } from '../../ops/store-watch.ts';
import type { RateDecision, StateStore } from '../../store/index.ts';
import { sameSecret } from '../../store/keyed-hash.ts';
import { openApiDocument } from '../app/openapi.ts';
import { issueIdentity, renewedToken, verifyToken } from '../web/session.ts';
import { sendRateLimited } from './limits.ts';

/** `Authorization: Bearer <expected>`, compared in constant time. */
function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  return sameSecret(given, expected);
}

const checkBody = z.strictObject({ text: z.string().min(1).max(20_000), lang: z.enum(['zh', 'en']).optional() });

export interface ApiDeps {
  classifier: Classifier;
  metrics: Metrics;
  store: StateStore;
  widgetSecret: string;
  /** Lifetime of a widget token. */
  tokenTtlMs: number;
  /** When set, /metrics needs `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string | undefined;
  storeWatch?: Pick<StoreWatch, 'wipedAt'>;
  /** One new widget identity from this client's allowance. */
  limitNewIdentity?: (req: Request) => Promise<RateDecision>;
}

export function apiRouter(deps: ApiDeps): Router {
  const router = Router();
  router.get('/api/widget/session', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    // A widget that already has a token asks to confirm it (same user, history kept; renewed when past half its
    // life) or learn it is invalid or expired.
    const auth = req.get('authorization');
    if (auth) {
      const token = auth.replace(/^Bearer\s+/i, '');
      const verified = verifyToken(deps.widgetSecret, token);
      if (!verified)
        return res.status(401).json({ error: 'invalid-token', message: 'token not valid here, or expired' });
      return res.json({
        userId: verified.userId,
        token: renewedToken(deps.widgetSecret, token, verified, deps.tokenTtlMs),
      });
    }
    const allowed = (await deps.limitNewIdentity?.(req)) ?? { ok: true, retryAfterMs: 0 };
    if (!allowed.ok)
      return sendRateLimited(res, allowed.retryAfterMs, 'too many new widget identities from this address');
    return res.json(issueIdentity(deps.widgetSecret, deps.tokenTtlMs));
  });
  router.post('/api/check', (req, res) => {
    const parsed = checkBody.safeParse(req.body);
    if (!parsed.success) {
      return res
        .status(400)
        .json({ error: 'bad_request', message: 'body must be {"text": "a number, link or message"}' });
    }
    const result = deps.classifier.check(parsed.data.text, parsed.data.lang ? { locale: parsed.data.lang } : {});
    deps.metrics.checks.inc({ verdict: result.verdict, channel: 'http' });
    return res.json(result);
  });
  router.get('/healthz', async (_req, res) => {
    const ok = await deps.store.ping().catch(() => false);
    const wipedAt = deps.storeWatch?.wipedAt;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'store_unreachable',
      store: deps.store.kind,
      // Still serving, but everything stored before this moment is gone: monitoring should see it.
      ...(wipedAt ? { storeWipedAt: new Date(wipedAt).toISOString() } : {}),
    });
  });
  router.get('/metrics', async (req, res) => {
    if (deps.metricsToken && !bearerMatches(req.get('authorization'), deps.metricsToken)) {
      res.set('WWW-Authenticate', 'Bearer realm="scam-coach metrics"');
      return res
        .status(401)
        .json({ error: 'unauthorized', message: 'METRICS_TOKEN is set: send Authorization: Bearer <token>' });
    }
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  router.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  return router;
}
