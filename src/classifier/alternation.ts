// A content pattern written as many alternatives ("a|b|c", a warning of a dozen ways to say "never share") is run on a
// message as the alternatives that could match in it: each alternative gets its own screen (required-text.ts), and
// one the text's screen rules out is dropped from the expression run on the text. An alternative that matches nowhere
// in the text changes no match at any position (at each position the others are tried in the same order), so the
// pruned expression finds the same matches, in the same order, in the text and in any part of it (a sentence, a
// clause). Each pruning is compiled once, on first use, and kept by which alternatives it holds.
// Patterns with backreferences or named groups are not split (the groups would be renumbered), nor those of one
// alternative, nor those of more than MAX_ALTERNATIVES.
import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { type Required, requiredText } from './required-text.ts';

const MAX_ALTERNATIVES = 30;

export interface Alternation {
  readonly whole: RegExp;
  /** The sources of the top-level alternatives, in order. */
  readonly sources: readonly string[];
  /** Per alternative: strings one of which each of its matches holds. */
  readonly needs: readonly Required[];
  /** Prunings by the bit mask of the alternatives kept. */
  readonly pruned: Map<number, RegExp>;
}

/** The top-level alternatives of a pattern, or undefined when it is not split (see above). */
export function alternationOf(whole: RegExp): Alternation | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(whole.source, 0, whole.source.length, {
      unicode: whole.flags.includes('u'),
    });
  } catch {
    return undefined;
  }
  const { alternatives } = pattern;
  if (alternatives.length < 2 || alternatives.length > MAX_ALTERNATIVES || whole.flags.includes('i')) return undefined;
  let grouped = false;
  visitRegExpAST(pattern, {
    onBackreferenceEnter: () => {
      grouped = true;
    },
    onCapturingGroupEnter: (g) => {
      if (g.name) grouped = true;
    },
  });
  if (grouped) return undefined;
  const sources = alternatives.map((a) => a.raw);
  return { whole, sources, needs: sources.map(requiredText), pruned: new Map() };
}

/** The expression of the alternatives whose bits are set in `kept` (the whole one when all are; null when none). */
export function prunedTo(alt: Alternation, kept: number): RegExp | null {
  if (kept === 0) return null;
  if (kept === 2 ** alt.sources.length - 1) return alt.whole;
  let re = alt.pruned.get(kept);
  if (!re) {
    const parts: string[] = [];
    for (let k = 0; k < alt.sources.length; k++) if (kept & (1 << k)) parts.push(alt.sources[k]!);
    re = new RegExp(parts.join('|'), alt.whole.flags);
    alt.pruned.set(kept, re);
  }
  return re;
}
