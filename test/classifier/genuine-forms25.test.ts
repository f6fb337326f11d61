// Session 25 (issue 10, precision): genuine forms (genuine-forms25.ts, written for this test) are never dangerous and
// mostly not flagged, for both brand files, with and without the wording model; the scams that borrow their words
// stay flagged. Then the mechanisms this session changed, unit by unit.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../src/classifier/link.ts';
import { indexBrand } from '../../src/classifier/brand-index.ts';
import { numberRole } from '../../src/classifier/number-context.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { describeGenuineForms } from '../helpers/classifier.ts';
import { ROOT } from '../helpers/content.ts';
import { GENUINE_FORMS_25, SCAM_COUNTERS_25 } from './genuine-forms25.ts';

/** At most two genuine forms may still be flagged (suspicious, never dangerous). */
describeGenuineForms('genuine forms 25', GENUINE_FORMS_25, SCAM_COUNTERS_25, 2);

describe('a dial-in line in a meeting invitation is no phone number to call', () => {
  const role = (before: string, after: string, meeting = true) => numberRole({ before, after, raw: '+16465550142', meeting });
  it.each([
    ['One tap mobile: ', ',,8451'],
    ['Dial by your location ', ' US (N'],
    ['Or call in (audio only): ', ''],
    ['根据您的位置拨号 ', ''],
    ['同事可以拨 ', ' 入会'],
    ['', ' (中国香港'],
  ])('before %j, after %j', (before, after) => {
    expect(role(before, after)).toBe('reference');
  });

  it('the same words outside an invitation leave the number a phone', () => {
    expect(role('同事可以拨 ', ' 入会', false)).toBe('phone');
    expect(role('', ' US (N', false)).toBe('phone');
  });

  it('in an invitation, a number given to call is still a phone', () => {
    expect(role('有问题请拨打 ', ' 联系我')).toBe('phone');
    expect(role('call our agent on ', ' to un')).toBe('phone');
  });
});

describe('a host under a government-only suffix is a government site', () => {
  const brand = indexBrand(loadBrand(resolve(ROOT, 'content/brand.yaml')));
  it.each(['www.yourcouncil.gov.uk/pay', 'irs.gov/refunds', 'https://etax.chinatax.gov.cn', 'ato.gov.au', 'www.service-public.gouv.fr', 'www.gob.mx'])(
    '%s',
    (url) => {
      expect(classifyLink(url, brand).government).toBe(true);
    },
  );
  it.each(['gov.uk-refund.com', 'irs-gov.top', 'x.gov.evil.top', 'canada.ca', 'govuk.com'])('%s is not', (url) => {
    expect(classifyLink(url, brand).government).toBeUndefined();
  });
});
