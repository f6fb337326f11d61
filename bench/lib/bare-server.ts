// The webhook bench's baseline: a bare Express 5 app on 127.0.0.1 answering POST /api/app/messages with a reply
// captured from the real server. It reads the raw body and parses the JSON (as any webhook must) and picks the
// captured reply for that text; no signature, validation, Botkit, brain or storage.
//   node --import tsx bench/lib/bare-server.ts REPLIES.json     (REPLIES.json: {"<text>": <response body>})
import { readFileSync } from 'node:fs';
import express from 'express';

const replies = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, unknown>;
const fallback = Object.values(replies)[0];
const app = express();
app.disable('x-powered-by');
app.post('/api/app/messages', express.raw({ type: () => true, limit: 16 * 1024 }), (req, res) => {
  let text: unknown;
  try {
    text = (JSON.parse(String(req.body)) as { text?: unknown }).text;
  } catch {
    return res.status(400).json({ error: 'bad_json' });
  }
  return res.json(replies[String(text)] ?? fallback);
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `bare express listening: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
  );
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
