// {{placeholder}} filling for content text. Brand facts are templated in, never written into content.
import type { Brand } from './brand.ts';
import { type Facts, factVars, loadFacts } from './facts.ts';
import type { Locale } from './topics.ts';

export type TemplateVars = Record<string, string>;

let projectFacts: Facts | undefined;
/** The project's facts file, read once: for brands built in code without facts (tests, samples). */
function defaultFacts(): Facts {
  projectFacts ??= loadFacts();
  return projectFacts;
}

/**
 * Variables every content text may use: {{brand.name}}, {{brand.hotline}}, {{brand.numbers}}, {{brand.domain}} …
 * and the facts of content/facts.yaml: {{fact.police.number}}, {{fact.rule.after-transfer}} … (see facts.ts).
 */
const varsCache = new WeakMap<Brand, Partial<Record<Locale, Readonly<TemplateVars>>>>();

export function brandVars(brand: Brand, locale: Locale): Readonly<TemplateVars> {
  // Built once per brand and locale (FAQ answers fill templates on every turn); frozen, as every caller shares it.
  const byLocale = varsCache.get(brand) ?? {};
  varsCache.set(brand, byLocale);
  byLocale[locale] ??= Object.freeze({
    ...factVarsOf(brand.facts ?? defaultFacts(), locale),
    ...brandOnlyVars(brand, locale),
  });
  return byLocale[locale];
}

// Drills template every line with these: fill the facts once per facts file and locale, not on every call.
const factCache = new WeakMap<Facts, Partial<Record<Locale, TemplateVars>>>();
function factVarsOf(facts: Facts, locale: Locale): TemplateVars {
  const byLocale = factCache.get(facts) ?? {};
  factCache.set(facts, byLocale);
  byLocale[locale] ??= factVars(facts, locale);
  return byLocale[locale];
}

function brandOnlyVars(brand: Brand, locale: Locale): TemplateVars {
  const sep = locale === 'zh' ? '、' : ', ';
  const first = brand.official_numbers[0]!;
  return {
    'brand.name': brand.name[locale],
    'brand.hotline': first.number,
    'brand.hotline_label': first.label[locale],
    'brand.numbers': brand.official_numbers.map((n) => `${n.label[locale]} ${n.number}`).join(sep),
    'brand.domain': brand.official_domains[0]!,
    'brand.domains': brand.official_domains.join(sep),
    'brand.app': locale === 'zh' ? `${brand.name.zh} App` : `the ${brand.name.en} app`,
  };
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}/g;

// Frozen variables (brandVars, a scenario's) are shared and never change, and the texts filled with them are content
// (replies, drill lines, FAQ titles): the same few hundred fillings were redone on every turn. Kept per frozen vars
// object; bounded, should a caller ever fill texts that are not content.
const FILLED_MAX = 2048;
const filledCache = new WeakMap<TemplateVars, Map<string, string>>();

/**
 * Fill placeholders; an unknown one is left visible (content check reports it) rather than silently dropped. `over`:
 * variables of this filling that take precedence over `vars` (a title, a score) — read beside the shared ones, not
 * merged into a copy of them (`{ ...vars, title }` made a hidden class per copy: docs/performance.md, nineteenth round).
 */
export function fillTemplate(text: string, vars: TemplateVars, over?: TemplateVars): string {
  if (over) return text.replace(PLACEHOLDER, (whole, key: string) => over[key] ?? vars[key] ?? whole);
  if (!Object.isFrozen(vars)) return fillUncached(text, vars);
  let filled = filledCache.get(vars);
  if (!filled) {
    filled = new Map();
    filledCache.set(vars, filled);
  }
  let out = filled.get(text);
  if (out === undefined) {
    if (filled.size >= FILLED_MAX) filled.clear();
    out = fillUncached(text, vars);
    filled.set(text, out);
  }
  return out;
}

const fillUncached = (text: string, vars: TemplateVars) =>
  text.replace(PLACEHOLDER, (whole, key: string) => vars[key] ?? whole);

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Known placeholder names for an error message: the facts (dozens) summed up as one {{fact.…}} entry. */
export function placeholderList(names: Iterable<string>, sep = ' '): string {
  const all = [...names];
  const own = all.filter((n) => !n.startsWith('fact.')).map((n) => `{{${n}}}`);
  return [...own, ...(all.length > own.length ? ['{{fact.…}} (content/facts.yaml)'] : [])].join(sep);
}
