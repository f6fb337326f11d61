// The headers a header-only middleware (helmet, the /api CORS headers) sets, captured once by running it against a
// recording response: a route served outside Express (the app webhook's fast path) sends the same headers without
// running the middleware on every request. Only for middleware whose headers do not depend on the request.
import type { IncomingMessage, ServerResponse } from 'node:http';

type HeaderMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export function capturedHeaders(...middleware: HeaderMiddleware[]): Array<readonly [string, string]> {
  const headers = new Map<string, readonly [string, string]>();
  const res = {
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), [name, String(value)]);
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase())?.[1];
    },
  };
  const req = { method: 'POST', url: '/', headers: {} };
  for (const m of middleware) {
    let called = false;
    m(req as unknown as IncomingMessage, res as unknown as ServerResponse, (err) => {
      if (err) throw err;
      called = true;
    });
    // A middleware that answered or went async is not header-only: refuse rather than serve without its headers.
    if (!called) throw new Error('capturedHeaders: the middleware did not call next() at once');
  }
  return [...headers.values()];
}
