// Scenario files (scenarios/*.yaml): a scam call as a graph of nodes, written by an anti-fraud team.
// The format is documented for authors in scenarios/README.md; keep the two in step.
import { z } from 'zod';
import { idSchema, localizedSchema, localizedVariantsSchema, topicSchema } from '../content/schema-common.ts';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const JUDGEMENTS = ['safe', 'risky', 'unclear'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** How answers of one outcome are recognised: shared intents, extra phrases, regular expressions. */
const matcherSchema = z.strictObject({
  /** Ids from scenarios/intents.yaml (shared lexicons such as refuse, hang-up, share-code). */
  intents: z.array(idSchema).default([]),
  /** Extra phrases for this node only; matched after normalisation (zh: substring, en: whole words, small typos). */
  phrases: z
    .strictObject({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
    .optional(),
  /** JavaScript regular expressions (case-insensitive), for the rare answer phrases can't express. */
  patterns: z.array(z.string().min(1)).default([]),
  /** The node that follows this outcome. */
  next: idSchema,
  /** Optional coach/scammer reaction before moving on (shown as part of the simulation). */
  say: localizedVariantsSchema.optional(),
});

const unclearSchema = z.strictObject({
  /** What the scammer says to push again when the answer was neither safe nor risky. */
  reprompt: localizedVariantsSchema,
  /** How many unclear answers in a row before moving to `next`. */
  max: z.number().int().min(1).max(5).default(2),
  next: idSchema,
});

const quickReplySchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** The judgement this reply must get; `scam-coach content check` verifies it. */
  expect: z.enum(JUDGEMENTS),
});

export const turnNodeSchema = z.strictObject({
  /** What the scammer says; one variant is chosen deterministically. May use {{vars}}. */
  say: localizedVariantsSchema,
  /** Ids of red flags (declared at the top) this line displays. */
  red_flags: z.array(idSchema).default([]),
  quick_replies: z.array(quickReplySchema).default([]),
  safe: matcherSchema,
  risky: matcherSchema,
  unclear: unclearSchema,
});

export const endingNodeSchema = z.strictObject({
  /** passed: the user got out safely; failed: the scam succeeded. */
  ending: z.enum(['passed', 'failed']),
  /** What happened, told by the coach (not the scammer). */
  message: localizedSchema,
});

export const nodeSchema = z.union([endingNodeSchema, turnNodeSchema], {
  error: () => 'a node is either a turn (say, safe, risky, unclear) or an ending (ending, message)',
});

export const redFlagSchema = z.strictObject({
  id: idSchema,
  /** Why this is a warning sign, in plain words. */
  explain: localizedSchema,
  /** Words that show the user noticed it (e.g. "境外", "overseas"); optional. */
  spot: z.strictObject({ zh: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
});

export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /** A few words for pickers and buttons (the full title can be a sentence); defaults to the title. */
  short_title: localizedSchema.optional(),
  intro: localizedSchema,
  topics: z.array(topicSchema).min(1),
  difficulty: z.enum(DIFFICULTIES),
  caller: z.strictObject({ name: localizedSchema, number: z.string().min(3) }),
  /** Values for {{var}} placeholders (fictional data the scammer "leaks"); {{brand.*}} come from the brand file. */
  vars: z.record(z.string(), z.union([z.string(), localizedSchema])).default({}),
  red_flags: z.array(redFlagSchema).min(3, 'at least 3 red flags'),
  /** The one-line rule to remember, shown in the debrief. */
  lesson: localizedSchema,
  start: idSchema,
  /** When a risky answer ends the drill, the failed ending that tells what the user did, by the data handed over
   *  (code, card, id-number) or an intent the answer matched (share-code, pay, …), tried in order. Giving a code at
   *  a "transfer the loan" step ends as "you gave the code", not "you transferred". */
  failed_by: z.record(idSchema, idSchema).optional(),
  nodes: z.record(idSchema, nodeSchema),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioNode = z.output<typeof nodeSchema>;
export type TurnNode = z.output<typeof turnNodeSchema>;
export type EndingNode = z.output<typeof endingNodeSchema>;
export type Matcher = z.output<typeof matcherSchema>;

export function isEnding(node: ScenarioNode): node is EndingNode {
  return 'ending' in node;
}

export const intentsFileSchema = z.strictObject({
  intents: z.record(
    idSchema,
    z.strictObject({
      description: z.string().optional(),
      zh: z.array(z.string().min(1)).default([]),
      en: z.array(z.string().min(1)).default([]),
      patterns: z.array(z.string().min(1)).default([]),
    }),
  ),
});
export type IntentLexicon = z.output<typeof intentsFileSchema>['intents'];

/** The frame around every drill (content/replies/drill.yaml): never part of the scam itself. */
export const drillTextsSchema = z.strictObject({
  /** Prefixed to every scammer line, so no channel can mistake the line for real contact. */
  marker: localizedSchema,
  /** First reply of a drill; may use {{title}}, {{caller.name}}, {{caller.number}} and {{brand.*}}. */
  open: localizedSchema,
  /** Last reply of a drill. */
  close: localizedSchema,
  /** Shown before the coach's account of the ending. */
  ending: z.strictObject({ passed: localizedSchema, failed: localizedSchema }),
  /** Pieces of the debrief; {{score}} in `score`, {{text}} in `item`. */
  debrief: z.strictObject({
    title: localizedSchema,
    score: localizedSchema,
    spotted: localizedSchema,
    /** Flags the user got past by answering safely without naming them. */
    avoided: localizedSchema,
    missed: localizedSchema,
    none: localizedSchema,
    item: localizedSchema,
    lesson: localizedSchema,
    real_life: localizedSchema,
  }),
  /** Progress line for channels that show one: {{step}}, {{total}}. */
  progress: localizedSchema,
  /** Said when the user stops a drill half-way (Ctrl-C, "stop"). */
  stopped: localizedSchema,
});
export type DrillTexts = z.output<typeof drillTextsSchema>;
