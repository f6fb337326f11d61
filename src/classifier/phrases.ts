// Scam phrases in pasted messages, as data (content/scam-phrases.yaml) compiled once into regular expressions.
import { z } from 'zod';
import { topicSchema } from '../content/schema-common.ts';
import type { TopicId } from '../content/topics.ts';
import { type Alternation, alternationOf, prunedTo } from './alternation.ts';
import { type Required, requiredText, ScreenTable } from './required-text.ts';
import type { PhraseHit } from './types.ts';

/**
 * The fixed patterns of the words' layers (module constants such as NEGATION, not content) are screened in the same
 * table as the phrase rules, so the one read of a message's normalised text that gates the content's patterns gates
 * them too: a gated pattern is tested on a sentence or clause of the text only when the whole text holds one of the
 * strings each of its matches holds (required-text.ts) — a part of the text cannot hold a string the text does not.
 * A pattern joins by being made a gate (`textGate(PATTERN)` beside it); its requirement is read off its source, so
 * an alternative added to it later is screened without more. One with the `i` flag (its strings would be read
 * case-blind) or without a requirement always runs, and so does one registered after the table was built.
 */
export interface TextGate {
  readonly at: number;
}
const GATE_NEEDS: Required[] = [];
const GATE_PATTERNS: RegExp[] = [];

export function textGate(pattern: RegExp): TextGate {
  GATE_NEEDS.push(pattern.flags.includes('i') ? undefined : requiredText(pattern.source));
  GATE_PATTERNS.push(pattern);
  return { at: GATE_NEEDS.length - 1 };
}

/** The gated patterns, in the order they were made gates (for the screen's tests). */
export const gatedPatterns = (): readonly RegExp[] => GATE_PATTERNS;

const regexSource = z
  .string()
  .refine(
    (p) => {
      try {
        new RegExp(p, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  )
  .refine((p) => !/[A-Z]/.test(p.replace(/\\[pP]\{[^}]*\}|\\./g, '')), {
    // Messages are lower-cased before matching, and patterns run without the (slow) case-insensitive flag.
    message: 'write the pattern in lower case (messages are matched lower-cased)',
  });

export const phraseFileSchema = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        topic: topicSchema,
        severity: z.enum(['medium', 'high']),
        patterns: z.array(regexSource).min(1),
        /** A sentence holding one of these is not this request ("从应用商店下载" is how to get the real app). */
        unless: z.array(regexSource).optional(),
        /** Links in the message that are all official clear it ("登录官网 anxinjie.example 查看"). */
        official_links_clear: z.boolean().optional(),
      }),
    )
    .min(1),
  /** Warnings and advice: a sentence holding one is advice, and a message with several is a broadcast. */
  warnings: z.array(regexSource).min(1),
  /** Warnings that sort something into fraud from outside ("……都是诈骗", "诈骗话术", "警情多发"): one makes the
   *  message a broadcast. */
  broadcasts: z.array(regexSource).optional(),
});

export interface PhraseRule {
  topic: TopicId;
  severity: 'medium' | 'high';
  patterns: RegExp[];
  /** Per pattern, strings one of which a match must hold (required-text.ts): others are not run. */
  needs: Required[];
  unless: RegExp[];
  officialLinksClear: boolean;
}

export interface PhraseRules {
  rules: PhraseRule[];
  warnings: RegExp[];
  /** The same warnings searched globally: where in a sentence each one stands (scam-language.ts warningReach). */
  warningsEvery: RegExp[];
  /** Per warning, strings one of which a match must hold (required-text.ts). */
  warningNeeds: Required[];
  /** Warnings from this index on are `broadcasts`: one makes a broadcast. */
  firstBroadcast: number;
  /** Each topic's `unless` exceptions over all its rules, in rule order (they hold for the topic's other hits too). */
  unlessByTopic: ReadonlyMap<TopicId, readonly RegExp[]>;
}

export function compilePhrases(file: z.output<typeof phraseFileSchema>): PhraseRules {
  const warnings = [...file.warnings, ...(file.broadcasts ?? [])];
  const rules: PhraseRule[] = file.rules.map((r) => ({
    topic: r.topic,
    severity: r.severity,
    // The text is lower case already (normalizeMessage): no `i` flag, which makes Unicode matching ~3x slower.
    patterns: r.patterns.map((p) => new RegExp(p, 'gu')),
    needs: r.patterns.map(requiredText),
    unless: (r.unless ?? []).map((p) => new RegExp(p, 'u')),
    officialLinksClear: r.official_links_clear === true,
  }));
  const unlessByTopic = new Map<TopicId, RegExp[]>();
  for (const r of rules) unlessByTopic.set(r.topic, [...(unlessByTopic.get(r.topic) ?? []), ...r.unless]);
  return {
    rules,
    warnings: warnings.map((p) => new RegExp(p, 'u')),
    warningsEvery: warnings.map((p) => new RegExp(p, 'gu')),
    warningNeeds: warnings.map(requiredText),
    firstBroadcast: file.warnings.length,
    unlessByTopic,
  };
}

// A warning quotes the scam it warns about: "切勿把验证码告诉他人", "never share your code". A match in a clause
// that carries a negation before it (or inside it) is advice, not a request. So is a group's or a venue's rule
// forbidding posts or taking part ("禁止发布刷单、兼职广告"): 禁止 only before such verbs (a scam's "账户被禁止提现，需缴纳…"
// goes on to ask).
export const NEGATION =
  /(不(?=出租|出借|出售|租借|买卖|借给|外借)|\bno (?:fees?|charges?|payments?|upfront)\b|不影响|不会影响|(?:是不是|有没有|是否)有人|\bthere (?:is|are) no\b|不要|切勿|请勿|勿|不会|不收|无需|无须|不需要|免收|免费|绝不|决不|千万|不可|不能|从不|从来不|从未|不存在|不提供|不接受|不得|也没有|并没有|并不|停止|不把|不必|都不|均不|一律不|不再|没有(?=[透转提告填下说发点扫])|(?<![识区分类告特级性个差派辨鉴离判有])别(?![的人处家样管])|严禁|禁止(?=发布|张贴|散布|传播|转发|宣传|从事|参与|组织|在群|在本群)|谨防|警惕|防范|\bnever\b|(?<!\bto )\bstop\b|\bdo not\b|\bdon't\b|\bdont\b|\bnot\b|\bno one\b|\bnobody\b)/;
export const NEGATION_GATE = textGate(NEGATION);
// "If you do not pay today …, the police will come": in a message that threatens arrest, "if you do not …" is the
// threat's condition, the demand said the other way round, and negates no request (a bill's "if you do not pay by
// then, a late fee …" threatens no arrest and keeps its negation).
const ARREST_THREAT = /\b(?:arrest(?:ed|ing)?|warrants?|police|rcmp|jail|prison|deport(?:ed)?|handcuff(?:ed|s)?)\b/;
const ENGLISH_NOT = String.raw`\bdo not\b|\bdon't\b|\bdont\b|\bnot\b`;
if (!NEGATION.source.includes(ENGLISH_NOT)) throw new Error('NEGATION: the English "not" forms moved');
const NEGATION_BUT_CONDITION = new RegExp(
  NEGATION.source.replace(
    ENGLISH_NOT,
    String.raw`(?<!\bif (?:you|u) )(?:\bdo not\b|\bdon't\b|\bdont\b)|(?<!\bif (?:you|u) do )\bnot\b`,
  ),
);
let lastMessage = '';
let lastNegation = NEGATION;
/** The negation pattern for the clauses of one message (the last message's answer kept: asked per clause). */
export function negationFor(message: string): RegExp {
  if (message !== lastMessage) {
    lastMessage = message;
    lastNegation = message.includes('if ') && ARREST_THREAT.test(message) ? NEGATION_BUT_CONDITION : NEGATION;
  }
  return lastNegation;
}
// Clause and sentence ends, by UTF-16 unit (all of them are single units).
const CLAUSE_ENDS = new Set([...',.;:!?，。；：！？\n'].map((c) => c.charCodeAt(0)));
const SENTENCE_ENDS = new Set([...'。！？!?;；\n'].map((c) => c.charCodeAt(0)));

/** [start, end) of the run holding text[at] between two of these ends (or the text's ends). */
function runAround(text: string, at: number, ends: ReadonlySet<number>): [number, number] {
  let start = at;
  while (start > 0 && !ends.has(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !ends.has(text.charCodeAt(end))) end++;
  return [start, end];
}

/** [start, end) of the clause holding text[at]. */
function clauseAround(text: string, at: number): [number, number] {
  return runAround(text, at, CLAUSE_ENDS);
}

/** The sentence holding text[at]: `unless` exceptions look at all of it ("快递丢失，…请在App内申请理赔"). */
function sentenceAround(text: string, at: number): string {
  const [start, end] = runAround(text, at, SENTENCE_ENDS);
  return text.slice(start, end);
}

// A clause that reports what the reader already did or describes a case is no request: "已经把验证码告诉了别人",
// "一旦共享屏幕，…", "when you share your screen, …" (a scam asks; advice describes). A state is not such a report:
// scams open with one ("您已逾期", "已被冻结").
// What someone makes the reader do is told, not asked ("目的是让你交解冻费", "used to make you transfer money").
export const REPORTED =
  /(已经?(把|将)|曾经?(把|将)|一旦|(如果|若|万一|假如)[^,，。]{0,12}(了|过)|让你|让您|叫你|诱导你|诱导您|骗你|\bwhen you\b|\bonce you\b|\bif you('ve| have| already)\b|\bif you \w+ed\b|\bif you (gave|sent|told|paid|shared)\b|\byou('ve| have) already\b|\bmakes? you\b|\btrick you into\b|\bget you to\b)/;
const REPORTED_GATE = textGate(REPORTED);

/** A clause that goes on with the list of the one before ("never X, a Y, or Z"): it inherits its negation. */
export const continuesList = (clause: string): boolean => LIST_GOES_ON.test(clause);
const LIST_GOES_ON =
  /^\s*((or|and|nor|a|an|any|no)\b|或者?|以及|及|也不|[a-z-]+,?\s+(or|and|nor)\s+[a-z-]+(\s+[a-z-]+)?\s*[.!;]?\s*$)/;

/**
 * Does a passive marker stand just before `at`, in the same clause ("手机会被远程操控", "被他人远程控制", "遭人冒用")?
 * A verb said in the passive tells what happens to someone — a broadcast walking through a tactic — and asks the
 * reader for nothing.
 */
export function passiveBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - PASSIVE_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === PASSIVE_BEI || c === PASSIVE_ZAO) return true;
    if (CLAUSE_ENDS.has(c)) return false;
  }
  return false;
}
const PASSIVE_REACH = 4;
const PASSIVE_BEI = '被'.charCodeAt(0);
const PASSIVE_ZAO = '遭'.charCodeAt(0);

/** A policy said of the thing just named ("注销额度从来不需要借款", "closing an account never requires …"). Not
 *  "不会": scammers reassure with it ("注销后不会影响征信"). */
export const DENIED_AFTER =
  /^[^,，。；;!?！？]{0,4}(从来不|从不|从来没有|无需|无须|不需要|并不需要|\bnever\b|\bdoes not\b|\bdoesn't\b|\bdo not need\b|\bdon't need\b)/;

/** A match that heads the name of a kind of scam ("刷单和投资骗局", "刷单诈骗"): the tactic named, not offered or asked
 *  (not when denied: "刷单不是骗局" is the scammer's reassurance). */
const KIND_AFTER = /^(?:(?!不是|并非|并不是)[^,，。；;!?！？]){0,6}?(骗局|诈骗|陷阱|套路)/;

/** A third party as the subject of a modal just before the verb ("对方能报出您的身份证号", "骗子会让…"): what the caller
 *  can or will do, described to the reader — not asked of them. */
export const THIRD_PARTY_CAN = /(对方|骗子|他们|其)(都|也|就|还)?(能|会|可以|可能)$/;

/** A verb with the reader as its own subject just before 的 ("您输入的支付密码", "你收到的验证码") heads a relative
 *  clause: the noun after it is described by what the reader does with it — nothing is asked with that verb (a
 *  request about the noun has a verb of its own: "把您收到的验证码念给我"). The verb is text[start, end). (Not any
 *  person: "我发的…" in a scammer's mouth points at what to act on.) */
const PERSON_BEFORE = /[你您](?:刚才?|刚刚|已经?|所)?$/;
export const relativeClause = (text: string, start: number, end: number): boolean =>
  text[end] === '的' && PERSON_BEFORE.test(text.slice(Math.max(0, start - 4), start));
/** A phrase match opening with a verb of one or two characters that heads such a clause. */
const VERB_THEN_DE = /^[\u4e00-\u9fff]{1,2}的/;
const relativeMatch = (text: string, start: number, match: string): boolean => {
  const m = VERB_THEN_DE.exec(match);
  return m !== null && relativeClause(text, start, start + m[0].length - 1);
};

/** "Cannot" scopes only the predicate it opens ("逾期记录无法花钱修复", "records cannot be repaired for a fee": a paid
 *  fix denied), not a later demand in the same clause ("账户无法提现需缴纳保证金", "you cannot withdraw until you pay"):
 *  it negates when no request word follows it in its clause up to the end of what is read. (Not in NEGATION, which
 *  turns off a whole clause.) */
const NARROW_NEGATION = /无法|\bcan ?not\b|\bcan't\b|\bunable to\b/g;
const REQUEST_AFTER =
  /[需要请先得应]|必须|务必|\b(please|pay|send|give|tell|transfer|must|need|have to|unless|until|but|then|so)\b/;
export function narrowlyNegated(text: string, from: number, end: number): boolean {
  if (!mayNarrow(text)) return false;
  NARROW_NEGATION.lastIndex = from;
  let after = -1;
  for (let m = NARROW_NEGATION.exec(text); m && m.index < end; m = NARROW_NEGATION.exec(text))
    after = m.index + m[0].length;
  NARROW_NEGATION.lastIndex = 0;
  if (after < 0 || after >= end) return false;
  // (Its scope ends with its clause: a pair of clauses read as one request is negated by either.)
  const comma = text.slice(after, end).search(/[,，]/);
  return !REQUEST_AFTER.test(text.slice(after, comma < 0 ? end : after + comma));
}
export const mayNarrow = (text: string): boolean =>
  text.includes('无法') ||
  text.includes('cannot') ||
  text.includes("can't") ||
  text.includes('can not') ||
  text.includes('unable');

/** Where in a clause a narrow negation starts that scopes the rest of it (-1 for none): the concept grammar's words
 *  after it are denied, as NEGATION's are. */
export function narrowNegationIn(clause: string): number {
  if (!mayNarrow(clause)) return -1;
  NARROW_NEGATION.lastIndex = 0;
  let at = -1;
  for (let m = NARROW_NEGATION.exec(clause); m; m = NARROW_NEGATION.exec(clause))
    if (!REQUEST_AFTER.test(clause.slice(m.index + m[0].length))) {
      at = m.index;
      break;
    }
  NARROW_NEGATION.lastIndex = 0;
  return at;
}

/** A negation in the clause before the match or overlapping it ("不需要付钱" holds the match 需要付钱), a report, or a
 *  policy denied just after it. */
function negated(
  text: string,
  clauseStart: number,
  start: number,
  match: string,
  pruning: Pruning | undefined,
): boolean {
  const before = text.slice(clauseStart, start + match.length);
  return (
    negates(text, before, pruning) ||
    narrowlyNegated(text, clauseStart, start + match.length) ||
    listUnderNegation(text, clauseStart, pruning) ||
    // (Through the match itself too: "如果通话中说出了验证码" reports with the 了 inside it.)
    gateTest(pruning, text, REPORTED_GATE, REPORTED, before) ||
    DENIED_AFTER.test(text.slice(start + match.length, start + match.length + 24)) ||
    KIND_AFTER.test(text.slice(start + match.length, start + match.length + 12)) ||
    THIRD_PARTY_CAN.test(text.slice(clauseStart, start)) ||
    relativeMatch(text, start, match)
  );
}

/** Does the message's negation (negationFor) match in `part` of its text? (NEGATION itself pruned on the text.) */
function negates(text: string, part: string, pruning: Pruning | undefined): boolean {
  const negation = negationFor(text);
  return negation === NEGATION ? gateTest(pruning, text, NEGATION_GATE, NEGATION, part) : negation.test(part);
}

/** The clause at clauseStart continues a list whose head (one or more clauses back) is negated. */
function listUnderNegation(text: string, clauseStart: number, pruning: Pruning | undefined): boolean {
  let end = clauseStart;
  let start = clauseStart;
  for (let hops = 0; hops < 4 && start > 0; hops++) {
    if (!continuesList(text.slice(start, end === clauseStart ? clauseEndFrom(text, start) : end))) return false;
    end = start - 1;
    const [prevStart] = clauseAround(text, Math.max(0, end - 1));
    if (negates(text, text.slice(prevStart, end), pruning)) return true;
    start = prevStart;
  }
  return false;
}
function clauseEndFrom(text: string, at: number): number {
  return clauseAround(text, at)[1];
}

export interface PhraseMatch extends PhraseHit {
  severity: 'medium' | 'high';
}

export interface PhraseFilter {
  /** May a match at [start, end) count (e.g. not inside a warning sentence, not inside quotation marks)? */
  accept?: (start: number, end: number) => boolean;
  /** Every link in the message is official. */
  officialLinksOnly?: boolean;
}

/** Which warnings could match somewhere in the (normalised) text: the others match none of its sentences either. */
export function possibleWarnings(normalized: string, rules: PhraseRules): number[] {
  const table = warningTableOf(rules);
  const out: number[] = [];
  for (let i = 0; i < rules.warningNeeds.length; i++) if (table.allows(normalized, i)) out.push(i);
  return out;
}

// The warnings' screens, then the phrase rules' patterns', in one table built on first use: both are screened on the
// same normalised text, which the table then reads once for both.
const warningTables = new WeakMap<PhraseRules, ScreenTable>();
function warningTableOf(rules: PhraseRules): ScreenTable {
  return warningTables.get(rules) ?? sharedScreen(rules, []).table;
}

/**
 * The warnings' and rules' table with more patterns' screens after them (the variant table's, which is screened on
 * the text before folding: the same text, unless a variant was folded), so one read of a text serves all of them.
 * Returns the table and the number of the first extra pattern.
 */
export function sharedScreen(rules: PhraseRules, extra: readonly Required[]): { table: ScreenTable; first: number } {
  const own = [...rules.warningNeeds, ...rules.rules.flatMap((r) => r.needs)];
  // After the extra patterns: each split pattern's alternatives (alternation.ts), each `unless` exception (its
  // requirement holds for any sentence of the text), then the fixed patterns' gates, last (textGate): every gate
  // registered by now, i.e. every one of a loaded module.
  const alternations = [...rules.warnings, ...rules.rules.flatMap((r) => r.patterns)].map(alternationOf);
  const unless = rules.rules.flatMap((r) => r.unless);
  const altAt = new Int32Array(alternations.length).fill(-1);
  const after: Required[] = [];
  const afterStart = own.length + extra.length;
  alternations.forEach((alt, k) => {
    if (!alt) return;
    altAt[k] = afterStart + after.length;
    after.push(...alt.needs);
  });
  const unlessAt = new Map<RegExp, number>();
  for (const u of unless) {
    unlessAt.set(u, afterStart + after.length);
    after.push(requiredText(u.source));
  }
  // The gates' own alternatives after the gates (a gate's pattern pruned like a content one: gatedPattern).
  const gateAlternations = GATE_PATTERNS.map(alternationOf);
  const gateAltAt = new Int32Array(gateAlternations.length).fill(-1);
  const gateAfter: Required[] = [];
  const gateAfterStart = afterStart + after.length + GATE_NEEDS.length;
  gateAlternations.forEach((alt, k) => {
    if (!alt) return;
    gateAltAt[k] = gateAfterStart + gateAfter.length;
    gateAfter.push(...alt.needs);
  });
  const table = new ScreenTable([...own, ...extra, ...after, ...GATE_NEEDS, ...gateAfter]);
  warningTables.set(rules, table);
  const pruning: Pruning = {
    table,
    alternations,
    altAt,
    unlessAt,
    gates: { alternations: gateAlternations, altAt: gateAltAt, text: gateAlternations.map(() => undefined), re: [] },
  };
  prunings.set(rules, pruning);
  screenTables.set(rules.rules, { table, offset: rules.warningNeeds.length, pruning });
  gateTables.set(rules, { table, first: afterStart + after.length, count: GATE_NEEDS.length });
  return { table, first: own.length };
}

/** Where a shared table screens the split patterns' alternatives (by pattern number: the warnings, then the rules'
 *  patterns in order; -1 when not split) and the `unless` exceptions. */
interface Pruning {
  table: ScreenTable;
  alternations: readonly (Alternation | undefined)[];
  altAt: Int32Array;
  unlessAt: ReadonlyMap<RegExp, number>;
  /** The same for the gates' patterns (by gate number), with each one's pruning for the text it was last asked of. */
  gates: {
    alternations: readonly (Alternation | undefined)[];
    altAt: Int32Array;
    text: (string | undefined)[];
    re: (RegExp | null)[];
  };
}
const prunings = new WeakMap<PhraseRules, Pruning>();

/** Pattern k as run on this text (the table's): its alternatives that could match there, or null for none. */
function prunedPattern(pruning: Pruning, text: string, k: number, whole: RegExp): RegExp | null {
  const alt = pruning.alternations[k];
  if (!alt) return whole;
  const at = pruning.altAt[k]!;
  let kept = 0;
  for (let j = 0; j < alt.sources.length; j++) if (pruning.table.allows(text, at + j)) kept |= 1 << j;
  return prunedTo(alt, kept);
}

/** A gate's pattern as run on this normalised text and any part of it: its alternatives that could match there (null
 *  for none; the whole pattern for a gate registered after the table was built). Asked per clause: the answer for
 *  the last text is kept. */
function gatedPattern(pruning: Pruning, text: string, gate: TextGate): RegExp | null {
  const g = pruning.gates;
  const alt = g.alternations[gate.at];
  if (!alt) return GATE_PATTERNS[gate.at]!;
  if (g.text[gate.at] === text) return g.re[gate.at]!;
  const at = g.altAt[gate.at]!;
  let kept = 0;
  for (let j = 0; j < alt.sources.length; j++) if (pruning.table.allows(text, at + j)) kept |= 1 << j;
  g.text[gate.at] = text;
  g.re[gate.at] = prunedTo(alt, kept);
  return g.re[gate.at]!;
}

/** Does the gated pattern match in `part` (the text or a part of it: a clause, the words before a match)? */
function gateTest(pruning: Pruning | undefined, text: string, gate: TextGate, pattern: RegExp, part: string): boolean {
  const re = pruning ? gatedPattern(pruning, text, gate) : pattern;
  return re?.test(part) === true;
}

/** The message's negation (negationFor) as run on this normalised text and its clauses: NEGATION pruned to the
 *  alternatives the text could hold (null: none can match). */
export function negationIn(rules: PhraseRules, text: string): RegExp | null {
  warningTableOf(rules);
  const negation = negationFor(text);
  const pruning = prunings.get(rules);
  return negation === NEGATION && pruning ? gatedPattern(pruning, text, NEGATION_GATE) : negation;
}

/** Warning i as tested on this normalised text and on any part of it (a sentence, a clause), or null when it can
 *  match nowhere in the text. */
export function warningFor(rules: PhraseRules, text: string, i: number): RegExp | null {
  warningTableOf(rules);
  const pruning = prunings.get(rules);
  return pruning ? prunedPattern(pruning, text, i, rules.warnings[i]!) : rules.warnings[i]!;
}

/** Could this `unless` exception hold for some part of this normalised text (a sentence of it)? */
export function mayExcept(rules: PhraseRules, text: string, unless: RegExp): boolean {
  warningTableOf(rules);
  const pruning = prunings.get(rules);
  const at = pruning?.unlessAt.get(unless);
  return at === undefined || pruning!.table.allows(text, at);
}

const gateTables = new WeakMap<PhraseRules, { table: ScreenTable; first: number; count: number }>();

/** Could the gated pattern match somewhere in this normalised text (the one the rules' table reads: read once for
 *  the phrase rules, the warnings and every gate)? */
export function mayHold(rules: PhraseRules, normalized: string, gate: TextGate): boolean {
  warningTableOf(rules);
  const gates = gateTables.get(rules)!;
  return gate.at >= gates.count || gates.table.allows(normalized, gates.first + gate.at);
}

// The screens of a rule list's patterns, numbered in order from `offset` (a list screened on its own: from 0).
const screenTables = new WeakMap<readonly PhraseRule[], { table: ScreenTable; offset: number; pruning?: Pruning }>();
function screenTableOf(rules: readonly PhraseRule[]): { table: ScreenTable; offset: number; pruning?: Pruning } {
  let screened = screenTables.get(rules);
  if (!screened) {
    screened = { table: new ScreenTable(rules.flatMap((r) => r.needs)), offset: 0 };
    screenTables.set(rules, screened);
  }
  return screened;
}

/** One hit per topic (the first pattern that matches), in rule order. `text` is normalised. */
/** Is some hit of this topic? (The hits, one per topic, are a handful: no Set made per message.) */
function hasTopic(hits: readonly PhraseMatch[], topic: TopicId): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.topic === topic) return true;
  return false;
}

/** Does one of the exceptions hold for the sentence of the text holding text[at]? (Each screened on the text first.) */
function excepts(unless: readonly RegExp[], text: string, at: number, pruning: Pruning | undefined): boolean {
  let sentence: string | undefined;
  for (const u of unless) {
    if (pruning) {
      const k = pruning.unlessAt.get(u);
      if (k !== undefined && !pruning.table.allows(text, k)) continue;
    }
    sentence ??= sentenceAround(text, at);
    if (u.test(sentence)) return true;
  }
  return false;
}

export function findPhrases(
  normalized: string,
  rules: readonly PhraseRule[],
  filter: PhraseFilter = {},
): PhraseMatch[] {
  const hits: PhraseMatch[] = [];
  const { table, offset, pruning } = screenTableOf(rules);
  let n = offset;
  for (const rule of rules) {
    const first = n;
    n += rule.patterns.length;
    if ((hits.length > 0 && hasTopic(hits, rule.topic)) || (rule.officialLinksClear && filter.officialLinksOnly))
      continue;
    for (let p = 0; p < rule.patterns.length; p++) {
      if (!table.allows(normalized, first + p)) continue;
      // (Pattern numbers in the pruning count the warnings first, as the table does.)
      const re = pruning ? prunedPattern(pruning, normalized, first + p, rule.patterns[p]!) : rule.patterns[p]!;
      if (!re) continue;
      re.lastIndex = 0;
      let found: string | undefined;
      for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
        const [clauseStart] = clauseAround(normalized, m.index);
        if (
          !negated(normalized, clauseStart, m.index, m[0], pruning) &&
          !(rule.unless.length && excepts(rule.unless, normalized, m.index, pruning)) &&
          (filter.accept?.(m.index, m.index + m[0].length) ?? true)
        ) {
          found = m[0];
          break;
        }
        // A match turned down must not hide one that starts inside it: a warning's match can run on into the next
        // sentence's request ("验证码切勿告诉他人。请输入验证码…": 告诉…验证码 spans both), so search on from its next unit.
        re.lastIndex = m.index + 1;
      }
      if (found !== undefined) {
        hits.push({ topic: rule.topic, severity: rule.severity, text: found });
        break;
      }
    }
  }
  return hits;
}
