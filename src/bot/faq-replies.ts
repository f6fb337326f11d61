// FAQ answers as replies: small talk and product questions answered by their route, fraud questions ranked
// (with "did you mean" suggestions below high confidence), and the FAQ beside a check when a question held a number.
import type { Locale } from '../content/topics.ts';
import type { Brain } from './brain.ts';
import { type BotReply, quickReply, type TurnEvent } from './types.ts';

/** The FAQ's answer to a message (a `fallback` when nothing matched); records the `faq` event with `stored`, the
 *  message as it may be stored (redact.ts). */
export function answerFaq(brain: Brain, text: string, stored: string, locale: Locale, events: TurnEvent[]): BotReply {
  const a = brain.faq(text, locale);
  // Routed turns are their own line in reports: small talk and product questions are not missing FAQ content.
  events.push({
    type: 'faq',
    matched: a.match !== null,
    // An `other` question (no cue either way) that fell back counts like any fallback: content may be missing.
    ...(a.route === 'product' || a.route === 'smalltalk' ? { route: a.route } : {}),
    ...(a.match ? { id: a.match.id, topics: a.match.topics } : {}),
    question: stored.slice(0, 300),
  });
  if (a.route === 'smalltalk') {
    const o = brain.texts.menu_options;
    return {
      kind: 'info',
      text: a.answer,
      simulation: false,
      quickReplies: [o.check[locale], o.drill[locale], o.faq[locale]].map(quickReply),
    };
  }
  if (a.route === 'product') return { kind: 'info', text: a.answer, simulation: false, faq: null };
  const quick =
    a.confidence === 'high'
      ? undefined
      : (a.suggestions.length
          ? a.suggestions.slice(0, 3)
          : [brain.texts.menu_options.check[locale], brain.texts.menu_options.drill[locale]]
        ).map(quickReply);
  return {
    kind: a.match ? 'faq' : 'fallback',
    text: a.answer,
    simulation: false,
    faq: a.match,
    ...(quick ? { quickReplies: quick } : {}),
  };
}

const QUESTION_CUES = /[?？吗呢嘛]|是真的|是不是|靠谱|可信|怎么办|legit|real|genuine|should i|is it|is this|scam\b/i;

/**
 * "A question holding a number or link also runs the classifier": the FAQ's answer to show after the check when
 * the message reads as a question and the FAQ is confident (no event: the turn is recorded as a check).
 */
export function alsoFaq(brain: Brain, text: string, locale: Locale): BotReply | undefined {
  if (!QUESTION_CUES.test(text)) return undefined;
  const faq = brain.faq(text, locale);
  if (faq.confidence !== 'high' || !faq.match) return undefined;
  return { kind: 'faq', text: `${brain.texts.also_faq[locale]}\n${faq.answer}`, simulation: false, faq: faq.match };
}
