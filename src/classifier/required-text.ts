// A screen in front of the content's regular expressions: for each pattern, a few strings one of which every match
// must contain ("安全账户|监管账户" needs "安全账户" or "监管账户"; "\bscan\b.{0,12}\bqr\b" needs "scan"). A text
// holding none of them cannot match, so the pattern is not run on it: most of the ~100 phrase, warning and variant
// patterns are skipped on any one message. The analysis is conservative: what it does not follow (lookarounds,
// `.`, \s, \p{…}, negated or large classes, backreferences, optional parts) adds no requirement, and a pattern with
// none at all always runs. Patterns are matched without the `i` flag (messages are lower-cased first), so a
// character matches only itself.

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

class Unsupported extends Error {}

class Parser {
  at = 0;
  constructor(readonly src: string) {}

  fail(): never {
    throw new Unsupported();
  }

  peek(): string | undefined {
    return this.src[this.at];
  }

  expect(ch: string): void {
    if (this.peek() !== ch) this.fail();
    this.at++;
  }

  /** Alternatives: a match holds one of the strings some alternative requires (nothing if one requires nothing). */
  disjunction(): Need {
    const alternatives: Need[] = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    if (alternatives.some((a) => !a.all?.length)) return {};
    // One clause: each alternative's rarest one, joined.
    const any = [...new Set(alternatives.flatMap((a) => a.all![0]!))];
    return any.length <= MAX_STRINGS ? { all: [any] } : {};
  }

  /** A sequence: every non-optional term is in the match, and neighbouring fixed characters form one string; keep
   *  the rarest requirements. */
  alternative(): Need {
    const candidates: string[][] = [];
    let run = '';
    let allLiteral = true;
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const { need, exactlyOnce } = this.term();
      if (exactlyOnce && need.literal !== undefined) {
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

  term(): { need: Need; exactlyOnce: boolean } {
    const ch = this.peek()!;
    const next = this.src[this.at + 1];
    if (ch === '^' || ch === '$' || (ch === '\\' && (next === 'b' || next === 'B'))) {
      this.at += ch === '\\' ? 2 : 1;
      return { need: {}, exactlyOnce: false };
    }
    if (/^\(\?<?[=!]/.test(this.src.slice(this.at, this.at + 4))) {
      // A lookaround is zero-width: parsed to skip it, never a requirement of the match.
      this.at += this.src[this.at + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      return { need: {}, exactlyOnce: false };
    }
    const need = this.atom();
    const { min, max } = this.quantifier();
    return { need: min === 0 ? {} : need, exactlyOnce: min === 1 && max === 1 };
  }

  quantifier(): { min: number; max: number } {
    const ch = this.peek();
    let q = { min: 1, max: 1 };
    if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) this.fail(); // with the u flag a lone "{" is a syntax error anyway
      const min = Number(m[1]);
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
      this.at += m[0].length - 1;
    } else return q;
    this.at++;
    if (this.peek() === '?') this.at++;
    return q;
  }

  atom(): Need {
    const ch = this.peek()!;
    if (ch === '(') {
      this.at++;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (this.src.startsWith('?<', this.at)) {
        const close = this.src.indexOf('>', this.at);
        if (close < 0) this.fail();
        this.at = close + 1;
      } else if (this.peek() === '?') this.fail();
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (ch === '[') return this.characterClass();
    if (ch === '.') {
      this.at++;
      return {};
    }
    const c = ch === '\\' ? this.escape() : this.literal();
    if (c === undefined) return {};
    if (c.length === 1) return { all: [[c[0]!]], literal: c[0]! };
    return c.length <= MAX_CLASS ? { all: [c] } : {};
  }

  /** One character, as a string. */
  literal(): string[] {
    const cp = this.src.codePointAt(this.at)!;
    if ('*+?{}|)]'.includes(String.fromCodePoint(cp))) this.fail();
    this.at += cp > 0xffff ? 2 : 1;
    return [String.fromCodePoint(cp)];
  }

  /** The characters an escape matches, or undefined (\s, \w, \p{…}, \D …: too many to be a screen). */
  escape(): string[] | undefined {
    const next = this.src[this.at + 1];
    if (next === undefined) this.fail();
    this.at += 2;
    if (next === 'd') return [...'0123456789'];
    if ('sSDwW'.includes(next)) return undefined;
    if (next === 'p' || next === 'P' || next === 'k') {
      // A Unicode property or a named backreference: skipped, no requirement.
      const close = this.src.indexOf(next === 'k' ? '>' : '}', this.at);
      if (close < 0) this.fail();
      this.at = close + 1;
      return undefined;
    }
    if (/[1-9]/.test(next)) {
      // A backreference: what it repeats is required by its group already.
      while (/[0-9]/.test(this.peek() ?? '')) this.at++;
      return undefined;
    }
    if (next === 'u' || next === 'x') {
      const rest = this.src.slice(this.at);
      const m = next === 'x' ? /^[0-9a-f]{2}/i.exec(rest) : /^(?:[0-9a-f]{4}|\{[0-9a-f]{1,6}\})/i.exec(rest);
      if (!m) this.fail();
      this.at += m[0].length;
      return [String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/g, ''), 16))];
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (controls[next] !== undefined) return [controls[next]];
    // An identity escape ("\.", "\-", "\/"): the character itself.
    if (/[\^$\\.*+?()[\]{}|/-]/.test(next)) return [next];
    return this.fail();
  }

  characterClass(): Need {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = true;
    while (this.peek() !== ']') {
      if (this.at >= this.src.length) this.fail();
      const first = this.classAtom();
      if (this.peek() === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const last = this.classAtom();
        if (first?.length !== 1 || last?.length !== 1) this.fail();
        const a = first[0]!.codePointAt(0)!;
        const b = last[0]!.codePointAt(0)!;
        if (b - a >= MAX_CLASS) known = false;
        else for (let c = a; c <= b; c++) chars.add(String.fromCodePoint(c));
      } else if (!first) known = false;
      else for (const c of first) chars.add(c);
    }
    this.at++;
    if (negated || !known || chars.size > MAX_CLASS || !chars.size) return {};
    const any = [...chars];
    return any.length === 1 ? { all: [any], literal: any[0]! } : { all: [any] };
  }

  classAtom(): string[] | undefined {
    if (this.peek() === '\\' && this.src[this.at + 1] === 'b') {
      this.at += 2;
      return ['\b'];
    }
    if (this.peek() === '\\') return this.escape();
    const cp = this.src.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return [String.fromCodePoint(cp)];
  }
}

/** The screen for one pattern (written for the `u` flag, without `i`). */
export function requiredText(source: string): Required {
  try {
    const p = new Parser(source);
    const need = p.disjunction();
    if (p.at !== source.length || !need.all?.length) return undefined;
    return { clauses: need.all.map(anyOf) };
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** A bit for a pair of neighbouring UTF-16 units (hashed into 2^16 bits; a collision only lets a pattern run). */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

/** One text screened against many patterns: which characters and which pairs of neighbouring characters it holds
 *  (a bit each, 8 KB apiece: they stay in the CPU's nearest cache), so most screens fail without a search.
 *  Reused (the classifier is synchronous). */
export class Screen {
  private readonly chars = new Uint8Array(0x2000);
  private readonly pairs = new Uint8Array(0x2000);
  private text = '';

  /** Screen this text from now on. */
  of(text: string): this {
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

  /** Could pattern i of the table match somewhere in the text? (As allows(), over the table's flat arrays.) */
  allowsIn(table: ScreenTable, i: number): boolean {
    const { clauseStart, stringStart, firsts, headPairs, tailPairs, strings } = table;
    const { chars, pairs } = this;
    for (let c = clauseStart[i]!, lastClause = clauseStart[i + 1]!; c < lastClause; c++) {
      let held = false;
      for (let k = stringStart[c]!, end = stringStart[c + 1]!; k < end; k++) {
        const a = firsts[k]!;
        if (!(chars[a >> 3]! & (1 << (a & 7)))) continue;
        const head = headPairs[k]!;
        const tail = tailPairs[k]!;
        if (head < 0 || (pairs[head >> 3]! & (1 << (head & 7)) && pairs[tail >> 3]! & (1 << (tail & 7)) && this.text.includes(strings[k]!))) {
          held = true;
          break;
        }
      }
      if (!held) return false;
    }
    return true;
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
      if (pairs[head >> 3]! & (1 << (head & 7)) && pairs[tail >> 3]! & (1 << (tail & 7)) && this.text.includes(strings[i]!)) return true;
    }
    return false;
  }
}

/** The one screen every caller uses in turn (the classifier is synchronous): one pair of bitmaps, not one per
 *  caller, keeps them in the CPU's nearest cache. Valid until the next `of`. */
export const sharedScreen = new Screen();

/** Many patterns' screens in flat arrays (one walk through contiguous memory per pattern, not a chase through
 *  objects): pattern i's clauses are clauseStart[i] … clauseStart[i + 1] - 1, clause c's strings stringStart[c] …
 *  stringStart[c + 1] - 1. A pattern without clauses always runs. */
export class ScreenTable {
  readonly clauseStart: Int32Array;
  readonly stringStart: Int32Array;
  readonly firsts: Uint16Array;
  readonly headPairs: Int32Array;
  readonly tailPairs: Int32Array;
  readonly strings: string[] = [];

  constructor(required: readonly Required[]) {
    const clauseStart = [0];
    const stringStart = [0];
    const firsts: number[] = [];
    const heads: number[] = [];
    const tails: number[] = [];
    for (const r of required) {
      for (const clause of r?.clauses ?? []) {
        clause.strings.forEach((str, k) => {
          this.strings.push(str);
          firsts.push(clause.firsts[k]!);
          heads.push(clause.headPairs[k]!);
          tails.push(clause.tailPairs[k]!);
        });
        stringStart.push(this.strings.length);
      }
      clauseStart.push(stringStart.length - 1);
    }
    this.clauseStart = Int32Array.from(clauseStart);
    this.stringStart = Int32Array.from(stringStart);
    this.firsts = Uint16Array.from(firsts);
    this.headPairs = Int32Array.from(heads);
    this.tailPairs = Int32Array.from(tails);
  }
}
