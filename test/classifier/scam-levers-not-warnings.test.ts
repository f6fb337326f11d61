// Scam levers and retellings that borrow a warning's words must not be read as warnings (content/scam-phrases.yaml
// `warnings`, scam-language.ts FIRST_PERSON_REPORT): "请勿挂断" keeps the reader on the line, "严禁向任何人透露" with
// nothing to keep is the secrecy lever, "自称…的" names a sender only inside one phrase, the reader's own loss is a
// recovery scammer's testimony, and a relative's case told by the reader is the scam itself. The warnings they were
// taken for still warn. Texts written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) =>
  classifier.check(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' }).verdict;
const FLAGGED = /suspicious|dangerous/;

describe('a scam lever is not a warning', () => {
  it('"请勿挂断" (stay on the line) before a hand-over is read; "请勿点击" still warns', () => {
    expect(verdict('您的账户出现异常交易，请勿挂断，稍后为您转接金融监管部门。')).toMatch(FLAGGED);
    expect(verdict('您的帳戶出現異常交易，請勿掛斷，稍後為您轉接金融監管部門。')).toMatch(FLAGGED);
    expect(verdict('请勿点击陌生链接')).toBe('unknown');
  });

  it('"严禁向任何人透露" with nothing to keep is secrecy; with a code it warns', () => {
    expect(verdict('此案涉密，严禁向任何人透露，你要按我的要求把资金转到核查账户')).toBe('dangerous');
    expect(verdict('严禁向任何人透露验证码')).toBe('unknown');
  });

  it('"自称…的" names a kind of caller only inside one phrase, not across a colon', () => {
    expect(verdict('自称市征信中心：您有一笔未结清的欠款，请保持电话畅通，专员稍后联系您')).toMatch(FLAGGED);
    expect(verdict('自称公检法要求转账的一律别信')).toBe('unknown');
  });
});

describe('a loss or a case the reader tells is not a warning', () => {
  it('"I was cheated too, this one got it back" is a recovery testimony; a colleague cheated is a warning', () => {
    expect(verdict('我之前也被骗了三万，找这位老师追回来的，先交点手续费就行')).toBe('dangerous');
    expect(verdict('同事被人冒充领导骗了两万，大家小心')).toBe('unknown');
  });

  it("a relative's call told as it happens is the scam; told with a hang-up it warns", () => {
    expect(verdict('我妈刚接到电话，对方说她涉嫌洗钱，叫她下载会议软件共享屏幕')).toBe('dangerous');
    expect(verdict('我妈接到电话，对方说她涉嫌洗钱要共享屏幕，她直接挂了')).not.toBe('dangerous');
  });
});

describe('regional warnings', () => {
  it('Cantonese "都係騙局" sorts a tactic into fraud; "反诈课" announces a talk', () => {
    expect(verdict('任何自稱警員要求你轉帳嘅，都係騙局')).toBe('unknown');
    expect(verdict('小区民警下周讲反诈课，讲冒充客服和屏幕共享诈骗，有空去听')).toBe('unknown');
  });
});

describe('a request led by a time word after a borrowed warning', () => {
  it('"…请勿向任何人透露…，现在请把存款转入…" is read past the warning', () => {
    expect(verdict('为保护您的资金，请勿向任何人透露通话内容，现在请把名下存款转入我们提供的核查账户')).toBe(
      'dangerous',
    );
    expect(verdict('为保护您的资金，请勿向任何人透露验证码')).toBe('unknown');
  });
});
