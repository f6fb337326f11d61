// Zalo (Vietnam) and KakaoTalk (Korea) are private chats as WhatsApp and Telegram are: a bill or a bank that moves the
// reader there is a lure (content/scam-phrases.yaml legit-contact, scam-concepts.yaml private-channel and lure). Texts
// written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) => classifier.check(text, { locale: 'en' }).verdict;

describe('a move to a regional chat app', () => {
  it('"add us on Zalo / KakaoTalk" is flagged as "add us on WhatsApp" is', () => {
    expect(verdict('Water company: payments move to a new system. Add us on Zalo to get the new payment app.')).toMatch(
      /suspicious|dangerous/,
    );
    expect(verdict('Your card is restricted. Chat with our agent on KakaoTalk to lift it.')).toMatch(
      /suspicious|dangerous/,
    );
  });

  it('naming the app without a move asks nothing', () => {
    expect(verdict('We now send bill reminders by e-mail; the Zalo page has been closed.')).toBe('unknown');
  });
});
