// The brain's own replies outside drills: the menu, what to do next, a check's verdict and details.
import { extend } from '../content/clone.ts';
import type { Locale } from '../content/topics.ts';
import type { Brain } from './brain.ts';
import { formatCheckDetails, formatVerdict } from './format.ts';
import { say } from './lookups.ts';
import { type BotReply, type QuickReply, quickReply } from './types.ts';

export function menuReplies(brain: Brain, locale: Locale, withWelcome: boolean): BotReply[] {
  const t = brain.texts;
  const o = t.menu_options;
  const replies: BotReply[] = [];
  if (withWelcome) replies.push({ kind: 'welcome', text: say(brain, locale, t.welcome[locale]), simulation: false });
  replies.push({
    kind: 'menu',
    text: say(brain, locale, t.menu_prompt[locale]),
    simulation: false,
    quickReplies: [o.check[locale], o.drill[locale], o.faq[locale], o.lang[locale]].map(quickReply),
  });
  return replies;
}

/** After a debrief or a quiz result: what to do next (the same drill again when there was one). */
export function followUps(brain: Brain, locale: Locale, again?: QuickReply): BotReply {
  const f = brain.texts.follow_up;
  const another = { label: f.another[locale], value: brain.texts.menu_options.drill[locale] };
  return {
    kind: 'menu',
    text: f.prompt[locale],
    simulation: false,
    quickReplies: [
      ...(again ? [again] : []),
      another,
      ...(brain.quiz ? [quickReply(f.quiz[locale])] : []),
      quickReply(f.menu[locale]),
    ],
  };
}

/** A check as two replies: the verdict and what to do first, then the details (the check record on the first). */
export function checkReplies(
  brain: Brain,
  result: ReturnType<Brain['classifier']['check']>,
  locale: Locale,
): BotReply[] {
  const details = formatCheckDetails(result, brain.texts.check_title[locale]);
  return [
    { kind: 'check', text: formatVerdict(result), simulation: false, check: result },
    ...(details ? [{ kind: 'check' as const, text: details, simulation: false }] : []),
  ];
}

/** Marks the turn's answer (the last check, FAQ answer or fallback) so channels can ask whether it helped. */
export function markAnswer(replies: BotReply[]): BotReply[] {
  const i = replies.findLastIndex((r) => r.kind === 'check' || r.kind === 'faq' || r.kind === 'fallback');
  if (i >= 0) replies[i] = extend(replies[i]!, { answer: true as const });
  return replies;
}
