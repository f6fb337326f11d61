// How a drill looks in a terminal: the brain's drill replies as lines (the simulation marker on every scammer line,
// coloured only on a terminal), numbered suggestions, and the one-line result.
import type { BotReply } from '../bot/types.ts';
import { cliSettings } from '../config.ts';
import { fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import type { DrillSummary, ScenarioLibrary } from '../scenarios/index.ts';
import type { CliIo } from './io.ts';

export interface Paint {
  marker(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const PLAIN: Paint = { marker: (s) => s, dim: (s) => s, bold: (s) => s };
// Output is made terminal-safe (io.ts escapes every control character except colour: SGR sequences cannot move the
// cursor, clear the screen or retitle the window), so our colours pass and nothing else can drive the terminal.
const ESC = '\x1b';
const ANSI: Paint = {
  // White on red: the simulation marker must be impossible to overlook.
  marker: (s) => `${ESC}[1;97;41m${s}${ESC}[0m`,
  dim: (s) => `${ESC}[2m${s}${ESC}[0m`,
  bold: (s) => `${ESC}[1m${s}${ESC}[0m`,
};

export function paintFor(io: CliIo): Paint {
  const tty = Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  return tty && !cliSettings(io.root).noColor ? ANSI : PLAIN;
}

/** A drill reply as terminal lines (undefined for the brain's other replies: menus and chat hints are for chats). */
export function formatReply(
  library: ScenarioLibrary,
  locale: Locale,
  r: BotReply,
  paint: Paint = PLAIN,
): string | undefined {
  const drill = r.drill;
  if (!drill) return undefined;
  switch (drill.kind) {
    case 'scammer': {
      const progress = fillTemplate(library.texts.progress[locale], {
        step: String(drill.progress?.step ?? 1),
        total: String(drill.progress?.total ?? 1),
      });
      const marker = drill.marker ?? '';
      const line = marker && r.text.startsWith(marker) ? r.text.slice(marker.length).trimStart() : r.text;
      const lines = [paint.dim(`── ${progress} ──`), `${paint.marker(marker)} ${line}`];
      for (const [i, q] of (r.quickReplies ?? []).entries()) lines.push(paint.dim(`   ${i + 1}) ${q.label}`));
      return lines.join('\n');
    }
    case 'ending':
      return paint.bold(r.text);
    case 'debrief':
      return `\n${r.text}\n`;
    default: // drill-open, drill-close
      return paint.dim(`ℹ ${r.text}`);
  }
}

/** Flags shown in the run: spotted, avoided (got past safely without naming them) and missed. */
export function shownCount(s: DrillSummary): number {
  return s.redFlags.spotted.length + s.redFlags.avoided.length + s.redFlags.missed.length;
}

export function summaryLine(s: DrillSummary): string {
  const { spotted, avoided, missed } = s.redFlags;
  const flags = `spotted ${spotted.length}/${shownCount(s)}${avoided.length ? `, avoided ${avoided.length}` : ''}`;
  return `${s.scenario}: ${s.outcome}, score ${s.score}, ${flags}${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`;
}
