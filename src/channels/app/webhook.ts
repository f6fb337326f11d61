// POST /api/app/messages — the in-app support channel. Verifies the signature over the raw body, validates the
// JSON, refuses stale timestamps, then runs the turn through Botkit like the widget does. Retries with the same
// messageId get the first replies again (idempotency in the turn runner), so a retry never runs a turn twice.
import express, { type Request, type Response, Router } from 'express';
import type { WebAdapter } from 'botbuilder-adapter-web';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../ops/log.ts';
import { appMessageSchema, REPLAY_WINDOW_MS, sentAtMs } from './message-schema.ts';
import { signatureValid } from './signature.ts';

export interface AppWebhookOptions {
  secret?: string;
  maxPayload: number;
  adapter: WebAdapter;
  logic: () => (context: TurnContext) => Promise<void>;
  log: Logger;
}

export function appWebhookRouter(opts: AppWebhookOptions): Router {
  const router = Router();
  router.post('/api/app/messages', express.raw({ type: () => true, limit: opts.maxPayload }), async (req: Request, res: Response) => {
    if (!opts.secret) {
      return res.status(503).json({ error: 'webhook_disabled', message: 'APP_WEBHOOK_SECRET is not set on this server' });
    }
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!signatureValid(opts.secret, body, req.get('x-signature'))) {
      return res.status(401).json({ error: 'bad_signature', message: 'X-Signature must be sha256=<hex HMAC-SHA256 of the raw body>' });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return res.status(400).json({ error: 'bad_json', message: 'the body is not valid JSON' });
    }
    const parsed = appMessageSchema.safeParse(json);
    if (!parsed.success) {
      return res.status(400).json({
        error: 'bad_request',
        message: 'invalid message',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const msg = parsed.data;
    const sent = sentAtMs(msg.sentAt);
    if (sent !== undefined && (Number.isNaN(sent) || Math.abs(Date.now() - sent) > REPLAY_WINDOW_MS)) {
      return res.status(401).json({ error: 'stale_request', message: 'sentAt is outside the 5-minute replay window' });
    }
    // Botkit's adapter writes the HTTP response itself as a bare array; capture it and answer in our own shape.
    let status = 200;
    let outbound: unknown[] = [];
    const capture = {
      status(code: number) {
        status = code;
        return capture;
      },
      json(value: unknown) {
        outbound = Array.isArray(value) ? value : [];
      },
      end() {},
    };
    const activityBody = {
      type: 'message',
      user: `app:${msg.userId}`,
      text: msg.text,
      userKey: `app:${msg.userId}`,
      scamChannel: 'app',
      messageId: msg.messageId,
      ...(msg.locale ? { locale: msg.locale } : {}),
      ...(msg.session ? { session: msg.session } : {}),
    };
    try {
      await opts.adapter.processActivity({ body: activityBody } as never, capture as never, opts.logic());
    } catch (err) {
      opts.log.error({ err }, 'app webhook turn failed');
      return res.status(500).json({ error: 'internal', message: 'the turn failed; retry with the same messageId' });
    }
    const messages = outbound as Record<string, unknown>[];
    // The Botkit handler catches a failed turn (store down, lock timeout) and answers with an `error` reply, which
    // suits a chat window. To the app it must be a failure, so its retry (same messageId) runs the turn after all.
    if (messages.some((m) => m.kind === 'error')) {
      return res.status(500).json({ error: 'internal', message: 'the turn failed; retry with the same messageId' });
    }
    const replayed = messages.some((m) => m.replayed === true);
    return res.status(status).json({ replies: messages.map(({ replayed: _r, ...m }) => m), replayed });
  });
  return router;
}
