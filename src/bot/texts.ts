// The brain's own words (content/replies/bot.yaml), validated like every other content file.
import { z } from 'zod';
import { localizedSchema } from '../content/schema-common.ts';

const words = z.array(z.string().min(1)).min(1);

export const botTextsSchema = z.strictObject({
  welcome: localizedSchema,
  menu_prompt: localizedSchema,
  menu_options: z.strictObject({
    check: localizedSchema,
    drill: localizedSchema,
    faq: localizedSchema,
    lang: localizedSchema,
  }),
  check_prompt: localizedSchema,
  drill_list: localizedSchema,
  difficulty: z.strictObject({ easy: localizedSchema, medium: localizedSchema, hard: localizedSchema }),
  drill_prefix: localizedSchema,
  drill_stopped: localizedSchema,
  drill_stop_hint: localizedSchema,
  drill_expired: localizedSchema,
  follow_up: z.strictObject({
    prompt: localizedSchema,
    again: localizedSchema,
    another: localizedSchema,
    quiz: localizedSchema,
    menu: localizedSchema,
  }),
  lang_switched: localizedSchema,
  check_title: localizedSchema,
  also_faq: localizedSchema,
  commands: z.strictObject({
    menu: words,
    greeting: words,
    drill: words,
    stop: words,
    check: words,
    quiz: words,
    quiz_post: words,
    lang_zh: words,
    lang_en: words,
  }),
});

export type BotTexts = z.output<typeof botTextsSchema>;
export type CommandName = keyof BotTexts['commands'];
