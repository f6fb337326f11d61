// JSON logs (pino). User text is redacted by callers before it gets here; the redact paths below are a second
// line of defence for fields that must never be logged at all.
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'scam-coach' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-signature"]', 'text', '*.text', 'token', '*.token', 'body'],
      censor: '[redacted]',
    },
  });
}
export type { Logger };
