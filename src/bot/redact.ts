// What of a turn may be kept at rest. Only the user's secrets are masked, and only where they are secrets: codes,
// card and ID numbers the user typed ("[code]"), phone numbers they asked about partly starred with prefix and
// country code readable ("+852 51** **70"); amounts, dialling prefixes and every other character — full-width
// punctuation included — stay as typed. Bot lines are kept as said, except where they quote what the user pasted;
// the brand's official numbers are public and stay whole; drill lines are authored fiction and stay as they are.
// The chat history and the webhook's idempotency records both go through here.
import { indexBrand } from '../classifier/brand-index.ts';
import { phoneKey } from '../classifier/phone-key.ts';
import { findSensitive, type SensitiveSpan } from '../classifier/sensitive.ts';
import type { CheckResult } from '../classifier/types.ts';
import { echoMasker, type MaskOptions, maskUserText } from '../classifier/user-numbers.ts';
import type { Brain } from './brain.ts';
import type { BotReply } from './types.ts';
import { toNfkc } from '../content/normalize.ts';

const options = new WeakMap<Brain, MaskOptions>();

/** Masking options of a brain: its brand's official numbers are kept whole. */
function maskOptions(brain: Brain): MaskOptions {
  let opts = options.get(brain);
  if (!opts) {
    // From the brand itself, not the classifier's context: masking never waits for a classifier built on first use.
    const official = indexBrand(brain.brand).numberKeys;
    opts = { keepPhone: (s: SensitiveSpan) => official.has(phoneKey(s.text).key) };
    options.set(brain, opts);
  }
  return opts;
}

// The last message masked, per brain: a turn stores its user text twice (the chat line, an FAQ event's question)
// and masks its bot texts against it.
const lastMasked = new WeakMap<Brain, { text: string; stored: string; plain: boolean }>();

/**
 * Nothing in the text to mask: NFKC leaves it as typed (so maskUserText's character-by-character reading gives the
 * text itself: a character NFKC changes alone is one no NFKC text holds) and it holds no sensitive span. Most
 * messages hold no number: masking them read the text again, character by character, and the echo masker a third
 * time — both return the text unchanged.
 */
const nothingToMask = (text: string) => toNfkc(text) === text && findSensitive(text).length === 0;

function masked(brain: Brain, text: string): { text: string; stored: string; plain: boolean } {
  const last = lastMasked.get(brain);
  if (last?.text === text) return last;
  const plain = nothingToMask(text);
  const next = { text, stored: plain ? text : maskUserText(text, maskOptions(brain)), plain };
  lastMasked.set(brain, next);
  return next;
}

/** The user's message as it may be stored. */
export function storedUserText(brain: Brain, text: string): string {
  return masked(brain, text).stored;
}

function storedCheck(check: CheckResult, mask: (text: string) => string): CheckResult {
  return {
    ...check,
    input: mask(check.input),
    items: check.items.map((i) => ({ ...i, raw: mask(i.raw), normalized: mask(i.normalized) })),
    phrases: check.phrases.map((p) => ({ ...p, text: mask(p.text) })),
  };
}

/** The replies as they may be stored (and replayed): same shape, what the user pasted (`userText`) masked. */
export function storedReplies(brain: Brain, replies: readonly BotReply[], userText: string): BotReply[] {
  const mask = masked(brain, userText).plain ? (text: string) => text : echoMasker(userText, maskOptions(brain));
  return replies.map((r) =>
    r.simulation ? r : { ...r, text: mask(r.text), ...(r.check ? { check: storedCheck(r.check, mask) } : {}) },
  );
}
