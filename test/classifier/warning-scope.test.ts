// A warning reaches to its own words and the clauses that go on with it, not to a clause after it that turns to the
// reader with a request of its own (scam-language.ts NEW_REQUEST): scammers borrow "为防诈骗，请勿泄露…" before they
// ask. Lists of tactics and broadcasts stay unread. Texts written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const check = (text: string) => classifier.check(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' });
const topics = (text: string) => check(text).phrases.map((p) => p.topic);

describe('a warning borrowed before a request in the same sentence', () => {
  it('the request after the warning is read (a code to a "specialist" stays dangerous beside the warning)', () => {
    expect(check('为防诈骗，请勿泄露给他人，请将验证码发给专员核对').verdict).toBe('dangerous');
    expect(check('To stay safe from scammers, please read me the code we just sent to your phone.').verdict).toBe('dangerous');
  });

  it('a fee asked after a borrowed warning header is flagged', () => {
    expect(topics('温馨提示：谨防诈骗，您需要先缴纳500元保证金才能放款')).toContain('upfront-fee');
  });

  it('the same sentence without the request asks nothing', () => {
    expect(check('为防诈骗，请勿将验证码泄露给他人').verdict).toBe('unknown');
    expect(check('您的验证码为381920，切勿告知他人，请在5分钟内完成验证').verdict).not.toBe('dangerous');
  });

  it('a list of tactics goes on warning: its later clauses ask nothing', () => {
    expect(check('我们不会要求您提供验证码，也不会让您转账到安全账户').phrases).toEqual([]);
    expect(check('Scam alert: please never share your PIN. Please call us on the number on the back of your card.').phrases).toEqual([]);
  });

  it('a broadcast warning over several sentences stays unread, a request-shaped clause and all', () => {
    expect(check('警方提醒：谨防冒充客服诈骗。切勿向他人透露验证码，请将可疑短信转发至12381。').phrases).toEqual([]);
  });

  it('a broadcast that sends the reader to the official channel stays unflagged', () => {
    expect(check('谨防冒充客服诈骗，请通过官方App办理退款').phrases).toEqual([]);
    expect(check('反诈提醒：近期冒充客服诈骗高发，请勿点击陌生链接，请及时拨打96110咨询').verdict).not.toMatch(/suspicious|dangerous/);
  });
});

// Session 21 (issue 10, hole 3): a broadcast's warnings reach their own sentences; a later sentence that turns to the
// reader and asks for money is a request, whatever warning header comes first (scam-language.ts broadcastScope).
describe('a warning prefix does not shield a money request in a sentence of its own', () => {
  it.each([
    '反诈提醒：请勿向陌生人转账。您的账户涉嫌洗钱，请将资金转入安全账户',
    '警方提醒：谨防冒充公检法诈骗，不要相信陌生来电。你涉嫌一起洗钱案，现在请把存款转到我们提供的监管账户核查。',
    '请将资金转入安全账户。谨防诈骗，切勿告诉他人，不要相信陌生来电。',
    'Scam alert: never share your code with anyone. Beware of fake staff. Your account is frozen; please transfer your savings to the safe account we give you.',
  ])('%s', (text) => {
    expect(check(text).verdict).toBe('dangerous');
    expect(topics(text)).toContain('safe-account');
  });

  it('the same broadcasts without the request sentence stay unflagged', () => {
    for (const text of ['反诈提醒：请勿向陌生人转账。凡是让您转入安全账户的都是诈骗。', 'Scam alert: never share your code with anyone. Beware of fake staff.'])
      expect(check(text).verdict).not.toMatch(/suspicious|dangerous/);
  });

  it('a broadcast sentence that describes the tactic before telling the reader to report it asks nothing', () => {
    expect(check('警方提醒：刷单本身就是违法行为。凡是让您先垫钱的都是诈骗；凡是要求把现金送到指定地点的，请立即报警。').phrases).toEqual([]);
  });
});

// A warning's phrase match that runs on into the next sentence does not hide a request that starts inside it
// (phrases.ts findPhrases: the search goes on from the turned-down match's next unit).
describe('a turned-down match does not hide an overlapping one', () => {
  it('the request after a code warning is found', () => {
    expect(topics('验证码勿告诉他人。请读验证码给我')).toContain('verification-code');
  });
});
