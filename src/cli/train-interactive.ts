// `scam-coach train ID` typed in a terminal: the drill's replies as they come, a number picks a suggestion (its value
// is sent), Ctrl-C or the end of input stops the drill (exit 130), and --json ends with the summary.
import type { BotReply } from '../bot/types.ts';
import { detectLocale } from '../content/lang.ts';
import type { Locale } from '../content/topics.ts';
import type { DrillSummary } from '../scenarios/index.ts';
import type { TerminalChannel } from './channel.ts';
import { drillReplies, finishedDrill, startDrill, stopDrill } from './drill-turns.ts';
import { formatReply, paintFor } from './drill-view.ts';
import { type CliIo, print } from './io.ts';
import { terminalInput } from './terminal-input.ts';

export async function runInteractive(
  io: CliIo,
  channel: TerminalChannel,
  id: string,
  lang: Locale | undefined,
  json: boolean,
): Promise<number> {
  const paint = paintFor(io);
  const input = terminalInput(io);
  const library = channel.brain.drills;
  let locale: Locale = lang ?? 'zh';
  let quick: BotReply['quickReplies'] = [];
  const show = (replies: BotReply[]) => {
    for (const r of replies) print(io, formatReply(library, locale, r, paint)!);
    quick = replies.findLast((r) => r.drill?.kind === 'scammer')?.quickReplies ?? quick;
  };
  const start = (l: Locale) => startDrill(channel, id, l);
  const finish = (summary: DrillSummary, code: number) => {
    if (json) print(io, JSON.stringify(summary));
    return code;
  };
  try {
    show(drillReplies(await start(locale)));
    let answered = false;
    for (;;) {
      const line = await input.next('> ');
      if (line === null) {
        // Ctrl-C or end of input: the drill is stopped like in a chat, its notice in the drill's language.
        print(io, '');
        const stopped = await stopDrill(channel, locale);
        show(stopped.replies);
        return finish(stopped.summary, 130);
      }
      // "1" picks the first suggestion: its value is what is sent.
      const pick = /^\s*(\d+)\s*$/.exec(line);
      const picked = pick ? quick?.[Number(pick[1]) - 1] : undefined;
      const answer = picked?.value ?? line;
      if (picked) print(io, paint.dim(`  → ${picked.label}`));
      if (!answer.trim()) continue;
      // Without --lang the first answer decides the language: the untouched drill restarts in it (nothing recorded).
      if (!lang && !answered && !picked) {
        const detected = detectLocale(answer, locale);
        if (detected !== locale) {
          locale = detected;
          await start(locale);
        }
      }
      answered = true;
      const response = await channel.turn(answer);
      show(drillReplies(response));
      const summary = finishedDrill(response);
      if (summary) return finish(summary, 0);
    }
  } finally {
    input.close();
  }
}
