// A fresh secret: 256 random bits, URL-safe text. Stores keep the first one ever created under a name.
import { randomBytes } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
