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
  return file.rules.map((r) => ({ topic: r.topic, severity: r.severity, patterns: r.patterns.map((p) => new RegExp(p, 'giu')) }));
}

// A warning quotes the scam it warns about: "切勿把验证码告诉他人", "never share your code". A match in a clause
// that carries a negation before it (or inside it) is advice, not a request.
const NEGATION = /(不要|切勿|请勿|勿|不会|绝不|决不|千万|不可|不能|别|严禁|谨防|警惕|防范|\bnever\b|\bdo not\b|\bdon't\b|\bdont\b|\bnot\b|\bno one\b|\bnobody\b)/iu;
const CLAUSE_END = /[,.;:!?，。；：！？\n]/g;

function negated(text: string, start: number, match: string): boolean {
  let clauseStart = 0;
  for (const m of text.slice(0, start).matchAll(CLAUSE_END)) clauseStart = m.index + 1;
  return NEGATION.test(text.slice(clauseStart, start)) || NEGATION.test(match);
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
      re.lastIndex = 0;
      let found: string | undefined;
      for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
        if (!negated(normalized, m.index, m[0])) {
          found = m[0];
          break;
        }
        if (m[0] === '') re.lastIndex++;
      }
      if (found !== undefined) {
        hits.push({ topic: rule.topic, severity: rule.severity, text: found });
        seen.add(rule.topic);
        break;
      }
    }
  }
  return hits;
}
