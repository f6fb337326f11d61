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
