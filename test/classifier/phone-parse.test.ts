// phone-parse.ts must answer exactly as libphonenumber-js's own getType() and isValid() do, for numbers of every
// shape: mainland mobiles and landlines, service numbers, overseas numbers, too short and too long, written
// nationally or with a country code.
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isValidNumber, numberType, parseMainland, parseNational, possibleAbroad, possibleNational } from '../../src/classifier/phone-parse.ts';
import { PHONE_CASES } from './cases.ts';

function agree(text: string, country?: 'CN'): void {
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed) return;
  expect([text, numberType(parsed)]).toEqual([text, parsed.getType()]);
  expect([text, isValidNumber(parsed)]).toEqual([text, parsed.isValid()]);
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
// Leading digits of the shapes that matter (mainland mobiles, landlines by area code, service lines) and any other.
const lead = fc.constantFrom('1', '13', '17', '19', '10', '20', '21', '400', '800', '95', '96', '106', '0', '00', '852', '853', '886', '44', '63', '7', '');

describe('number types as libphonenumber-js reads them', () => {
  it('agrees on the table’s numbers', () => {
    for (const { input } of PHONE_CASES) {
      const bare = input.replace(/[^\d+]/g, '');
      agree(bare, 'CN');
      agree(bare.startsWith('+') ? bare : `+86${bare}`);
      agree(`+${bare.replace(/^\+|^00/, '')}`);
    }
  });

  it('agrees on random national and international numbers', () => {
    fc.assert(
      fc.property(lead, digits(1, 16), fc.boolean(), (head, tail, international) => {
        const n = head + tail;
        if (international) agree(`+${n}`);
        else agree(n, 'CN');
        agree(`+86${n}`);
      }),
      { numRuns: 20_000 },
    );
  });
});

/** What the type and validity steps read of a parse, or undefined. */
const parts = (p: { country?: string; countryCallingCode: string; nationalNumber: string } | undefined) =>
  p && { country: p.country, countryCallingCode: p.countryCallingCode, nationalNumber: p.nationalNumber };

describe('the mainland parse without the library where it is the identity', () => {
  const same = (n: string) => {
    expect([n, parts(parseMainland(n))]).toEqual([n, parts(parsePhoneNumberFromString(`+86${n}`))]);
    expect([n, parts(parseNational(n))]).toEqual([n, parts(parsePhoneNumberFromString(n, 'CN'))]);
  };

  it('reads the table’s numbers as the library does', () => {
    for (const { input } of PHONE_CASES) same(input.replace(/\D/g, ''));
  });

  it('reads random digits of every shape as the library does (trunk, carrier and international prefixes, 86)', () => {
    const heads = fc.constantFrom('0', '00', '1', '11', '12', '179', '1790', '17951', '1795100', '86', '860', '8610', '10', '13', '2', '400', '95', '96', '106', '');
    fc.assert(fc.property(heads, digits(0, 18), (head, tail) => same(head + tail)), { numRuns: 30_000 });
  });

  it('reads landlines and other digits after a trunk 0 as the library does (the 0 kept or stripped)', () => {
    // Area codes, mobiles and service prefixes after the 0, at every length either side of the plan's.
    const heads = fc.constantFrom('010', '020', '021', '0755', '0898', '0571', '0138', '0400', '095', '0106', '01', '02', '09', '0', '086', '011', '0179');
    fc.assert(fc.property(heads, digits(0, 16), (head, tail) => same(head + tail)), { numRuns: 30_000 });
  });
});

describe('possible lengths without the library where its parse is plain', () => {
  const same = (d: string) => {
    expect([d, possibleAbroad(d)]).toEqual([d, parsePhoneNumberFromString(`+${d}`)?.isPossible()]);
    expect([d, possibleAbroad(d, 'CN')]).toEqual([d, parsePhoneNumberFromString(`+${d}`, 'CN')?.isPossible()]);
    expect([d, possibleNational(d)]).toEqual([d, parsePhoneNumberFromString(d, 'CN')?.isPossible() === true]);
  };

  it('reads the table’s numbers as the library does', () => {
    for (const { input } of PHONE_CASES) same(input.replace(/\D/g, '').replace(/^00/, ''));
  });

  it('reads random numbers under every kind of calling code as the library does', () => {
    // One country, several sharing a code (+1, +7, +44, +262, +590, +599), non-geographic (+800, +870, +882),
    // national prefixes to strip, unknown codes, and China's own.
    const heads = fc.constantFrom('1', '7', '44', '852', '853', '886', '63', '855', '95', '60', '66', '33', '49', '81', '82', '800', '870', '882', '979', '262', '590', '599', '290', '47', '358', '212', '61', '64', '39', '379', '672', '86', '0', '2', '');
    fc.assert(fc.property(heads, fc.constantFrom('', '0', '1', '8'), digits(0, 18), (head, mid, tail) => same(head + mid + tail)), { numRuns: 30_000 });
  });
});
