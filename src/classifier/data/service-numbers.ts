// Mainland China's public service numbers (universal facts; never a brand's own numbers, which live in
// content/brand.yaml), kept apart from the logic: the phone classifier, the sensitive-data finder, the
// number-context reader, the phone-run splitter and the FAQ search tokens all read this one table.

/** The national anti-fraud warning line. */
export const ANTI_FRAUD_LINE = '96110';
/** The national anti-fraud warning SMS sender. */
export const WARNING_SMS = '12381';
/** The police. */
export const POLICE_LINE = '110';
/** Police, ambulance, fire, traffic police. */
export const EMERGENCY_NUMBERS = [POLICE_LINE, '120', '119', '122'] as const;
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

/** Service-number shapes by number plan (national digits, no trunk 0). */
export const SERVICE_SHAPES = {
  /** 95xxx: nationwide service lines (mostly banks and insurers). */
  short95: /^95\d{3}$/,
  /** 95 and 4–8 more digits: some legitimately assigned, some sublet. */
  long95: /^95\d{4,8}$/,
  /** 106…: the business-SMS channel; senders run up to 20 digits. */
  bulkSms106: /^106\d{2,17}$/,
  /** 400 / 800 hotlines. */
  hotline400: /^[48]00\d{7}$/,
} as const;

/** Service numbers (95xxx, 96110, 12381, 110, 10xxx, 106…, 400/800) are short or odd but always numbers. */
export const SERVICE_NUMBER = /^(95\d{3,8}|96110|12381|110|10\d{3}|106\d{2,17}|[48]00\d{7})$/;

/** A regex matching exactly one of the given digit strings, plus optional extra alternatives (regex source). */
export function exactNumbers(numbers: readonly string[], ...extra: string[]): RegExp {
  return new RegExp(`^(${[...numbers, ...extra].join('|')})$`);
}
