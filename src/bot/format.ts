// Check results as chat text, verdict first: a short bubble with the verdict and what to do (what a reader must
// see even if they read nothing else), then the details — one line per number/link with its reasons, the phrases.
import type { CheckResult, Verdict } from '../classifier/types.ts';

/** A sign before the verdict, readable at a glance in any language (text symbols: they need no emoji font). */
const VERDICT_ICON: Record<Verdict, string> = { official: '✔', unknown: '?', suspicious: '⚠', dangerous: '✖' };

/** The verdict bubble: the icon and the classifier's advice (which opens with the verdict itself). */
export function formatVerdict(result: CheckResult): string {
  return `${VERDICT_ICON[result.verdict]} ${result.advice}`;
}

/** The details bubble, or undefined when there is nothing beyond the verdict (nothing was found). */
export function formatCheckDetails(result: CheckResult, title: string): string | undefined {
  if (!result.items.length && !result.phrases.length && !result.reasons?.length) return undefined;
  const lines = [title];
  // Reasons about the whole message (the wording model's) come first: nothing else may explain the verdict.
  for (const r of result.reasons ?? []) lines.push(`• ${r.message}`);
  for (const item of result.items) {
    const shown = item.reasons.filter(
      (r) => r.severity !== 'info' || item.reasons.length === 1 || r.code.startsWith('OFFICIAL'),
    );
    lines.push(`• ${item.raw}`);
    for (const r of shown.length ? shown : item.reasons) lines.push(`  - ${r.message}`);
  }
  for (const p of result.phrases) lines.push(`• “${p.text}”`);
  return lines.join('\n');
}
