// A drill over the terminal channel: started with the structured start message, stopped with the brain's own stop
// word, and its summary taken from the turn's events (the same turns and records as in any chat).
import { startCommandText } from '../bot/start-command.ts';
import type { BotReply } from '../bot/types.ts';
import type { TurnResponse } from '../channels/conversation.ts';
import type { Locale } from '../content/topics.ts';
import type { DrillSummary } from '../scenarios/index.ts';
import { stopWord, type TerminalChannel } from './channel.ts';

/** Starts drill `id` in `locale` (a drill nobody answered yet is replaced without being recorded). */
export function startDrill(channel: TerminalChannel, id: string, locale: Locale): Promise<TurnResponse> {
  return channel.turn(startCommandText({ kind: 'drill', scenario: id, locale }));
}

/** The summary a turn's finished (or stopped) drill left, if the drill ended in it. */
export function finishedDrill(response: TurnResponse): DrillSummary | undefined {
  for (const e of response.events ?? []) if (e.type === 'drill-finished') return e.summary;
  return undefined;
}

export function drillReplies(response: TurnResponse): BotReply[] {
  return response.replies.filter((r) => r.drill);
}

/** Stops the drill the way a person in a chat would (it is recorded as not finished) and returns its summary. */
export async function stopDrill(
  channel: TerminalChannel,
  locale: Locale,
): Promise<{ summary: DrillSummary; replies: BotReply[] }> {
  const response = await channel.turn(stopWord(channel.brain, locale));
  const summary = finishedDrill(response);
  if (!summary) throw new Error('the drill did not stop'); // the stop word is a command of the brain: not reached
  return { summary, replies: drillReplies(response) };
}
