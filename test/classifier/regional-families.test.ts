// Scams of the regions our families first missed (the Philippines, India, Malaysia, Singapore, the UAE, the UK, North
// America), read by the concept grammar ALONE (phrase rules, example requests and the wording model off): each case
// passes because a regional word joins a family (content/scam-concepts.yaml) or folds to one (regional-words.yaml).
// Lines written for this test from the public warnings cited beside them, never from the field corpus.
import { describe, expect, it } from 'vitest';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import { compileRequests } from '../../src/classifier/requests.ts';
import { classifier } from '../helpers/content.ts';
import { REGIONAL_PRETEXTS } from './suspicious-table.ts';

const { wording: _statistical, ...full } = classifier.context;
const conceptsOnly: ClassifierContext = {
  ...full,
  language: {
    ...full.language,
    phrases: { ...full.language.phrases, rules: [] },
    requests: compileRequests({ topics: {} }, full.language.variants),
  },
};
const read = (text: string) => check(text, conceptsOnly);
const topics = (text: string) => read(text).phrases.map((p) => p.topic);

describe('regional scams: a request under a pretext is dangerous', () => {
  it.each([
    // GCash: "will never ask for MPIN, OTP" (newswatchplus.ph 2025-10-30, GCash reminder ahead of Undas)
    ['GCash agent po ito. Your cashback is about to expire, reply with your MPIN to claim it.', 'verification-code'],
    // DSWD aid and GCash MPIN (enjoyingwonderfulworld.blogspot.com 2020-08, GCash warns of SAP social-media scam)
    ['From DSWD: you qualify for ayuda. Send us your GCash number and MPIN to receive it.', 'verification-code'],
    // RBI caution against KYC-updation frauds (bankingfrontiers.com): KYC "expiring", identity papers asked
    ['Your KYC has expired. Enter your Aadhaar number to keep your account active.', 'personal-data-leak'],
    // Grandparent bail scams, "court-appointed couriers do not exist" (iheartradio.ca Kingston 2023-09-15, OPP tips)
    ['Nana it’s me, I’m in jail. Can you pay the bail through the court courier?', 'legit-contact'],
    // Hong Kong 資料: card and login details asked by a fake bank officer (HKMA via hk.on.cc 2024-04-22; ADCC alert
    // 2020-07-31, 假冒衞生署職員電話騙案: 要求市民提供個人及銀行帳戶資料)
    ['對方自稱銀行客服，話我張卡被盜用，叫我報一遍銀行卡資料同網銀登入資料', 'personal-data-leak'],
    ['自稱衞生署職員嘅人打嚟，要我提供個人及銀行戶口資料', 'personal-data-leak'],
    // Fake NSRC officers ask for the ATM card to be left at a designated location (theedgemalaysia.com, ABM / AIBIM)
    ['This is an NSRC officer. Your NRIC is linked to mule account transactions. Leave your ATM card at the designated location for our investigation.', 'safe-account'],
    // Fraud recovery fraud in Action Fraud's name (actionfraud.police.uk alert: fraudsters claiming to be from Action Fraud)
    ['I work with Action Fraud and can speed up your report. Message me privately with your bank details.', 'victim-next-steps'],
  ])('%s → %s', (text, topic) => {
    const r = read(text);
    expect(r.verdict).toBe('dangerous');
    expect(r.phrases.map((p) => p.topic)).toContain(topic);
  });
});

describe('regional scams: a pretext with a lever is risky', () => {
  // Each list entry's source beside it in suspicious-table.ts.
  it.each(REGIONAL_PRETEXTS)('%s', (text) => {
    expect(read(text).verdict).toBe('suspicious');
  });

  it('a call handed on to the police is read as an authority, in English too', () => {
    expect(topics('Inland Revenue Board officer here: you have tax arrears. I will transfer your call to the police officer handling your case.')).toContain(
      'impersonating-authorities',
    );
  });

  // A code described, not named ("the numbers in that text"; GCash: scammers ask for the OTP under another name).
  it('a code described as the numbers in a text', () => {
    expect(read('A verification text with some numbers will come to your phone. Read me the numbers in that text.').verdict).toBe('dangerous');
  });

  // A mule account opened with a MyKad (celcomdigi help "Macau Scam": new bank account opening, mule accounts).
  it('a MyKad used for a mule account reads as the authorities’ pretext', () => {
    expect(topics('我是大马警方，你的大马卡被人拿去开人头户，帮你转接国家银行处理')).toContain('impersonating-authorities');
  });
});

describe('the genuine side of the same regions asks nothing', () => {
  it.each([
    'GCash: never share your MPIN or OTP with anyone, including people claiming to be GCash agents.',
    'Your KYC is due for periodic update. Please visit your home branch with your PAN card.',
    'Reminder: your KYC update is pending. Complete it in the bank app or at any branch.',
    'Dubai Police: pay traffic fines only through the official Dubai Police app.',
    'LHDN officers never discuss tax matters by phone and will not transfer your call to the police.',
    'Your DSWD cash assistance has been credited to your GCash wallet.',
    '【交管12123】您的车辆有一条交通违法记录，罚款200元，请及时通过交管12123App处理并缴纳罚款。',
    'Your CCRIS report is ready. View it in the CCRIS portal of Bank Negara.',
    'This is Royal Mail. We could not deliver your item; a card has been left with collection details.',
    'Please PM me when you are free for lunch.',
    'Thanks for reporting to Action Fraud. Your crime reference number is NFRC123456.',
    '切勿向陌生人透露個人資料、銀行戶口資料、網上銀行賬戶及密碼',
    '網罪科提醒：警方絕對不會要求市民轉賬',
    'Court-appointed couriers do not exist: if someone asks to come to your home to pick up bail money, it is a scam.',
  ])('%s', (text) => {
    expect(read(text).verdict).toBe('unknown');
  });
});
