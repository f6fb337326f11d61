// check(): one pipeline for a number, a link or a whole message → the Verdict record of docs/contracts.md.
// Pure and synchronous: the caller hands in the prepared context (brand index, phrase rules, texts).
import { ANTI_FRAUD_LINE, POLICE_LINE, WARNING_SMS } from './data/service-numbers.ts';
import {
  bodyNames,
  builtFromHeaderName,
  builtFromSenderName,
  headerNames,
  isSendersOwn,
  senderNames,
} from './sender-domain.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { detectLocale } from '../content/lang.ts';
import { isPlain } from '../content/normalize.ts';
import { brandVars, fillTemplate, type TemplateVars } from '../content/template.ts';
import type { BrandIndex } from './brand-index.ts';
import { givesPretext, namesRequest } from './concepts.ts';
import { type Extracted, extract, prepareNormalized, prepareText } from './extract.ts';
import { classifyLink } from './link.ts';
import { ownLineAbroad } from './own-line-abroad.ts';
import { authorityCallsBack, placeLine } from './place-line.ts';
import { travelLine } from './travel-line.ts';
import { driverLine } from './driver-line.ts';
import { localReportLine } from './local-report-line.ts';
import { mentionedNumber } from './mentioned-numbers.ts';
import { disownsContact, incomingCallAt, mentionsBrand, unlistedContact, verifyLineAt } from './message-signals.ts';
import { classifyPhone } from './phone.ts';
import type { PhraseMatch } from './phrases.ts';
import {
  asksAnything,
  BROADCAST_WARNINGS,
  findScamLanguage,
  type LanguageReading,
  type LanguageRules,
} from './scam-language.ts';
import { OFFICIAL_REASONS, REASON_SEVERITY, type ReasonCode } from './reasons.ts';
import { MAY_MASK, maskedPrefixes, namesInEnglish } from './masked-prefix.ts';
import { redactSecrets } from './sensitive.ts';
import type { ClassifierTexts } from './texts.ts';
import type { Evidence } from './verdict-combiner.ts';
import { type CheckItem, type CheckResult, type Reason, type Verdict, worstVerdict } from './types.ts';
import {
  probability,
  type RulesView,
  type WordingInput,
  type WordingModel,
  wordingLogit,
  wordingDemotes,
  wordingMaySpeak,
  wordingOutcome,
  wordingSignals,
} from './wording-model.ts';

export interface ClassifierContext {
  brand: BrandIndex;
  /** Phrase rules, warnings, example requests and the variant table (scam-language.ts). */
  language: LanguageRules;
  texts: ClassifierTexts;
  /** The fitted wording model (wording-model.ts); absent: the rules alone. */
  wording?: WordingModel;
}

export interface CheckOptions {
  /** Answer language; detected from the input when absent. */
  locale?: Locale;
  /** Called with what the wording model reads and what the rules found, for every message with words (used to fit
   *  the model: `npm run classifier:fit`). */
  onWording?: (input: WordingInput, rules: RulesView) => void;
  /** Called with the typed evidence the verdict combiner weighs (verdict-combiner.ts) and what the wording model
   *  reads (absent without words), before any model speaks (used to fit the combiner: `npm run classifier:combine`). */
  onEvidence?: (evidence: Evidence, wording: WordingInput | undefined) => void;
}

/** The reason the wording model adds when it raises the rules' verdict. */
const WORDING_REASON = {
  unknown: 'SCAM_LIKE_WORDING_OFFICIAL_CONTACTS',
  suspicious: 'SCAM_LIKE_WORDING',
  dangerous: 'SCAM_LIKE_WORDING_WITH_REQUEST',
  severe: 'SCAM_LIKE_WORDING_SEVERE',
} as const;

// Numbers that belong to someone (not a national public line): named beside the brand, they pose as its own.
const NOT_THE_BRANDS: ReadonlySet<ReasonCode> = new Set([
  'MOBILE_NUMBER',
  'FIXED_LINE_NUMBER',
  'VIRTUAL_OPERATOR_SEGMENT',
  'SERVICE_NUMBER_400',
  'SERVICE_NUMBER_95',
  'LONG_95_NUMBER',
  'INVALID_NUMBER',
]);

// National public lines: a text naming them sends the reader to the real police or anti-fraud line, never to a
// scammer (a genuine 12381 warning says "如有疑问拨打96110").
const PUBLIC_LINES: ReadonlySet<ReasonCode> = new Set([
  'NATIONAL_ANTI_FRAUD_LINE',
  'POLICE_EMERGENCY_NUMBER',
  'NATIONAL_WARNING_SMS',
]);

// Only words can hold a scam phrase (spaced-out ones too: "请 提 供 验 证 码"): two letters or Chinese characters.
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x3400 && c <= 0x9fff);

/** Are there two letters or Chinese characters outside the found items? */
function twoLettersOutside(text: string, found: readonly Extracted[]): boolean {
  let letters = 0;
  let at = 0;
  for (let k = 0; k <= found.length; k++) {
    const end = k < found.length ? found[k]!.start : text.length;
    for (let i = at; i < end; i++) if (isLetter(text.charCodeAt(i)) && ++letters === 2) return true;
    if (k < found.length) at = found[k]!.start + found[k]!.raw.length;
  }
  return false;
}

/** Why a message whose contacts are all official is not vouched for (asked by rulesVerdict of such a message only:
 *  rare). A class, not a closure made in check: tsx's name-keeping wrapper cost a property definition per message. */
class Withheld {
  withheld: ReasonCode | undefined;
  constructor(
    private readonly hasWords: boolean,
    private readonly reading: LanguageReading,
    private readonly ctx: ClassifierContext,
    private readonly officialLinksOnly: boolean,
    /** The prepared text and where its official items are in it (start and end in pairs). */
    private readonly prepared: string,
    private readonly officialSpans: readonly number[],
  ) {}

  asks(): boolean {
    if (!this.hasWords) return false;
    const { reading, ctx } = this;
    this.withheld = unlistedContact(reading.text, ctx.brand)
      ? 'UNLISTED_CONTACT'
      : disownsContact(this.prepared, this.officialSpans)
        ? 'OFFICIAL_CONTACT_DISOWNED'
        : asksAnything(reading, ctx.language, this.officialLinksOnly)
          ? 'OFFICIAL_CONTACTS_WITH_REQUEST'
          : undefined;
    return this.withheld !== undefined;
  }
}

/**
 * The rules' verdict on the items that count and the scam-language hits: the worst of them (a hit beside a link that
 * is not official makes the link dangerous: it is where the request is carried out); with no hit, `official` when
 * every contact is the brand's (or a public line) and the message asks nothing outside the genuine channel.
 */
function rulesVerdict(
  counted: readonly CheckItem[],
  hits: readonly { severity: 'medium' | 'high' }[],
  asks: Withheld,
  ownSites?: ReadonlySet<CheckItem>,
): Verdict {
  if (!hits.length) {
    if (!counted.length) return 'unknown';
    if (counted.every((i) => i.verdict === 'official')) return asks.asks() ? 'unknown' : 'official';
    // One loop, as below (a map's array filtered: two arrays, and check's compiled code deopted on their kinds).
    const out: Verdict[] = [];
    for (const i of counted) if (i.verdict !== 'official') out.push(i.verdict);
    return worstVerdict(out, 'unknown');
  }
  // (Not the site of the name the message is signed with: no channel for a scam's request, sender-domain.ts.)
  if (counted.some((i) => i.kind === 'url' && i.verdict !== 'official' && !ownSites?.has(i))) return 'dangerous';
  const out: Verdict[] = hits.map((h) => (h.severity === 'high' ? 'dangerous' : 'suspicious'));
  for (const i of counted) if (i.verdict !== 'official') out.push(i.verdict);
  return worstVerdict(out, 'unknown');
}

// Requests no genuine message makes of its reader, whatever warning surrounds them: a code, money to a "safe" account,
// a fee to get lost money back (recovery scams name "the scammers" themselves).
const ASKED_WHATEVER_THE_WARNING: ReadonlySet<TopicId> = new Set([
  'verification-code',
  'safe-account',
  'victim-next-steps',
]);

/**
 * A message that warns (one warning sentence: "don't share it with anyone", "scammers pose as …") and is dangerous by
 * its words alone — no number or link bad by its own reasons — is suspicious at most: beside a warning, the words read
 * as a request may be the tactic it describes, and a genuine notice called dangerous teaches its reader to ignore the
 * platform. The requests above stay dangerous, and so does any request in the sender's own words that takes money, a
 * code, card details or the phone from the reader (LanguageReading.takes): a warning describes such a request in its
 * own sentence, and one outside it asks ("get your money back from the scammers. Pay a 500 retainer"). A broadcast
 * (two kinds of warning) has no hits at all.
 */
function warnedWordsOnly(
  counted: readonly CheckItem[],
  hits: readonly PhraseMatch[],
  reading: LanguageReading,
): boolean {
  if (reading.warningKinds < 1 || reading.takes || counted.some((i) => i.verdict === 'dangerous')) return false;
  return !hits.some((h) => h.severity === 'high' && ASKED_WHATEVER_THE_WARNING.has(h.topic));
}

/**
 * A message whose only danger is an overseas number (a calling code and nothing else against it) and that asks no
 * dangerous act of the reader — no high scam-language hit, no request the concept grammar names, nothing taken
 * (LanguageReading.takes), no scam hit beside a link that is not the sender's — gives no scam's pretext for calling
 * it (a crime, a refund, a threat, an authority, a deadline: concepts.ts givesPretext) and does not name the brand
 * (whose number an overseas line beside its name would pose as) is suspicious at most: a hotel, an airline, a
 * consulate, a relative abroad give such numbers every day, and a genuine notice called dangerous teaches its reader to
 * ignore the platform. The number stays flagged (suspicious); a request, a pretext or a warning beside it keeps it
 * dangerous.
 */
/** A customer-service role named (the fake desk's claim; 'staff' reads airlines and teams too, which a hotel names). */
const SERVICE_ROLE =
  /客服|專員|专员|工作人员|工作人員|客户经理|客戶經理|\b(customer (service|care|support)|service desk|help ?desk)\b/i;

/** A call reported as received ("打给我", "打来", "called me"), not a line given to call. */
const CALLED_ME = /打给我|給我打|给我打|打來|打来|\b(called|rang|phoned|been calling) me\b|\bcalls? from\b/i;

function overseasAlone(
  counted: readonly CheckItem[],
  hits: readonly PhraseMatch[],
  reading: LanguageReading,
  ownSites: ReadonlySet<CheckItem> | undefined,
): boolean {
  if (!quietAbroad(reading, hits)) return false;
  let overseas = false;
  for (const i of counted) {
    if (hits.length && i.kind === 'url' && i.verdict !== 'official' && !ownSites?.has(i)) return false;
    if (i.verdict !== 'dangerous') continue;
    if (i.kind !== 'phone' || !onlyOverseas(i)) return false;
    overseas = true;
  }
  return overseas;
}

/** The words around a number abroad give it no scam's use: nothing asked or taken, no high hit, no pretext, no
 *  warning, no account call, no service role, no call received (overseasAlone's test of the words; place-line.ts asks
 *  it too, with no hit at all). */
function quietAbroad(reading: LanguageReading, hits: readonly PhraseMatch[]): boolean {
  const { families } = reading;
  if (reading.takes || namesRequest(families) || givesPretext(families) || hits.some((h) => h.severity === 'high'))
    return false;
  // A warning that gives a number abroad to call vouches for it ("认准官方客服 00852…，其他号码都是假的"): a planted
  // hotline. (An authority's own line in its own warning has no vote already: local-report-line.ts.)
  if (reading.warningKinds > 0) return false;
  // A call asked about the reader's account ("please call 00… now about your account"): a fake desk's request.
  if (families?.has('call') && families.has('account')) return false;
  // A service role beside the number ("00852 5123 8870 是客服吗", "+852 … 说是你们客服"): a platform's desk calling from
  // abroad is the scam this bot exists for, whoever writes the line (the caller or a user asking about the call).
  if (SERVICE_ROLE.test(reading.text)) return false;
  // A call the number made to the writer ("…都打给我了", "this +44 number rang me"): the number is a caller's, not a
  // line a notice gives; an overseas caller is what the 00 / + warning is about.
  return !CALLED_ME.test(reading.text);
}

/**
 * A message whose only contact is the site of the name it is signed with ("PayPal: … log in at paypal.com to
 * confirm …", "Instagram: … go to instagram.com/… to secure your account") sends its request to the signer's own
 * site: a scam that signs a service's name cannot carry out its request there. The wording model alone (no scam-language
 * hit of the rules) raises such a message to suspicious at most — a login/security notice is worded as the phish
 * that copies it, and a genuine notice called dangerous teaches its reader to ignore it. A phone or any other link
 * beside it is a channel of its own: the model's say stands.
 */
function ownSiteOnly(counted: readonly CheckItem[], ownSites: ReadonlySet<CheckItem> | undefined): boolean {
  return (
    !!ownSites &&
    counted.some((i) => ownSites.has(i)) &&
    counted.every((i) => i.verdict === 'official' || ownSites.has(i))
  );
}

/** The host of a normalised link's href (classifyLink made it with WHATWG URL: scheme, "//", any userinfo, host), read
 *  without parsing it again. */
const HREF_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;
const hostOf = (href: string): string => HREF_HOST.exec(href)?.[1] ?? '';

/** Inputs longer than this are checked on their first part only: SMS and chats are far shorter. */
export const MAX_CHECKED_CHARS = 20_000;

function verdictOf(codes: readonly ReasonCode[]): Verdict {
  let rank = 0;
  for (const c of codes) {
    const s = REASON_SEVERITY[c];
    if (s === 'high') rank = Math.max(rank, 3);
    else if (s === 'medium') rank = Math.max(rank, 2);
  }
  if (rank === 3) return 'dangerous';
  if (rank === 2) return 'suspicious';
  return codes.some((c) => OFFICIAL_REASONS.has(c)) ? 'official' : 'unknown';
}

// Texts are templated with the brand once per context and locale, not on every check (a hot path).
const rendered = new WeakMap<ClassifierContext, Record<Locale, RenderedTexts>>();
interface RenderedTexts {
  reasons: Map<ReasonCode, string>;
  fill: (text: string) => string;
  /** Filled advice by advice key (the verdict, or "empty", whose verdict is always unknown) and the first two
   *  phrases' topics (a handful of combinations recur): looked up topic by topic, without a key string per check
   *  (two topics joined made a string to flatten and hash on every such check). */
  advice: Map<string, AdviceByTopics>;
}
interface AdviceByTopics {
  none: string | undefined;
  /** By the first topic; by the first and then the second. */
  one: Map<TopicId, string>;
  two: Map<TopicId, Map<TopicId, string>>;
}

function textsFor(ctx: ClassifierContext, locale: Locale): RenderedTexts {
  let byLocale = rendered.get(ctx);
  if (!byLocale) {
    const make = (l: Locale): RenderedTexts => {
      const vars: TemplateVars = brandVars(ctx.brand.brand, l);
      const reasons = new Map<ReasonCode, string>();
      for (const [code, text] of Object.entries(ctx.texts.reasons))
        reasons.set(code as ReasonCode, fillTemplate(text[l], vars));
      return { reasons, fill: (t) => fillTemplate(t, vars), advice: new Map() };
    };
    byLocale = { zh: make('zh'), en: make('en') };
    rendered.set(ctx, byLocale);
  }
  return byLocale[locale];
}

function toReasons(codes: readonly ReasonCode[], texts: RenderedTexts): Reason[] {
  return codes.map((code) => ({ code, severity: REASON_SEVERITY[code], message: texts.reasons.get(code) ?? code }));
}

/** The text with the found numbers cut out and each link replaced by the word "链接"/"link": phrases are searched in
 *  the words ("点击链接", "pay at link"), not inside URLs. */
function wordsOutside(text: string, found: readonly Extracted[]): string {
  if (!found.length) return text;
  // (Asked only of a text with items: a default parameter scanned every message's words for Chinese.)
  const link = HAN.test(text) ? ' 链接 ' : ' link ';
  let out = '';
  let at = 0;
  for (const f of found) {
    // The national public lines stay words: "请立即拨打110报警" sends the reader to the police, and the warnings read
    // the line dialled (phrases' "拨打(110|96110)").
    if (f.kind === 'phone' && PUBLIC_LINE_WORDS.has(f.raw)) continue;
    out += text.slice(at, f.start) + (f.kind === 'url' ? link : ' ');
    at = f.start + f.raw.length;
  }
  return out + text.slice(at);
}
const PUBLIC_LINE_WORDS: ReadonlySet<string> = new Set([POLICE_LINE, ANTI_FRAUD_LINE, WARNING_SMS]);
const HAN = /[\u3400-\u9fff]/;

/** The items that count toward the message's verdict: all but the flagged numbers a warning or broadcast merely
 *  names (mentioned-numbers.ts), which are marked NAMED_IN_WARNING, and, in a warning that asks nothing (`quiet`), an
 *  overseas authority's own line given to report or check (local-report-line.ts), marked LOCAL_REPORT_LINE; and, in
 *  a message that asks nothing, a delivery driver's relay number in a delivery under way (driver-line.ts), DRIVER_LINE,
 *  a writer's own number in the place abroad they say they are in (own-line-abroad.ts), OWN_LINE_ABROAD, and a
 *  travel provider's own landline in the place its booking names (travel-line.ts), TRAVEL_LINE; and, in a message
 *  that asks nothing and gives a number abroad no scam's use (`quietPlace`: quietAbroad, no brand, no authority's
 *  call-back), a sender's own landline in the place the message names (place-line.ts), PLACE_LINE.
 *  (`found` and `items` are in the same order, but repeats were dropped from `items`: matched by position.) */
function countedItems(
  text: string,
  found: readonly Extracted[],
  items: CheckItem[],
  rules: LanguageRules,
  broadcast: boolean,
  quiet: boolean,
  asksNothing: boolean,
  quietPlace: () => boolean,
  texts: RenderedTexts,
): CheckItem[] {
  if (!items.some((i) => i.kind === 'phone' && (i.verdict === 'suspicious' || i.verdict === 'dangerous'))) return items;
  const out: CheckItem[] = [];
  for (const item of items) {
    const f =
      item.kind === 'phone' && item.verdict !== 'official' && item.verdict !== 'unknown'
        ? found.find((x) => x.raw === item.raw && x.kind === 'phone')
        : undefined;
    if (f && mentionedNumber(text, f, found, rules, broadcast))
      item.reasons.push(...toReasons(['NAMED_IN_WARNING'], texts));
    else if (f && quiet && onlyOverseas(item) && localReportLine(text, f, item.normalized, rules.places))
      item.reasons.push(...toReasons(['LOCAL_REPORT_LINE'], texts));
    else if (f && asksNothing && onlyVirtualSegment(item) && driverLine(text, f))
      item.reasons.push(...toReasons(['DRIVER_LINE'], texts));
    else if (f && asksNothing && onlyOverseas(item) && ownLineAbroad(text, f, item.normalized, rules.places))
      item.reasons.push(...toReasons(['OWN_LINE_ABROAD'], texts));
    else if (f && asksNothing && onlyOverseas(item) && travelLine(text, f, item.normalized, rules.places))
      item.reasons.push(...toReasons(['TRAVEL_LINE'], texts));
    else if (
      f &&
      asksNothing &&
      onlyOverseas(item) &&
      quietPlace() &&
      placeLine(text, f, item.normalized, rules.places)
    )
      item.reasons.push(...toReasons(['PLACE_LINE'], texts));
    else out.push(item);
  }
  return out;
}

/** The item's only flag is its virtual-operator segment (170 / 171 …). */
const onlyVirtualSegment = (item: CheckItem) =>
  item.reasons.some((r) => r.code === 'VIRTUAL_OPERATOR_SEGMENT') &&
  item.reasons.every((r) => r.code === 'VIRTUAL_OPERATOR_SEGMENT' || r.severity === 'info');

/** The item's only flag is its calling code (not a lookalike, an invalid number or one spelled in words). */
const onlyOverseas = (item: CheckItem) =>
  item.reasons.every((r) => r.code === 'INTERNATIONAL_PREFIX' || r.severity === 'info');

/**
 * Whether check() would find a number or a link in the input (`items` not empty), without judging them or searching
 * the words for scam language: the brain asks this of every message, and only a message with items is a check.
 */
export function hasItems(input: string | PreparedMessage, ctx: ClassifierContext): boolean {
  const prepared =
    typeof input === 'object' && input !== null
      ? input.prepared
      : prepareText(typeof input === 'string' ? input.slice(0, MAX_CHECKED_CHARS) : '');
  const found = typeof input === 'object' && input !== null ? foundIn(input, ctx.brand) : extract(prepared, ctx.brand);
  if (found.length > 0) return true;
  // (As check reads them: a masked calling code is an item where the brand is named; most messages hold no + or 00
  // before a digit, so the brand's name is looked for only after that quick test.)
  if (!MAY_MASK.test(prepared) || !twoLettersOutside(prepared, found)) return false;
  return maskedOf(prepared, found, ctx.brand, mentionsBrand(prepared, ctx.brand)).length > 0;
}

/** The masked calling codes check() reads as items: only beside the brand's name (its aliases, or its English name:
 *  "AnxinLoan customer care" names the brand as its aliases do). */
function maskedOf(prepared: string, found: readonly Extracted[], brand: BrandIndex, brandNamed: boolean): Extracted[] {
  if (!MAY_MASK.test(prepared) || !(brandNamed || namesInEnglish(prepared, brand.brand.name.en))) return [];
  return maskedPrefixes(prepared, found);
}

/** An input put in the form every check reads, once: a caller that asks hasItems and then check of the same message
 *  (the brain), or normalises the text for other readers too, hands this to both instead of the string. */
export interface PreparedMessage {
  /** The input cut to MAX_CHECKED_CHARS (what is echoed, redacted). */
  readonly text: string;
  /** Its NFKC form (what the echo's redaction reads). */
  readonly nfkc: string;
  /** The form numbers, links and words are read from (extract.ts prepareNormalized). */
  readonly prepared: string;
  /** The input is of plain units alone (normalize.ts isPlain: nearly every English message; a Chinese one mostly
   *  holds full-width punctuation, which NFKC rewrites): so are the prepared text (prepareNormalized puts only ASCII
   *  in) and the words cut from it, and the words skip their NFKC pass (~0.25 µs of an English check). */
  readonly plain: boolean;
  /** The numbers and links in `prepared` for `brand` (prepareMessage given a brand): hasItems and then check of one
   *  message read them instead of searching the text twice. Undefined when prepared without a brand. */
  readonly found: readonly Extracted[] | undefined;
  readonly brand: BrandIndex | undefined;
}

/** The numbers and links of a prepared message for `brand`: found once at preparation when it was for this brand. */
function foundIn(input: PreparedMessage, brand: BrandIndex): readonly Extracted[] {
  return input.found !== undefined && input.brand === brand ? input.found : extract(input.prepared, brand);
}

/** The input in the form check() and hasItems() read it; with `brand`, its numbers and links found too (one
 *  object shape either way: the checks read it monomorphically). */
export function prepareMessage(input: string, brand?: BrandIndex): PreparedMessage {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHECKED_CHARS) : '';
  // NFKC once (toNfkc): the prepared text starts from it, and the input's redaction reads it.
  const plain = isPlain(text);
  const nfkc = plain ? text : text.normalize('NFKC');
  const prepared = prepareNormalized(nfkc);
  return { text, nfkc, prepared, plain, found: brand ? extract(prepared, brand) : undefined, brand };
}

/** Every phone number among the items is official or a public service line (a carrier's 10086, a bank's 95xxx), and
 *  there is one: the line a genuine notice names for its own business (concepts.ts renewalCancelledByCall). */
const SERVICE_LINE_CODES: ReadonlySet<ReasonCode> = new Set(['CARRIER_SERVICE_NUMBER', 'SERVICE_NUMBER_95']);
function serviceLinesOnly(items: readonly CheckItem[]): boolean {
  let phones = 0;
  for (const i of items) {
    if (i.kind !== 'phone') continue;
    phones++;
    if (i.verdict !== 'official' && !i.reasons.some((r) => SERVICE_LINE_CODES.has(r.code))) return false;
  }
  return phones > 0;
}

/** A phone number among the items is neither official nor a public service line: a stranger's line (concepts.ts
 *  lossThreatened, alertCalledBack). A bank's 95 line dialled with its area code ("+86-10-95566", national digits
 *  1095566, as Bank of China's overseas alerts give it) is the service line still. */
const SERVICE_LINE_FROM_ABROAD = /^0?(?:10|2\d|[3-9]\d{2})95\d{3}$/;
function otherLinesIn(items: readonly CheckItem[]): boolean {
  for (const i of items)
    if (
      i.kind === 'phone' &&
      i.verdict !== 'official' &&
      !i.reasons.some((r) => SERVICE_LINE_CODES.has(r.code)) &&
      !SERVICE_LINE_FROM_ABROAD.test(i.normalized)
    )
      return true;
  return false;
}

/** What the wording model reads of a message with words (one home: the model's own call and the fitters' hooks). */
function wordingInputOf(
  reading: LanguageReading,
  items: readonly CheckItem[],
  hits: readonly PhraseMatch[],
  brandNamed: boolean,
): WordingInput {
  return {
    text: reading.text,
    signals: wordingSignals(items, hits, reading.warningKinds, brandNamed),
    families: [...reading.families!],
  };
}

/** The rules' findings before any model speaks, as the verdict combiner weighs them (for its fit only). */
interface RulesFindings {
  verdict: Verdict;
  withoutLanguage: Verdict;
  counted: CheckItem[];
  items: readonly CheckItem[];
  phraseMatches: readonly PhraseMatch[];
  reading: LanguageReading;
  hasWords: boolean;
  brandNamed: boolean;
}

function evidenceRecord(
  f: RulesFindings,
  wording: WordingInput | undefined,
  model: WordingModel | undefined,
  en: boolean,
): Evidence {
  let named = 0;
  for (const i of f.items) if (i.reasons.some((r) => r.code === 'NAMED_IN_WARNING')) named++;
  return {
    rules: f.verdict,
    withoutLanguage: f.withoutLanguage,
    counted: f.counted,
    namedInWarning: named,
    hits: f.phraseMatches.map((h) => ({ topic: h.topic, severity: h.severity })),
    families: f.hasWords ? new Set(f.reading.families) : undefined,
    warningKinds: f.reading.warningKinds,
    text: f.hasWords ? f.reading.text : '',
    brandNamed: f.brandNamed,
    wordingZ: wording && model ? wordingLogit(model, wording) : Number.NEGATIVE_INFINITY,
    en,
  };
}

/** No official items (Withheld's spans for most messages). */
const NO_SPANS: readonly number[] = Object.freeze([]);

/** The reading of an input without words (never written to: findScamLanguage runs only on words). */
const NO_WORDS: LanguageReading = Object.freeze({ text: '', warningKinds: 0, takes: false });

export function check(
  input: string | PreparedMessage,
  ctx: ClassifierContext,
  options: CheckOptions = {},
): CheckResult {
  const message = typeof input === 'object' && input !== null ? input : prepareMessage(input);
  const { text, nfkc, prepared, plain } = message;
  const locale = options.locale ?? detectLocale(text);
  const texts = textsFor(ctx, locale);
  const extracted = foundIn(message, ctx.brand);
  const claims12381 = prepared.includes('12381');
  // Only words can hold scam language or the brand's name: a bare number or link skips both.
  const hasWords = twoLettersOutside(prepared, extracted);
  const brandNamed = hasWords && mentionsBrand(prepared, ctx.brand);
  // A calling code reported without its number ("+855 来电") beside the brand's name is an overseas number too.
  const masked = hasWords ? maskedOf(prepared, extracted, ctx.brand, brandNamed) : [];
  const found = masked.length ? [...extracted, ...masked].sort((a, b) => a.start - b.start) : extracted;

  // (One item cannot repeat another: the set is kept only for more.)
  const seen = found.length > 1 ? new Set<string>() : undefined;
  const items: CheckItem[] = [];
  // Links to the site of the name the message is signed with (sender-domain.ts): no channel for a scam's request.
  let ownSites: Set<CheckItem> | undefined;
  let signedAs: ReturnType<typeof senderNames> | undefined;
  // The header's first words, read once a message and only for a hyphenated label (null: no header of several words).
  let headed: ReturnType<typeof headerNames> | null | undefined;
  let namedAs: string[] | undefined;
  // Where the official items are (Withheld: a message that steers the reader off them is not vouched for).
  let officialSpans: number[] | undefined;
  for (const f of found) {
    const finding =
      f.kind === 'phone'
        ? classifyPhone(f.digits ?? f.compact ?? f.raw, ctx.brand, {
            incomingCall: incomingCallAt(prepared, f.start, f.start + f.raw.length),
          })
        : classifyLink(f.raw, ctx.brand);
    // The same number or link pasted many times is one item.
    if (seen) {
      const key = `${f.kind}:${finding.normalized}:${f.digits !== undefined}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const codes = [...finding.reasons];
    // Real services print their numbers in digits: one spelled in Chinese numerals was written to dodge filters.
    if (f.digits !== undefined) codes.push('NUMBER_IN_WORDS');
    // Genuine 12381 warnings never carry links or numbers other than the national public lines: one that does is fake.
    if (claims12381 && !codes.some((c) => PUBLIC_LINES.has(c))) codes.push('LINK_IN_12381_TEXT');
    // A message naming the brand beside a number that is not the brand's presents that number as the brand's.
    if (brandNamed && f.kind === 'phone' && codes.some((c) => NOT_THE_BRANDS.has(c)))
      codes.push('UNOFFICIAL_BRAND_NUMBER');
    // So does a mobile given as the line to verify on by a message speaking as an institution (message-signals.ts).
    else if (
      f.kind === 'phone' &&
      codes.includes('MOBILE_NUMBER') &&
      verifyLineAt(prepared, f.start, f.start + f.raw.length)
    )
      codes.push('UNOFFICIAL_BRAND_NUMBER');
    // A link built from the name the message is signed with ("AusPost:" → auspost-redelivery.net): it poses as that
    // sender's site (sender-domain.ts). Only a signed message with a link reads its host again.
    // (Not a government's own site: only a government holds a name under gc.ca or gov.uk, and its label may join the
    // name in its two languages or with a word of its own, "RCMP:" → rcmp-grc.gc.ca, "CBSA:" → cbsa-asfc.gc.ca.)
    const ownGovernment = 'government' in finding;
    if ('label' in finding && finding.label !== undefined && !codes.includes('OFFICIAL_DOMAIN') && !ownGovernment) {
      signedAs ??= senderNames(text);
      if (signedAs.length && builtFromSenderName(hostOf(finding.normalized), signedAs))
        codes.push('SENDER_NAME_IN_DOMAIN');
      // … or from the first word of a header of several ("Northwind Parcel Notice:" → northwind-notice-ca.com).
      else if (finding.label.includes('-')) {
        headed ??= headerNames(text) ?? null;
        if (builtFromHeaderName(finding.label, headed ?? undefined)) codes.push('SENDER_NAME_IN_DOMAIN');
      }
    }
    const item: CheckItem = {
      kind: f.kind,
      raw: f.raw,
      normalized: finding.normalized,
      verdict: verdictOf(codes),
      reasons: toReasons(codes, texts),
    };
    items.push(item);
    if (item.verdict === 'official') {
      officialSpans ??= [];
      officialSpans.push(f.start, f.start + f.raw.length);
    }
    if (f.kind !== 'phone' && codes.length === 1 && codes[0] === 'UNKNOWN_DOMAIN' && 'label' in finding) {
      signedAs ??= senderNames(text);
      // (So is a government's own site, under a suffix only governments register: link.ts; and the site of a company
      // the body names, "Your Upstart payment … upstart.com/pay": sender-domain.ts bodyNames.)
      namedAs ??= bodyNames(text);
      if (
        isSendersOwn(finding.label, signedAs) ||
        isSendersOwn(finding.label, namedAs) ||
        ('government' in finding && finding.government === true)
      ) {
        ownSites ??= new Set();
        ownSites.add(item);
      }
    }
  }
  let links = 0;
  let officialLinks = 0;
  for (const i of items) {
    if (i.kind !== 'url') continue;
    links++;
    if (i.verdict === 'official') officialLinks++;
  }
  const officialLinksOnly = links > 0 && officialLinks === links;
  // The sender's own site counts as official for the words' link rules only (never for the verdict's voucher).
  const genuineLinks = officialLinks + (ownSites?.size ?? 0);
  // (The words and their reading only for a message with words: a bare number or link makes neither.)
  const reading: LanguageReading = hasWords
    ? { text: '', warningKinds: 0, families: new Set(), takes: false }
    : NO_WORDS;
  let phraseMatches = hasWords
    ? findScamLanguage(wordsOutside(prepared, found), ctx.language, {
        officialLinksOnly: links > 0 && genuineLinks === links,
        unofficialLink: links > genuineLinks,
        serviceLines: serviceLinesOnly(items),
        otherLines: otherLinesIn(items),
        reading,
        names: ctx.brand.unicodeAliases,
        plain,
      })
    : [];
  // A number a warning names as one to distrust is an example, not a contact: it keeps its reasons but no vote.
  // (A message that asks nothing: no scam-language hit, nothing taken from the reader; `quiet`: and warns.)
  const asksNothing = !reading.takes && !phraseMatches.length;
  const quiet = reading.warningKinds >= 1 && asksNothing;
  const counted = hasWords
    ? countedItems(
        prepared,
        found,
        items,
        ctx.language,
        reading.warningKinds >= BROADCAST_WARNINGS,
        quiet,
        asksNothing,
        // (Asked only of an overseas number in a message that asks nothing: most messages never read it.)
        () => !brandNamed && quietAbroad(reading, phraseMatches) && !authorityCallsBack(prepared, reading.families),
        texts,
      )
    : items;
  // Why a message whose contacts are all official is not vouched for (asked only of such a message: rare).
  const asks = new Withheld(hasWords, reading, ctx, officialLinksOnly, prepared, officialSpans ?? NO_SPANS);
  let verdict = rulesVerdict(counted, phraseMatches, asks, ownSites);
  const warnedDown = verdict === 'dangerous' && warnedWordsOnly(counted, phraseMatches, reading);
  if (warnedDown) verdict = 'suspicious';
  // (Its items are marked once the wording model has read them as they were fitted: dangerous.)
  const overseasDown =
    verdict === 'dangerous' && hasWords && !brandNamed && overseasAlone(counted, phraseMatches, reading, ownSites);
  if (overseasDown) verdict = 'suspicious';
  if (options.onEvidence) {
    const wording = hasWords ? wordingInputOf(reading, items, phraseMatches, brandNamed) : undefined;
    const withoutLanguage = phraseMatches.length ? rulesVerdict(counted, [], asks) : verdict;
    const findings = { verdict, withoutLanguage, counted, items, phraseMatches, reading, hasWords, brandNamed };
    options.onEvidence(evidenceRecord(findings, wording, ctx.wording, locale === 'en'), wording);
  }

  // The wording model: one voice beside the rules (wording-model.ts). Sure of a genuine text, it clears rules that
  // flag it on soft evidence alone; sure of a scam, it raises their verdict a step.
  let messageReasons: Reason[] | undefined;
  const model = ctx.wording;
  if (hasWords && (model || options.onWording)) {
    const withoutLanguage = phraseMatches.length ? rulesVerdict(counted, [], asks) : verdict;
    const rules: RulesView = {
      verdict,
      warnings: reading.warningKinds,
      soft: phraseMatches.length > 0 && (withoutLanguage === 'unknown' || withoutLanguage === 'official'),
      withoutLanguage,
      request: namesRequest(reading.families),
    };
    if (
      options.onWording ||
      wordingMaySpeak(rules, !!model?.thresholds.severe) ||
      verdict === 'official' ||
      (rules.soft && model?.thresholds.genuine !== undefined)
    ) {
      const input = wordingInputOf(reading, items, phraseMatches, brandNamed);
      options.onWording?.(input, rules);
      const p = model ? probability(wordingLogit(model, input)) : 0.5;
      if (model && wordingDemotes(p, model.thresholds, rules)) {
        phraseMatches = [];
        // Words the rules read as a scam's are set aside, not turned into a voucher: never official.
        verdict = withoutLanguage === 'official' ? 'unknown' : withoutLanguage;
        messageReasons = toReasons(['GENUINE_LIKE_WORDING'], texts);
      } else {
        // The severity model is asked only of a message the rules call suspicious (wordingOutcome, 'severe').
        const severity = verdict === 'suspicious' ? model?.severity : undefined;
        let outcome = model
          ? wordingOutcome(p, model.thresholds, rules, severity && (() => probability(wordingLogit(severity, input))))
          : 'none';
        if (outcome === 'dangerous' && !phraseMatches.length && ownSiteOnly(counted, ownSites)) outcome = 'suspicious';
        if (outcome !== 'none') {
          verdict = outcome === 'severe' ? 'dangerous' : outcome;
          messageReasons = toReasons([WORDING_REASON[outcome]], texts);
        }
      }
    }
  }
  if (!messageReasons && asks.withheld && verdict === 'unknown') messageReasons = toReasons([asks.withheld], texts);
  if (overseasDown)
    for (const i of counted)
      if (i.verdict === 'dangerous') {
        i.reasons.push(...toReasons(['OVERSEAS_NUMBER_ALONE'], texts));
        i.verdict = 'suspicious';
      }
  // A scam request in a message with a link that is not official: the link is where the request is carried out
  // (not beside a warning that set the words' danger down).
  if (phraseMatches.length && !warnedDown) {
    for (const item of items) {
      if (
        item.kind !== 'url' ||
        item.verdict === 'official' ||
        ownSites?.has(item) ||
        item.reasons.some((r) => r.code === 'SCAM_REQUEST_WITH_LINK')
      )
        continue;
      item.reasons.push(...toReasons(['SCAM_REQUEST_WITH_LINK'], texts));
      item.verdict = 'dangerous';
    }
  }
  const phrases = phraseMatches.map((p) => ({ topic: p.topic, text: redactSecrets(p.text) }));

  const adviceKey = !items.length && !phrases.length ? 'empty' : verdict;
  let byTopics = texts.advice.get(adviceKey);
  if (!byTopics) {
    byTopics = { none: undefined, one: new Map(), two: new Map() };
    texts.advice.set(adviceKey, byTopics);
  }
  // The first two phrases' topics pick the advice, looked up without an array or a key (made for every check, kept
  // only once).
  const n = phraseMatches.length;
  let second: Map<TopicId, string> | undefined;
  if (n >= 2) {
    second = byTopics.two.get(phraseMatches[0]!.topic);
    if (!second) {
      second = new Map();
      byTopics.two.set(phraseMatches[0]!.topic, second);
    }
  }
  let advice =
    n === 0
      ? byTopics.none
      : n === 1
        ? byTopics.one.get(phraseMatches[0]!.topic)
        : second!.get(phraseMatches[1]!.topic);
  if (advice === undefined) {
    const lines = [ctx.texts.verdicts[verdict][locale], ctx.texts.advice[adviceKey][locale]];
    for (const p of phraseMatches.slice(0, 2)) {
      const t = p.topic;
      const extra = ctx.texts.topic_advice[t];
      if (extra) lines.push(extra[locale]);
    }
    advice = texts.fill(lines.join(locale === 'zh' ? '' : ' '));
    if (n === 0) byTopics.none = advice;
    else if (n === 1) byTopics.one.set(phraseMatches[0]!.topic, advice);
    else second!.set(phraseMatches[1]!.topic, advice);
  }
  const shown = redactSecrets(text, nfkc);
  // Two literals rather than a spread of the optional reasons (same key order; a spread copies through a slow path).
  return messageReasons
    ? { input: shown, locale, verdict, items, phrases, reasons: messageReasons, advice }
    : { input: shown, locale, verdict, items, phrases, advice };
}
