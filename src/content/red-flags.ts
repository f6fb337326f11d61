// The red-flag taxonomy (content/red-flags.yaml): one id per idea, zh/en labels for reports, and the ids used before
// (aliases) so reports over old stored outcomes still group right. Kept as a literal tuple so red-flag ids are a
// typed union; the loader checks the YAML against it (file:line:col).
import { join } from 'node:path';
import { z } from 'zod';
import type { Locale, Localized } from './topics.ts';
import { type ContentProblem, ContentError, loadYamlFile, type YamlSource } from './yaml-source.ts';

export const RED_FLAG_IDS = [
  'overseas-number',
  'virtual-number',
  'unverified-collector',
  'bulk-sms-port',
  'call-after-text',
  'knows-personal-data',
  'fake-authority',
  'phone-statement-secrecy',
  'fake-membership',
  'no-credit-repair',
  'no-paid-boost',
  'no-such-rule',
  'wrong-card-story',
  'statement-padding',
  'upfront-fee',
  'personal-account',
  'safe-account',
  'borrow-then-transfer',
  'asks-for-code',
  'asks-login-details',
  'asks-id-documents',
  'lookalike-link',
  'apk-link',
  'not-in-store',
  'permissions-warning',
  'meeting-app',
  'screen-share',
  'ignore-warnings',
  'false-urgency',
  'threats',
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const RED_FLAGS_FILE = 'content/red-flags.yaml';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

const entrySchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().regex(idPattern, 'ids use lowercase letters, digits and dashes')).default([]),
});

export const redFlagsSchema = z
  .strictObject({
    red_flags: z.record(z.string().regex(idPattern, 'ids use lowercase letters, digits and dashes'), entrySchema),
  })
  .superRefine((file, ctx) => {
    const known = RED_FLAG_IDS as readonly string[];
    const ids = Object.keys(file.red_flags);
    for (const id of ids)
      if (!known.includes(id))
        ctx.addIssue({
          code: 'custom',
          path: ['red_flags', id],
          message: `"${id}" is not in RED_FLAG_IDS (src/content/red-flags.ts): add it there too`,
        });
    const missing = known.filter((id) => !ids.includes(id));
    if (missing.length)
      ctx.addIssue({ code: 'custom', path: ['red_flags'], message: `missing red flags: ${missing.join(', ')}` });
    const seen = new Map<string, string>();
    for (const [id, entry] of Object.entries(file.red_flags)) {
      entry.aliases.forEach((alias, i) => {
        const path = ['red_flags', id, 'aliases', i];
        if (known.includes(alias) || ids.includes(alias))
          ctx.addIssue({ code: 'custom', path, message: `"${alias}" is a red flag of its own, not an old name` });
        else if (seen.has(alias))
          ctx.addIssue({ code: 'custom', path, message: `"${alias}" is already an old name of "${seen.get(alias)}"` });
        else seen.set(alias, id);
      });
    }
  });

/** The taxonomy as reports and checks use it. */
export interface RedFlagTaxonomy {
  /** Every id, in file order. */
  readonly ids: readonly RedFlagId[];
  /** The current id of `id`: itself, the id an alias stands for, or undefined when unknown. */
  canonical(id: string): RedFlagId | undefined;
  /** The id's label in both languages (an alias gets its current id's); undefined when unknown. */
  labels(id: string): Localized | undefined;
  /** The label in one language; an unknown id is shown as it is. */
  label(id: string, locale: Locale): string;
}

export function redFlagTaxonomy(file: z.output<typeof redFlagsSchema>): RedFlagTaxonomy {
  const labels = new Map<string, Localized>();
  const canonical = new Map<string, RedFlagId>();
  for (const [id, entry] of Object.entries(file.red_flags) as [RedFlagId, z.output<typeof entrySchema>][]) {
    labels.set(id, { zh: entry.zh, en: entry.en });
    canonical.set(id, id);
    for (const alias of entry.aliases) canonical.set(alias, id);
  }
  const ids = [...labels.keys()] as RedFlagId[];
  return {
    ids,
    canonical: (id) => canonical.get(id),
    labels: (id) => {
      const c = canonical.get(id);
      return c ? labels.get(c) : undefined;
    },
    label(id, locale) {
      return this.labels(id)?.[locale] ?? id;
    },
  };
}

export function loadRedFlagsFile(file: string): {
  value?: RedFlagTaxonomy;
  source?: YamlSource;
  problems: ContentProblem[];
} {
  const { value, source, problems } = loadYamlFile(file, redFlagsSchema);
  return value ? { value: redFlagTaxonomy(value), ...(source ? { source } : {}), problems } : { problems };
}

/** content/red-flags.yaml under the project root; throws ContentError (file:line:col) when it is wrong. */
export function loadRedFlags(root: string): RedFlagTaxonomy {
  const { value, problems } = loadRedFlagsFile(join(root, RED_FLAGS_FILE));
  if (!value) throw new ContentError(problems);
  return value;
}
