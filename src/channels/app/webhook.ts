// POST /api/app/messages — the in-app support channel. Verifies the signature over the raw body, validates the
// JSON, refuses stale timestamps, then calls conversations.turn directly (an HTTP channel needs no chat framework)
// and answers with the replies it returns. Retries with the same messageId get the first replies again
// (idempotency in the turn runner), so a retry never runs a turn twice; the same id with another text is a 409.
// Served on node's own request handler (appWebhookFastPath) ahead of Express: the route needs no router, body
// parser or per-request header middleware — its headers are the app's, captured once. Requests the fast path does
// not take (compressed or chunked bodies, a body over the limit, a query string) go through the Express route,
// which answers the same way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type Response, Router } from 'express';
import type { Logger } from '../../ops/log.ts';
import type { RateDecision } from '../../store/index.ts';
import { flatWireMessage } from '../botkit.ts';
import { retryAfterSeconds } from '../http/limits.ts';
import { type Conversations, MessageIdReusedError, type TurnRequest, type TurnResponse } from '../conversation.ts';
import { appMessageSchema, REPLAY_WINDOW_MS, sentAtMs } from './message-schema.ts';
import { signatureValid } from './signature.ts';
import { userKeyOf } from '../user-key.ts';

export const APP_WEBHOOK_PATH = '/api/app/messages';

export interface AppWebhookOptions {
  secret?: string;
  maxPayload: number;
  conversations: Pick<Conversations, 'turn'>;
  /** One message from this user's allowance (the webhook is limited per user, not per IP). */
  limitUser: (userKey: string) => Promise<RateDecision>;
  log: Logger;
}

/** An answer to write: status, the JSON body already serialised, and any header of its own. */
interface Answer {
  status: number;
  json: string;
  headers?: Record<string, string>;
}

const error = (status: number, body: Record<string, unknown>, headers?: Record<string, string>): Answer => ({
  status,
  json: JSON.stringify(body),
  ...(headers ? { headers } : {}),
});

/** The webhook's answer to one raw body and its X-Signature header: the HMAC checked once, the JSON parsed once. */
export async function answerAppMessage(opts: AppWebhookOptions, body: Buffer, signature: unknown): Promise<Answer> {
  if (!opts.secret) {
    return error(503, { error: 'webhook_disabled', message: 'APP_WEBHOOK_SECRET is not set on this server' });
  }
  if (!signatureValid(opts.secret, body, signature)) {
    return error(401, {
      error: 'bad_signature',
      message: 'X-Signature must be sha256=<hex HMAC-SHA256 of the raw body>',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return error(400, { error: 'bad_json', message: 'the body is not valid JSON' });
  }
  const parsed = appMessageSchema.safeParse(json);
  if (!parsed.success) {
    return error(400, {
      error: 'bad_request',
      message: 'invalid message',
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const msg = parsed.data;
  const sent = sentAtMs(msg.sentAt);
  if (Number.isNaN(sent) || Math.abs(Date.now() - sent) > REPLAY_WINDOW_MS) {
    return error(401, { error: 'stale_request', message: 'sentAt is outside the 5-minute replay window' });
  }
  const userKey = userKeyOf('app', msg.userId);
  let response: TurnResponse;
  try {
    const allowed = await opts.limitUser(userKey);
    if (!allowed.ok) {
      const message = 'too many messages for this userId, slow down';
      return error(429, { error: 'rate_limited', message }, { 'Retry-After': retryAfterSeconds(allowed.retryAfterMs) });
    }
    const req: TurnRequest = { userKey, channel: 'app', text: msg.text, idempotencyKey: msg.messageId };
    // Set, not spread in: no throwaway object per message.
    if (msg.locale) req.locale = msg.locale;
    if (msg.session) req.session = msg.session;
    response = await opts.conversations.turn(req);
  } catch (err) {
    if (err instanceof MessageIdReusedError) return error(409, { error: 'message_id_reused', message: err.message });
    // A failed turn (store down, lock timeout) committed nothing: the app's retry with the same messageId runs it.
    opts.log.error({ err }, 'app webhook turn failed');
    return error(500, { error: 'internal', message: 'the turn failed; retry with the same messageId' });
  }
  const replies = response.replies.map(flatWireMessage);
  return { status: 200, json: JSON.stringify({ replies, replayed: response.replayed }) };
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** The headers write() sets itself: a captured one of these names would be sent twice. */
const OWN_HEADERS: ReadonlySet<string> = new Set(['content-type', 'content-length']);

/**
 * Written as is: a POST answer is never revalidated, so no ETag (a SHA-1 of the body) and no content-type lookup.
 * Every header goes to node in one writeHead list — no setHeader per header (a name check, a lower-cased key and a
 * pair each) — `flat` first: the fast path's captured headers (name, value, name, value …); none on the Express
 * route, whose middleware set them on the response already (writeHead sends those too, its own list winning a name).
 */
function write(res: ServerResponse, a: Answer, flat: readonly string[] = NO_HEADERS): void {
  const length = String(Buffer.byteLength(a.json));
  if (a.headers) {
    const head = [...flat, 'Content-Type', JSON_TYPE, 'Content-Length', length];
    for (const [k, v] of Object.entries(a.headers)) head.push(k, v);
    res.writeHead(a.status, head);
  } else {
    // The common answer's list kept per captured list, its length filled in: node reads the list in writeHead and
    // keeps none of it (answers are written one at a time).
    let head = heads.get(flat);
    if (!head) {
      head = [...flat, 'Content-Type', JSON_TYPE, 'Content-Length', ''];
      heads.set(flat, head);
    }
    head[head.length - 1] = length;
    res.writeHead(a.status, head);
  }
  res.end(a.json);
}
const NO_HEADERS: readonly string[] = [];
const heads = new WeakMap<readonly string[], string[]>();

/** The Express route, for the requests the fast path leaves to Express (the body parser inflates and limits). */
export function appWebhookRouter(opts: AppWebhookOptions): Router {
  const router = Router();
  router.post(
    APP_WEBHOOK_PATH,
    express.raw({ type: () => true, limit: opts.maxPayload }),
    async (req: Request, res: Response) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      write(res, await answerAppMessage(opts, body, req.get('x-signature')));
    },
  );
  return router;
}

/**
 * node's request handler for the webhook's common case — a POST to the exact path with a plain body of a declared
 * length within the limit — answered without Express; returns false (touching nothing) for any other request.
 * `headers`: what the app's middleware would have set (security headers, CORS), captured once at startup.
 */
export function appWebhookFastPath(
  opts: AppWebhookOptions,
  headers: ReadonlyArray<readonly [string, string]>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const flat = headers.filter(([k]) => !OWN_HEADERS.has(k.toLowerCase())).flat();
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== APP_WEBHOOK_PATH) return false;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding !== 'identity') return false;
    const declared = req.headers['content-length'];
    const length = declared === undefined ? Number.NaN : Number(declared);
    if (!Number.isSafeInteger(length) || length > opts.maxPayload || req.headers['transfer-encoding'] !== undefined) {
      return false;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      answerAppMessage(opts, body, req.headers['x-signature']).then(
        (a) => write(res, a, flat),
        (err: unknown) => {
          opts.log.error({ err }, 'request failed');
          write(res, error(500, { error: 'internal', message: 'internal error' }), flat);
        },
      );
    });
    return true;
  };
}
