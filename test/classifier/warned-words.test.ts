// A message that warns and is dangerous by its words alone is suspicious at most (check.ts warnedWordsOnly): the
// words beside a warning may be the tactic it describes. What stays dangerous: a number or link bad by its own
// reasons, and the requests no genuine message makes (a code, money to a "safe" account). Texts written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const check = (text: string) => classifier.check(text, { locale: 'en' });
const REQUEST = 'Your parcel is held at customs. Click the link to pay the customs fee and update your address: http://parcel-help.example.net/pay';
const WARNING = 'Beware of scammers posing as couriers. ';

describe('words read as a request beside a warning', () => {
  it('without the warning: dangerous, the link carrying the request', () => {
    const r = check(REQUEST);
    expect(r.verdict).toBe('dangerous');
    expect(r.items[0]!.reasons.map((x) => x.code)).toContain('SCAM_REQUEST_WITH_LINK');
  });

  it('beside one warning: still flagged, but suspicious, and the link is not called the request’s', () => {
    const r = check(WARNING + REQUEST);
    expect(r.verdict).toBe('suspicious');
    expect(r.phrases.map((p) => p.topic)).toContain('phishing-link');
    expect(r.items[0]!.verdict).toBe('unknown');
    expect(r.items[0]!.reasons.map((x) => x.code)).not.toContain('SCAM_REQUEST_WITH_LINK');
  });

  it('a link bad by its own reasons stays dangerous beside a warning', () => {
    expect(check(`${WARNING}Log in at http://anxinjie.example.verify-login.net to verify your account.`).verdict).toBe('dangerous');
  });

  it('a request for a code or for money to a "safe" account stays dangerous beside a warning', () => {
    expect(check('Fraud team here. Tell me the code we just texted you. Do not share it with anyone else.').verdict).toBe('dangerous');
    expect(check(`${WARNING}Move your balance to the safe account we opened for you today.`).verdict).toBe('dangerous');
  });
});
