// The widget bench's baseline: a bare `ws` server on 127.0.0.1 that answers every JSON `message` frame with one
// `message` frame carrying the same text (no token check, brain, lock or storage).
//   node --import tsx bench/lib/ws-echo.ts
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({ server, path: '/ws', maxPayload: 16 * 1024 });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    let frame: { type?: unknown; text?: unknown };
    try {
      frame = JSON.parse(String(data)) as typeof frame;
    } catch {
      return;
    }
    if (frame.type === 'message') ws.send(JSON.stringify({ type: 'message', text: String(frame.text ?? '') }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`ws echo listening: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => {
  for (const c of wss.clients) c.terminate();
  server.close();
});
