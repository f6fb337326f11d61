// Scams read `unknown` or `official` (session 41, issue 10): one family per commit, each read from its rows of
// scam-families41.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands: a family's scams are flagged by the rules alone and its
// counters are not (never dangerous with the wording model); a scam wearing the platform (kind `wear`) is never
// `official`, by the rules alone or shipped; the platform's own notice (kind `own`) is `official` both ways.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeScamFamilies } from '../helpers/scam-families.ts';

vi.setConfig({ testTimeout: 60_000 });

const FAMILIES = {
  // "案件编号…，今日内转账至 6222 …可撤案", "pay the bond today by calling … to quash the warrant": a case said to be
  // dropped once money goes to a card, a stranger's line or by today's deadline (concepts.ts caseDroppedForPay).
  'case-drop': "a legal case said to be dropped once the reader pays a card, a stranger's line or by today",
  // "原热线即日停用，新客服电话…", "{hotline} is under maintenance; support is now on …": the platform's own line said out
  // of use with another number or a chat in its place, never `official` (official-levers.ts line-moved).
  'line-moved': "the platform's line said out of use, another number or chat offered in its place",
  // "停息挂账需先缴纳协商服务费", "our mentor shares daily stock picks", "repay in USDT": a fee for debt relief, an
  // investment group or mentor, a payment in crypto or gift cards, beside only the platform's own contacts — never
  // `official` (official-levers.ts relief-fee, invest-group, odd-payment); with other platform-posing forms (a prize's
  // fee, a port-out PIN, a task's deposit) kept so.
  'platform-pose':
    "a scam wearing the platform's own contacts: a relief fee, an investment mentor, crypto or gift cards",
} as const;

describeScamFamilies(resolve(import.meta.dirname, 'scam-families41.tsv'), FAMILIES);
