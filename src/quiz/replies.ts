// The quiz's own wording (content/replies/quiz.yaml): intro, item heading, prompt, feedback, summary.
import { join } from 'node:path';
import { z } from 'zod';
import type { Brand } from '../content/brand.ts';
import { localizedSchema } from '../content/schema-common.ts';
import { brandVars, fillTemplate, type TemplateVars } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import type { QuizItem } from './load.ts';
import type { QuizChange, QuizScore } from './score.ts';

export const QUIZ_REPLIES_FILE = join('content', 'replies', 'quiz.yaml');

const CHANGES = [
  'better-discernment',
  'worse-discernment',
  'more-sceptical',
  'more-trusting',
  'no-clear-change',
] as const satisfies readonly QuizChange[];

export const quizRepliesSchema = z.strictObject({
  intro: localizedSchema,
  item: localizedSchema,
  kinds: z.strictObject({
    call: localizedSchema,
    sms: localizedSchema,
    link: localizedSchema,
    app: localizedSchema,
    chat: localizedSchema,
  }),
  unknown_sender: localizedSchema,
  prompt: localizedSchema,
  invalid: localizedSchema,
  correct: localizedSchema,
  wrong: localizedSchema,
  summary: localizedSchema,
  incomplete: localizedSchema,
  change: z.strictObject(
    Object.fromEntries(CHANGES.map((c) => [c, localizedSchema])) as Record<QuizChange, typeof localizedSchema>,
  ),
});

export type QuizReplies = z.output<typeof quizRepliesSchema>;

export function checkQuizReplies(file: string, text?: string): { replies?: QuizReplies; problems: ContentProblem[] } {
  const { value, problems } = loadYamlFile(file, quizRepliesSchema, text);
  return { replies: value, problems };
}

export function loadQuizReplies(root: string): QuizReplies {
  const { replies, problems } = checkQuizReplies(join(root, QUIZ_REPLIES_FILE));
  if (!replies) throw new ContentError(problems);
  return replies;
}

/** Renders the quiz wording in one language, with brand placeholders filled. */
export class QuizWording {
  private readonly brand: TemplateVars;

  constructor(
    private readonly replies: QuizReplies,
    brand: Brand,
    readonly locale: Locale,
  ) {
    this.brand = brandVars(brand, locale);
  }

  private say(text: { zh: string; en: string }, vars: Record<string, string | number> = {}): string {
    const all: TemplateVars = { ...this.brand };
    for (const [k, v] of Object.entries(vars)) all[k] = String(v);
    return fillTemplate(text[this.locale], all);
  }

  intro(count: number): string {
    return this.say(this.replies.intro, { count });
  }

  /** Heading line and text of one item, e.g. "Item 3/14 · Call from +852 5123 8870". */
  item(item: QuizItem, number: number, count: number): string {
    const from = item.from ?? this.say(this.replies.unknown_sender);
    const source = this.say(this.replies.kinds[item.kind], { from });
    return `${this.say(this.replies.item, { number, count, source })}\n${item.text}`;
  }

  prompt(): string {
    return this.say(this.replies.prompt);
  }

  invalid(): string {
    return this.say(this.replies.invalid);
  }

  feedback(item: QuizItem, correct: boolean): string {
    return this.say(correct ? this.replies.correct : this.replies.wrong, { explain: item.explain });
  }

  summary(score: QuizScore): string {
    const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)}%`);
    return this.say(this.replies.summary, {
      hits: score.hits,
      scams: score.hits + score.misses,
      hitRate: pct(score.hitRate),
      falseAlarms: score.falseAlarms,
      genuine: score.falseAlarms + score.correctRejections,
      falseAlarmRate: pct(score.falseAlarmRate),
      dPrime: score.dPrime.toFixed(2),
    });
  }

  incomplete(answered: number, count: number): string {
    return this.say(this.replies.incomplete, { answered, count });
  }

  change(change: QuizChange): string {
    return this.say(this.replies.change[change]);
  }
}
