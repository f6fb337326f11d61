// A small websocket client for the widget channel: connects with a token, records every frame, waits for frames.
import { WebSocket } from 'ws';

export interface Frame {
  type: string;
  text?: string;
  code?: string;
  kind?: string;
  role?: string;
  simulation?: boolean;
  messages?: { role: string; text: string; simulation: boolean }[];
  [key: string]: unknown;
}

export interface WidgetSocket {
  ws: WebSocket;
  frames: Frame[];
  send(frame: unknown): void;
  /** Resolves with the first frame (at index ≥ `from`) matching `pred`; rejects after `timeoutMs`. */
  waitFor(pred: (f: Frame) => boolean, opts?: { from?: number; timeoutMs?: number }): Promise<Frame>;
  /** Resolves when the server closes the socket, with the close code. */
  closed: Promise<number>;
  close(): Promise<void>;
}

export function wsUrl(baseUrl: string, token?: string): string {
  const u = new URL('/ws', baseUrl.replace(/^http/, 'ws'));
  if (token !== undefined) u.searchParams.set('token', token);
  return u.toString();
}

export async function widgetIdentity(baseUrl: string): Promise<{ userId: string; token: string }> {
  const res = await fetch(`${baseUrl}/api/widget/session`);
  if (res.status !== 200) throw new Error(`widget session: ${res.status}`);
  return (await res.json()) as { userId: string; token: string };
}

/** The outcome of a handshake: `open`, or the HTTP status the server refused it with. */
export function handshake(url: string, timeoutMs = 5000): Promise<{ open: true } | { open: false; status: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error('handshake timed out'));
    }, timeoutMs);
    ws.once('open', () => {
      clearTimeout(timer);
      ws.close();
      resolve({ open: true });
    });
    ws.once('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      res.resume();
      ws.terminate();
      resolve({ open: false, status: res.statusCode ?? 0 });
    });
    ws.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export function connectWidget(url: string): Promise<WidgetSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const frames: Frame[] = [];
    const waiters = new Set<() => void>();
    ws.on('message', (data) => {
      frames.push(JSON.parse(String(data)) as Frame);
      for (const w of [...waiters]) w();
    });
    const closed = new Promise<number>((res) => ws.once('close', (code) => res(code)));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
    ws.once('open', () => {
      ws.removeListener('error', reject);
      ws.on('error', () => {}); // a socket the server closes (1009) may also report an error: the test reads `closed`
      resolve({
        ws,
        frames,
        closed,
        send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
        waitFor(pred, { from = 0, timeoutMs = 5000 } = {}) {
          return new Promise((res, rej) => {
            const check = () => {
              const hit = frames.slice(from).find(pred);
              if (!hit) return false;
              cleanup();
              res(hit);
              return true;
            };
            const timer = setTimeout(() => {
              cleanup();
              rej(
                new Error(
                  `no matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames.slice(from)).slice(0, 500)}`,
                ),
              );
            }, timeoutMs);
            const cleanup = () => {
              clearTimeout(timer);
              waiters.delete(waiter);
            };
            const waiter = () => void check();
            if (!check()) waiters.add(waiter);
          });
        },
        async close() {
          if (ws.readyState === WebSocket.CLOSED) return;
          ws.close();
          await closed;
        },
      });
    });
  });
}
