// Session 16 (issue 10): requests the third world scam table (scam-probes-world3.tsv) and the warnings it cites made
// readable — each mechanism beside a genuine or warning counterpart that must stay unflagged. Lines written for this
// test (never from the field corpus).
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;
const unflagged = (text: string) => expect(['official', 'unknown']).toContain(verdict(text));

// BSP / GCash and PDRM / OJK warnings: "i-share ang OTP", "sila hantar kod TAC", "transfer ke rekening penampungan",
// "magpadala … sa account na ito" under an arrest threat (regional-words.yaml).
describe('Malay, Indonesian and Tagalog requests fold to the families; their warnings fold too', () => {
  it.each([
    'Sila hantar kod TAC yang anda terima kepada pegawai kami untuk pengesahan akaun.',
    'Paki-share ang OTP na natanggap mo para ma-verify namin ang account mo.',
    'Polisi: rekening Anda terkait pencucian uang. Segera transfer ke rekening penampungan untuk pemeriksaan.',
    'Pulis ito. May kaso ka. Magpadala ng ₱15,000 sa account na ito para hindi ka arestuhin.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    // The wallet's own code SMS: "do not give it to anyone" (huwag … kahit kanino)
    'Ang iyong GCash OTP ay 482913. Huwag itong ibigay kahit kanino.',
    // The bank sending a code is no request (hantar alone, without sila)
    'Kod TAC anda ialah 551203. Kami akan hantar kod baharu jika diminta. Jangan kongsi dengan sesiapa.',
    // A bill paid in the official app
    'Sila bayar bil anda sebelum 15 haribulan melalui aplikasi rasmi.',
  ])('%s → not flagged', (text) => {
    unflagged(text);
  });
});

// IC3's "phantom hacker" and ANZ / SPF warnings: money moved to "the account I give you" (a destination the caller
// is about to name), whoever claims to ask.
describe('the account the caller is about to give is a destination', () => {
  it('a police pretext → dangerous', () => {
    expect(verdict("I'm with the police, your savings are at risk: move them to the account I give you tonight.")).toBe('dangerous');
  });
  it('a bank warning that names the move → not flagged', () => {
    unflagged('We will never ask you to move money to an account we give you. Hang up and call the number on your card.');
  });
});

// DIA (NZ) streaming and wallet phishing: a card "retried" or a verification "completed" on a link that is not official.
describe('card details retried or a verification completed on an unofficial link', () => {
  it.each([
    'Your card payment failed. Retry your card details at streamflix-billing.net to keep your plan.',
    'Your wallet is under review. Complete verification here to keep using it: wallet-review-help.com',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('the same words pointing into the app → not flagged', () => {
    unflagged('Payment unsuccessful. Please retry in the app or update your card under Settings.');
  });
});

// AI face / voice impersonation warnings (冒充熟人、领导): someone the reader knows "has had something happen" or
// "cannot use their own card", and the money goes to a friend's or the boss's contact's card.
describe('a relative or a boss who cannot use their own card, money to a third person’s card', () => {
  it.each([
    '妈，信号不好我长话短说，我在外面出了点事急需3万，你先转到这个朋友的卡上，别打我原来的电话',
    '我陪领导在外面，不方便用自己的卡。你马上转给对方领导这个账户，回单我发你了。',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    // Told after the fact, nobody asked
    '老公，房租我已经转到房东朋友的卡上了，收据在抽屉里。',
    '今天陪领导去见客户，晚点回家，饭不用等我。',
    '我出了点事，手机摔坏了，明天换个新的再联系你。',
  ])('%s → not dangerous', (text) => {
    expect(verdict(text)).not.toBe('dangerous');
  });
});

// SPF and PDRM: agencies do not pass calls to one another — a telco or bank "transferring you to the police" is the
// scam's hand-over (impersonating-authorities, medium: a pretext, no request yet).
describe('a call handed on to the police or a regulator', () => {
  it.each([
    '这里是某某移动，有人冒用你的身份办卡涉及案件，号码将被停机，现在为你转接市公安局。',
    "This is your phone company. Your number sent scam texts overseas, so I'll transfer you to the Shanghai police now.",
  ])('%s → suspicious or worse', (text) => {
    expect(['suspicious', 'dangerous']).toContain(verdict(text));
  });
  it.each([
    'Real customer service cannot put you through to the police, and police do not handle cases by phone.',
    '客服不会为您转接公安，公安也不会电话办案。',
    'If you have lost money to a scam, call 101 and we can connect you to your local police force.',
    '您好，正在为您转接人工客服，请稍候。',
  ])('%s → not flagged', (text) => {
    unflagged(text);
  });
});

// Maybank / DIA phishing: a new device "deactivated" on a link that is not official; Korea's regulators (2026): an
// "investigation" that sends the reader alone to a motel isolates them (a secrecy lever beside the pretext).
describe('a device deactivated on a link; a motel stay for an investigation', () => {
  it('deactivating on an unofficial link → dangerous', () => {
    expect(verdict('New device added to your wallet. Not you? Tap to deactivate: wallet-device-check.com')).toBe('dangerous');
  });
  it('deactivating in the app → not flagged', () => {
    unflagged('New device added to your account. Not you? Deactivate it in the app under Settings > Devices.');
  });
  it('a detective sending the reader to a motel → suspicious or worse', () => {
    expect(['suspicious', 'dangerous']).toContain(verdict('Detective here: you are a suspect in a laundering case. Check into a motel tonight and stay on the line with us.'));
  });
  it('a holiday motel → not flagged', () => {
    unflagged('We stayed in a motel near the coast last night, the kids loved the pool.');
  });
});
