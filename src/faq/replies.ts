// The FAQ's own texts (content/replies/faq.yaml): what the bot says when it is unsure or has no answer.
import { z } from 'zod';
import { localizedSchema } from '../content/schema-common.ts';

export const faqRepliesSchema = z.strictObject({
  /** Mid confidence: {{title}} (the closest entry's first question) and {{answer}} (its answer). */
  unsure: localizedSchema,
  /** Appended to `unsure` when there are alternatives: {{choices}} is a numbered list of their questions. */
  did_you_mean: localizedSchema,
  /** No confident match: official channels (brand placeholders), a number/link check or a drill. */
  fallback: localizedSchema,
});

export type FaqReplies = z.output<typeof faqRepliesSchema>;

/** Placeholders each reply may use besides the brand's. */
export const REPLY_PLACEHOLDERS: Readonly<Record<keyof FaqReplies, readonly string[]>> = {
  unsure: ['title', 'answer'],
  did_you_mean: ['choices'],
  fallback: [],
};
