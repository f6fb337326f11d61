// Reading a user's answer to one quiz item: "genuine" or "scam", in the forms people type them.
import { normalizeText } from '../content/normalize.ts';
import type { Truth } from './schema.ts';

const WORDS: Record<string, Truth> = {
  genuine: 'genuine',
  g: 'genuine',
  '1': 'genuine',
  real: 'genuine',
  legit: 'genuine',
  真: 'genuine',
  真的: 'genuine',
  正规: 'genuine',
  官方: 'genuine',
  scam: 'scam',
  s: 'scam',
  '2': 'scam',
  fake: 'scam',
  fraud: 'scam',
  假: 'scam',
  假的: 'scam',
  骗局: 'scam',
  诈骗: 'scam',
};

/** "genuine" / "scam" for a recognised answer (full-width, traditional Chinese and case are normalised), else undefined. */
export function parseAnswer(input: string): Truth | undefined {
  const key = normalizeText(input).replace(/[\s。.!！]+$/u, '');
  return WORDS[key];
}
