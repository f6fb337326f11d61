// A run of grouped digits can hold several numbers ("00852 5123 8870 00852 6123 4567", "138 1234 5678 139 8765
// 4321"): libphonenumber's own text finder splits it, each number keeping its international prefix. In a message,
// its VALID leniency also tells a phone number from an id that merely looks like one.
import { type CountryCode, findNumbers, type NumberFound } from 'libphonenumber-js/max';
import { SERVICE_SHAPES } from './data/service-numbers.ts';
import {
  isValidNumber,
  parseNational,
  parsePhone,
  possibleAbroad,
  possibleNational,
  withoutStacks,
} from './phone-parse.ts';
import { digitsOf } from './phone-key.ts';

// The finder takes a `leniency` (POSSIBLE, VALID, STRICT_GROUPING, EXACT_GROUPING; documented in libphonenumber-js's
// README) that its type declarations leave out.
type Leniency = 'POSSIBLE' | 'VALID';
const find = findNumbers as unknown as (
  text: string,
  options: { defaultCountry: CountryCode; v2: true; leniency: Leniency },
) => NumberFound[];

export interface RunPart {
  /** Offset of the part inside the run, and the part as written. */
  offset: number;
  raw: string;
}

// The finder reads "+" as the international prefix but not China's "00" between groups: rewrite a group-leading
// "00" followed by a country code (never 0) as " +", which keeps every position.
const IDD_GROUP = /(^|[ -])00(?=[1-9])/g;

const SECOND_PREFIX = /[ -](?:\+|00[1-9])/;

/** A run that starts with an international prefix: "+", "00", or the "00" spaced digit by digit ("0 0 8 5 2 5 …",
 *  a form written so that filters read no number) — read as its grouped form "00852 …" is. */
export const INTL_PREFIX = /^(?:\+|0[ -]?0)/;

function oneByShape(raw: string): boolean {
  const digits = digitsOf(raw).replace(/^00/, '');
  if (SECOND_PREFIX.test(raw)) return false;
  // 106 business-SMS senders run up to 20 digits.
  return digits.length <= (INTL_PREFIX.test(raw) ? 15 : 12) || SERVICE_SHAPES.bulkSms106.test(digits);
}

function validAlone(raw: string): boolean {
  const parsed = parseNational(digitsOf(raw));
  return parsed !== undefined && isValidNumber(parsed);
}

/** One possible number as written? (+/00 prefixed: as an international number; else as a mainland one.) */
function possibleAlone(raw: string): boolean {
  const digits = digitsOf(raw);
  const prefixed = INTL_PREFIX.test(raw);
  return prefixed ? possibleAbroad(digits.replace(/^00/, ''), 'CN') === true : possibleNational(digits);
}

/**
 * The numbers in a digit run. `validOnly` (in a message, for an unlabelled run): only valid numbers, possibly none.
 * Otherwise a run that is one possible number, or that the finder cannot split, is returned whole.
 */
export function splitRun(raw: string, validOnly: boolean): RunPart[] {
  // Most runs are one number: no more digits than a number can have (15 after the prefix) and no second prefix.
  if (!validOnly && oneByShape(raw)) return [{ offset: 0, raw }];
  if (validOnly && oneByShape(raw)) return validAlone(raw) ? [{ offset: 0, raw }] : [];
  if (!validOnly && possibleAlone(raw)) return [{ offset: 0, raw }];
  const text = raw.replace(IDD_GROUP, (_m, sep: string) => `${sep} +`);
  const found = withoutStacks(() =>
    find(text, { defaultCountry: 'CN', v2: true, leniency: validOnly ? 'VALID' : 'POSSIBLE' }),
  );
  const parts: RunPart[] = [];
  for (const f of found) {
    // Back to the "00" the rewrite turned into " +".
    const start = text[f.startsAt] === '+' && raw[f.startsAt] === '0' ? f.startsAt - 1 : f.startsAt;
    parts.push({ offset: start, raw: raw.slice(start, f.endsAt) });
  }
  if (!parts.length) parts.push(...byGroups(raw));
  if (parts.length || validOnly) return parts;
  return [{ offset: 0, raw }];
}

/** The finder does not cut between national numbers written back to back ("138 1234 5678 139 8765 4321"): take the
 *  shortest leading groups that make a valid number, again and again; all groups must be used. */
function byGroups(raw: string): RunPart[] {
  const groups = [...raw.matchAll(/[+\d]+/g)];
  // One group makes one part at most, never the two this asks for: no parse (a tracking number's 13–22 digits).
  if (groups.length < 2) return [];
  const parts: RunPart[] = [];
  let first = 0;
  for (let i = 0; i < groups.length; i++) {
    const start = groups[first]!.index;
    const end = groups[i]!.index + groups[i]![0].length;
    const candidate = raw.slice(start, end);
    const digits = digitsOf(candidate);
    const prefixed = /^(\+|00)/.test(candidate);
    const parsed = prefixed ? parsePhone(`+${digits.replace(/^00/, '')}`, 'CN') : parseNational(digits);
    if (parsed && isValidNumber(parsed)) {
      parts.push({ offset: start, raw: candidate });
      first = i + 1;
    }
  }
  return first === groups.length && parts.length > 1 ? parts : [];
}
