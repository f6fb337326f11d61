// What of a turn may be kept at rest: every code, card, ID and phone number the user pasted masked, the brand's own
// numbers kept (they are public and the answer is about them), drill lines as authored (their "leaked" data is
// fictional). The chat history and the webhook's idempotency records both go through here.
import { phoneKey } from '../classifier/phone-key.ts';
import { redact, type SensitiveSpan } from '../classifier/sensitive.ts';
import type { CheckResult } from '../classifier/types.ts';
import type { Brain } from './brain.ts';
import type { BotReply } from './types.ts';

const redactors = new WeakMap<Brain, (text: string) => string>();

/** Masks what the user pasted in a bot text, keeping the brand's official numbers. */
function storedText(brain: Brain): (text: string) => string {
  let fn = redactors.get(brain);
  if (!fn) {
    const official = brain.classifier.context.brand.numberKeys;
    const keep = (s: SensitiveSpan) => s.kind === 'phone' && official.has(phoneKey(s.text).key);
    fn = (text: string) => redact(text, keep);
    redactors.set(brain, fn);
  }
  return fn;
}

function storedCheck(check: CheckResult, mask: (text: string) => string): CheckResult {
  return {
    ...check,
    input: mask(check.input),
    items: check.items.map((i) => ({ ...i, raw: mask(i.raw), normalized: mask(i.normalized) })),
    phrases: check.phrases.map((p) => ({ ...p, text: mask(p.text) })),
  };
}

/** The replies as they may be stored (and replayed): same shape, pasted numbers masked. */
export function storedReplies(brain: Brain, replies: readonly BotReply[]): BotReply[] {
  const mask = storedText(brain);
  return replies.map((r) =>
    r.simulation ? r : { ...r, text: mask(r.text), ...(r.check ? { check: storedCheck(r.check, mask) } : {}) },
  );
}
