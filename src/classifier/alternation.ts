// A content pattern written as many alternatives ("a|b|c", a warning of a dozen ways to say "never share") is run on a
// message as the alternatives that could match in it: each alternative gets its own screen (required-text.ts), and
// one the text's screen rules out is dropped from the expression run on the text. An alternative that matches nowhere
// in the text changes no match at any position (at each position the others are tried in the same order), so the
// pruned expression finds the same matches, in the same order, in the text and in any part of it (a sentence, a
// clause). Each pruning is compiled once, on first use, and kept by which alternatives it holds.
// A pattern that is one group around alternatives ("(不要|切勿|…)") is split inside the group, the group kept. Only
// the whole match and where it stands are kept: groups inside the alternatives may be renumbered, so patterns whose
// callers read groups are not pruned; nor those with backreferences or named groups, nor those of one alternative,
// nor those of more than MAX_ALTERNATIVES, nor those with the `i` flag (their screens read the text as written).
import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { type Required, requiredText } from './required-text.ts';

const MAX_ALTERNATIVES = 30;

export interface Alternation {
  readonly whole: RegExp;
  /** The sources of the top-level alternatives, in order. */
  readonly sources: readonly string[];
  /** Around the joined alternatives: the group that holds them ("(", ")"), or nothing. */
  readonly open: string;
  readonly close: string;
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
  let { alternatives } = pattern;
  let open = '';
  let close = '';
  const only =
    alternatives.length === 1 && alternatives[0]!.elements.length === 1 ? alternatives[0]!.elements[0]! : undefined;
  if (only && ((only.type === 'CapturingGroup' && !only.name) || (only.type === 'Group' && !only.modifiers))) {
    open = whole.source.slice(only.start, only.alternatives[0]!.start);
    close = ')';
    alternatives = only.alternatives;
  }
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
  return { whole, sources, open, close, needs: sources.map(requiredText), pruned: new Map() };
}

/** The expression of the alternatives whose bits are set in `kept` (the whole one when all are; null when none). */
export function prunedTo(alt: Alternation, kept: number): RegExp | null {
  if (kept === 0) return null;
  if (kept === 2 ** alt.sources.length - 1) return alt.whole;
  let re = alt.pruned.get(kept);
  if (!re) {
    const parts: string[] = [];
    for (let k = 0; k < alt.sources.length; k++) if (kept & (1 << k)) parts.push(alt.sources[k]!);
    re = new RegExp(`${alt.open}${parts.join('|')}${alt.close}`, alt.whole.flags);
    alt.pruned.set(kept, re);
  }
  return re;
}
