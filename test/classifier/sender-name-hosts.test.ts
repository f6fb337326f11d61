// A link built from the name a message is signed with ("AusPost: … auspost-redelivery.net", "【DHL】… dhl-pay.top"):
// the host joins the sender's name to words of its own, so it poses as that sender's site (SENDER_NAME_IN_DOMAIN,
// sender-domain.ts builtFromSenderName) — dangerous whatever the request is worded as. Counter-properties: the
// sender's own site (its name spelled whole), a host restating the name in another language, a name the message is
// not signed with, and a name too short to read. Both brands; texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { builtFromSenderName } from '../../src/classifier/sender-domain.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const brands = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' };
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

// Sender names as signed, and the words a host adds to them.
const NAMES = [
  { signed: 'AusPost', word: 'auspost' },
  { signed: 'Absher', word: 'absher' },
  { signed: 'gov.ie', word: 'gov-ie' },
  { signed: 'MOI Qatar', word: 'moi-qatar' },
  { signed: 'Linkt', word: 'linkt' },
  { signed: 'DHL', word: 'dhl' },
];
const EXTRA = ['redelivery', 'credit', 'sa', 'valida', 'case-check', 'report-hk', 'pay', 'verify'];
const TLD = ['com', 'net', 'top', 'info', 'app'];
const built = fc
  .tuple(pick(NAMES.map((n) => JSON.stringify(n))), pick(EXTRA), pick(TLD), fc.integer({ min: 0, max: 2 }))
  .map(([n, extra, tld, form]) => {
    const { signed, word } = JSON.parse(n) as (typeof NAMES)[number];
    // The name before the host's own word, after it, or in a subdomain of another domain.
    const host =
      form === 0
        ? `${word}-${extra}.${tld}`
        : form === 1
          ? `${extra}-${word}.${tld}`
          : `${word}-${extra}.portal-services.${tld}`;
    return { signed, host };
  });

const BODIES = {
  en: [
    (h: string) => `Your parcel is held at the depot. Book a new delivery at ${h}`,
    (h: string) => `You are entitled to a credit of EUR 200. Apply now at ${h}`,
    (h: string) => `Our portal has moved. Log in at ${h} to keep your services active.`,
  ],
  zh: [
    (h: string) => `您的包裹因地址不详滞留，请访问 ${h} 重新预约派送。`,
    (h: string) => `您有一笔补贴待领取，请登录 ${h} 申请。`,
    (h: string) => `系统已升级，请在 ${h} 完成信息更新，以免影响使用。`,
  ],
};

for (const [brandName, file] of Object.entries(brands)) {
  const classifier = createClassifier(root, loadBrand(join(root, file)));
  const result = (text: string) => classifier.check(text);
  const reads = (text: string) =>
    result(text).items.some((i) => i.reasons.some((r) => r.code === 'SENDER_NAME_IN_DOMAIN'));

  describe(`a link built from the signed name (${brandName})`, () => {
    it('en: "Name: …" with a host joining the name to words of its own is dangerous', () => {
      fc.assert(
        fc.property(built, fc.integer({ min: 0, max: BODIES.en.length - 1 }), ({ signed, host }, i) => {
          const text = `${signed}: ${BODIES.en[i]!(host)}`;
          expect(reads(text)).toBe(true);
          expect(result(text).verdict).toBe('dangerous');
        }),
        { numRuns: 60 },
      );
    });

    it('zh: "【Name】…" with such a host is dangerous', () => {
      fc.assert(
        fc.property(built, fc.integer({ min: 0, max: BODIES.zh.length - 1 }), ({ signed, host }, i) => {
          const text = `【${signed}】${BODIES.zh[i]!(host)}`;
          expect(reads(text)).toBe(true);
          expect(result(text).verdict).toBe('dangerous');
        }),
        { numRuns: 60 },
      );
    });

    it('the sender’s own site, a host restating the name, another name or a short one are not read as posing', () => {
      const own = [
        'AusPost: Your parcel is out for delivery today. Track it at auspost.com.au',
        'Canada Post: your parcel is out for delivery today. Track at canadapost-postescanada.ca',
        '【DHL】您的快件今日派送，可在 dhl.com 查询物流。',
        'Linkt: your statement is ready. View it at linkt.com.au',
        // Signed by one name, a host built from another name: not this rule's (the host is merely unknown).
        'Telstra: your bill is ready. See auspost-redelivery.net for parcel help.',
        // A two-letter name is part of too many words.
        'DB: your ticket is ready. Open db-navigator.com',
      ];
      for (const text of own) expect(reads(text), text).toBe(false);
    });
  });
}

describe('builtFromSenderName', () => {
  it('reads the name joined to a word of the host’s own, in any label', () => {
    expect(builtFromSenderName('auspost-redelivery.net', ['auspost'])).toBe(true);
    expect(builtFromSenderName('gov-ie-credit.com', ['govie'])).toBe(true);
    expect(builtFromSenderName('absher-sa.portal-services.top', ['absher'])).toBe(true);
    expect(builtFromSenderName('secure-t-mobile.com', ['t-mobile'])).toBe(true);
  });
  it('does not read the name spelled whole, restated, absent or too short', () => {
    expect(builtFromSenderName('auspost.com.au', ['auspost'])).toBe(false);
    expect(builtFromSenderName('t-mobile.com', ['t-mobile'])).toBe(false);
    expect(builtFromSenderName('canadapost-postescanada.ca', ['canadapost'])).toBe(false);
    expect(builtFromSenderName('parcel-redelivery.net', ['auspost'])).toBe(false);
    expect(builtFromSenderName('db-navigator.com', ['db'])).toBe(false);
    expect(builtFromSenderName('auspost-redelivery.net', [])).toBe(false);
  });
});

// A notice signed with a domain ("【Kaspi.kz】", "Booking.com:") names the site it links to: that domain is the
// sender's own (no channel for a request: a bill "payable in the Kaspi.kz app" is no payment link), and a host built
// from its label with words of its own poses as it. Texts written for this test.
describe('a sender signed with a domain', () => {
  const SIGNED = ['Kaspi.kz', 'Booking.com', 'Allegro.pl'];
  const label = (d: string) => d.split('.')[0]!.toLowerCase();
  for (const [brandName, file] of Object.entries(brands)) {
    const rules = createClassifier(root, loadBrand(join(root, file)));
    delete rules.context.wording;
    it(`its own site in a bill is not dangerous (${brandName})`, () => {
      fc.assert(
        fc.property(pick(SIGNED), fc.integer({ min: 100, max: 99_999 }), (d, n) => {
          expect(rules.check(`【${d}】分期付款：本月应付 ${n} 元，付款日12月10日，可在${d}应用内支付。`).verdict).not.toBe('dangerous');
        }),
        { numRuns: 20 },
      );
    });
    it(`a host built from its label stays dangerous (${brandName})`, () => {
      fc.assert(
        fc.property(pick(SIGNED), pick(EXTRA), (d, w) => {
          expect(rules.check(`【${d}】本月应付 8,500 元，请点击 ${label(d)}-${w}.top 支付，逾期将上报征信。`).verdict).toBe('dangerous');
        }),
        { numRuns: 20 },
      );
    });
  }
});
