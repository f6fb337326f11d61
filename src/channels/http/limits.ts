// Per-IP limits for HTTP and the websocket, on the store's rate limiter (shared by every instance on Redis). One
// rule for the client address on both, and one 429 shape with Retry-After.
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../../config.ts';
import type { RateBucket, RateDecision, RateLimiter } from '../../store/index.ts';
import { userKeyOf } from '../user-key.ts';

/**
 * The client address: the peer, or with `trustProxy` hops of proxies in front, the address the farthest trusted
 * proxy saw (Express's `trust proxy` = n, so req.ip and this agree).
 */
export function clientIp(req: IncomingMessage, trustProxy: number): string {
  const peer = req.socket.remoteAddress ?? '?';
  if (trustProxy <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [peer, ...forwarded.reverse()];
  return chain[Math.min(trustProxy, chain.length - 1)]!;
}

/** The Retry-After header's value (whole seconds, at least 1) for a refusal that clears in `retryAfterMs`. */
export const retryAfterSeconds = (retryAfterMs: number): string => String(Math.max(1, Math.ceil(retryAfterMs / 1000)));

export function sendRateLimited(res: Response, retryAfterMs: number, message = 'too many requests, slow down'): void {
  res.set('Retry-After', retryAfterSeconds(retryAfterMs));
  res.status(429).json({ error: 'rate_limited', message });
}

/** The bucket of one client address (hashed: IPs are personal data too). */
export type IpBucket = (ip: string) => RateBucket;

/** Express middleware: one request from the client's IP bucket, or 429. `skip` exempts requests limited otherwise. */
export function perIpLimit(opts: {
  limits: RateLimiter;
  bucket: IpBucket;
  trustProxy: number;
  skip?: (req: Request) => boolean;
}) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (opts.skip?.(req)) return next();
    try {
      const decision = await opts.limits.take([opts.bucket(clientIp(req, opts.trustProxy))]);
      if (decision.ok) return next();
      sendRateLimited(res, decision.retryAfterMs);
    } catch (err) {
      next(err);
    }
  };
}

const FRAME_KEYS_KEPT = 10_000;

/**
 * Every limit of the server in one place, keyed by keyed hashes (never a raw user id or IP):
 * - `ip`: /api requests and widget messages of one client address share one budget per minute;
 * - `widgetFrame`: a widget frame takes from its identity's bucket (per 10 s) and its IP's;
 * - `newIdentity`: new widget identities per IP per hour;
 * - `appUser`: signed webhook messages per userId per minute (the webhook is not limited per IP).
 */
export function serverLimits(config: Config, limits: RateLimiter, hash: (value: string) => string) {
  const ip: IpBucket = (address) => ({
    key: `ip:${hash(`ip:${address}`)}`,
    limit: config.requestsPerMinutePerIp,
    periodMs: 60_000,
  });
  // A widget socket sends many frames with one identity and address: their two bucket keys are hashed once.
  const frameKeys = new Map<string, readonly [string, string]>();
  const widgetKeys = (userId: string, address: string): readonly [string, string] => {
    const id = `${userId}\n${address}`;
    let keys = frameKeys.get(id);
    if (!keys) {
      keys = [`ws-user:${hash(userKeyOf('web', userId))}`, ip(address).key];
      if (frameKeys.size >= FRAME_KEYS_KEPT) frameKeys.delete(frameKeys.keys().next().value!);
      frameKeys.set(id, keys);
    }
    return keys;
  };
  return {
    ip,
    widgetFrame: (userId: string, address: string): Promise<RateDecision> => {
      const [user, byIp] = widgetKeys(userId, address);
      return limits.take([
        { key: user, limit: config.messagesPer10s, periodMs: 10_000 },
        { key: byIp, limit: config.requestsPerMinutePerIp, periodMs: 60_000 },
      ]);
    },
    newIdentity: (req: IncomingMessage): Promise<RateDecision> =>
      limits.take([
        {
          key: `ids:${hash(`ip:${clientIp(req, config.trustProxy)}`)}`,
          limit: config.identitiesPerHourPerIp,
          periodMs: 3_600_000,
        },
      ]),
    appUser: (userKey: string): Promise<RateDecision> =>
      limits.take([{ key: `app-user:${hash(userKey)}`, limit: config.appMessagesPerMinutePerUser, periodMs: 60_000 }]),
  };
}
