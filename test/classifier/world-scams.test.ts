// Session 14 (issue 10): scams told in the world's other words, read by the whole classifier. Each case names the
// mechanism or family it exercises; the lines are written for this test from the public warnings cited in
// scam-probes-world.tsv (never from the field corpus), and each request has a genuine or warning counterpart beside it.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;

describe('a request retold by the one it steers, or quoted after 对方说：, is the scam’s request', () => {
  it.each([
    // A relative on a live call (third person, as it happens): 让他 / 让她 + 把
    '妈妈刚接到电话，一个男的说是银行的，说她的卡被盗刷了，让她把手机上刚收到的六位数报给他。',
    // English: the caller told her / him to …
    'My gran is on the phone with "her bank" and the man told her to read out the code they just texted her.',
    // The caller's words after a colon, a borrowed "不是验证码" inside them
    '对方说：等下你会收到一条短信，那不是验证码，是登记编号，你直接念给我就行。',
    // A relative relaying the caller's words after a colon
    '香港的舅舅说：对方自称是证监会的，说他的户口涉嫌洗钱，要把存款转去"监管账户"配合调查',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    // A police write-up tells a finished case: no 把 after the steering verb, no colon after 说
    '警方通报：某女士接到“客服”电话后转了3000元，对方又要她再交一笔保证金，她这才报警。',
    // A warning that quotes the words, and sorts them into fraud
    '反诈提醒：凡是电话里说“把收到的验证码念给我”的都是骗子，请直接挂断。',
    // A relative relaying a warning, not a caller
    '外婆说：社区民警今天来讲了，凡是要求转安全账户的都是诈骗。',
  ])('%s → not dangerous', (text) => {
    expect(verdict(text)).not.toBe('dangerous');
  });
});

// Indonesian and Malay (regional-words.yaml): OJK / Polda warnings on OTP, PIN and "rekening aman" requests
// (fortuneidn.com, selalukabar.com, voi.id); a bank's own code SMS and "we never ask" notice in the same words.
describe('Indonesian and Malay requests fold to the families; their warnings fold too', () => {
  it.each([
    'Selamat siang, kami dari bank. Untuk membatalkan transaksi, bacakan kode OTP yang baru masuk ke HP Anda.',
    'Hadiah Anda siap dicairkan, masukkan nomor kartu ATM dan PIN di link berikut.',
    'Ini pegawai bank. Pindahkan semua dana Anda ke rekening aman sampai pemeriksaan selesai.',
    'Sila hantarkan kod TAC yang anda terima supaya kami boleh batalkan pindahan itu.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    'Kode OTP Anda 730194. Jangan berikan kode ini kepada siapa pun, termasuk petugas bank.',
    'TAC anda ialah 661204 untuk pemindahan RM250. Jangan berikan TAC kepada sesiapa.',
    'Bank tidak pernah meminta nasabah menyebutkan PIN atau memindahkan dana ke rekening aman.',
  ])('%s → not flagged', (text) => {
    expect(['official', 'unknown']).toContain(verdict(text));
  });
});

// The secrecy lever in English (SPF advisories 2025-01-22 and 2025-09-01: fake police keep the bank and family out;
// a telco caller says the number "was used to send scam SMS"): the scammer's words, not a warning's.
describe('"do not tell the bank" and "was used to send scam messages" do not make a request a warning', () => {
  it.each([
    'Officer Lim, Singapore Police Force. Your account is part of a laundering probe: move your savings to the account I will send you, and do not tell the bank the reason.',
    'This is Singtel security. Your line was used to send scam messages, so transfer your savings to the protected account our officer gives you while we check.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    'We will never ask you to move money to another account. Do not share your PIN with anyone.',
    'Scammers often say "do not tell the bank why you are withdrawing". Hang up and call us on the number on your card.',
  ])('%s → not flagged', (text) => {
    expect(['official', 'unknown']).toContain(verdict(text));
  });
});

// Hong Kong and Taiwan write 螢幕 for 屏幕 (ADCC and 165 warnings on fake 支付寶 / bank staff asking to 分享螢幕): the
// word order 分享螢幕 folds to the act as 屏幕分享 does.
describe('分享螢幕 reads as 屏幕共享', () => {
  it('a fake customer service asking for it in Cantonese → dangerous', () => {
    expect(verdict('自稱淘寶客服嘅人叫我開視像通話，再分享螢幕俾佢睇我網上銀行')).toBe('dangerous');
  });
  it('a bank notice that names it → not flagged', () => {
    expect(['official', 'unknown']).toContain(verdict('【銀行】本行職員不會要求閣下分享螢幕或提供一次性密碼。'));
  });
});

// The reader retelling the caller's request for the card's back (165 and HKMA warnings: 假客服要求報卡背三碼 / CVV).
describe('要我报 / 让我报 + what is on the card is a request for it', () => {
  it('a retold request for the three digits → dangerous', () => {
    expect(verdict('刚才那个“银行专员”让我报卡背面的三位数字，说要核实是不是本人')).toBe('dangerous');
  });
  it('a bank notice that names the digits → not flagged', () => {
    expect(['official', 'unknown']).toContain(
      verdict('【某银行】本行工作人员不会要求您报出卡背面三位数字，请勿告诉任何人。'),
    );
  });
});
