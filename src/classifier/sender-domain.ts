// The sender's own site: a notice signed "【12306】" or "Netflix:" that links to 12306.cn or netflix.com links to the
// site of the name it is signed with. Whoever wrote the text, that link leads to the named company itself, so it is no
// channel for a scam's request. A lookalike (netflix-billing.com, netflix.com.evil.top) has another registrable
// domain and stays unknown; so does a label that joins the name's words with hyphens of its own ("E-ZPass Toll
// Services:" → ezpass-tollservices.help): a company's domain spells its name, a scammer's is built from it. Pure.

/** A sender's tag opening or closing a notice ("【中国移动】…", "…【某银行】"). */
export const SENDER_TAG_START = /^\s*[【[]([^】\]\n]{2,12})[】\]]/;
export const SENDER_TAG_END = /[【[]([^】\]\n]{2,12})[】\]]\s*$/;
/** An English sender's name before a colon at the start ("Netflix: Your payment…", "DBS: You have added…"). */
const NAME_COLON_START = /^\s*([a-z][a-z0-9&.' -]{1,24}?)\s*:/i;

/** A name or label as compared: lower case, letters, digits and the hyphens the name itself writes ("T-Mobile"). */
const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');

/** A service's name before "from" or "for" in an English header ("Tikkie from Jeroen:", "Venmo request from Ana:"):
 *  the service sends on someone's behalf, and its name is the header's first word. */
const ON_BEHALF = /^([a-z][a-z0-9&.'-]{1,20}) (?:[a-z]+ )?(?:from|for) /i;

/** The names a message is signed with, squeezed (none when it is signed with none). */
export function senderNames(text: string): string[] {
  const out: string[] = [];
  const colon = NAME_COLON_START.exec(text);
  for (const m of [SENDER_TAG_START.exec(text), SENDER_TAG_END.exec(text), colon]) {
    const name = m ? squeeze(m[1]!) : '';
    if (name.length >= 2) out.push(name);
  }
  const service = colon ? ON_BEHALF.exec(colon[1]!) : null;
  if (service) out.push(squeeze(service[1]!));
  return out;
}

/** Is a registrable domain's label (netflix of netflix.com, 12306 of 12306.cn) one of the sender's names? */
export function isSendersOwn(label: string | undefined, names: readonly string[]): boolean {
  if (!label || !names.length) return false;
  const squeezed = squeeze(label);
  return names.includes(squeezed);
}
