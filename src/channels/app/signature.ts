// HMAC-SHA256 over the raw request body, compared in constant time. Header: `X-Signature: sha256=<hex>`.
import { hmacSha256, isHmacSha256 } from '../../store/keyed-hash.ts';

export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${hmacSha256(secret, body, 'hex')}`;
}

export function signatureValid(secret: string, body: Buffer, header: unknown): boolean {
  // The digest's 32 bytes compared in constant time (no hex string built, no extra hashing to equalise lengths).
  return typeof header === 'string' && header.startsWith('sha256=') && isHmacSha256(secret, body, header.slice(7));
}
