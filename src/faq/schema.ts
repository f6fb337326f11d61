// FAQ files (content/faq/*.yaml): curated answers, each reachable by the ways users phrase the question.
import { z } from 'zod';
import { idSchema, localeSchema, topicSchema } from '../content/schema-common.ts';

export const faqEntrySchema = z.strictObject({
  /** Unique across all FAQ files. */
  id: idSchema,
  locale: localeSchema,
  topics: z.array(topicSchema).min(1),
  /** How real users ask: colloquial, short and long, with typical scam phrasing. */
  questions: z.array(z.string().min(2)).min(4, 'at least 4 question variants'),
  /** Short, actionable; may use {{brand.name}}, {{brand.hotline}}, {{brand.numbers}}, {{brand.domain}}. */
  answer: z.string().min(10),
  related: z.array(idSchema).default([]),
  /** The entry to lead with once money is gone (a transfer or payment already made): 110 with the account first. */
  urgent: z.boolean().optional(),
});

export const faqFileSchema = z.strictObject({ entries: z.array(faqEntrySchema).min(1) });

export type FaqEntry = z.output<typeof faqEntrySchema>;
