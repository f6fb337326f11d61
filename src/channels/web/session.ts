// Widget identities are issued by the server: "<id>.<hmac>". The client keeps the token; the server trusts only
// ids whose signature checks out, never a `user` field sent by the client (Botkit's web adapter would).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface WidgetIdentity {
  userId: string;
  token: string;
}

function sign(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`widget:${userId}`).digest('base64url');
}

export function issueIdentity(secret: string): WidgetIdentity {
  const userId = `w_${randomBytes(12).toString('base64url')}`;
  return { userId, token: `${userId}.${sign(secret, userId)}` };
}

/** The user id inside a valid token, or undefined. Constant-time comparison of the signature. */
export function verifyToken(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const userId = token.slice(0, dot);
  if (!/^w_[A-Za-z0-9_-]{8,40}$/.test(userId)) return undefined;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(secret, userId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : undefined;
}
