// What stands for a user id at rest: HMAC-SHA256 keyed with USER_HASH_SALT. Store keys, lock keys, rate-limit keys
// and report records all use it, so a phone number used as a user id never appears in a row, key name or value,
// and without the key nobody can test guesses against the hashes. 128 bits: no two users share state by collision.
import { createHmac } from 'node:crypto';

export type KeyedHash = (value: string) => string;

export function createKeyedHash(key: string): KeyedHash {
  return (value) => createHmac('sha256', key).update(value).digest('hex').slice(0, 32);
}
