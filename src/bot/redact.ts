// What of a turn may be kept at rest. Only the user's secrets are masked, and only where they are secrets: codes,
// card and ID numbers the user typed ("[code]"), phone numbers they asked about partly starred with prefix and
// country code readable ("+852 51** **70"); amounts, dialling prefixes and every other character — full-width
// punctuation included — stay as typed. Bot lines are kept as said, except where they quote what the user pasted;
// the brand's official numbers are public and stay whole; drill lines are authored fiction and stay as they are.
// The chat history and the webhook's idempotency records both go through here.
import { extend } from '../content/clone.ts';
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

/**
 * Nothing in the text to mask: NFKC leaves it as typed (so maskUserText's character-by-character reading gives the
 * text itself: a character NFKC changes alone is one no NFKC text holds) and it holds no sensitive span. Most
 * messages hold no number: masking them read the text again, character by character, and the echo masker a third
 * time — both return the text unchanged.
 */
const nothingToMask = (text: string) => toNfkc(text) === text && findSensitive(text).length === 0;

function masked(brain: Brain, text: string): { stored: string; plain: boolean } {
  const plain = nothingToMask(text);
  return { stored: plain ? text : maskUserText(text, maskOptions(brain)), plain };
}

/** The user's message as it may be stored. */
export function storedUserText(brain: Brain, text: string): string {
  return masked(brain, text).stored;
}

/**
 * One turn's user message as it may be stored, masked at most once: the chat line, an FAQ event's question and the
 * replies' echo masker all read it. Made by handleTurn and handed down with the turn.
 */
export class MaskedText {
  private read: { stored: string; plain: boolean } | undefined;
  constructor(
    private readonly brain: Brain,
    readonly text: string,
  ) {}
  private get masked() {
    this.read ??= masked(this.brain, this.text);
    return this.read;
  }
  get stored(): string {
    return this.masked.stored;
  }
  /** Nothing in the message to mask (stored as typed, replies kept as said). */
  get plain(): boolean {
    return this.masked.plain;
  }
  /** `text` as it may be stored: this message's masking when it is this message (the trimmed one may not be). */
  storedFor(text: string): string {
    return text === this.text ? this.stored : storedUserText(this.brain, text);
  }
}

function storedCheck(check: CheckResult, mask: (text: string) => string): CheckResult {
  return extend(check, {
    input: mask(check.input),
    items: check.items.map((i) => extend(i, { raw: mask(i.raw), normalized: mask(i.normalized) })),
    phrases: check.phrases.map((p) => extend(p, { text: mask(p.text) })),
  });
}

/** The replies as they may be stored (and replayed): same shape, what the user pasted (`userText`) masked. */
export function storedReplies(brain: Brain, replies: readonly BotReply[], userText: string | MaskedText): BotReply[] {
  const user = typeof userText === 'string' ? new MaskedText(brain, userText) : userText;
  // Nothing the user pasted to mask (most messages): the replies are stored as said, not copied one by one.
  if (user.plain) return replies.slice();
  const mask = echoMasker(user.text, maskOptions(brain));
  return replies.map((r) =>
    r.simulation ? r : extend(r, { text: mask(r.text), ...(r.check ? { check: storedCheck(r.check, mask) } : {}) }),
  );
}
