// Every rule the classifier applies has a name here (like Chromium's LookalikeUrlMatchType). Code decides and
// returns these names; severity lives in this one table; wording lives in content/replies/classifier.yaml.
import type { Severity } from './types.ts';

export const REASON_SEVERITY = {
  // phone numbers
  OFFICIAL_NUMBER: 'info',
  CALLER_ID_SPOOFABLE: 'info',
  NATIONAL_ANTI_FRAUD_LINE: 'info',
  NATIONAL_WARNING_SMS: 'info',
  POLICE_EMERGENCY_NUMBER: 'low',
  INTERNATIONAL_PREFIX: 'high',
  FAKE_96110: 'high',
  LOOKALIKE_OFFICIAL_NUMBER: 'high',
  VIRTUAL_OPERATOR_SEGMENT: 'medium',
  SERVICE_NUMBER_95: 'info',
  // Some longer 95 numbers are legitimately assigned, some sublet: length alone raises nothing.
  LONG_95_NUMBER: 'info',
  SERVICE_NUMBER_400: 'low',
  // 106 is the normal business-SMS channel (real codes and notices too): the sender alone proves nothing.
  BULK_SMS_PORT_106: 'info',
  OFFICIAL_SMS_SENDER: 'info',
  // 110 and 400/800 lines receive calls: an incoming call showing one is more likely spoofed than real.
  CALL_FROM_INBOUND_LINE: 'medium',
  CARRIER_SERVICE_NUMBER: 'info',
  MOBILE_NUMBER: 'info',
  FIXED_LINE_NUMBER: 'info',
  INVALID_NUMBER: 'medium',
  NUMBER_IN_WORDS: 'medium',
  // links
  OFFICIAL_DOMAIN: 'info',
  UNKNOWN_DOMAIN: 'info',
  LOOKALIKE_SKELETON: 'high',
  LOOKALIKE_EDIT_DISTANCE: 'high',
  LOOKALIKE_CHAR_SWAP: 'high',
  LOOKALIKE_TLD_SWAP: 'high',
  TARGET_EMBEDDING: 'high',
  COMBOSQUATTING: 'high',
  BRAND_NAME_IN_DOMAIN: 'high',
  // The link's host joins the name the message is signed with to words of its own ("AusPost:" → auspost-redelivery.net).
  SENDER_NAME_IN_DOMAIN: 'high',
  PUNYCODE_HOST: 'medium',
  MIXED_SCRIPT_HOST: 'high',
  IP_ADDRESS_HOST: 'high',
  USERINFO_IN_URL: 'high',
  // A link on the brand's own domain whose query or fragment carries another site's address ("?url=evil.top"): the
  // brand's page would forward the reader there (an open redirect), so the official domain vouches for nothing.
  REDIRECT_TO_OTHER_HOST: 'medium',
  URL_SHORTENER: 'medium',
  APP_DOWNLOAD: 'high',
  DANGEROUS_SCHEME: 'high',
  NOT_HTTPS: 'low',
  ABUSED_TLD: 'medium',
  LONG_URL: 'low',
  DEEP_SUBDOMAINS: 'low',
  INVALID_LINK: 'low',
  // whole messages
  // A warning or broadcast names this number as one to distrust: an example, not a contact; no vote in the verdict.
  NAMED_IN_WARNING: 'info',
  // An overseas authority's own line (its calling code the country its header names), given in a warning that asks
  // nothing only to report or check a call (local-report-line.ts): no vote in the verdict.
  LOCAL_REPORT_LINE: 'info',
  // A delivery driver's relay number (a virtual-operator segment) in a notice of a delivery under way that asks
  // nothing (driver-line.ts): no vote in the verdict.
  DRIVER_LINE: 'info',
  // A writer's own number abroad, its calling code the place they say they are in, in a message that asks nothing and
  // names no money, code, link or trouble (own-line-abroad.ts): no vote in the verdict.
  OWN_LINE_ABROAD: 'info',
  // A travel provider's own landline abroad, its calling code a place the booking names, given as the line to call in
  // a message that asks nothing and names no money, code, card, link or chat (travel-line.ts): no vote in the verdict.
  TRAVEL_LINE: 'info',
  // A sender's own landline abroad, its calling code a place the message names, given as a line in a message that
  // asks nothing and gives no pretext, names no money, code, card, link, chat, warning, service role or brand
  // (place-line.ts, session 40): no vote in the verdict.
  PLACE_LINE: 'info',
  // An overseas number that is the message's only danger, in a message that asks no dangerous act and does not name
  // the brand (check.ts overseasAlone): flagged, suspicious, not dangerous.
  OVERSEAS_NUMBER_ALONE: 'info',
  LINK_IN_12381_TEXT: 'high',
  // The message names the brand beside a number that is not one of its official numbers.
  UNOFFICIAL_BRAND_NUMBER: 'medium',
  // The message makes a scam request and carries a link that is not official.
  SCAM_REQUEST_WITH_LINK: 'high',
  // The wording model (wording-model.ts) reads the message as worded like the scams it was fitted on; no rule did.
  SCAM_LIKE_WORDING: 'medium',
  // … and the rules saw a request (a link to open, a chat to move to): together, dangerous.
  SCAM_LIKE_WORDING_WITH_REQUEST: 'high',
  // … and the rules already found it suspicious, and the severity model reads it as worded like the scams that take
  // money or a code rather than like openers and lures: dangerous.
  SCAM_LIKE_WORDING_SEVERE: 'high',
  // The rules flagged only words (no bad number or link), and the wording model is sure the text reads like genuine
  // notices, broadcasts and chats: the words are set aside.
  GENUINE_LIKE_WORDING: 'info',
  // Every contact is official, but the words read like the scams the model was fitted on: not vouched for (unknown).
  SCAM_LIKE_WORDING_OFFICIAL_CONTACTS: 'low',
  // Every number and link is official, but the message asks for an action outside the app (add a chat, scan, send a
  // code …) or gives a reason only a scammer gives: an official number quoted in a scam does not vouch for it.
  OFFICIAL_CONTACTS_WITH_REQUEST: 'low',
  // Every number and link is official, but the message also gives a contact the brand does not list (a WeChat, QQ,
  // WhatsApp or Telegram id, an e-mail address): not vouched for.
  UNLISTED_CONTACT: 'low',
  // Every number and link is official, but the message quotes one only to steer the reader off it ("请勿拨打…，该线路
  // 已停用", "our hotline … is busy / has changed"): the brand never disowns its own line.
  OFFICIAL_CONTACT_DISOWNED: 'low',
} as const satisfies Record<string, Severity>;

export type ReasonCode = keyof typeof REASON_SEVERITY;
export const REASON_CODES = Object.keys(REASON_SEVERITY) as ReasonCode[];

/** Reasons that make an item official when nothing worse is found. */
export const OFFICIAL_REASONS: ReadonlySet<ReasonCode> = new Set([
  'OFFICIAL_NUMBER',
  'OFFICIAL_SMS_SENDER',
  'NATIONAL_ANTI_FRAUD_LINE',
  'NATIONAL_WARNING_SMS',
  'OFFICIAL_DOMAIN',
]);
