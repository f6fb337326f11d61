// The classifier's user-facing words (content/replies/classifier.yaml), validated so a missing reason text is
// caught by `content check`, not by a user.
import { z } from 'zod';
import { localizedSchema, topicSchema } from '../content/schema-common.ts';
import { REASON_CODES, type ReasonCode } from './reasons.ts';

const reasonEnum = z.enum(REASON_CODES as [ReasonCode, ...ReasonCode[]]);

export const classifierTextsSchema = z.strictObject({
  reasons: z.record(reasonEnum, localizedSchema),
  verdicts: z.strictObject({
    official: localizedSchema,
    unknown: localizedSchema,
    suspicious: localizedSchema,
    dangerous: localizedSchema,
  }),
  advice: z.strictObject({
    official: localizedSchema,
    unknown: localizedSchema,
    suspicious: localizedSchema,
    dangerous: localizedSchema,
    empty: localizedSchema,
  }),
  topic_advice: z.partialRecord(topicSchema, localizedSchema),
});

export type ClassifierTexts = z.output<typeof classifierTextsSchema>;
