// Check results as chat text: the verdict, one line per number/link with its reasons, then the advice.
import type { CheckResult } from '../classifier/types.ts';

export function formatCheckText(result: CheckResult, title: string): string {
  const lines = [`${title}`];
  for (const item of result.items) {
    const shown = item.reasons.filter((r) => r.severity !== 'info' || item.reasons.length === 1 || r.code.startsWith('OFFICIAL'));
    lines.push(`• ${item.raw}`);
    for (const r of shown.length ? shown : item.reasons) lines.push(`  - ${r.message}`);
  }
  for (const p of result.phrases) lines.push(`• “${p.text}”`);
  lines.push(result.advice);
  return lines.join('\n');
}
