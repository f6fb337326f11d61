// The drill score, 0–100 (formula documented for authors in scenarios/README.md). Getting out safely counts
// most; spotting the warning signs counts next; risky answers on the way cost points even when the user got out.
import type { DrillState } from './state.ts';

export interface RedFlagSummary {
  spotted: string[];
  missed: string[];
}

export function redFlagSummary(state: Pick<DrillState, 'shown' | 'spotted'>): RedFlagSummary {
  const spotted = state.shown.filter((id) => state.spotted.includes(id));
  return { spotted, missed: state.shown.filter((id) => !spotted.includes(id)) };
}

export const RISKY_PENALTY = 5;

/**
 * passed: 50 + 50 × spotted/shown − 5 per risky answer (floor 0);
 * failed, and unfinished drills: 40 × spotted/shown — never as much as getting out safely.
 * No red flag shown yet counts as none spotted.
 */
export function scoreDrill(state: Pick<DrillState, 'shown' | 'spotted' | 'history' | 'outcome'>): number {
  const { spotted } = redFlagSummary(state);
  const ratio = state.shown.length ? spotted.length / state.shown.length : 0;
  if (state.outcome !== 'passed') return Math.round(40 * ratio);
  const risky = state.history.filter((t) => t.judgement === 'risky').length;
  return Math.max(0, Math.round(50 + 50 * ratio - RISKY_PENALTY * risky));
}
