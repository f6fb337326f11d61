// The FAQ's own texts (content/replies/faq.yaml): what the bot says when it is unsure or has no answer.
import { z } from 'zod';
import { localizedSchema } from '../content/schema-common.ts';

export const faqRepliesSchema = z.strictObject({
  /** Mid confidence. {{title}} and {{answer}}: the closest entry; {{choices}}: numbered other questions. */
  did_you_mean: localizedSchema,
  /** No confident match: official channels (brand placeholders), a number/link check or a drill. */
  fallback: localizedSchema,
});

export type FaqReplies = z.output<typeof faqRepliesSchema>;
