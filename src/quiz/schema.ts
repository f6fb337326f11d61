// The genuine-or-scam quiz file (content/quiz.yaml): two forms, `pre` and `post`, of mixed genuine and scam items.
// Measured like the inoculation research does: hit rate, false-alarm rate and d′ (see docs/contracts.md and README "Training reports").
import { z } from 'zod';
import { idSchema, localizedSchema, topicSchema } from '../content/schema-common.ts';
import { placeholderList, placeholdersIn } from '../content/template.ts';

export const PHASES = ['pre', 'post'] as const;
export type Phase = (typeof PHASES)[number];

export const TRUTHS = ['genuine', 'scam'] as const;
export type Truth = (typeof TRUTHS)[number];

/** How the item reaches the user: a call, an SMS, a link, a notice inside the official app, a chat message. */
export const ITEM_KINDS = ['call', 'sms', 'link', 'app', 'chat'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Minimums per form, so each rate rests on enough items and a "call everything a scam" strategy shows up. */
export const MIN_ITEMS_PER_FORM = 12;
export const MIN_GENUINE_PER_FORM = 5;
export const MIN_SCAM_PER_FORM = 5;

export const quizItemSchema = z.strictObject({
  /** Unique across both forms. */
  id: idSchema,
  kind: z.enum(ITEM_KINDS),
  /** The right answer. Genuine items use the brand file's official contacts through {{brand.*}} placeholders. */
  truth: z.enum(TRUTHS),
  topics: z.array(topicSchema).min(1),
  /** The caller number, SMS sender or the link itself, shown as it would appear on the phone; may use {{brand.*}}. */
  from: z.string().min(1).optional(),
  /** What the call says, the SMS text, or where the link came from. */
  text: localizedSchema,
  /** One line shown after answering: why it is genuine or a scam. */
  explain: localizedSchema,
});

/** The file schema; `vars` are the placeholder names content may use (the keys of brandVars()). */
export function quizFileSchema(vars: ReadonlySet<string>) {
  return z
    .strictObject({
      forms: z.strictObject({ pre: z.array(quizItemSchema), post: z.array(quizItemSchema) }),
    })
    .superRefine((file, ctx) => {
      const seen = new Map<string, string>();
      for (const phase of PHASES) {
        const items = file.forms[phase];
        const genuine = items.filter((i) => i.truth === 'genuine').length;
        const scam = items.length - genuine;
        if (items.length < MIN_ITEMS_PER_FORM) {
          ctx.addIssue({
            code: 'custom',
            path: ['forms', phase],
            message: `needs at least ${MIN_ITEMS_PER_FORM} items (has ${items.length})`,
          });
        }
        if (genuine < MIN_GENUINE_PER_FORM) {
          ctx.addIssue({
            code: 'custom',
            path: ['forms', phase],
            message: `needs at least ${MIN_GENUINE_PER_FORM} genuine items (has ${genuine})`,
          });
        }
        if (scam < MIN_SCAM_PER_FORM) {
          ctx.addIssue({
            code: 'custom',
            path: ['forms', phase],
            message: `needs at least ${MIN_SCAM_PER_FORM} scam items (has ${scam})`,
          });
        }
        items.forEach((item, i) => {
          const where = ['forms', phase, i];
          const first = seen.get(item.id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path: [...where, 'id'],
              message: `duplicate item id "${item.id}" (first used in ${first})`,
            });
          } else {
            seen.set(item.id, `forms.${phase}[${i}]`);
          }
          const texts: [PropertyKey[], string | undefined][] = [
            [['from'], item.from],
            [['text', 'zh'], item.text.zh],
            [['text', 'en'], item.text.en],
            [['explain', 'zh'], item.explain.zh],
            [['explain', 'en'], item.explain.en],
          ];
          for (const [sub, text] of texts) {
            for (const name of placeholdersIn(text ?? '')) {
              if (!vars.has(name)) {
                ctx.addIssue({
                  code: 'custom',
                  path: [...where, ...sub],
                  message: `unknown placeholder {{${name}}} (allowed: ${placeholderList(vars)})`,
                });
              }
            }
          }
        });
      }
    });
}

export type QuizFile = z.output<ReturnType<typeof quizFileSchema>>;
