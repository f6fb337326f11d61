// content/facts.yaml: every real-world fact users read (hotlines with their role, rules of thumb), once, with its
// public sources and the date it was last checked. Content uses them as {{fact.…}} placeholders (see template.ts).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { idSchema, localizedSchema } from './schema-common.ts';
import type { Locale } from './topics.ts';
import { ContentError, type ContentProblem, loadYamlFile, problemAt, type YamlSource } from './yaml-source.ts';

export const FACTS_FILE = 'content/facts.yaml';
/** The project's own facts file: the default wherever no content root is given (server, tests, --brand FILE). */
export const DEFAULT_FACTS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../..', FACTS_FILE);

/** What a service is for. Content check keys role contradictions on these. */
export const FACT_ROLES = [
  'report-crime',
  'warning-advice',
  'report-scam-messages',
  'report-app',
  'courts',
  'banking-complaints',
  'warning-sms',
] as const;
export type FactRole = (typeof FACT_ROLES)[number];

const dateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date: YYYY-MM-DD')])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));
const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }),
});
const sourcedSchema = {
  id: idSchema,
  checked: dateSchema,
  sources: z.array(sourceSchema).min(1, 'every fact needs at least one public source'),
};

export const factsFileSchema = z.strictObject({
  review_after_months: z.number().int().positive().default(12),
  role_claims: z
    .partialRecord(
      z.enum(FACT_ROLES),
      z.strictObject({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
    )
    .default({}),
  services: z.array(
    z.strictObject({
      ...sourcedSchema,
      number: z
        .string()
        .regex(/^\d{3,8}$/, 'a hotline number: digits only')
        .optional(),
      role: z.enum(FACT_ROLES),
      name: localizedSchema,
      says: localizedSchema,
    }),
  ),
  rules: z.array(z.strictObject({ ...sourcedSchema, text: localizedSchema })),
});

export type Facts = z.output<typeof factsFileSchema>;
export type FactService = Facts['services'][number];

export function loadFactsFile(
  file: string,
  text?: string,
): { facts?: Facts; source?: YamlSource; problems: ContentProblem[] } {
  const { value, source, problems } = loadYamlFile(file, factsFileSchema, text);
  if (!value || !source) return { ...(source ? { source } : {}), problems };
  const dup = duplicateIds(value, source);
  return dup.length ? { source, problems: dup } : { facts: value, source, problems: [] };
}

/** A service id or rule id used twice: {{fact.…}} would be ambiguous. Reported at the second one. */
function duplicateIds(facts: Facts, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const kind of ['services', 'rules'] as const) {
    const seen = new Set<string>();
    facts[kind].forEach((f, i) => {
      if (seen.has(f.id)) problems.push(problemAt(source, [kind, i, 'id'], `duplicate fact id "${f.id}"`));
      seen.add(f.id);
    });
  }
  return problems;
}

export function loadFacts(file = DEFAULT_FACTS_PATH): Facts {
  const { facts, problems } = loadFactsFile(file);
  if (!facts) throw new ContentError(problems);
  return facts;
}

export const factsPathIn = (root: string): string => join(root, FACTS_FILE);

const PLACEHOLDER = /\{\{\s*(fact\.[a-zA-Z0-9_.-]+)\s*\}\}/g;

/** {{fact.<service>.number|name|says}} and {{fact.rule.<id>}}, filled for one locale (rules may use services). */
export function factVars(facts: Facts, locale: Locale): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const s of facts.services) {
    if (s.number) vars[`fact.${s.id}.number`] = s.number;
    vars[`fact.${s.id}.name`] = s.name[locale];
  }
  const fill = (text: string) => text.replace(PLACEHOLDER, (whole, key: string) => vars[key] ?? whole);
  for (const s of facts.services) vars[`fact.${s.id}.says`] = fill(s.says[locale]);
  for (const r of facts.rules) vars[`fact.rule.${r.id}`] = fill(r.text[locale]);
  return vars;
}

export interface FactRow {
  id: string;
  kind: 'service' | 'rule';
  number?: string;
  role?: FactRole;
  text: { zh: string; en: string };
  checked: string;
  ageDays: number;
  stale: boolean;
  sources: { title: string; url: string }[];
}

const DAY = 86_400_000;

/** True when `checked` lies more than `months` calendar months before `now`'s date (UTC days, not hours). */
export function olderThan(checked: string, months: number, now: Date): boolean {
  const limit = new Date(`${checked}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() + months);
  return now.toISOString().slice(0, 10) > limit.toISOString().slice(0, 10);
}

/** Every fact with its sources and age, oldest first (the re-check list for `content facts` and /admin). */
export function factRows(facts: Facts, now: Date, maxAgeMonths = facts.review_after_months): FactRow[] {
  const zh = factVars(facts, 'zh');
  const en = factVars(facts, 'en');
  const row = (id: string, key: string, f: { checked: string; sources: FactRow['sources'] }) => ({
    id,
    text: { zh: zh[key] ?? '', en: en[key] ?? '' },
    checked: f.checked,
    ageDays: Math.floor((now.getTime() - Date.parse(`${f.checked}T00:00:00Z`)) / DAY),
    stale: olderThan(f.checked, maxAgeMonths, now),
    sources: f.sources,
  });
  const rows: FactRow[] = [
    ...facts.services.map((s) => ({
      ...row(s.id, `fact.${s.id}.says`, s),
      kind: 'service' as const,
      role: s.role,
      ...(s.number ? { number: s.number } : {}),
    })),
    ...facts.rules.map((r) => ({ ...row(`rule.${r.id}`, `fact.rule.${r.id}`, r), kind: 'rule' as const })),
  ];
  return rows.sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
}
