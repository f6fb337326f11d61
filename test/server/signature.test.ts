// The app webhook's signature check on its own: the HMAC-SHA256 of the exact body, hex in either case, and nothing
// else accepted (another secret, another body, a truncated or padded digest, another scheme, not a string).
import { describe, expect, it } from 'vitest';
import { signatureValid, signBody } from '../../src/channels/app/signature.ts';

const body = Buffer.from('{"userId":"u1","text":"hi","messageId":"m1"}');
const good = signBody('s3cret', body);

describe('app webhook signature', () => {
  it('accepts the HMAC of the exact body, in lower or upper case hex', () => {
    expect(signatureValid('s3cret', body, good)).toBe(true);
    expect(signatureValid('s3cret', body, `sha256=${good.slice(7).toUpperCase()}`)).toBe(true);
  });

  it('refuses another secret, another body, a bad length, another scheme or a non-string', () => {
    expect(signatureValid('other', body, good)).toBe(false);
    expect(signatureValid('s3cret', Buffer.concat([body, Buffer.from(' ')]), good)).toBe(false);
    expect(signatureValid('s3cret', body, good.slice(0, -1))).toBe(false);
    expect(signatureValid('s3cret', body, `${good}0`)).toBe(false);
    expect(signatureValid('s3cret', body, `${good.slice(0, -1)}g`)).toBe(false);
    expect(signatureValid('s3cret', body, good.replace('sha256=', 'sha1='))).toBe(false);
    expect(signatureValid('s3cret', body, good.slice(7))).toBe(false);
    expect(signatureValid('s3cret', body, undefined)).toBe(false);
    expect(signatureValid('s3cret', body, [good])).toBe(false);
  });
});
