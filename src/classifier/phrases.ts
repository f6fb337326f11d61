// Scam phrases in pasted messages, as data (content/scam-phrases.yaml) compiled once into regular expressions.
import { z } from 'zod';
import { topicSchema } from '../content/schema-common.ts';
import type { TopicId } from '../content/topics.ts';
import type { PhraseHit } from './types.ts';

export const phraseFileSchema = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        topic: topicSchema,
        severity: z.enum(['medium', 'high']),
        patterns: z
          .array(
            z.string().refine(
              (p) => {
                try {
                  new RegExp(p, 'iu');
                  return true;
                } catch {
                  return false;
                }
              },
              { message: 'not a valid regular expression' },
            ),
          )
          .min(1),
      }),
    )
    .min(1),
});

export interface PhraseRule {
  topic: TopicId;
  severity: 'medium' | 'high';
  patterns: RegExp[];
}

export function compilePhrases(file: z.output<typeof phraseFileSchema>): PhraseRule[] {
  return file.rules.map((r) => ({ topic: r.topic, severity: r.severity, patterns: r.patterns.map((p) => new RegExp(p, 'iu')) }));
}

export interface PhraseMatch extends PhraseHit {
  severity: 'medium' | 'high';
}

/** One hit per topic (the first pattern that matches), in rule order. `text` is normalised. */
export function findPhrases(normalized: string, rules: readonly PhraseRule[]): PhraseMatch[] {
  const hits: PhraseMatch[] = [];
  const seen = new Set<TopicId>();
  for (const rule of rules) {
    if (seen.has(rule.topic)) continue;
    for (const re of rule.patterns) {
      const m = re.exec(normalized);
      if (m) {
        hits.push({ topic: rule.topic, severity: rule.severity, text: m[0] });
        seen.add(rule.topic);
        break;
      }
    }
  }
  return hits;
}
