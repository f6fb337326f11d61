// The session tables of genuine forms read as scams, by family, each with the scams sharing its words
// (genuine-formsID.tsv: family, role, source, text; sources per line). One registry: a table is its file and its
// families. Session 33: an anti-fraud write-up describing a practice, a code handed to its owner, a meeting asking the
// reader to present their own screen; 34: a named official site, a fee already settled, a code to enter; 35: whoever
// asks sorted into "not us" or "check first", a request the reader turned down; 35b: a policy whose negated subject is
// several parties joined by "or"; 36: a foreign authority's own line, a code already used, a scam's steps quoted, a
// refuted pitch, a driver's relay number; 36b: a government's own site, the reader's own PIN at the bank's machine; 38: work meetings and IT at
// onboarding, the follow-up to the reader's own request, account notices, personal chats, institutions' notices; 38b: a
// warning sorting whoever asks into fraud, tactics listed, a scam's words retold, a sender's policy or red flags (issue
// 10's quoted tactics); 39: travel providers, rentals, utilities and insurers, second-hand sales, payment checks,
// relatives abroad; 39b: the surfaces that read dangerous on a lone signal (an overseas number, a code word, a link,
// a freeze or safe word) with no dangerous act asked (issue 10's severity); 40b: the channel surfaces that flag a
// genuine message asking nothing — a number abroad given as a sender's own line in the place named, a link to the
// sender's own site beside a lesser hit, an institution's own notice with a lesser hit (issue 10's ≤ 3 %); 41: a
// stranger's case retold, a notice's own instruction (reply YES/NO, TD, a code at the counter), a notice with a lesser
// word (issue 10's ≤ 3 %, batch 46's forms). CLI, for figures before and after a
// change: `npx tsx test/classifier/genuine-forms.ts ID [--lines]` (ID 33 … 41;
// both test brands, with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FormsTable, loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS_TABLES = {
  '33': ['practice', 'code-given', 'presenting'],
  '34': ['named-site', 'fee-settled', 'code-to-enter'],
  '35': ['whoever-disowned', 'refused-own-case'],
  '35b': ['or-joined-subject'],
  '36': ['local-report-line', 'own-code-settled', 'quoted-steps', 'credit-refuted', 'driver-line'],
  '36b': ['gov-own-domain', 'own-entry'],
  '38': ['work-meeting', 'own-request', 'account-notice', 'personal-chat', 'institution-notice'],
  '38b': ['sorted-as-fraud', 'listed-tactics', 'retold-script', 'never-asks'],
  '39': ['travel', 'rental', 'utility-insurer', 'marketplace', 'payment-check', 'relative-abroad'],
  '39b': ['overseas-line', 'code-word', 'link-notice', 'freeze-safe'],
  '40b': ['place-line', 'own-site-link', 'notice-lesser'],
  '41': ['retold-case', 'own-instruction', 'notice-word'],
} as const;
export type FormsTableId = keyof typeof FORMS_TABLES;

/** One session's table, loaded (its genuine lines with their family as kind, its counters, the asserted ones). */
export const formsTable = <I extends FormsTableId>(id: I): FormsTable<(typeof FORMS_TABLES)[I][number]> =>
  loadFormsTable(resolve(import.meta.dirname, `genuine-forms${id}.tsv`), FORMS_TABLES[id]);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const id = process.argv[2] as FormsTableId;
  if (!(id in FORMS_TABLES)) {
    console.error(`usage: npx tsx test/classifier/genuine-forms.ts ${Object.keys(FORMS_TABLES).join('|')} [--lines]`);
    process.exit(2);
  }
  printFormsFigures(formsTable(id), FORMS_TABLES[id], process.argv.includes('--lines'));
}
