// HMAC-SHA256 over the raw request body, compared in constant time. Header: `X-Signature: sha256=<hex>`.
import { hmacSha256, sameSecret } from '../../store/keyed-hash.ts';

export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${hmacSha256(secret, body, 'hex')}`;
}

export function signatureValid(secret: string, body: Buffer, header: unknown): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  return sameSecret(signBody(secret, body), header.toLowerCase());
}
