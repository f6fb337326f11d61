// Keyed hashes (HMAC-SHA256), the one home for them: the user hash below, widget tokens, app webhook signatures and
// the admin cookie all sign with hmacSha256 and compare with sameSecret.
//
// What stands for a user id at rest: HMAC-SHA256 keyed with USER_HASH_SALT. Store keys, lock keys, rate-limit keys
// and report records all use it, so a phone number used as a user id never appears in a row, key name or value,
// and without the key nobody can test guesses against the hashes. 128 bits: no two users share state by collision.
import { createHash, createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

export type KeyedHash = (value: string) => string;

// A key string imported once (createHmac would import it on every call): the few secrets of a server, kept in
// insertion order and capped, so tests that start many servers with fresh secrets do not grow it without bound.
const KEYS_KEPT = 64;
const imported = new Map<string, KeyObject>();

function keyObject(key: string): KeyObject {
  let k = imported.get(key);
  if (!k) {
    k = createSecretKey(Buffer.from(key, 'utf8'));
    if (imported.size >= KEYS_KEPT) imported.delete(imported.keys().next().value!);
    imported.set(key, k);
  }
  return k;
}

export function hmacSha256(key: string, data: string | Buffer, encoding: 'hex' | 'base64url'): string {
  return createHmac('sha256', keyObject(key)).update(data).digest(encoding);
}

/** Constant-time check that `hex` (64 hex digits, either case) is the HMAC-SHA256 of `data`: bytes against bytes. */
export function isHmacSha256(key: string, data: string | Buffer, hex: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  return timingSafeEqual(createHmac('sha256', keyObject(key)).update(data).digest(), Buffer.from(hex, 'hex'));
}

/** Constant-time comparison of two strings of any length (their SHA-256 digests are compared). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The keyed hash of `key`. `remember`: how many recent values keep their hash (user keys: a user's every message
 * hashes the same key, once for the rate limit and once for the turn); texts and message ids are never remembered.
 */
export function createKeyedHash(key: string, remember = 1): KeyedHash {
  const k = createSecretKey(Buffer.from(key, 'utf8'));
  // Insertion order: past `remember` entries the oldest goes (a user who keeps writing is simply hashed again).
  const known = new Map<string, string>();
  return (value) => {
    let hash = known.get(value);
    if (hash === undefined) {
      hash = createHmac('sha256', k).update(value).digest('hex').slice(0, 32);
      if (known.size >= remember) known.delete(known.keys().next().value!);
      known.set(value, hash);
    }
    return hash;
  };
}
