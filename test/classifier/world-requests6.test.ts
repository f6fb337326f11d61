// Session 19 (issue 10): request families the sixth world scam table (scam-probes-world6.tsv) and the READ misses
// shared — each a verb family × an object family × a channel, in several regions' wording, beside a genuine or warning
// counterpart that must stay unflagged. Lines written for this test (never from the field corpus).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;
const unflagged = (text: string) => expect(['official', 'unknown']).toContain(verdict(text));

// Safaricom, MTN MoMo, Orange Money and Pix warnings: a fake "you have received" credit, then "I sent it by mistake,
// send it back" — the return is the scam, in whichever language the mistake is claimed.
describe('a "mistaken" credit asked back', () => {
  it.each([
    'Hi, I sent you R500 by mistake on Capitec, please send it back to this number.',
    'Bro I mistakenly transferred ₦20,000 to your account, abeg return it to my line.',
    'Sorry ma, I paid you by mistake through MoMo, kindly reverse it to me.',
    'Olá, te enviei R$ 300 por engano no Pix. Pode devolver para esta chave?',
    'Kak, saya salah transfer Rp 500.000 ke rekening kakak, tolong kembalikan ke nomor ini ya.',
    'Hola, te mandé 200 pesos por error, ¿me los puedes devolver a esta cuenta?',
    'Hello, your M-Pesa received Ksh 2,000 sent in error. Kindly send it back to my number before I report.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    'If someone says they sent money to you by mistake, do not send it back yourself — contact your bank, which reverses genuine errors.',
    'Did my transfer reach you? I sent the rent this morning.',
    'We reversed a payment that was sent to your account in error. No action is needed.',
  ])('%s → not flagged', (text) => {
    unflagged(text);
  });
  // The family read in any order: a claimed mistake, a return verb and where it goes back to.
  it('any claimed mistake × return verb × destination is flagged', () => {
    const mistake = fc.constantFrom('I sent it by mistake', 'I mistakenly sent it', 'it was sent in error', 'wrong send po', 'foi por engano');
    const back = fc.constantFrom('please send it back', 'kindly return it', 'reverse it', 'pakibalik', 'pode devolver');
    const to = fc.constantFrom('to this number', 'to me', 'to my line', 'to the account below');
    fc.assert(
      fc.property(mistake, back, to, fc.boolean(), (m, b, t, swap) => {
        const text = swap ? `${b} ${t}. ${m}, sorry!` : `Hi, ${m}. Ksh 3,000. ${b} ${t}.`;
        return ['suspicious', 'dangerous'].includes(verdict(text));
      }),
      { numRuns: 60 },
    );
  });
});

// Bail after "don't tell Mom", fines and "safe accounts" in the Spanish, Portuguese, Indonesian / Malay and Turkish
// the families did not hold (money, bail, account, police, tax office, "keep it from the family").
describe('money, bail, accounts and officials in Spanish, Portuguese, Indonesian / Malay and Turkish', () => {
  it.each([
    'Papá, no le digas a mamá. Me detuvieron y necesito pagar la fianza hoy, mándame el dinero a esta cuenta.',
    'Mãe, não conte pro pai. Fui preso e preciso pagar a fiança hoje, faz um Pix para o advogado.',
    'Ibu, jangan bilang ayah ya. Aku ditahan polisi, tolong transfer uang jaminan ke rekening pengacara ini.',
    'Polis bercakap. Akaun anda terlibat kes pengubahan wang haram, bayar denda ke akaun yang kami beri.',
    'Emniyetten arıyoruz. Hesabınız dolandırıcılıkta kullanılmış, paranızı güvenli hesaba havale edin.',
    'Hacienda: tiene una multa pendiente. Pague hoy en este enlace o su cuenta será bloqueada.',
    'Policía Nacional: su cuenta será bloqueada si no transfiere el dinero a la cuenta segura hoy.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    'Paguei a conta de luz hoje pelo app do banco.',
    'Mamá, ya pagué la multa del coche en la web de tráfico.',
    'Hesabınıza maaş yatırıldı.',
    'Saya sudah transfer uang sewa ke rekening bapak kemarin.',
  ])('%s → not flagged', (text) => {
    unflagged(text);
  });
});

// "Download the app to pay the fine": an app that is "not on the store (yet)", got from a link — the same move as a
// sideload (Vietnamese tax-app and DGT / parking warnings); the official app from the store stays unflagged.
describe('an app off the store, got from a link', () => {
  it.each([
    'Download the new parking app to pay your fine — it isn\'t on the store yet, use the link.',
    "Get the app from the link we sent and pay the penalty in it, it's not on Play Store.",
    'Your fine can only be paid through our app. Get it at the link below, it is not on the store.',
    '请下载这个缴费版本（非应用商店），安装后即可处理罚单。',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    'Pay your parking fines in the official council app, available on the App Store and Google Play.',
    '请仅通过应用商店下载官方App，其他渠道的安装包均非官方。',
  ])('%s → not flagged', (text) => {
    unflagged(text);
  });
});

// Toll, refund and debt texts: the page, portal or account named by the text is the channel ("clear it on our
// portal", "receive it here", "settle it to the account below").
describe('a balance, a refund or a debt settled where the text says', () => {
  it.each([
    'Your toll balance is overdue. Clear it on our payment portal today to avoid a penalty.',
    'Refund approved: receive it here at hmrc-refund-claim.co.',
    'Settle your balance to the account below to avoid legal action.',
    'Winter fuel aid of £300: apply via winter-aid-uk.help with your card details.',
  ])('%s → flagged', (text) => {
    expect(['suspicious', 'dangerous']).toContain(verdict(text));
  });
  it('a bill to view in the reader\'s own account → not flagged', () => {
    unflagged('Your council tax bill is ready. View it in your online account.');
  });
});
