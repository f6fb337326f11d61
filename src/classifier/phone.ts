// Phone numbers → reason codes. Order matters: decisive evidence (overseas prefix, fake 96110, lookalike of an
// official number) is checked before the number-plan rules, and the allowlist before anything that could doubt it.
import type { BrandIndex } from './brand-index.ts';
import {
  CARRIER_NUMBERS,
  EMERGENCY_NUMBERS,
  exactNumbers,
  SERVICE_SHAPES,
  WARNING_SMS,
} from './data/service-numbers.ts';
import { withinOneEdit } from './distance.ts';
import { isValidNumber, type NumberParts, numberType, parseMainland, possibleAbroad } from './phone-parse.ts';
import { type PhoneKey, phoneKey } from './phone-key.ts';
import type { ReasonCode } from './reasons.ts';

export interface PhoneFinding {
  key: PhoneKey;
  normalized: string;
  reasons: ReasonCode[];
}

// Virtual-operator mobile segments (MVNO): libphonenumber reports them as plain MOBILE, so we keep our own table.
const VIRTUAL_SEGMENTS = /^(170|171|162|165|167)/;
const CARRIER = exactNumbers(CARRIER_NUMBERS);
const EMERGENCY = exactNumbers(EMERGENCY_NUMBERS);

// Lookalike numbers: at most this many digits added around an official number, and official numbers at least this
// long checked for one edit (a short one such as 95xxx is one edit away from other real service lines).
const MAX_EMBEDDING_EXTRA = 5;
const ONE_EDIT_MIN_DIGITS = 7;

export function isLookalikeOfOfficial(national: string, brand: BrandIndex): boolean {
  for (const official of brand.numberDigits) {
    if (national === official) continue;
    // Embedding: the official digits with something added before or after ("4000000000-1", "00852 400…").
    // (A few digits only: a long id or tracking number that happens to hold it is no phone number at all.)
    if (
      national.length > official.length &&
      national.length <= official.length + MAX_EMBEDDING_EXTRA &&
      national.includes(official)
    ) {
      return true;
    }
    if (
      official.length >= ONE_EDIT_MIN_DIGITS &&
      national.length >= official.length - 1 &&
      withinOneEdit(national, official)
    ) {
      return true;
    }
  }
  return false;
}

function e164(key: PhoneKey): string {
  // Service numbers (95xxx, 400…, 106…, 96110) and area-code forms are only dialled nationally: keep them so.
  if (key.country === '86' && (/^(0|95|96|10|12|11|400|800)/.test(key.national) || key.national.length <= 8)) {
    return key.national;
  }
  return `+${key.country}${key.national}`;
}

export interface PhoneContext {
  /** The message describes an incoming call ("来电", "打给我", "called me"): the number is a caller-ID display. */
  incomingCall?: boolean;
}

// 110 and ordinary 400/800 lines receive calls; they rarely place them.
const isInboundLine = (n: string) => n === '110' || SERVICE_SHAPES.hotline400.test(n);

export function classifyPhone(raw: string, brand: BrandIndex, context: PhoneContext = {}): PhoneFinding {
  const finding = classifyNumber(raw, brand);
  const n = finding.key.national;
  if (context.incomingCall && finding.key.country === '86' && isInboundLine(n))
    finding.reasons.push('CALL_FROM_INBOUND_LINE');
  return finding;
}

function classifyNumber(raw: string, brand: BrandIndex): PhoneFinding {
  const key = phoneKey(raw);
  const reasons: ReasonCode[] = [];
  const n = key.national;
  const finding = { key, normalized: e164(key), reasons };

  // 96110 is never reached from abroad: "+96110", "0096110", "+86 96110" are all fakes of the anti-fraud line.
  if (key.prefix && /96110$/.test(key.digits)) {
    reasons.push('FAKE_96110');
    return finding;
  }
  if (key.country !== '86') {
    // A domestic platform's customer service never calls from an international number.
    reasons.push('INTERNATIONAL_PREFIX');
    if (isLookalikeOfOfficial(key.digits, brand)) reasons.push('LOOKALIKE_OFFICIAL_NUMBER');
    if (possibleAbroad(key.digits) === false) reasons.push('INVALID_NUMBER');
    return finding;
  }
  if (brand.numberKeys.has(key.key)) {
    // Official — but caller ID can be spoofed, so an incoming call from it still proves nothing.
    reasons.push('OFFICIAL_NUMBER', 'CALLER_ID_SPOOFABLE');
    return finding;
  }
  if (brand.senders.has(key.digits) || brand.senders.has(n)) {
    reasons.push('OFFICIAL_SMS_SENDER');
    return finding;
  }
  // Written with +86 or a trunk 0, "10…" is Beijing's area code ("+86 10 6123 4567", "010-6123-4567"), not a 106
  // SMS port or a 10xxx service number: a valid landline or mobile in that form is read as one first.
  // Parsed once, and only when a rule below needs it (libphonenumber's validity check is the costly step).
  // (Inline, not a closure: tsx keeps function names by a property definition on every named closure made.)
  let parsedOnce: NumberParts | undefined | null = null;
  const areaCodeForm = key.prefix !== '' || key.digits.startsWith('0');
  if (areaCodeForm && /^(10|2\d|[3-9]\d{2})\d{5,8}$/.test(n) && !/^(400|800|95|96|12)/.test(n)) {
    if (parsedOnce === null) parsedOnce = parseMainland(n);
    const parsed = parsedOnce;
    // (A FIXED_LINE type implies a valid number: isValid() and getType() === 'FIXED_LINE' in one step.)
    if (parsed && numberType(parsed) === 'FIXED_LINE' && !isLookalikeOfOfficial(n, brand)) {
      reasons.push('FIXED_LINE_NUMBER', 'CALLER_ID_SPOOFABLE');
      return finding;
    }
  }
  // A 106 business-SMS sender is a channel, not a dialled number: one that ends in an official number is how a
  // brand's own gateway is numbered, not a lookalike.
  if (SERVICE_SHAPES.bulkSms106.test(n)) {
    reasons.push('BULK_SMS_PORT_106');
    return finding;
  }
  if (isLookalikeOfOfficial(n, brand)) {
    reasons.push('LOOKALIKE_OFFICIAL_NUMBER');
    return finding;
  }
  if (/^(0?\d{2,3})?96110$/.test(n)) {
    reasons.push('NATIONAL_ANTI_FRAUD_LINE', 'CALLER_ID_SPOOFABLE');
    return finding;
  }
  if (n === WARNING_SMS) {
    reasons.push('NATIONAL_WARNING_SMS');
    return finding;
  }
  if (EMERGENCY.test(n)) {
    reasons.push('POLICE_EMERGENCY_NUMBER', 'CALLER_ID_SPOOFABLE');
    return finding;
  }
  if (SERVICE_SHAPES.short95.test(n)) {
    reasons.push('SERVICE_NUMBER_95', 'CALLER_ID_SPOOFABLE');
    return finding;
  }
  if (SERVICE_SHAPES.long95.test(n)) {
    reasons.push('LONG_95_NUMBER', 'CALLER_ID_SPOOFABLE');
    return finding;
  }
  if (CARRIER.test(n)) {
    reasons.push('CARRIER_SERVICE_NUMBER');
    return finding;
  }
  if (SERVICE_SHAPES.hotline400.test(n)) {
    reasons.push('SERVICE_NUMBER_400');
    return finding;
  }
  if (parsedOnce === null) parsedOnce = parseMainland(n);
  const parsed = parsedOnce;
  if (!parsed || !isValidNumber(parsed)) {
    reasons.push('INVALID_NUMBER');
    return finding;
  }
  if (VIRTUAL_SEGMENTS.test(n)) reasons.push('VIRTUAL_OPERATOR_SEGMENT');
  // Mainland mobiles are 11 digits starting with 1; only other numbers need libphonenumber's type lookup.
  else reasons.push(/^1\d{10}$/.test(n) || numberType(parsed) !== 'FIXED_LINE' ? 'MOBILE_NUMBER' : 'FIXED_LINE_NUMBER');
  reasons.push('CALLER_ID_SPOOFABLE');
  return finding;
}
