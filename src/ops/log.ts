// JSON logs (pino). User text is redacted by callers before it gets here; the redact paths below are a second
// line of defence for fields that must never be logged at all.
import pino, { type DestinationStream, type Logger } from 'pino';

/** `destination`: where the JSON lines go (stdout when absent; tests pass a stream to read them back). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'scam-coach' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-signature"]', 'text', '*.text', 'token', '*.token', 'body'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
