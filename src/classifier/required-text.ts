// A screen in front of the content's regular expressions: for each pattern, a few strings one of which every match
// must contain ("安全账户|监管账户" needs "安全账户" or "监管账户"; "\bscan\b.{0,12}\bqr\b" needs "scan"). A text
// holding none of them cannot match, so the pattern is not run on it: most of the ~100 phrase, warning and variant
// patterns are skipped on any one message. The analysis is conservative: what it does not follow (lookarounds,
// `.`, \s, \p{…}, negated or large classes, backreferences, optional parts) adds no requirement, and a pattern with
// none at all always runs. Patterns are matched without the `i` flag (messages are lower-cased first), so a
// character matches only itself.

import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** Clauses a text must all satisfy for a pattern to match in it; undefined: the pattern is always run. */
export type Required = { readonly clauses: readonly AnyOf[] } | undefined;

/** Strings of which every match holds one. */
export interface AnyOf {
  readonly strings: readonly string[];
  /** Per string: its first character, and (for two or more characters) its first and last pair (pairSlot). */
  readonly firsts: Uint16Array;
  readonly headPairs: Int32Array;
  readonly tailPairs: Int32Array;
}

function anyOf(list: readonly string[]): AnyOf {
  // Flat copies (the parser built them by concatenation), so includes() need not flatten them on every call.
  const strings = list.map((x) => [...x].join(''));
  const pair = (x: string, at: number) => (x.length < 2 ? -1 : pairSlot(x.charCodeAt(at), x.charCodeAt(at + 1)));
  return {
    strings,
    firsts: Uint16Array.from(strings, (x) => x.charCodeAt(0)),
    headPairs: Int32Array.from(strings, (x) => pair(x, 0)),
    tailPairs: Int32Array.from(strings, (x) => pair(x, x.length - 2)),
  };
}

/** A class of more characters, or an alternation needing more strings, is no useful screen. */
const MAX_CLASS = 16;
const MAX_STRINGS = 256;

// Rough odds that a character occurs at a given place in a message: picks the rarest requirement of a sequence.
const EN_FREQ = 'etaoinshrdlcumwfgypbvkjxqz';
function charOdds(c: string): number {
  if (c === ' ') return 0.15;
  const en = EN_FREQ.indexOf(c);
  if (en >= 0) return 0.1 * 0.85 ** en;
  if (/[0-9]/.test(c)) return 0.02;
  if (/[的是我你了在有不人这一个们您请]/.test(c)) return 0.03;
  if (c >= '\u3400' && c <= '\u9fff') return 0.004;
  return 0.01;
}
function odds(need: readonly string[]): number {
  let sum = 0;
  for (const s of need) {
    let p = 1;
    for (const c of s) p *= charOdds(c);
    sum += p;
  }
  return sum;
}

/** What a piece of pattern requires: clauses, each a list of strings one of which is in every match (all clauses
 *  hold), and the fixed text it always matches. */
interface Need {
  all?: string[][];
  literal?: string;
}

/** A sequence keeps its rarest few requirements: each one more rarely lets a pattern through for nothing. */
const MAX_CLAUSES = 3;

/** Alternatives: a match holds one of the strings some alternative requires (nothing if one requires nothing). */
function disjunction(alternatives: readonly AST.Alternative[]): Need {
  const needs = alternatives.map(alternative);
  if (needs.length === 1) return needs[0]!;
  if (needs.some((a) => !a.all?.length)) return {};
  // One clause: each alternative's rarest one, joined.
  const any = [...new Set(needs.flatMap((a) => a.all![0]!))];
  return any.length <= MAX_STRINGS ? { all: [any] } : {};
}

/** A sequence: every non-optional element is in the match, and neighbouring fixed characters form one string; keep
 *  the rarest requirements. */
function alternative({ elements }: AST.Alternative): Need {
  const candidates: string[][] = [];
  let run = '';
  let allLiteral = true;
  const flush = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const e of elements) {
    const q = e.type === 'Quantifier' ? e : { min: 1, max: 1, element: e };
    const need = q.min === 0 ? {} : element(q.element);
    if (q.min === 1 && q.max === 1 && need.literal !== undefined) {
      run += need.literal;
      continue;
    }
    allLiteral = false;
    flush();
    if (need.all) candidates.push(...need.all);
  }
  if (allLiteral) return run ? { all: [[run]], literal: run } : {};
  flush();
  if (!candidates.length) return {};
  // Rarest first (a disjunction joins its alternatives' first clauses).
  const rated = candidates.map((c) => ({ c, p: odds(c) })).sort((a, b) => a.p - b.p);
  return { all: rated.slice(0, MAX_CLAUSES).map((r) => r.c) };
}

/** Assertions (lookarounds too: zero-width), `.`, \s, \w, \p{…} and backreferences (what one repeats its group
 *  requires already) require nothing. */
function element(e: AST.Element): Need {
  switch (e.type) {
    case 'CapturingGroup':
      return disjunction(e.alternatives);
    case 'Group':
      return e.modifiers ? {} : disjunction(e.alternatives); // (?i:…) would let its letters match either case
    case 'Character':
    case 'CharacterSet':
      return fromChars(characters(e));
    case 'CharacterClass':
      return e.negate ? {} : fromChars(classCharacters(e.elements));
    default:
      return {};
  }
}

function fromChars(chars: readonly string[] | undefined): Need {
  if (!chars?.length || chars.length > MAX_CLASS) return {};
  return chars.length === 1 ? { all: [[...chars]], literal: chars[0]! } : { all: [[...chars]] };
}

/** The characters a class matches, or undefined when too many to be a screen. */
function classCharacters(elements: readonly AST.CharacterClassElement[]): string[] | undefined {
  const chars = new Set<string>();
  for (const e of elements) {
    if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value >= MAX_CLASS) return undefined;
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
      continue;
    }
    const some = characters(e);
    if (!some) return undefined;
    for (const c of some) chars.add(c);
  }
  return [...chars];
}

/** The characters a character or escape matches: \d its ten digits; undefined for the rest (too many). */
function characters(e: AST.CharacterClassElement | AST.CharacterSet): string[] | undefined {
  if (e.type === 'Character') return [String.fromCodePoint(e.value)];
  if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) return [...'0123456789'];
  return undefined;
}

/** The screen for one pattern (written for the `u` flag, without `i`). */
export function requiredText(source: string): Required {
  let pattern: AST.Pattern;
  try {
    // ES2024, Node 20's syntax: a pattern it cannot compile (say, with (?i:…)) gets no screen.
    pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined; // not a pattern: nothing to screen
  }
  const need = disjunction(pattern.alternatives);
  return need.all?.length ? { clauses: need.all.map(anyOf) } : undefined;
}

/** A bit for a pair of neighbouring UTF-16 units (hashed into 2^16 bits; a collision only lets a pattern run). */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

/** A bit for three neighbouring units, hashed as pairSlot (a collision only brings a string that holdsAt turns away). */
function tripleSlot(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
}

/** One text screened against one pattern's requirement at a time: which characters and which pairs of neighbouring
 *  characters it holds (a bit each), so most screens fail without a search. The plain statement of what a screen
 *  lets through; the classifier reads many patterns' screens at once through a ScreenTable, which the tests hold
 *  to it. */
export class Screen {
  private readonly chars = new Uint8Array(0x2000);
  private readonly pairs = new Uint8Array(0x2000);
  private text = '';

  /** Screen this text from now on. */
  of(text: string): this {
    if (text === this.text) return this;
    const { chars, pairs } = this;
    const old = this.text;
    for (let i = 0; i < old.length; i++) {
      chars[old.charCodeAt(i) >> 3] = 0;
      if (i > 0) pairs[pairSlot(old.charCodeAt(i - 1), old.charCodeAt(i)) >> 3] = 0;
    }
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      chars[c >> 3]! |= 1 << (c & 7);
      if (prev >= 0) {
        const p = pairSlot(prev, c);
        pairs[p >> 3]! |= 1 << (p & 7);
      }
      prev = c;
    }
    this.text = text;
    return this;
  }

  /** Could pattern i of the table match somewhere in the text? (As allows(); the table reads the text once.) */
  allowsIn(table: ScreenTable, i: number): boolean {
    return table.allows(this.text, i);
  }

  /** Could a pattern with this requirement match somewhere in the text? */
  allows(required: Required): boolean {
    if (!required) return true;
    for (const clause of required.clauses) if (!this.holdsOne(clause)) return false;
    return true;
  }

  private holdsOne(clause: AnyOf): boolean {
    const { firsts, headPairs, tailPairs, strings } = clause;
    const { chars, pairs } = this;
    for (let i = 0; i < firsts.length; i++) {
      const a = firsts[i]!;
      if (!(chars[a >> 3]! & (1 << (a & 7)))) continue;
      const head = headPairs[i]!;
      if (head < 0) return true;
      const tail = tailPairs[i]!;
      // Its first and last pairs present before a search for the whole string.
      if (
        pairs[head >> 3]! & (1 << (head & 7)) &&
        pairs[tail >> 3]! & (1 << (tail & 7)) &&
        this.text.includes(strings[i]!)
      )
        return true;
    }
    return false;
  }
}

/** Many patterns' screens, read off a text in one pass: every string any pattern needs is looked up by the pair of
 *  units it starts with (or by its one unit) at each position of the text, and a string found marks every clause
 *  that holds it (once per text: "是" or a digit met twenty times marks its clauses once); pattern i may match when
 *  all its clauses are marked. Pattern i's clauses are clauseStart[i] … clauseStart[i + 1] - 1. A pattern without
 *  clauses always runs. (Checking each pattern's strings against the text in turn cost a walk over all of them per
 *  message.) The lookups are flat arrays indexed by unit or pair slot, not Maps: the read runs on every message. */
export class ScreenTable {
  readonly clauseStart: Int32Array;
  /** Per distinct string: its units, all strings' side by side in one array (string s is units[unitFrom[s]] …
   *  units[unitFrom[s + 1] - 1]: a candidate compared reads these few cache lines, not a heap string of its own, cold
   *  in a pass where each message meets the table after other work), and the clauses holding it
   *  (clauses[clauseFrom[s]] … clauses[clauseFrom[s + 1] - 1]). */
  private readonly units: Uint16Array;
  private readonly unitFrom: Int32Array;
  private readonly clauseFrom: Int32Array;
  private readonly clauses: Int32Array;
  /** String ids by their one unit (one-unit strings), by the pairSlot of their two units (two-unit strings), or by
   *  the tripleSlot of their first three units (longer ones: an English pair such as "co" or " t" starts dozens of
   *  them, and a position read them all in turn where its three units now find the few that can start there). */
  private readonly byUnit: KeyGroups;
  private readonly byPair: KeyGroups;
  private readonly byTriple: KeyGroups;
  /** A bit per pairSlot that some longer string starts with: most positions of a Chinese text need no triple. */
  private readonly longerPairs = new Int32Array(0x800);
  /** A bit per pairSlot that some string of two units or more starts with (byPair's bits or longerPairs): most
   *  positions start neither, and one bitmap read turns them away where the two cost two cache lines a position. */
  private readonly anyPairs = new Int32Array(0x800);
  /** Clause c is held in the text read last when marks[c] === generation; string s was found in it when
   *  found[s] === generation. */
  private readonly marks: Uint32Array;
  private readonly found: Uint32Array;
  /** Per string of three or more units: its fourth unit (-1 for three units), tested before the string is compared:
   *  the English triples ("the", "con", "pro") start up to a dozen strings each. */
  private readonly fourth: Int32Array;
  private generation = 0;
  private text: string | undefined;

  constructor(required: readonly Required[]) {
    const clauseStart = [0];
    const ids = new Map<string, number>();
    const strings: string[] = [];
    const holders: number[][] = [];
    const byUnit: [number, number][] = [];
    const byPair: [number, number][] = [];
    const byTriple: [number, number][] = [];
    let clauseCount = 0;
    for (const r of required) {
      for (const clause of r?.clauses ?? []) {
        for (const str of clause.strings) {
          // An empty string starts no pair and no unit: it never marks its clause (as the walk it replaces).
          if (!str) continue;
          let id = ids.get(str);
          if (id === undefined) {
            id = strings.length;
            ids.set(str, id);
            strings.push(str);
            holders.push([]);
            this.index(str, id, byUnit, byPair, byTriple);
          }
          const list = holders[id]!;
          if (list.at(-1) !== clauseCount) list.push(clauseCount);
        }
        clauseCount++;
      }
      clauseStart.push(clauseCount);
    }
    this.clauseStart = Int32Array.from(clauseStart);
    this.byUnit = new KeyGroups(byUnit);
    this.byPair = new KeyGroups(byPair);
    this.byTriple = new KeyGroups(byTriple);
    // Strings renumbered in the order the read meets them: the one-unit groups, then the pairs', then the triples',
    // each group's strings side by side (every string is in exactly one group), so a position's candidates read
    // neighbouring entries of fourth, found and units, not entries spread over the table.
    const order = [...this.byUnit.ids, ...this.byPair.ids, ...this.byTriple.ids];
    const renumbered = new Int32Array(strings.length);
    order.forEach((old, id) => {
      renumbered[old] = id;
    });
    for (const groups of [this.byUnit, this.byPair, this.byTriple])
      for (let k = 0; k < groups.ids.length; k++) groups.ids[k] = renumbered[groups.ids[k]!]!;
    const held = order.map((old) => strings[old]!);
    const holding = order.map((old) => holders[old]!);
    this.clauseFrom = new Int32Array(holding.length + 1);
    holding.forEach((list, id) => {
      this.clauseFrom[id + 1] = this.clauseFrom[id]! + list.length;
    });
    this.clauses = Int32Array.from(holding.flat());
    this.marks = new Uint32Array(clauseCount);
    this.found = new Uint32Array(held.length);
    this.fourth = Int32Array.from(held, (str) => (str.length > 3 ? str.charCodeAt(3) : -1));
    this.unitFrom = new Int32Array(held.length + 1);
    held.forEach((str, id) => {
      this.unitFrom[id + 1] = this.unitFrom[id]! + str.length;
    });
    this.units = new Uint16Array(this.unitFrom[held.length]!);
    held.forEach((str, id) => {
      for (let k = 0; k < str.length; k++) this.units[this.unitFrom[id]! + k] = str.charCodeAt(k);
    });
  }

  private index(
    str: string,
    id: number,
    byUnit: [number, number][],
    byPair: [number, number][],
    byTriple: [number, number][],
  ): void {
    const a = str.charCodeAt(0);
    if (str.length === 1) byUnit.push([a, id]);
    if (str.length < 2) return;
    const slot = pairSlot(a, str.charCodeAt(1));
    this.anyPairs[slot >>> 5]! |= 1 << (slot & 31);
    if (str.length === 2) byPair.push([slot, id]);
    else {
      this.longerPairs[slot >>> 5]! |= 1 << (slot & 31);
      byTriple.push([tripleSlot(a, str.charCodeAt(1), str.charCodeAt(2)), id]);
    }
  }

  /** Could pattern i match somewhere in `text`? */
  allows(text: string, i: number): boolean {
    if (text !== this.text) this.read(text);
    const { marks, generation } = this;
    for (let c = this.clauseStart[i]!, end = this.clauseStart[i + 1]!; c < end; c++)
      if (marks[c] !== generation) return false;
    return true;
  }

  /** Mark the clauses whose strings occur in the text. */
  private read(text: string): void {
    this.text = text;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.found.fill(0);
      this.generation = 1;
    }
    const { byUnit, byPair, byTriple, found, units, unitFrom, generation, fourth } = this;
    const { bits: unitBits, start: unitStart, ids: unitIds } = byUnit;
    const { bits: pairBits, start: pairStart, ids: pairIds } = byPair;
    const { bits: tripleBits, start: tripleStart, ids: tripleIds } = byTriple;
    const { longerPairs, anyPairs } = this;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const a = text.charCodeAt(i);
      if (unitBits[a >>> 5]! & (1 << (a & 31))) {
        const r = byUnit.rank(a);
        for (let k = unitStart[r]!, end = unitStart[r + 1]!; k < end; k++) this.mark(unitIds[k]!);
      }
      if (i === last) break;
      const b = text.charCodeAt(i + 1);
      const slot = pairSlot(a, b);
      if (!(anyPairs[slot >>> 5]! & (1 << (slot & 31)))) continue;
      if (pairBits[slot >>> 5]! & (1 << (slot & 31))) {
        const r = byPair.rank(slot);
        for (let k = pairStart[r]!, end = pairStart[r + 1]!; k < end; k++) {
          const id = pairIds[k]!;
          if (found[id] !== generation && holdsAt(text, units, unitFrom[id]!, unitFrom[id + 1]!, i)) this.mark(id);
        }
      }
      if (i + 1 === last || !(longerPairs[slot >>> 5]! & (1 << (slot & 31)))) continue;
      const triple = tripleSlot(a, b, text.charCodeAt(i + 2));
      if (!(tripleBits[triple >>> 5]! & (1 << (triple & 31)))) continue;
      const r = byTriple.rank(triple);
      const d = i + 3 <= last ? text.charCodeAt(i + 3) : -2;
      for (let k = tripleStart[r]!, end = tripleStart[r + 1]!; k < end; k++) {
        const id = tripleIds[k]!;
        const f = fourth[id]!;
        if (
          (f === -1 || f === d) &&
          found[id] !== generation &&
          holdsAt(text, units, unitFrom[id]!, unitFrom[id + 1]!, i)
        )
          this.mark(id);
      }
    }
  }

  private mark(id: number): void {
    if (this.found[id] === this.generation) return;
    this.found[id] = this.generation;
    for (let k = this.clauseFrom[id]!, end = this.clauseFrom[id + 1]!; k < end; k++)
      this.marks[this.clauses[k]!] = this.generation;
  }
}

/** text.startsWith(str, at) for a table string held as units[from] … units[to - 1], unit by unit. */
function holdsAt(text: string, units: Uint16Array, from: number, to: number, at: number): boolean {
  if (at + to - from > text.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(at + k - from) !== units[k]) return false;
  return true;
}

/**
 * Ids grouped by a 16-bit key (a unit, a pair slot), for the few keys that have any: a bit per key, and a present
 * key's group found by its rank among the present keys (a count per 32 keys). 16 KB in all, where an array of every
 * key's start took 256 KB, a cache miss for each position of a text whose pair passed the bitmap.
 */
class KeyGroups {
  /** Bit k & 31 of bits[k >>> 5]: does key k have ids? */
  readonly bits = new Int32Array(0x800);
  /** Present keys before each word of bits. */
  private readonly before = new Int32Array(0x800);
  /** The ids of the present key of rank r: ids[start[r]] … ids[start[r + 1] - 1], in the order they were given. */
  readonly start: Int32Array;
  readonly ids: Int32Array;

  constructor(pairs: readonly [number, number][]) {
    for (const [key] of pairs) this.bits[key >>> 5]! |= 1 << (key & 31);
    let present = 0;
    for (let w = 0; w < this.bits.length; w++) {
      this.before[w] = present;
      present += popcount(this.bits[w]!);
    }
    const start = new Int32Array(present + 1);
    for (const [key] of pairs) start[this.rank(key) + 1]!++;
    for (let r = 1; r < start.length; r++) start[r]! += start[r - 1]!;
    const next = start.slice(0, -1);
    this.ids = new Int32Array(pairs.length);
    for (const [key, id] of pairs) this.ids[next[this.rank(key)]!++] = id;
    this.start = start;
  }

  /** The rank of a present key among the present keys. */
  rank(key: number): number {
    return this.before[key >>> 5]! + popcount(this.bits[key >>> 5]! & ((1 << (key & 31)) - 1));
  }
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
