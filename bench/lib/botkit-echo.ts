// The webhook bench's second baseline: a bare Botkit 4 echo bot behind botbuilder-adapter-web's webhook mode on an
// Express 5 app (POST /api/messages {type, user, text} → the replies in the HTTP response). Botkit's defaults
// (in-memory storage, its dialog state loaded and saved per turn); no signature, brain or durable storage.
//   node --import tsx bench/lib/botkit-echo.ts
import { WebAdapter } from 'botbuilder-adapter-web';
import { Botkit } from 'botkit';
import express from 'express';

const adapter = new WebAdapter({ noServer: true });
const controller = new Botkit({ adapter, disable_webserver: true, disable_console: true });
controller.on('message', async (bot, message) => {
  await bot.reply(message, { type: 'message', text: String(message.text ?? '') });
});
await new Promise<void>((resolve) => controller.ready(() => resolve()));
const logic = controller.handleTurn.bind(controller);

const app = express();
app.disable('x-powered-by');
app.post('/api/messages', express.json({ limit: '16kb' }), (req, res) => {
  adapter.processActivity(req as never, res as never, logic).catch(() => res.status(500).end());
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `botkit echo listening: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
  );
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
