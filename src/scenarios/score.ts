// The drill score, 0–100 (formula documented for authors in scenarios/README.md). Getting out safely counts
// most; spotting the warning signs counts next; risky answers on the way cost points even when the user got out.
import type { DrillState } from './state.ts';

export interface RedFlagSummary {
  /** Named by the user ("这是境外号码"). */
  spotted: string[];
  /** Got past with a safe answer (hung up at once) without naming them. */
  avoided: string[];
  /** Shown and neither spotted nor avoided. */
  missed: string[];
}

export function redFlagSummary(state: Pick<DrillState, 'shown' | 'spotted' | 'avoided'>): RedFlagSummary {
  const spotted = state.shown.filter((id) => state.spotted.includes(id));
  const avoided = state.shown.filter((id) => !spotted.includes(id) && (state.avoided ?? []).includes(id));
  return { spotted, avoided, missed: state.shown.filter((id) => !spotted.includes(id) && !avoided.includes(id)) };
}

export const RISKY_PENALTY = 5;

/**
 * passed: 50 + 50 × (spotted + avoided)/shown − 5 per risky answer (floor 0);
 * failed, and unfinished drills: 40 × (spotted + avoided)/shown — never as much as getting out safely.
 * A flag got past safely counts like one named: hanging up at once is the lesson itself.
 * No red flag shown yet counts as none spotted.
 */
export function scoreDrill(state: Pick<DrillState, 'shown' | 'spotted' | 'avoided' | 'history' | 'outcome'>): number {
  const { spotted, avoided } = redFlagSummary(state);
  const ratio = state.shown.length ? (spotted.length + avoided.length) / state.shown.length : 0;
  if (state.outcome !== 'passed') return Math.round(40 * ratio);
  const risky = state.history.filter((t) => t.judgement === 'risky').length;
  return Math.max(0, Math.round(50 + 50 * ratio - RISKY_PENALTY * risky));
}
