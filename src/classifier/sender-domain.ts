// The sender's own site: a notice signed "【12306】" or "Netflix:" that links to 12306.cn or netflix.com links to the
// site of the name it is signed with. Whoever wrote the text, that link leads to the named company itself, so it is no
// channel for a scam's request. A lookalike (netflix-billing.com, netflix.com.evil.top) has another registrable
// domain and stays unknown; so does a label that joins the name's words with hyphens of its own ("E-ZPass Toll
// Services:" → ezpass-tollservices.help): a company's domain spells its name, a scammer's is built from it. Pure.
import { COMBO_KEYWORDS, HEADER_GENERIC_WORDS } from './data/link-tables.ts';

/** A sender's tag opening or closing a notice ("【中国移动】…", "…【某银行】"). */
export const SENDER_TAG_START = /^\s*[【[]([^】\]\n]{2,12})[】\]]/;
export const SENDER_TAG_END = /[【[]([^】\]\n]{2,12})[】\]]\s*$/;
/** A Latin-script name in a tag, longer than a Chinese one ("【Crèdit Andorrà】", "[Banco de Moçambique]"). */
const LATIN_TAG_START = /^\s*[【[]([A-Za-z\u00c0-\u024f][^】\]\n]{12,30})[】\]]/;
/** An English sender's name before a colon at the start ("Netflix: Your payment…", "DBS: You have added…"). */
const NAME_COLON_START = /^\s*([a-z][a-z0-9&.' -]{1,24}?)\s*:/i;

/** A sender's name written as a domain of one label and its TLD. */
const SIGNED_HOST = /^([a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,12}$/i;

const SUFFIX_WORD = /^(gov|edu|org|com|co|ac|net|mil|go|or|ne|nic)$/i;

/** A name or label as compared: lower case, letters without their accents ("Crèdit Andorrà" → creditandorra: hosts
 *  are written in ASCII), digits and the hyphens the name itself writes ("T-Mobile"). */
const squeeze = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]/gu, '');

/** A service's name before "from" or "for" in an English header ("Tikkie from Jeroen:", "Venmo request from Ana:"):
 *  the service sends on someone's behalf, and its name is the header's first word. */
const ON_BEHALF = /^([a-z][a-z0-9&.'-]{1,20}) (?:[a-z]+ )?(?:from|for) /i;

/** The names a message is signed with, squeezed (none when it is signed with none). */
export function senderNames(text: string): string[] {
  const out: string[] = [];
  const colon = NAME_COLON_START.exec(text);
  for (const m of [SENDER_TAG_START.exec(text) ?? LATIN_TAG_START.exec(text), SENDER_TAG_END.exec(text), colon]) {
    const name = m ? squeeze(m[1]!) : '';
    if (name.length >= 2) out.push(name);
    // A name that is itself a domain ("【Kaspi.kz】", "Booking.com:") is signed with its label too: the site's own.
    // (Not a public suffix's word: "gov.ie" signs for a government, not for every gov label.)
    const host = m ? SIGNED_HOST.exec(m[1]!.trim()) : null;
    if (host && !SUFFIX_WORD.test(host[1]!)) out.push(squeeze(host[1]!));
  }
  const service = colon ? ON_BEHALF.exec(colon[1]!) : null;
  if (service) out.push(squeeze(service[1]!));
  return out;
}

/** What stands before a sentence's first word: a capital there is the sentence's, not a name's. */
const SENTENCE_END = /[.!?。！？:：\n]\s*$/;
/** A company's name as a word of the body: capitalised ("Verizon", "PayPal", "T-Mobile") or with an inner capital
 *  ("eBay"). */
const NAME_WORD = /\b(?:[A-Z][a-z0-9]*[a-z][A-Za-z0-9&'-]*|[a-z]+[A-Z][A-Za-z0-9]*)\b/g;
/** A Latin name inside Chinese words ("登录Steam客户端", "您的Boss直聘账号"). */
const NAME_IN_HAN = /(?<=\p{Script=Han})[A-Za-z][A-Za-z0-9]{2,}|[A-Za-z][A-Za-z0-9]{2,}(?=\p{Script=Han})/gu;
/** A body name shorter than this is a word part of many labels ("Go", "Pay"): not read as a site's name. */
const MIN_BODY_NAME = 4;
/** Words of a run read together ("Capital One", "Bank of America" is read as its words). */
const MAX_RUN = 3;

const atSentenceStart = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 4), at);
  return SENTENCE_END.test(before) || (at === before.length && !before.trim());
};

/**
 * The company names a notice writes in its body rather than in its header: "Your Upstart payment is past due …",
 * "Thanks for choosing Verizon …", "您的Steam账号 …". A link whose registrable label spells one of them
 * (upstart.com, verizon.com) leads to that company itself, as a header's name does (`senderNames`): a lookalike
 * (verizon-billing.com) has another label. A capital at a sentence's start is no name ("Verify at verify.com").
 */
export function bodyNames(text: string): string[] {
  const out: string[] = [];
  // Runs of name words one space apart; a run's first word dropped at a sentence's start ("Your Upstart loan").
  let run: string[] = [];
  let end = -1;
  for (const m of text.matchAll(NAME_WORD)) {
    if (m.index !== end + 1 || text[end] !== ' ') run = closeRun(run, out);
    if (run.length || !atSentenceStart(text, m.index)) run.push(m[0]);
    end = m.index + m[0].length;
  }
  closeRun(run, out);
  for (const m of text.matchAll(NAME_IN_HAN)) addBodyName(squeeze(m[0]), out);
  return out;
}
// (Functions of the module, not closures made per call: tsx names every closure it compiles, a defineProperty each.)
function addBodyName(name: string, out: string[]): void {
  if (name.length >= MIN_BODY_NAME) out.push(name);
}
/** Every name a run of words spells (up to MAX_RUN words together); a new, empty run. */
function closeRun(run: readonly string[], out: string[]): string[] {
  for (let i = 0; i < run.length; i++)
    for (let j = i; j < run.length && j < i + MAX_RUN; j++) addBodyName(squeeze(run.slice(i, j + 1).join('')), out);
  return [];
}

/** Is a registrable domain's label (netflix of netflix.com, 12306 of 12306.cn) one of the sender's names? */
export function isSendersOwn(label: string | undefined, names: readonly string[]): boolean {
  if (!label || !names.length) return false;
  const squeezed = squeeze(label);
  return names.includes(squeezed);
}

/** The first word of a header of several words ("Northwind Parcel Notice:" → northwind, "【Airtel Money】" → airtel), and
 *  the runs of words it starts ("Canada Post Delivery:" → canadapost), with every word of the header: a brand is
 *  named first and what follows says what the message is about. Not a first word that names no one ("Security
 *  Alert:", "Your …": HEADER_GENERIC_WORDS, COMBO_KEYWORDS). Read in a host by builtFromHeaderName. */
export interface HeaderNames {
  names: string[];
  words: string[];
}
const HEADER_WORD = /[\p{L}\p{N}][\p{L}\p{N}&'-]*/gu;
const GENERIC_FIRST = new Set([...HEADER_GENERIC_WORDS, ...COMBO_KEYWORDS]);
export function headerNames(text: string): HeaderNames | undefined {
  const m =
    NAME_COLON_START.exec(text) ??
    SENDER_TAG_START.exec(text) ??
    LATIN_TAG_START.exec(text) ??
    SENDER_TAG_END.exec(text);
  if (!m) return undefined;
  const words = (m[1]!.match(HEADER_WORD) ?? []).map((w) => squeeze(w).replace(/-/g, '')).filter(Boolean);
  if (words.length < 2 || !/^[a-z0-9]+$/.test(words[0]!) || GENERIC_FIRST.has(words[0]!)) return undefined;
  const names: string[] = [];
  for (let j = 0; j < Math.min(words.length, MAX_RUN); j++) names.push(words.slice(0, j + 1).join(''));
  return { names: names.filter((n) => n.length >= MIN_NAME), words };
}

/** Does the header say this word (or share a run with one of its words)? */
function saidIn(header: HeaderNames, w: string): boolean {
  return header.words.some((h) => h === w || sharesRun(w, h) || sharesRun(h, w));
}

/**
 * Is a registrable label built from a header's first word with a word the header does not say ("RCMP Delivery
 * Notice:" → rcmp-notice-ca.com; "【Crèdit Andorrà】" → creditandorra-seguretat.com)? A word the header says
 * ("Airtel Money Loan:" → airtel-money-loan) restates the header and is left to the other link reasons; so is a
 * subdomain (security-alert.bank.com names the bank's own domain).
 */
export function builtFromHeaderName(label: string | undefined, header: HeaderNames | undefined): boolean {
  if (!label || !header?.names.length || !label.includes('-')) return false;
  const words = label.toLowerCase().split('-').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < 64; j++) {
      joined += words[j];
      if (!header.names.includes(joined)) continue;
      if (words.some((w, k) => (k < i || k > j) && !saidIn(header, w))) return true;
    }
  }
  return false;
}

/** A sender's name this short ("db", "ms") is a word part of many labels: not read in a host. */
const MIN_NAME = 3;
/** A word of the host sharing this many letters in a row with the name restates it (a bilingual host:
 *  "Canada Post:" → canadapost-postescanada.ca) rather than adding a word of its own. */
const SHARED_RUN = 4;

function sharesRun(word: string, name: string): boolean {
  for (let i = 0; i + SHARED_RUN <= word.length; i++) if (name.includes(word.slice(i, i + SHARED_RUN))) return true;
  return false;
}

/**
 * Is a host built from one of the sender's names with words of its own — some label (the registrable one or a
 * subdomain) whose hyphen-joined words hold the name and a word that is not the name's ("AusPost:" →
 * auspost-redelivery.net, "gov.ie:" → gov-ie-credit.com, "Absher:" → absher-sa.portal-services.top)? A company's
 * site spells its name; a scammer's is built from it (combosquatting: the brand's own domains get COMBOSQUATTING,
 * any signed name gets this).
 */
export function builtFromSenderName(host: string, names: readonly string[]): boolean {
  // (Only a label with a hyphen is read below: a host without one, most, is answered before the names are copied.)
  if (!host.includes('-')) return false;
  const bare = names.map((n) => n.replace(/-/g, '')).filter((n) => n.length >= MIN_NAME);
  if (!bare.length) return false;
  for (const label of host.toLowerCase().split('.')) {
    if (!label.includes('-')) continue;
    const words = label.split('-').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < words.length && joined.length < 64; j++) {
        joined += words[j];
        if (!bare.includes(joined)) continue;
        const name = joined;
        if (words.some((w, k) => (k < i || k > j) && !sharesRun(w, name))) return true;
      }
    }
  }
  return false;
}
