// What the brain derives from its content once per brain instead of on every turn: the command words, the
// brand's template variables and the texts that name each drill, all normalised. One cache, keyed by the brain,
// each table filled on first use (normalising every title — OpenCC, NFKC — on every turn was a third of a turn).
import { normalizeText, normalizeTextQuick, stripPunctuation } from '../content/normalize.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import { listScenarios } from '../scenarios/index.ts';
import type { Brain } from './brain.ts';
import type { CommandName } from './texts.ts';

interface Lookups {
  /** Each command word's key → its command (the first listed, should two commands share a word). */
  commands?: Map<string, CommandName>;
  vars: Partial<Record<Locale, ReturnType<typeof brandVars>>>;
  /** Per locale, each text naming a drill → the drill's id (the first in listing order). */
  drillNames: Partial<Record<Locale, Map<string, string>>>;
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

/** How command words and drill names are compared: normalised, punctuation gone. */
function key(text: string): string {
  return stripPunctuation(normalizeText(text));
}

/**
 * The same for a user's message, computed once per turn: normalizeTextQuick gives normalizeText's form without
 * OpenCC's phrase pass over text that has no traditional character (identical on the 24k field, bench and FAQ
 * texts tried), so a message costs no OpenCC run unless it holds a traditional character.
 */
export function textKey(text: string): string {
  return stripPunctuation(normalizeTextQuick(text));
}

/** The command a whole message is ("菜单", "stop", "English"), if it is one; `k` is the message's textKey. */
export function commandOf(brain: Brain, k: string): CommandName | undefined {
  const lookups = lookupsOf(brain);
  if (!lookups.commands) {
    lookups.commands = new Map();
    for (const [name, words] of Object.entries(brain.texts.commands) as [CommandName, string[]][]) {
      for (const w of words) if (!lookups.commands.has(key(w))) lookups.commands.set(key(w), name);
    }
  }
  return lookups.commands.get(k);
}

/** A content text with the brand's template variables filled in. */
export function say(brain: Brain, locale: Locale, text: string): string {
  const byLocale = lookupsOf(brain).vars;
  const vars = byLocale[locale] ?? brandVars(brain.brand, locale);
  byLocale[locale] = vars;
  return fillTemplate(text, vars);
}

/** The normalised texts that name each scenario in one locale, to its id (the first in listing order). */
function drillNamesFor(brain: Brain, l: Locale): Map<string, string> {
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
  const names = new Map<string, string>();
  for (const s of list) for (const n of s.names) if (!names.has(n)) names.set(n, s.id);
  byLocale[l] = names;
  return names;
}

/** The scenario a "pick a drill" quick reply (or "drill <id>") names, if any: this locale first, then the other.
 *  `k` is the message's textKey. */
export function scenarioNamed(brain: Brain, k: string, locale: Locale): string | undefined {
  return drillNamesFor(brain, locale).get(k) ?? drillNamesFor(brain, locale === 'zh' ? 'en' : 'zh').get(k);
}
