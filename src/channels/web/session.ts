// Widget identities are issued by the server: "<id>.<expires>.<hmac>" (expires: epoch ms in base 36). The client
// keeps the token; the server trusts only ids whose signature checks out and whose token has not expired, never a
// `user` field sent by the client (Botkit's web adapter would). A token in use is renewed once it is past half its
// life, so a returning user keeps their history while a leaked token stops working.
import { randomBytes } from 'node:crypto';
import { hmacSha256, sameSecret } from '../../store/keyed-hash.ts';

export interface WidgetIdentity {
  userId: string;
  token: string;
}

export interface VerifiedToken {
  userId: string;
  expiresAt: number;
}

function sign(secret: string, userId: string, expires: string): string {
  return hmacSha256(secret, `widget:${userId}:${expires}`, 'base64url');
}

export function tokenFor(secret: string, userId: string, ttlMs: number, now = Date.now()): string {
  const expires = (now + ttlMs).toString(36);
  return `${userId}.${expires}.${sign(secret, userId, expires)}`;
}

export function issueIdentity(secret: string, ttlMs: number, now = Date.now()): WidgetIdentity {
  const userId = `w_${randomBytes(12).toString('base64url')}`;
  return { userId, token: tokenFor(secret, userId, ttlMs, now) };
}

/** The user id and expiry inside a valid, unexpired token, or undefined. Constant-time signature comparison. */
export function verifyToken(secret: string, token: unknown, now = Date.now()): VerifiedToken | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [userId, expires, signature] = parts as [string, string, string];
  if (!/^w_[A-Za-z0-9_-]{8,40}$/.test(userId) || !/^[0-9a-z]{1,12}$/.test(expires)) return undefined;
  if (!sameSecret(signature, sign(secret, userId, expires))) return undefined;
  const expiresAt = Number.parseInt(expires, 36);
  return expiresAt > now ? { userId, expiresAt } : undefined;
}

/** The same token while it has more than half its life left, else a renewed one for the same user. */
export function renewedToken(
  secret: string,
  token: string,
  verified: VerifiedToken,
  ttlMs: number,
  now = Date.now(),
): string {
  return verified.expiresAt - now > ttlMs / 2 ? token : tokenFor(secret, verified.userId, ttlMs, now);
}
