// The words a drill shows: one variant picked deterministically, placeholders filled. Pure.
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate, type TemplateVars } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import type { Scenario } from './schema.ts';

type Variants = { zh: string | string[]; en: string | string[] };

/** FNV-1a: a stable 32-bit hash, so the same drill and answers always show the same variants. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One variant of a line. The seed names where and when it is said (scenario, node, slot, turn), so a replay of
 * the same answers — in another channel, or after a restart — shows the same words.
 */
export function pickVariant(variants: Variants, locale: Locale, seed: string): string {
  const options = variants[locale];
  if (typeof options === 'string') return options;
  return options[stableHash(seed) % options.length]!;
}

// Built once per scenario, brand and locale (every line a drill says is filled with them; the brand's variables
// alone are dozens of facts); frozen, as every caller shares them.
const varsCache = new WeakMap<Scenario, WeakMap<Brand, Partial<Record<Locale, Readonly<TemplateVars>>>>>();

/** Placeholders a scenario may use: its vars, the caller, and every {{brand.*}}. */
export function scenarioVars(scenario: Scenario, brand: Brand, locale: Locale): Readonly<TemplateVars> {
  let byBrand = varsCache.get(scenario);
  if (!byBrand) {
    byBrand = new WeakMap();
    varsCache.set(scenario, byBrand);
  }
  let byLocale = byBrand.get(brand);
  if (!byLocale) {
    byLocale = {};
    byBrand.set(brand, byLocale);
  }
  byLocale[locale] ??= Object.freeze(buildScenarioVars(scenario, brand, locale));
  return byLocale[locale];
}

function buildScenarioVars(scenario: Scenario, brand: Brand, locale: Locale): TemplateVars {
  const vars: TemplateVars = { ...brandVars(brand, locale) };
  for (const [key, value] of Object.entries(scenario.vars))
    vars[key] = typeof value === 'string' ? value : value[locale];
  // The caller's name often names the brand ("{{brand.name}}客服").
  vars['caller.name'] = fillTemplate(scenario.caller.name[locale], vars);
  vars['caller.number'] = scenario.caller.number;
  return vars;
}

/** The filled text of a line said at `slot` of `node` when `turn` answers had been given. */
export function lineText(
  scenario: Scenario,
  brand: Brand,
  locale: Locale,
  variants: Variants,
  node: string,
  slot: string,
  turn: number,
): string {
  const raw = pickVariant(variants, locale, `${scenario.id}|${node}|${slot}|${turn}`);
  return fillTemplate(raw, scenarioVars(scenario, brand, locale));
}
