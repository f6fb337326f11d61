// Mainland China's public service numbers (universal facts; never a brand's own numbers, which live in
// content/brand.yaml), kept apart from the logic: the phone classifier, the sensitive-data finder, the
// number-context reader and the FAQ search tokens all read this one table.

/** The national anti-fraud warning line. */
export const ANTI_FRAUD_LINE = '96110';
/** The national anti-fraud warning SMS sender. */
export const WARNING_SMS = '12381';
/** Police, ambulance, fire, traffic police. */
export const EMERGENCY_NUMBERS = ['110', '120', '119', '122'] as const;
/** Consumer complaints (12315) and spam / bad-information reports (12321). */
export const REPORT_LINES = ['12315', '12321'] as const;
/** The three carriers' customer-service lines. */
export const MAIN_CARRIER_LINES = ['10086', '10010', '10000'] as const;
/** Every carrier service number: the main lines and the carriers' other short lines. */
export const CARRIER_NUMBERS = [...MAIN_CARRIER_LINES, '10001', '10011', '10050', '10099'] as const;

/** Well-known short numbers that are public, never secrets, although they are short digit runs. */
export const PUBLIC_SHORT_NUMBERS: readonly string[] = [
  ANTI_FRAUD_LINE,
  WARNING_SMS,
  ...EMERGENCY_NUMBERS,
  ...REPORT_LINES,
  ...MAIN_CARRIER_LINES,
];

/** A regex matching exactly one of the given digit strings, plus optional extra alternatives (regex source). */
export function exactNumbers(numbers: readonly string[], ...extra: string[]): RegExp {
  return new RegExp(`^(${[...numbers, ...extra].join('|')})$`);
}
