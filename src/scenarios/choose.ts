// Choosing a drill in words: "我想练习注销校园贷那个", "practice the screen sharing one". Two things must be there: a
// wish to practise (the `practise` intent of scenarios/intents.yaml, not negated) and words naming one drill better
// than any other — in Chinese the longest run of characters shared with its short title or title, in English the
// content words shared with them (the short title's count double). A question that merely mentions a topic
// ("注销校园贷会影响征信吗") has no wish to practise and is left to the FAQ. Pure.
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import { matchMatcher } from './judge.ts';
import type { ScenarioLibrary } from './library.ts';
import { mightMatchPhrases, prepareText } from './match.ts';

/** The intent whose words say "I want to practise". */
export const PRACTISE_INTENT = 'practise';

/** Chinese: at least this many characters in a row shared with a title ("校园贷", "假警察"). */
const MIN_ZH_RUN = 3;
/** English: at least this score (a short-title word counts 2, another title word 1). */
const MIN_EN_SCORE = 2;

const EN_STOPWORDS = new Set(
  'a an the to of and or for your you my me i in on at is are be it that this one with by from about want wants like'.split(
    ' ',
  ),
);

function compact(text: string): string {
  return stripPunctuation(normalizeText(text)).replace(/\s+/g, '');
}

/** Length of the longest common substring (dynamic programming; titles are short). */
function longestRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

function contentWords(text: string): Set<string> {
  const words = stripPunctuation(normalizeText(text)).split(' ');
  return new Set(words.filter((w) => w.length > 1 && !EN_STOPWORDS.has(w)).map((w) => w.replace(/s$/, '')));
}

interface Names {
  id: string;
  zh: string[];
  shortEn: Set<string>;
  titleEn: Set<string>;
}

const namesCache = new WeakMap<ScenarioLibrary, Names[]>();

function namesOf(library: ScenarioLibrary): Names[] {
  let names = namesCache.get(library);
  if (!names) {
    const fill = (text: string, locale: 'zh' | 'en') => fillTemplate(text, brandVars(library.brand, locale));
    names = [...library.byId.values()].map((s) => {
      const short = s.short_title ?? s.title;
      return {
        id: s.id,
        zh: [compact(fill(short.zh, 'zh')), compact(fill(s.title.zh, 'zh'))],
        shortEn: contentWords(fill(short.en, 'en')),
        titleEn: contentWords(fill(s.title.en, 'en')),
      };
    });
    namesCache.set(library, names);
  }
  return names;
}

function scoreOf(n: Names, zhText: string, enWords: Set<string>): number {
  const zh = Math.max(...n.zh.map((name) => longestRun(zhText, name)));
  let en = 0;
  for (const w of enWords) en += n.shortEn.has(w) ? 2 : n.titleEn.has(w) ? 1 : 0;
  return Math.max(zh >= MIN_ZH_RUN || (zh >= 2 && zh === n.zh[0]!.length) ? zh : 0, en >= MIN_EN_SCORE ? en : 0);
}

/** The id of the drill the user asks to practise in their own words, if exactly one fits best. */
export function drillChosenIn(library: ScenarioLibrary, text: string): string | undefined {
  const practise = library.intents[PRACTISE_INTENT];
  if (!practise || !mightMatchPhrases(text, practise)) return undefined;
  const wish = matchMatcher(prepareText(text), { intents: [PRACTISE_INTENT], patterns: [] }, library.intents);
  if (!wish) return undefined;
  const zhText = compact(text);
  const enWords = contentWords(text);
  const scored = namesOf(library)
    .map((n) => ({ id: n.id, score: scoreOf(n, zhText, enWords) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!scored.length || scored[1]?.score === scored[0]!.score) return undefined;
  return scored[0]!.id;
}
