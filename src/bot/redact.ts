// What of a turn may be kept at rest. Only the user's secrets are masked, and only where they are secrets: codes,
// card and ID numbers the user typed ("[code]"), phone numbers they asked about partly starred with prefix and
// country code readable ("+852 51** **70"); amounts, dialling prefixes and every other character — full-width
// punctuation included — stay as typed. Bot lines are kept as said, except where they quote what the user pasted;
// the brand's official numbers are public and stay whole; drill lines are authored fiction and stay as they are.
// The chat history and the webhook's idempotency records both go through here.
import { indexBrand } from '../classifier/brand-index.ts';
import { phoneKey } from '../classifier/phone-key.ts';
import type { SensitiveSpan } from '../classifier/sensitive.ts';
import type { CheckResult } from '../classifier/types.ts';
import { echoMasker, type MaskOptions, maskUserText } from '../classifier/user-numbers.ts';
import type { Brain } from './brain.ts';
import type { BotReply } from './types.ts';

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

// The last message masked, per brain: a turn stores its user text twice (the chat line, an FAQ event's question).
const lastMasked = new WeakMap<Brain, { text: string; stored: string }>();

/** The user's message as it may be stored. */
export function storedUserText(brain: Brain, text: string): string {
  const last = lastMasked.get(brain);
  if (last?.text === text) return last.stored;
  const stored = maskUserText(text, maskOptions(brain));
  lastMasked.set(brain, { text, stored });
  return stored;
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
  const mask = echoMasker(userText, maskOptions(brain));
  return replies.map((r) =>
    r.simulation ? r : { ...r, text: mask(r.text), ...(r.check ? { check: storedCheck(r.check, mask) } : {}) },
  );
}
