// Keyed hashes (HMAC-SHA256), the one home for them: the user hash below, widget tokens, app webhook signatures and
// the admin cookie all sign with hmacSha256 and compare with sameSecret.
//
// What stands for a user id at rest: HMAC-SHA256 keyed with USER_HASH_SALT. Store keys, lock keys, rate-limit keys
// and report records all use it, so a phone number used as a user id never appears in a row, key name or value,
// and without the key nobody can test guesses against the hashes. 128 bits: no two users share state by collision.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type KeyedHash = (value: string) => string;

export function hmacSha256(key: string, data: string | Buffer, encoding: 'hex' | 'base64url'): string {
  return createHmac('sha256', key).update(data).digest(encoding);
}

/** Constant-time comparison of two strings of any length (their SHA-256 digests are compared). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function createKeyedHash(key: string): KeyedHash {
  return (value) => hmacSha256(key, value, 'hex').slice(0, 32);
}
