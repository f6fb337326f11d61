// The brand file: the only place that names the platform, its aliases, official numbers and domains.
import { z } from 'zod';
import { DEFAULT_FACTS_PATH, type Facts, loadFactsFile } from './facts.ts';
import { localizedSchema } from './schema-common.ts';
import { ContentError, loadYamlFile } from './yaml-source.ts';

/**
 * More than a dialling prefix: "+86" or "000" as an official number made every number starting with it official or
 * its lookalike. Domestic: at least 5 digits (95588, 10086); international (+ or 00): at least 7 after the prefix.
 */
export function isWholeNumber(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  if (number.trim().startsWith('+')) return digits.length >= 7;
  if (digits.startsWith('00')) return digits.length - 2 >= 7;
  return digits.length >= 5;
}

export const brandSchema = z.strictObject({
  name: localizedSchema,
  aliases: z.array(z.string().min(1)).min(1),
  official_numbers: z
    .array(
      z.strictObject({
        number: z
          .string()
          .regex(/^[+0-9][0-9 ()-]{2,24}$/, 'a phone number: digits, spaces, dashes, optional leading +')
          .refine(
            isWholeNumber,
            'a whole number, not only a prefix like "+86" or "000" (at least 5 digits; 7 after + or 00)',
          ),
        label: localizedSchema,
      }),
    )
    .min(1),
  official_domains: z
    .array(
      z
        .string()
        .regex(
          /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/,
          'a registrable domain in lowercase ASCII, e.g. anxinjie.example',
        ),
    )
    .min(1),
  // The platform's own SMS sender numbers (106… business-SMS channel) as they appear on the phone. Optional: a message
  // from one of them that names only official contacts and asks for nothing is `official`.
  sms_senders: z.array(z.string().regex(/^106[0-9 -]{2,24}$/, 'an SMS sender number starting with 106')).optional(),
});

/**
 * The brand file, plus the universal facts (content/facts.yaml) loaded beside it: every text templated with the
 * brand can use {{fact.…}} too. Without `facts`, the project's own facts file fills them (see template.ts).
 */
export type Brand = z.output<typeof brandSchema> & { facts?: Facts };

export function loadBrand(file: string, factsFile = DEFAULT_FACTS_PATH): Brand {
  const { value, problems } = loadYamlFile(file, brandSchema);
  const facts = loadFactsFile(factsFile);
  if (!value || !facts.facts) throw new ContentError([...problems, ...facts.problems]);
  return { ...value, facts: facts.facts };
}
