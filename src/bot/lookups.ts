// What the brain derives from its content once per brain instead of on every turn: the command words, the
// brand's template variables and the texts that name each drill, all normalised. One cache, keyed by the brain,
// each table filled on first use (normalising every title — OpenCC, NFKC — on every turn was a third of a turn).
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import { listScenarios } from '../scenarios/index.ts';
import type { Brain } from './brain.ts';
import type { CommandName } from './texts.ts';

interface DrillNames {
  id: string;
  names: string[];
}

interface Lookups {
  commands?: [CommandName, Set<string>][];
  vars: Partial<Record<Locale, ReturnType<typeof brandVars>>>;
  drillNames: Partial<Record<Locale, DrillNames[]>>;
}

const cache = new WeakMap<Brain, Lookups>();

function lookupsOf(brain: Brain): Lookups {
  let found = cache.get(brain);
  if (!found) {
    found = { vars: {}, drillNames: {} };
    cache.set(brain, found);
  }
  return found;
}

/** How command words and user text are compared: normalised, punctuation gone. */
function key(text: string): string {
  return stripPunctuation(normalizeText(text));
}

/** The command the whole message is ("菜单", "stop", "English"), if it is one. */
export function commandOf(brain: Brain, text: string): CommandName | undefined {
  const lookups = lookupsOf(brain);
  lookups.commands ??= (Object.entries(brain.texts.commands) as [CommandName, string[]][]).map(([name, words]) => [
    name,
    new Set(words.map(key)),
  ]);
  const k = key(text);
  for (const [name, set] of lookups.commands) if (set.has(k)) return name;
  return undefined;
}

/** A content text with the brand's template variables filled in. */
export function say(brain: Brain, locale: Locale, text: string): string {
  const byLocale = lookupsOf(brain).vars;
  const vars = byLocale[locale] ?? brandVars(brain.brand, locale);
  byLocale[locale] = vars;
  return fillTemplate(text, vars);
}

/** Each scenario's id and the normalised texts that name it in one locale (listing order). */
function drillNamesFor(brain: Brain, l: Locale): DrillNames[] {
  const byLocale = lookupsOf(brain).drillNames;
  const found = byLocale[l];
  if (found) return found;
  const prefix = key(brain.texts.drill_prefix[l]);
  const list = listScenarios(brain.drills, l).map((s) => {
    const title = key(s.title);
    const short = key(s.shortTitle);
    // Ids go through the same punctuation stripping as the user's text ("overseas-service-call" → spaces).
    const id = stripPunctuation(s.id);
    return {
      id: s.id,
      names: [
        title,
        `${prefix} ${title}`.trim(),
        `${prefix}${title}`,
        short,
        `${prefix} ${short}`.trim(),
        `${prefix}${short}`,
        id,
        `drill ${id}`,
        `演练 ${id}`,
      ],
    };
  });
  byLocale[l] = list;
  return list;
}

/** The scenario a "pick a drill" quick reply (or "drill <id>") names, if any: this locale first, then the other. */
export function scenarioNamed(brain: Brain, text: string, locale: Locale): string | undefined {
  const k = key(text);
  for (const l of [locale, locale === 'zh' ? 'en' : 'zh'] as Locale[]) {
    for (const s of drillNamesFor(brain, l)) if (s.names.includes(k)) return s.id;
  }
  return undefined;
}
