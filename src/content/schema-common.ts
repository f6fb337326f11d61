import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

export const topicSchema = z.enum(TOPIC_IDS, {
  error: (issue) => `unknown topic ${JSON.stringify(issue.input)} (allowed: see content/topics.yaml)`,
});
export const localeSchema = z.enum(['zh', 'en']);
export const localizedSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
/** One or more variants per locale (a plain string is one variant). */
export const localizedVariantsSchema = z.strictObject({
  zh: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  en: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
});
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lowercase letters, digits and dashes (e.g. "overseas-call-zh")');

/** A list of one or more items with no item twice (a repeat is a slip, not a weight); `repeat` says where it is. */
export const uniqueList = <T extends z.ZodType<string>>(item: T, repeat: (value: string) => string) =>
  z
    .array(item)
    .min(1)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [i], message: repeat(v) });
        seen.add(v);
      });
    });

/** A table keyed by names from a known set; an unknown key is named at its own entry (`unknown` says what is wrong). */
export const keyedBy = <T extends z.ZodType>(value: T, known: ReadonlySet<string>, unknown: (key: string) => string) =>
  z.record(z.string(), value).superRefine((table, ctx) => {
    for (const key of Object.keys(table))
      if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: unknown(key) });
  });
