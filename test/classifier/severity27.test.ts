// Session 27's severity work (READ batch 33's dangerous scams judged below dangerous): the number an e-ID or bank app
// shows when a sign-in is approved, read out ("approve the request and read me the security number shown",
// "把屏幕上显示的数字念给我"); a fee under a crime alleged beside a cancellation threatened (the crime names the
// topic: "身份被用于一宗走私案，须缴纳保释金，否则签证将被注销"); the reader's online banking logged into at the message's
// link under a deactivation ("to keep online banking active, log in here: …"). Each scam below was judged below
// dangerous by the rules alone on the start code, or is a form of one that was. Counter-sentences: notices that warn
// about the number shown, a statement to see in online banking (also with the bank's own address), customs and police
// warnings that name smuggling and bail. Both brands, the rules alone (and never dangerous with the model for the
// counters); texts written for this test.
import { describe, expect, it } from 'vitest';
import { itIsNeverDangerous, rulesAloneByBrand } from '../helpers/classifier.ts';

const SCAMS = {
  'the number shown, read out': [
    'Hello from your bank. Your electronic ID expires tonight. Approve the request on your phone and read me the security number shown.',
    'Your BankID needs renewing. Tap approve and read me the number it shows.',
    '我是银行风控，你先点确认登录，然后把屏幕上显示的数字念给我。',
    '您的电子身份证即将失效，请点同意，并把手机上显示的数字告诉我。',
  ],
  'a fee under a crime, beside a cancellation': [
    '【领事保护热线】您的护照被用于一宗走私案，今天必须缴纳保释金，否则签证将被注销。',
    '海关通知：您的包裹涉及走私，须缴纳保证金3万元，否则身份证将被注销。',
    'Consular hotline: your passport was used in a smuggling case. Pay the bail fee today or your visa will be cancelled.',
  ],
  'online banking logged into at the link': [
    'To keep your internet banking active, sign in at netbank-check.com today.',
    'Your online banking will be suspended today. Log in at secure-bank-check.top to keep access.',
    'Your internet banking access has been restricted. Sign in here to restore it: https://netbank-restore.com',
    '您的网银即将停用，请登录 bank-cn-verify.top 重新验证。',
  ],
};

const GENUINE = [
  'Your electronic ID was renewed. Never read the number shown on your screen to anyone who calls you.',
  'Approve only sign-ins you started yourself. We will never ask you for the security number.',
  'Log in to online banking to see your new statement.',
  'Your account statement for November is available. Log in to online banking at www.examplebank.co.uk to view it.',
  '海关提醒：走私是违法行为，入境请如实申报。',
  '警方提醒：自称领事馆要求缴纳保释金的电话都是诈骗。',
  'Restore access to your account in the app under Settings > Security.',
  '请勿把屏幕上显示的数字告诉任何人，银行工作人员不会索要。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`severity 27 (${brandName}, rules alone)`, () => {
    for (const [group, texts] of Object.entries(SCAMS)) {
      it.each(texts)(`${group} is dangerous: %s`, (text) => {
        expect(verdict(text)).toBe('dangerous');
      });
    }
  });
}
describe('notices and warnings with the same words', () => {
  itIsNeverDangerous(GENUINE);
});
