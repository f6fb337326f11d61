// POST /api/app/messages — the in-app support channel. Verifies the signature over the raw body, validates the
// JSON, refuses stale timestamps, then calls conversations.turn directly (an HTTP channel needs no chat framework)
// and answers with the replies it returns. Retries with the same messageId get the first replies again
// (idempotency in the turn runner), so a retry never runs a turn twice; the same id with another text is a 409.
import express, { type Request, type Response, Router } from 'express';
import type { Logger } from '../../ops/log.ts';
import type { RateDecision } from '../../store/index.ts';
import { sendRateLimited } from '../http/limits.ts';
import { wireMessage } from '../botkit.ts';
import { type Conversations, MessageIdReusedError, type TurnResponse } from '../conversation.ts';
import { appMessageSchema, REPLAY_WINDOW_MS, sentAtMs } from './message-schema.ts';
import { signatureValid } from './signature.ts';
import { userKeyOf } from '../user-key.ts';

export interface AppWebhookOptions {
  secret?: string;
  maxPayload: number;
  conversations: Pick<Conversations, 'turn'>;
  /** One message from this user's allowance (the webhook is limited per user, not per IP). */
  limitUser: (userKey: string) => Promise<RateDecision>;
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
    if (Number.isNaN(sent) || Math.abs(Date.now() - sent) > REPLAY_WINDOW_MS) {
      return res.status(401).json({ error: 'stale_request', message: 'sentAt is outside the 5-minute replay window' });
    }
    const userKey = userKeyOf('app', msg.userId);
    let response: TurnResponse;
    try {
      const allowed = await opts.limitUser(userKey);
      if (!allowed.ok) return sendRateLimited(res, allowed.retryAfterMs, 'too many messages for this userId, slow down');
      response = await opts.conversations.turn({
        userKey,
        channel: 'app',
        text: msg.text,
        idempotencyKey: msg.messageId,
        ...(msg.locale ? { locale: msg.locale } : {}),
        ...(msg.session ? { session: msg.session } : {}),
      });
    } catch (err) {
      if (err instanceof MessageIdReusedError) {
        return res.status(409).json({ error: 'message_id_reused', message: err.message });
      }
      // A failed turn (store down, lock timeout) committed nothing: the app's retry with the same messageId runs it.
      opts.log.error({ err }, 'app webhook turn failed');
      return res.status(500).json({ error: 'internal', message: 'the turn failed; retry with the same messageId' });
    }
    const replies = response.replies.map((r) => {
      const { type, text, channelData } = wireMessage(r);
      return { type, text, ...channelData };
    });
    // Sent as is: a POST answer is never revalidated, so no ETag (a SHA-1 of the body) and no content-type lookup.
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    return res.end(JSON.stringify({ replies, replayed: response.replayed }));
  });
  return router;
}
