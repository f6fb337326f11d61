// libphonenumber-js as the classifier calls it, at a fraction of the cost: a number parsed without the stack trace
// of the error the library throws and catches for every number it cannot parse, and a parsed number's type and
// validity as its own `getType()` and `isValid()` decide them, from the same metadata, with each pattern compiled
// once. (The library compiles its patterns again on every call, a fresh RegExp per type tried, up to ten per number:
// that was half of a number check's time.) The type steps follow its getNumberType/isValidNumber
// (helpers/getNumberType.js, isValid.js) one for one; phone-parse.test.ts holds them equal on random numbers of every
// shape.
import { Metadata, type PhoneNumber, type NumberType as PhoneType } from 'libphonenumber-js/core';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * `parsePhoneNumberFromString(text, country)`. The library signals an unparsable number (too short, too long, not a
 * number) by throwing a ParseError and catching it itself; capturing that error's stack trace was a tenth of a number
 * check. No stack is taken while it runs (the classifier is synchronous; the limit is restored at once).
 */
export function parsePhone(text: string, country?: CountryCode): PhoneNumber | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parsePhoneNumberFromString(text, country);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `run()` (a call into the library that may throw and catch ParseErrors inside) without stack traces. */
export function withoutStacks<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export type NumberType = NonNullable<PhoneType>;

// The country calling codes the metadata knows ("1", "44", "855"): read once, the first time one is asked about.
let callingCodes: ReadonlySet<string> | undefined;

/** The calling code `digits` begins with ("855" of "8551234"), as the library's metadata knows them, or undefined:
 *  codes are prefix-free, so at most one leading run is one. A bare "+999" or "+000" is no country's. */
export function leadingCallingCode(digits: string): string | undefined {
  callingCodes ??= new Set(
    Object.keys((metadataJson as { country_calling_codes: Record<string, unknown> }).country_calling_codes),
  );
  for (let n = 1; n <= 3 && n <= digits.length; n++)
    if (callingCodes.has(digits.slice(0, n))) return digits.slice(0, n);
  return undefined;
}

// The library's order: fixed line first, then these.
const OTHER_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

// The parts of the library's Metadata a numbering plan is read through (present at run time; its type declarations
// list fewer).
interface TypeDefinition {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanReader {
  selectNumberingPlan(countryOrCallingCode: string): void;
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(type: string): TypeDefinition | undefined;
}

interface TypeRule {
  type: NumberType;
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

/** One numbering plan, compiled. */
interface Plan {
  national: RegExp;
  hasTypes: boolean;
  fixedLine: TypeRule | undefined;
  /** No mobile pattern of its own (or an empty one): a fixed-line match is FIXED_LINE_OR_MOBILE. */
  mobileAsFixed: boolean;
  mobile: TypeRule | undefined;
  others: TypeRule[];
}

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function rule(reader: PlanReader, type: NumberType): TypeRule | undefined {
  const def = reader.type(type);
  // A type without a pattern never matches (isNumberTypeEqualTo).
  if (!def?.pattern()) return undefined;
  return { type, pattern: whole(def.pattern()), lengths: def.possibleLengths() };
}

const plans = new Map<string, Plan>();

function planFor(selector: string): Plan {
  let plan = plans.get(selector);
  if (plan) return plan;
  const reader = new Metadata(metadataJson) as unknown as PlanReader;
  reader.selectNumberingPlan(selector);
  const mobileDef = reader.type('MOBILE');
  plan = {
    national: whole(reader.nationalNumberPattern()),
    hasTypes: reader.hasTypes(),
    fixedLine: rule(reader, 'FIXED_LINE'),
    mobileAsFixed: !mobileDef || mobileDef.pattern() === '',
    mobile: rule(reader, 'MOBILE'),
    others: OTHER_TYPES.map((t) => rule(reader, t)).filter((r): r is TypeRule => r !== undefined),
  };
  plans.set(selector, plan);
  return plan;
}

function matches(national: string, r: TypeRule | undefined): boolean {
  if (!r) return false;
  // Lengths first: a number of another length is not of this type, and the pattern need not run.
  if (r.lengths && !r.lengths.includes(national.length)) return false;
  return r.pattern.test(national);
}

/** What the type and validity steps read of a parsed number (a PhoneNumber, or parseMainland's own record). */
export interface NumberParts {
  country?: string;
  countryCallingCode: string;
  nationalNumber: string;
}

// China's plan as the library's parse() reads it (its metadata): the national prefixes it strips ("0", carrier
// codes "1[12]xx" / "179xx") and the international prefixes it reads as one ("00", "1[12]xx00" / "179xx00").
const cnPlan = new Metadata(metadataJson) as unknown as PlanReader & {
  nationalPrefixForParsing(): string;
  IDDPrefix(): string;
};
cnPlan.selectNumberingPlan('CN');
const CN_NATIONAL_PREFIX = new RegExp(`^(?:${cnPlan.nationalPrefixForParsing()})`);
const CN_IDD_PREFIX = new RegExp(`^(?:${cnPlan.IDDPrefix()})`);
const PLAIN_DIGITS = /^\d{3,17}$/;

/**
 * `parsePhone('+86' + national)` as the type and validity steps read it. For digits the library strips no prefix
 * from (no trunk "0", no carrier code) its parse is the identity — country CN, the digits as the national number —
 * and is skipped (it was half of a number check); any other digits go through the library. phone-parse.test.ts holds
 * both ways equal on random digits of every shape.
 */
export function parseMainland(national: string): NumberParts | undefined {
  if (PLAIN_DIGITS.test(national) && !CN_NATIONAL_PREFIX.test(national))
    return { country: 'CN', countryCallingCode: '86', nationalNumber: national };
  return parsePhone(`+86${national}`);
}

/** National digits that hold no prefix the library would read (international, trunk, carrier, or China's own 86
 *  written without a plus): its parse with CN as the default country gives them as they stand. */
const plainNational = (digits: string) =>
  PLAIN_DIGITS.test(digits) &&
  !CN_NATIONAL_PREFIX.test(digits) &&
  !CN_IDD_PREFIX.test(digits) &&
  !digits.startsWith('86');

/** `parsePhone(digits, 'CN')` likewise, and for digits whose one prefix is the trunk "0" (a landline written
 *  "0755 …", "010-…"), the library's own steps (extractNationalNumber): the "0" stripped unless the digits match
 *  the plan's national pattern and the rest does not, or the rest is too short or of a length no CN number has. */
export function parseNational(digits: string): NumberParts | undefined {
  if (plainNational(digits)) return { country: 'CN', countryCallingCode: '86', nationalNumber: digits };
  if (trunkOnly(digits)) {
    const rest = digits.slice(1);
    const keep = (CN_NATIONAL.test(digits) && !CN_NATIONAL.test(rest)) || !lengthAllowsStrip(rest.length);
    return { country: 'CN', countryCallingCode: '86', nationalNumber: keep ? digits : rest };
  }
  return parsePhone(digits, 'CN');
}

/** "0" and then digits that hold no other prefix: not "00" (international), and the rest plain. */
const trunkOnly = (digits: string) =>
  digits.charCodeAt(0) === 0x30 &&
  digits.charCodeAt(1) !== 0x30 &&
  PLAIN_DIGITS.test(digits) &&
  plainNational(digits.slice(1));
const CN_NATIONAL = whole(cnPlan.nationalNumberPattern());

/** checkNumberLength(rest, 'CN') is neither TOO_SHORT nor INVALID_LENGTH (TOO_LONG strips: the library's rule). */
function lengthAllowsStrip(length: number): boolean {
  const lengths = CN_LENGTHS;
  if (!lengths.length || length === lengths[0]) return true;
  if (length < lengths[0]!) return false;
  return length > lengths[lengths.length - 1]! || lengths.includes(length);
}

/** `parsePhone(digits, 'CN')?.isPossible() === true`, the library skipped as in parseNational. */
export function possibleNational(digits: string): boolean {
  if (plainNational(digits)) return CN_LENGTHS.includes(digits.length);
  return parsePhone(digits, 'CN')?.isPossible() === true;
}
const CN_LENGTHS: readonly number[] = (cnPlan as unknown as CallingReader).possibleLengths() ?? [];

interface CallingReader extends PlanReader {
  hasCallingCode(code: string): boolean;
  isNonGeographicCallingCode(code: string): boolean;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
}

/** A calling code as the library's parse and isPossible read a number under it: the national prefix it would strip,
 *  and the possible lengths of the plans the library may pick (the code's own plan, or any country sharing the code,
 *  chosen by the national number): a length in all of them is possible whichever it picks, a length in none is not.
 *  (Non-geographic codes: no lengths here; the library decides.) */
interface CallingPlan {
  prefix: RegExp | undefined;
  inAll: ReadonlySet<number>;
  inAny: ReadonlySet<number>;
}
const callingPlans = new Map<string, CallingPlan | null>();

function callingPlan(code: string): CallingPlan | null {
  let plan = callingPlans.get(code);
  if (plan !== undefined) return plan;
  const reader = new Metadata(metadataJson) as unknown as CallingReader;
  plan = null;
  if (reader.hasCallingCode(code)) {
    reader.selectNumberingPlan(code);
    const prefix = reader.nationalPrefixForParsing();
    const plans: (readonly number[] | undefined)[] = [reader.possibleLengths()];
    for (const country of reader.getCountryCodesForCallingCode(code) ?? []) {
      reader.selectNumberingPlan(country);
      plans.push(reader.possibleLengths());
    }
    // A plan without lengths (the library then throws) or a non-geographic code: never answered here.
    const known = !reader.isNonGeographicCallingCode(code) && plans.every((l) => l !== undefined && l.length > 0);
    const lists = known ? (plans as (readonly number[])[]) : [];
    const inAny = new Set(lists.flat());
    const inAll = new Set([...inAny].filter((n) => lists.every((l) => l.includes(n))));
    plan = { prefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined, inAll, inAny: known ? inAny : new Set() };
  }
  callingPlans.set(code, plan);
  return plan;
}
const ABROAD_DIGITS = /^[1-9]\d{3,19}$/;

/**
 * `parsePhone('+' + digits, country)?.isPossible()` (undefined: the library parses no number; the default country
 * plays no part in a number with a plus). The library finds the calling
 * code (the shortest known one of one to three digits), strips a national prefix, picks the country and reads its
 * possible lengths; where no prefix applies and the length is possible in every plan it could pick (or in none), that
 * is the answer, and the parse is skipped (it was half of an overseas number's check). Anything else goes through the
 * library; phone-parse.test.ts holds both ways equal on random numbers under every calling code.
 */
export function possibleAbroad(digits: string, country?: CountryCode): boolean | undefined {
  if (ABROAD_DIGITS.test(digits)) {
    for (let n = 1; n <= 3; n++) {
      const plan = callingPlan(digits.slice(0, n));
      if (plan === null) continue;
      const rest = digits.length - n;
      if (rest >= 2 && rest <= 17 && !plan.prefix?.test(digits.slice(n))) {
        if (plan.inAll.has(rest)) return true;
        if (plan.inAny.size > 0 && !plan.inAny.has(rest)) return false;
      }
      break;
    }
  }
  return parsePhone(`+${digits}`, country)?.isPossible();
}

/** `parsed.getType()`, with the patterns compiled once. */
export function numberType(parsed: NumberParts): NumberType | undefined {
  const selector = parsed.country || parsed.countryCallingCode;
  if (!selector) return undefined;
  const plan = planFor(selector);
  const national = parsed.nationalNumber || '';
  if (!plan.national.test(national)) return undefined;
  if (matches(national, plan.fixedLine)) {
    if (plan.mobileAsFixed || matches(national, plan.mobile)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const r of plan.others) if (matches(national, r)) return r.type;
  return undefined;
}

/** `parsed.isValid()`, with the patterns compiled once. */
export function isValidNumber(parsed: NumberParts): boolean {
  const selector = parsed.country || parsed.countryCallingCode;
  const plan = planFor(selector);
  if (plan.hasTypes) return numberType(parsed) !== undefined;
  return plan.national.test(parsed.nationalNumber || '');
}
