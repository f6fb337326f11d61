// The keyed hash that stands for user keys at rest: a pure function of key and value whether or not a value's hash
// is remembered, different under another key, and never the value itself.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyedHash } from '../../src/store/keyed-hash.ts';

const reference = (key: string, value: string) => createHmac('sha256', key).update(value).digest('hex').slice(0, 32);

describe('createKeyedHash', () => {
  it('gives the HMAC-SHA256 prefix of each value, remembered or not, in any order', () => {
    const remembering = createKeyedHash('salt', 2);
    const plain = createKeyedHash('salt');
    // Three values cycling through a memory of two: hits, misses and evictions all give the same answers.
    const values = ['app:u1', 'app:u2', 'app:u3', 'app:u1', 'app:u1', 'app:u3', 'app:u2', 'web:电话 13800138000'];
    for (const v of values) {
      expect(remembering(v)).toBe(reference('salt', v));
      expect(plain(v)).toBe(reference('salt', v));
    }
  });

  it('differs under another key and never holds the value', () => {
    expect(createKeyedHash('a', 10)('app:u1')).not.toBe(createKeyedHash('b', 10)('app:u1'));
    expect(createKeyedHash('a', 10)('13800138000')).not.toContain('13800138000');
  });
});
