// The risky cases of the classifier's own tables: scams a table calls `suspicious` (an opener, a lure, a pretext
// with nothing asked yet, a contact of the wrong kind). One home, read by the tests that state them and by the
// wording model's fit (bench/fit-guard.ts), which chooses no dangerous bar and no two-model raise that makes one of
// them dangerous, nor a genuine bar that clears one — the severe side of the fit guard (issue 10, session 14).
// Written from public warnings (each list's sources at its test), never from the field corpus.
import { LINK_CASES, MESSAGE_CASES, PHONE_CASES } from './cases.ts';

/** concepts.test.ts: a pretext with a lever and no action yet (the concept grammar alone). */
export const CONCEPTS_PRETEXTS: readonly string[] = [
  '国家政策要求清理学生时期开通的借贷账户，不然会影响征信',
  '您的医保卡已被暂停使用，请按语音提示按1转人工处理',
  '我是平台客服，这件事比较敏感，通话期间不要告诉家人，也不要挂断',
  '你这个案子是保密的，一会儿我告诉你怎么做',
  'Bad credit? Our insiders can wipe your late payments. DM me for the price.',
];

/** concepts.test.ts: a threat behind the pretext while nothing is asked (the concept grammar alone). */
export const CONCEPTS_THREATS: readonly string[] = [
  'Cyber police notice: your device was used to share illegal content, and a warrant for your arrest is being prepared.',
  '这里是网警中心，你的手机涉嫌传播违法信息，已经准备上门抓人',
];

/** regional-families.test.ts: regional pretexts with a lever (the concept grammar alone). */
export const REGIONAL_PRETEXTS: readonly string[] = [
  // Macau scams: an agency "transfers the call to the police" (paulsraj.com on Bukit Aman CCID; LHDN statement via
  // malaysiansmustknowthetruth.blogspot.com 2021-06) — agencies never hand a call on.
  '我是内陆税收局的，你有欠税未还，现在帮你转接警方处理',
  // Philippines calamity aid offered over a chat app (CICC via philippinesnewsgazette.com 2024-05-16, GCash on Viber).
  'Calamity assistance from DSWD is ready for you. Message us on Viber to receive it.',
  // Credit records "cleaned" for a fee, asked in private (Malaysia's CCRIS / CTOS; bsn.com.my on debt-collector calls).
  'Struggling with a bad CCRIS record? Our team can help many Malaysians. PM for price.',
];

/** language.test.ts: a secrecy order under an authority, nothing asked yet (the whole classifier). */
export const LANGUAGE_RISKY: readonly string[] = ['这是公检法办案，找个没人的地方单独配合调查，不要告诉任何人'];

/** A guarded risky case: its text and the table it comes from. */
export interface RiskyCase {
  text: string;
  table: string;
}

const RISKY = {
  'concepts.test.ts': [...CONCEPTS_PRETEXTS, ...CONCEPTS_THREATS],
  'regional-families.test.ts': REGIONAL_PRETEXTS,
  'language.test.ts': LANGUAGE_RISKY,
};

/** Every guarded risky case under a brand: the lists above under any brand (they name none), and the `suspicious`
 *  cases of cases.ts under the demo brand only (`demo`: their contacts are the demo brand's). */
export function guardedSuspicious(demo: boolean): RiskyCase[] {
  const out: RiskyCase[] = [];
  for (const [table, texts] of Object.entries(RISKY)) for (const text of texts) out.push({ text, table });
  if (!demo) return out;
  for (const c of [...PHONE_CASES, ...LINK_CASES, ...MESSAGE_CASES])
    if (c.verdict === 'suspicious') out.push({ text: c.input, table: 'cases.ts' });
  return out;
}
