// The Botkit controller: one `message` handler for every channel. Botkit stays in this adapter layer; the turn
// itself is the pure brain run by the conversation runner.
import { Botkit, type BotkitMessage, type BotWorker } from 'botkit';
import type { Storage, TurnContext } from 'botbuilder';
import type { WebAdapter } from 'botbuilder-adapter-web';
import type { BotReply, ChannelName } from '../bot/types.ts';
import type { Logger } from '../ops/log.ts';
import type { Conversations } from './conversation.ts';

/** The wire shape of one bot message (widget frame and webhook reply). */
export function wireMessage(r: BotReply, replayed = false) {
  return { type: 'message', text: r.text, channelData: putChannelData({}, r, replayed) };
}

/** The one-level form the app webhook and the widget send: type, text, then the channel fields, in one object. */
export function flatWireMessage(r: BotReply): Record<string, unknown> {
  return putChannelData({ type: 'message', text: r.text }, r, false);
}

/** The reply's channel fields set on `into`, in wire order (set, not spread in: no throwaway object per field). */
function putChannelData(into: Record<string, unknown>, r: BotReply, replayed: boolean): Record<string, unknown> {
  into.role = 'bot';
  into.kind = r.kind;
  into.simulation = r.simulation;
  if (r.quickReplies?.length) into.quickReplies = r.quickReplies;
  if (r.check) into.check = r.check;
  if (r.faq) into.faq = r.faq;
  if (r.drill) into.drill = r.drill;
  if (r.answer) into.answer = true;
  if (r.locale) into.locale = r.locale;
  if (replayed) into.replayed = true;
  return into;
}

// Botkit would load and save its dialog state on every turn. This bot uses no Botkit dialogs (the conversation
// runner keeps the state, under the user lock, in src/store), so that state has nothing to hold: an empty storage
// saves a read per turn without losing anything.
const noDialogState: Storage = {
  read: async () => ({}),
  write: async () => undefined,
  delete: async () => undefined,
};

export async function createController(opts: {
  adapter: WebAdapter;
  conversations: Conversations;
  log: Logger;
}): Promise<{ controller: Botkit; logic: () => (context: TurnContext) => Promise<void> }> {
  const controller = new Botkit({
    adapter: opts.adapter,
    storage: noDialogState,
    disable_webserver: true,
    disable_console: true,
  });
  controller.on('message', async (bot: BotWorker, message: BotkitMessage) => {
    // A throwing handler would become an unhandled rejection inside Botkit: catch and answer politely instead.
    try {
      const userKey = String(message.userKey ?? '');
      if (!userKey) return;
      const { replies, replayed } = await opts.conversations.turn({
        userKey,
        channel: (message.scamChannel as ChannelName) ?? 'web',
        text: String(message.text ?? ''),
        ...(message.locale === 'zh' || message.locale === 'en' ? { locale: message.locale } : {}),
        ...(typeof message.session === 'string' ? { session: message.session } : {}),
        ...(typeof message.messageId === 'string' ? { idempotencyKey: message.messageId } : {}),
      });
      // All of the turn's replies in one sendActivities call (the adapter writes them to a socket at once), through
      // the turn's own context: Botkit's bot.reply would run its send pipeline once per reply, and none is used.
      const context = bot.getConfig('context') as TurnContext;
      await context.sendActivities(replies.map((r) => wireMessage(r, replayed)));
    } catch (err) {
      opts.log.error({ err }, 'turn failed');
      await bot.reply(message, {
        type: 'message',
        text: 'Sorry, something went wrong. Please try again. / 抱歉，出错了，请重试。',
        channelData: { role: 'bot', kind: 'error', simulation: false },
      });
    }
  });
  await new Promise<void>((resolve) => controller.ready(() => resolve()));
  // Botkit's own turn handler, bound, for adapters that take `logic`.
  return { controller, logic: () => controller.handleTurn.bind(controller) };
}
