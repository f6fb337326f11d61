// The brand file: the only place that names the platform, its aliases, official numbers and domains.
import { z } from 'zod';
import { localizedSchema } from './schema-common.ts';
import { ContentError, loadYamlFile } from './yaml-source.ts';

export const brandSchema = z.strictObject({
  name: localizedSchema,
  aliases: z.array(z.string().min(1)).min(1),
  official_numbers: z
    .array(
      z.strictObject({
        number: z.string().regex(/^[+0-9][0-9 ()-]{2,24}$/, 'a phone number: digits, spaces, dashes, optional leading +'),
        label: localizedSchema,
      }),
    )
    .min(1),
  official_domains: z
    .array(
      z
        .string()
        .regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a registrable domain in lowercase ASCII, e.g. anxinjie.example'),
    )
    .min(1),
  // The platform's own SMS sender numbers (106… business-SMS channel) as they appear on the phone. Optional: a message
  // from one of them that names only official contacts and asks for nothing is `official`.
  sms_senders: z.array(z.string().regex(/^106[0-9 -]{2,24}$/, 'an SMS sender number starting with 106')).optional(),
});

export type Brand = z.output<typeof brandSchema>;

export function loadBrand(file: string): Brand {
  const { value, problems } = loadYamlFile(file, brandSchema);
  if (!value) throw new ContentError(problems);
  return value;
}
