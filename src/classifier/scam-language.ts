// Scam language in a message's words: one normalisation, then literal phrase rules and the similarity layer over
// example requests, both per topic; warnings and advice count against them (a sentence that warns is advice, and a
// message full of warnings is an anti-fraud broadcast, which quotes scam words without asking for anything).
import { ownWorkShare } from './work-share.ts';
import { officialLever } from './official-levers.ts';
import { CODE_WORDS_IN_HIT, settledOwnCode } from './settled-code.ts';
import { extend } from '../content/clone.ts';
import type { TopicId } from '../content/topics.ts';
import { asksAction, type ConceptClause, type ConceptIndex, type ConceptOptions, findConcepts } from './concepts.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';
import type { Places } from './places.ts';
import {
  findPhrases,
  mayHold,
  NEGATION_GATE,
  narrowlyNegated,
  negationFor,
  negationIn,
  passiveBefore,
  type PhraseMatch,
  type PhraseRules,
  possibleWarnings,
  mayExcept,
  warningFor,
  REPORTED,
  textGate,
} from './phrases.ts';
import { blankQuoted, mostlyQuoted, quotedSpans, startsInScript, withoutButtons } from './quoted.ts';
import { dismissedCodeWarning } from './dismissed-warning.ts';
import { retellsCase, turnsToReader, withoutReportedYou, withoutSteered } from './retold-case.ts';
import {
  GramReader,
  matchGramIds,
  mostInCommon,
  pairMayMatch,
  type RequestIndex,
  type RequestMatch,
} from './requests.ts';
import { type CharBits, charBits, hasBit, SPACE_BITS } from '../content/char-bits.ts';

export interface LanguageRules {
  phrases: PhraseRules;
  requests: RequestIndex;
  variants: VariantFolder;
  /** Word families read compositionally (concepts.ts). */
  concepts: ConceptIndex;
  /** The places people name for where they are (content/places.yaml), read of a line abroad. */
  places: Places;
}

/** Distinct warning patterns that make a message a broadcast: all its scam words are quoted, not asked. */
export const BROADCAST_WARNINGS = 2;

// Warnings reach over their sentence (a warning lists tactics: "we will never ask for X, Y, or Z"); requests are
// compared clause by clause and over neighbouring pairs.
// Read unit by unit (a regular expression searched from each sentence's start ran on past its end to the next comma
// of the text): the separator starting at text[i] ends at the returned index, -1 for none. As the expressions
// /[。！？!?;；\n]+|\.(?=\s|$)/ and /[,，]+/ (held equal to them by the tests).
const SENTENCE_END_RUN = charBits('。！？!?;；\n');
export function sentenceEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (hasBit(SENTENCE_END_RUN, c)) {
    let j = i + 1;
    while (j < text.length && hasBit(SENTENCE_END_RUN, text.charCodeAt(j))) j++;
    return j;
  }
  return c === 0x2e && (i + 1 === text.length || hasBit(SPACE_BITS, text.charCodeAt(i + 1))) ? i + 1 : -1;
}
const COMMA = 0x2c;
const WIDE_COMMA = 0xff0c;
export function clauseEndAt(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c === COMMA || c === WIDE_COMMA; c = text.charCodeAt(++j));
  return j > i ? j : -1;
}
/** The units a separator can start with: the loop over a text calls the reader above only at these. */
const SENTENCE_END_FIRST = charBits('。！？!?;；\n.');
const CLAUSE_END_FIRST = charBits(',，');
/** The speaker announcing their own action ("I'll share my screen in the meeting", "we'll send a code to your
 *  phone"): no request of the reader. */
const SPEAKER_OWN =
  /\b(i'll|i will|i'm going to|i am going to|let me)\b[^,.;!?]{0,24}\bmy\b|\b(we'll|we will|we have|we've|we)\s+(send|sent|text|texted)\b/;
/** Every SPEAKER_OWN match holds "my" or "we": a clause with neither (any Chinese one, most English ones) is not searched. */
const speakerOwn = (clause: string) => (clause.includes('my') || clause.includes('we')) && SPEAKER_OWN.test(clause);
/** A clause that hands the reader a code with its value ("your one-time password is 390 447", "here is your OTP:
 *  482913", "动态密码为482913"): the code delivered to its owner asks nothing, however close its nouns come to an example
 *  request's ("give me the one time password"). A scammer does not know the value the bank sent; asking for it is a
 *  clause of its own, read on. Only clauses with a digit are searched. */
const CODE_GIVEN =
  /\b(?:one[- ]?time (?:password|passcode|pin|code)|otp|passcode|password|pin|(?:verification|security|login|sms|access|authori[sz]ation|confirmation) code|code)\b(?:[^.,;!?]|[.,](?=\d)){0,60}?(?:\bis\b|:)\s*(?:[a-z]-)?\d(?:[ -]?\d){3,}\b|(?:验证码|校验码|动态码|动态密码|短信码)(?:为|是|：|:)?\s*\d{4,}/;
const HAS_DIGIT = /\d/;
const codeGiven = (text: string) => HAS_DIGIT.test(text) && CODE_GIVEN.test(text);
// Both patterns are screened with the phrase rules (textGate): a text holding none of their code words ("code", "otp",
// "pin", "pass…", "验证码" …) has no clause or sentence that could match, and the clauses' tests are skipped for it.
const CODE_GIVEN_GATE = textGate(CODE_GIVEN);
/** … and a code's value written straight after its name, or named as the reader's code after it ("enter code 552019",
 *  "482913 is your Uber code"): the message carries the code it tells the reader to type (concepts.ts codeHandedClears:
 *  the page it names to type it on is the sender's own). */
const CODE_VALUE =
  /\b(?:one[- ]?time (?:password|passcode|pin|code)|otp|passcode|(?:verification|security|login|sms|access|confirmation) code|code)\b(?:\s+(?:is|was))?\s*[:：]?\s*(?:[a-z]-)?\d(?:[ -]?\d){3,}\b|\b\d{4,8}\b[^.!?]{0,20}\bis your\b[^.!?]{0,30}\bcode\b/;
const CODE_VALUE_GATE = textGate(CODE_VALUE);
const codeHanded = (text: string, phrases: PhraseRules) =>
  HAS_DIGIT.test(text) &&
  ((mayHold(phrases, text, CODE_GIVEN_GATE) && CODE_GIVEN.test(text)) ||
    (mayHold(phrases, text, CODE_VALUE_GATE) && CODE_VALUE.test(text)));
/** A telling verb: a clause holding one asks for the code whatever its sentence hands over. */
const TELLS_CODE =
  /\b(?:give|tell|send|read|forward|share|reply|provide|text|pass)\b|告诉|发给|发我|念|报|提供|转发|截图|读/;
/** The clause hands a code over, or is part of a sentence that does and asks nothing itself (an amount's comma splits
 *  "your one-time password for the transfer of $1,250.00 is 618 402" into two clauses). */
const handsCode = (c: Clause) =>
  codeGiven(c.text) || (c.sentence !== c.text && codeGiven(c.sentence) && !TELLS_CODE.test(c.text));
/** The reader reporting what was asked of them: the words a warning would describe are the scam itself. So is a
 *  request made of someone the reader is with, told as it happens ("让他把刚收到的数字念给她", "the caller told her to
 *  read out the code": a relative steered on a live call), and the caller's words given after a colon ("对方说：…你念给
 *  我", or a relative relaying them: "姑姑说：对方…要把存款转去…"): the request in them is the scam's, whatever warning it
 *  borrows. So is a call the reader or a relative took, told from its start ("我爸接到一个电话，对方说…"). (A police
 *  write-up tells a finished case: "对方又要他再交保证金", "按对方要求转入" — no 把 / 去 right after the steering verb,
 *  no colon after 说.) */
const FIRST_PERSON_REPORT =
  /(让我|帮我|叫我|要我|说我|跟我说|(?<![你您先])问我|骗我|逼我|教我|打过去|我打过去|^[^,，]{0,6}我(爸|妈|爷爷|奶奶|外婆|外公|老公|老婆|女儿|儿子|父亲|母亲)?(刚|刚刚|今天|昨天|早上|晚上)?(接到|接了)|(让|叫|要)(他|她)(把|去)|(对方|客服|那人|那个人|电话里的人)(跟我|对我|和我)?(说|讲)\s*[:：]|(妈|爸|奶奶|爷爷|外婆|外公|姑姑|阿姨|姨妈|舅舅|叔叔|婶婶|老公|老婆|女儿|儿子)(跟我|对我|和我)?(说|讲)\s*[:：]\s*对方|\b(told|asked|wanted) (me|her|him)\b|\bthey said\b|\bthe caller said\b)/;
/** … unless the reader says they refused ("我直接挂了", "没转", "I hung up") or found it out as fraud ("打165问，果然是诈骗",
 *  "打给本人确认是假的",
 *  "那个电话就是骗子", or checked with an official line: "我直接打165问了", "我打了快递官方客服核实": checked, not obeyed; and, session 35, the refusal verbs the warnings read: "让我扫码，我没扫", "叫我下
 *  个App，我没装", "they told me to install AnyDesk. I didn't install it"): then the report warns whoever it is told to, as a family chat does ("有人打电话说快递丢了要理赔，让加微信，我直接挂了，你也留点心"). */
const REFUSED =
  /(?<![让叫要])我(就|直接|马上|立刻|当时|已经|根本|也)?(挂了|挂断|挂掉|没理|没有理|没转|没给|没点|没有点|没下|没有下|没扫|没有扫|没装|没有装|没填|没报(?=[,，。！!]|$)|拉黑)|(就|直接|马上|立刻)(挂了|挂断了|挂掉了|拉黑了)|(果然|果真|确实|肯定|就)是(诈骗|骗子|骗局)|(确认|核实|证实|问了才知道|原来)(了)?(是|都是)?(假的|冒充的|诈骗|骗子|骗局)|我(就|直接|马上|立刻|先|已经|赶紧)?(打|拨|拨打|致电|打电话给|打电话问)了?[^,，。]{0,6}?(110|96110|165|18222|12381|官方(客服|电话|热线)?|银行(官方)?(客服|热线)?)[^,，。]{0,6}(问|核实|确认|查证|求证|查询)|\bi hung up\b|\bi (?:didn't|did not|never|refused to) (?:click|tap|open|install|download|scan|reply|respond|answer|give|share|read)\b|\bi refused\b/;
const FIRST_PERSON_REPORT_GATE = textGate(FIRST_PERSON_REPORT);
const reportsOwnCase = (sentence: string) => FIRST_PERSON_REPORT.test(sentence) && !REFUSED.test(sentence);
/** A case told in the third person (police write-ups: "一男子按照“客服”的指引开启了屏幕共享…", "某女士接到电话后…"): its
 *  subject is someone else and it addresses no one (no 你/您/请, no 我 of a reader telling their own case) — a
 *  write-up walks through the tactic; a request is made of "you". */
const THIRD_PERSON_START =
  /^(?:[^,，:：]{0,16}[:：])?\s*(有人|一名|一位|一男子|一女子|一对|某[男女公]|[\u4e00-\u9fff](?:先生|女士|阿姨|大爷|某)|他们?|她们?|骗子|冒充|假冒|诈骗分子|不法分子|犯罪分子|嫌疑人|受害人|事主|老人|市民|居民|网友|民警|警方)/;
const ADDRESSED = /[你您我请咱]|\b(you|your|please|i|we)\b/;
const THIRD_PERSON_GATE = textGate(THIRD_PERSON_START);
/** The sender announcing what will happen, with a time ("个人所得税年度汇算将于3月1日开始", "退款将在3个工作日内退回"):
 *  no request, however close its nouns come to an example request's ("请先缴纳个人所得税"). */
const ANNOUNCED = /将于|将在|起(实施|施行|执行|生效)/;
/** What would happen to the reader, in the passive ("你收到的验证码…都会被对方看见"): a consequence told, not a
 *  request (a scam's threat in the passive, "账户将被冻结", sits beside its request, which is read on its own). */
const CONSEQUENCE = /(会|将|就会|都会|可能|能)被/;
/** The reader sent IN PERSON to the sender's own counter ("请携带身份证到网点柜台办理", "前往营业厅领取", "bring photo ID
 *  to the branch"): the counter is where the business is done, face to face with the real service — no channel for an
 *  example request's likeness. Not beside what a scam sends a victim to the bank to do (move money, open online
 *  banking, hand a code or cash over, lie to the teller). */
const AT_COUNTER =
  /(到|前往|去|至|赴)[^,，。；;!?！？]{0,12}(窗口|柜台|营业厅|网点|服务大厅|办事大厅|服务厅|户籍室|派出所|车管所|营业部|邮局|门店)|\b(visit|go to|come to|come into|call into|pop into|at|to) (any|your|the|a|our|one of our)( nearest| local)? (branch|counter|post office|service cent(re|er)|store)\b/;
const COUNTER_ERRAND =
  /转账|转入|转到|转给|汇款|汇入|安全账户|监管账户|网银|网上银行|u盾|开通|交给|就说|不要告诉|别告诉|保密|atm|取现|取出|现金|验证码|密码|\b(transfer|wire|withdraw|cash|safe account|gift cards?|online banking|code|pin|tell the (bank|teller|staff))\b/;
const sendsToCounter = (sentence: string): boolean => AT_COUNTER.test(sentence) && !COUNTER_ERRAND.test(sentence);

/** A clause turning to the reader with a request of its own after a warning's words: the warning does not reach it.
 *  Scammers borrow a warning before asking ("为防诈骗，请勿泄露给他人，请将验证码发给专员核对"); a list of tactics
 *  goes on without one ("we never ask for your PIN, your code, or a transfer"), and a 请勿 / please don't clause warns on.
 *  (A time word may lead the request: "…，现在请把存款转入…".) So does a request made light of after a borrowed
 *  reassurance ("我们不会向您收费，只需先转入验资金…", "we never ask for your PIN, just read me the code"), and an English
 *  imperative that sends something to the sender ("…from fraudsters, move your savings to the account we set up"): a
 *  list of tactics names no "me", "us" or "our". So does the up-front ask after a warning that describes a practice
 *  ("所谓的保证金一般会退回，您先交…", "so-called fees are usually refunded, so just pay the fee now"): a pay verb with a fee,
 *  "now" or "first" after it. */
const NEW_REQUEST =
  /^[\s"'“‘「『【(（]*(?:现在|然后|接下来|马上|立即|随后|下面)?(请(?!勿|不|别|千万|切勿|认准|通过官方|以官方|直接挂|立即挂|马上挂|立即停止|谨防|警惕|注意)|麻烦|烦请|务必(?!不)|(您|你)(需要|需|须|必须|务必)(?!警惕|注意|谨防)|(您|你)?(只需|只要|仅需)(?!挂断|拨打|致电|核实|通过官方|在app|登录官方)|\b(please|kindly)\b(?!\s+(don't|do not|never|ignore|report|hang up|be |beware|note|remember|stay))|\b(?:just |simply )?(?:move|transfer|send|read|give|tell|pay|forward|deposit|wire)\b(?=[^.!?;]*\b(?:me|us|our|we)\b)|(您|你)就?先(交|缴|付|转|汇|打|充|存)|(您|你)把[^，,。]{1,12}(发给|告诉|报给|念给|转给|交给)我|\b(?:so |and |then )?(?:just |simply )?(?:pay|deposit|transfer|wire|send)\b(?=[^.!?;]*\b(?:fees?|charges?|deposit|now|today|first)\b))/;

/** A clause making an exception to a warning for the reader's own case ("no agency will tell you to buy gold, except
 *  this once: …", "…, but in your case …", "…，但您这次…", the reader's own item in a state or a need: "…均非本平台所为，
 *  但您的账户被冻结，…", session 35), or setting the sender apart from what it warned of ("…，我们有
 *  内部渠道，…", "…, but ours is genuine", "…, but our team is different", "…，我们是正规公司", "…，但这次真是我"): a warning's scope ends where the sender carves the reader or itself out of it,
 *  and what follows is the sender's own request. So does the sender's own line set above the published one (session
 *  39: "…都是骗子的，真正的热线只有我们这个：…"): the warning is the lever that disowns the genuine channel. */
const EXCEPTION_TURN =
  /^\s*(?:except|apart from|other than|save for)\b|^\s*but (?:this (?:once|time)|in your case|your case|for you|today|right now)\b|^\s*(?:but )?(?:this one|ours|this (?:message|text|call|offer)|this|we|(?:our|my) (?:team|company|firm|agency|office|service|bank))(?: is| are|'re|'s)? (?:real|genuine|legit|legitimate|official|licensed|different|an exception)\b|^\s*(?:但|但是|不过|可是)(?:您|你)(?:这次|本次|的情况|的案件|的(?=[^,，。]{1,8}(?:被|已|已经|目前|现在|存在|出现|处于|需|需要|须|必须)))|^\s*除了(?:您|你)(?:这次|本次)?|^\s*(?:但|但是|不过|可是)?(?:我们|我司|本公司|本平台|本人|我这边|我)(?:这里|这边)?(?:有|可以|能够?|提供|拥有)(?!权)|^\s*(?:但|但是|不过|可是)?(?:这次|这回)?(?:真|真的|确实|的确|就)是我|^\s*(?:但|但是|不过|可是)?(?:我们|我司|本公司|本平台)(?:是|属于)(?:正规|官方|合法|持牌|真的|真正)|^\s*(?:但|但是|不过|可是)?(?:真正的|唯一的)[^,，。]{0,8}(?:热线|电话|号码|专线)(?:只有|只能是|仅有|就是)(?:我们|我|我司)/;

/** A clause drawing the sender's own ask from the warning as its consequence ("no bank will ask for your password, so
 *  we only need the code: please read me …", "…, which is why … please reply with …", "…，所以请您把…", session 33), or
 *  carving the reader's own item out of it ("we never ask for fees upfront, but your loan needs a deposit …", "…，但您的
 *  贷款需要先…"): a warning's consequence defends ("so never share it", "所以请勿…", "so if anyone asks, hang up"); one
 *  that asks is the scam's request, borrowing the warning as its credential. */
const CONSEQUENCE_ASK =
  /^\s*(?:and )?(?:so|which is why|that is why|that's why|therefore|hence|thus)\b(?=[^.!?]*\b(?:(?:please|kindly)(?!\s+(?:don't|do not|never|ignore|report|hang up|be |beware|note|remember|stay alert|call (?:us|the number) on))|reply (?:with|to)|read (?:me|us)|(?:i|we) (?:only |just )?need (?:the|your)|send (?:me|us))\b)|^\s*but (?:your|the) (?:loan|account|card|parcel|package|order|case|application|payment|refund|transfer|funds?|claim) (?:needs|requires|must|has to|will need)\b|^\s*(?:所以|因此|为此|因而)(?=[^。！？]*(?:请(?!勿|不|别|千万|切勿|认准|通过官方|以官方|直接挂|立即挂|马上挂|立即停止|谨防|警惕|注意|及时|提高|拨打(?:96110|110|官方))|麻烦|需要您|您需|您只需|回复[^,，。]{0,8}验证码|发给我))|^\s*(?:但|但是|不过|可是)(?:您|你)的[^,，。]{1,6}(?:需|需要|须|必须)(?:先|缴纳|支付|交|转)/;

/** A clause telling the reader to do what the party a warning describes asks — its object a pronoun for what was asked
 *  ("If the agent asks you for the release fee, pay it to the account he gives", "如果专员要求缴纳解冻金，按他给的账户
 *  转过去"): a warning's consequent refuses, hangs up or reports; one that complies is the scam's own instruction, and
 *  the sentence is no warning. (A list of tactics goes on with objects of its own: "…, share your screen or …".) */
const COMPLIES =
  /^\s*(?:then\s+|just\s+|simply\s+|go ahead and\s+)?(?:pay|transfer|send|give|hand|wire|move|tell|read|forward|deposit)\s+(?:it|them|him|her)\b|^\s*(?:then\s+|just\s+)?(?:do (?:as|what) (?:he|she|they) (?:says?|asks?|tells? you)|follow (?:his|her|their) (?:instructions|directions|steps))\b|^(?:那就|就|直接|那么|则)?(?:照做|照办|按照?(?:他|她|对方|其|客服|专员|工作人员)[^,，。]{0,6}(?:要求|指示|说的|提供的|给的|指引)|配合(?:他|她|对方|其)(?![们])|(?:转|交|付|发)(?:给)?(?:他|她|对方)(?![们]))/;

/** A clause moving the reader off the public line into the sender's own chat ("别打165，有事在LINE上找我", "如有疑问请
 *  直接用iMessage回复本帐号", "…, just message us here instead"): the warning before it is the sender's lever, and
 *  the sentence is no warning. */
const DIVERTS =
  /^\s*(?:如有疑问|有疑问|如需)?\s*请?直接(?:在此|在这里|加我|加我们|联系我|私信我|私聊我|用[^,，。]{1,12}(?:回复|联系)|回复本(?:帐号|账号|对话)|在本对话)|^\s*(?:just |instead,? |please )?(?:message|text|reply to|chat with|dm) (?:us|me) (?:here|directly|instead)\b/;

/** Does a clause after the first of these (start and end in pairs) comply (COMPLIES) or divert (DIVERTS)? */
function complies(text: string, parts: readonly number[]): boolean {
  for (let k = 2; k < parts.length; k += 2) {
    const clause = text.slice(parts[k]!, parts[k + 1]!);
    if ((COMPLIES.test(clause) && !DONE.test(clause)) || DIVERTS.test(clause)) return true;
  }
  return false;
}
/** A clause told as done ("按对方指示新办了一张银行卡"): a case narrated, not an instruction. */
const DONE = /了|过(?![去来])/;

/** Where the last match of the given warnings ends in the sentence. */
function warningReach(phrases: PhraseRules, matched: readonly number[], sentence: string): number {
  let reach = 0;
  for (const i of matched) reach = Math.max(reach, lastMatchEnd(phrases.warningsEvery[i]!, sentence));
  return reach;
}

/** The end of the last match of a global pattern in the text (0 for none). */
function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return end;
}

/** Clauses longer than this are not compared with the examples (a pasted article is not a request). */
const MAX_CLAUSE = 80;

interface Clause {
  start: number;
  end: number;
  text: string;
  warns: boolean;
  /** The sentence holding it (rule exceptions look at the whole sentence), and where it starts. */
  sentence: string;
  sentenceStart: number;
}

/** Spans of text between separators that are not blank, as [a, b) pairs appended to `out` (a flat array the caller
 *  reuses: no pair or filtered copy per span). Returns how many numbers were appended. */
function spans(
  text: string,
  start: number,
  end: number,
  first: CharBits,
  separatorEnd: (text: string, i: number) => number,
  out: number[],
): number {
  const from = out.length;
  let at = start;
  // Read in place, not in a copy of text[start, end): a sentence's clauses are read between sentence ends, which no
  // clause separator crosses, and sentences over the whole text.
  for (let i = start; i < end; i++) {
    if (!hasBit(first, text.charCodeAt(i))) continue;
    const sepEnd = separatorEnd(text, i);
    if (sepEnd < 0) continue;
    if (notBlank(text, at, i)) out.push(at, i);
    at = Math.min(end, sepEnd);
    i = sepEnd - 1;
  }
  if (notBlank(text, at, end)) out.push(at, end);
  return out.length - from;
}
/** clauses()' sentence and clause spans, and its warnings as run on the text (the classifier is synchronous). */
const WARNING_TESTS: (RegExp | null)[] = [];
const SENTENCE_SPANS: number[] = [];
const CLAUSE_SPANS: number[] = [];

/** Does text[a, b) hold a unit outside \s (a table lookup per unit, no slice)? */
function notBlank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!hasBit(SPACE_BITS, text.charCodeAt(i))) return true;
  return false;
}

/** The clauses of the text, each marked when a warning reaches it; how many kinds of warning the text holds; and
 *  whether a clause asks past a warning's reach (`asksPast`) in the one sentence that warns, none sorting anything
 *  into fraud. */
function clauses(text: string, phrases: PhraseRules): { list: Clause[]; warningKinds: number; asksPast: boolean } {
  const list: Clause[] = [];
  // (Made only for a text that warns: most do not.)
  let kinds: Set<number> | undefined;
  let asksPast = false;
  let warningSentences = 0;
  const possible = possibleWarnings(text, phrases);
  // Each as run on this text: its alternatives that could match in it (phrases.ts warningFor), null for none.
  const tests = WARNING_TESTS;
  tests.length = 0;
  for (const i of possible) tests.push(warningFor(phrases, text, i));
  // The sentences' own-case and third-person tests only where the text could hold a match of them (phrases.ts
  // textGate: read in the table the warnings were just screened in).
  const mayReport = mayHold(phrases, text, FIRST_PERSON_REPORT_GATE);
  const mayNarrate = mayHold(phrases, text, THIRD_PERSON_GATE);
  // (A clause retelling a stranger's case is looked for only in a text that holds one: retold-case.ts.)
  const mayRetell = retellsCase(text);
  // (The own-case test written out at each use: a closure made here cost tsx's name-keeping wrapper, a property
  // definition, on every message.)
  // Only the warnings the screen lets through can match the text: test those, not the alternation of all of them.
  let anyWarning = false;
  for (let k = 0; k < tests.length && !anyWarning; k++) anyWarning = tests[k]?.test(text) === true;
  const sentences = SENTENCE_SPANS;
  sentences.length = 0;
  spans(text, 0, text.length, SENTENCE_END_FIRST, sentenceEndAt, sentences);
  // Whether the last sentence ended in a clause that warns or narrates (a next sentence may go on with it).
  let prevWarned = false;
  for (let si = 0; si < sentences.length; si += 2) {
    const start = sentences[si]!;
    const end = sentences[si + 1]!;
    const sentence = text.slice(start, end);
    // The warnings the sentence holds (their reach is measured only when a later clause may ask: rarely).
    let matched: number[] | undefined;
    const parts = CLAUSE_SPANS;
    parts.length = 0;
    spans(text, start, end, CLAUSE_END_FIRST, clauseEndAt, parts);
    // A user telling what happened to them ("对方说要帮我注销，让我下载…") reports a scam, however it is worded; a
    // sentence whose consequent complies with the party it describes instructs (complies).
    if (anyWarning && !(mayReport && reportsOwnCase(sentence)) && !complies(text, parts))
      for (let k = 0; k < possible.length; k++) {
        const i = possible[k]!;
        if (tests[k]?.test(sentence)) {
          matched ??= [];
          matched.push(i);
          kinds ??= new Set();
          kinds.add(i);
          // A sentence sorting something into fraud from outside makes the whole message a broadcast.
          if (i >= phrases.firstBroadcast) kinds.add(-1);
        }
      }
    // A third-person case is told up to the first clause that turns to the reader ("他是经办民警，你要把资金转到…" asks
    // in its second clause): the clauses before it narrate.
    // (Not a reader telling their own case: "他说…，让我下载…" is the scam reported, as for warnings.)
    let narrating = mayNarrate && THIRD_PERSON_START.test(sentence) && !(mayReport && reportsOwnCase(sentence));
    const warns = matched !== undefined;
    if (warns) warningSentences++;
    // A sentence going on with the tactic the last one described ("…对方会说快递丢了。随后让您扫码填写银行卡号。"):
    // the same description, up to a clause that turns to the reader with a request of its own.
    const goesOn: boolean =
      !warns &&
      prevWarned &&
      (GOES_ON.test(sentence) || TELLS_WHAT_IT_DOES.test(sentence)) &&
      !(mayReport && reportsOwnCase(sentence));
    let warned: boolean = warns || goesOn;
    prevWarned = false;
    // Where the sentence's last warning ends (sentence-relative): its clauses up to there warn, and the next ones
    // until one turns to the reader with a request of its own (NEW_REQUEST).
    let reach = -1;
    for (let k = 0; k < parts.length; k += 2) {
      const a = parts[k]!;
      const b = parts[k + 1]!;
      const clause = text.slice(a, b);
      // A stranger's case retold within the sentence narrates from its clause on (retold-case.ts), up to one turning
      // to the reader; the "you" of the speech it reports ("callers claiming you missed jury duty") is the caller's,
      // and "asked him to" the write-up's account (not a relative steered as it happens: that case is no stranger's);
      // an order with no "you" ends it too ("…, register now at …").
      if (!narrating && mayRetell && retellsCase(clause) && !(mayReport && reportsOwnCase(withoutSteered(sentence))))
        narrating = true;
      narrating &&= mayRetell
        ? !ADDRESSED.test(withoutReportedYou(clause)) && !turnsToReader(clause)
        : !ADDRESSED.test(clause);
      // (A consequence that asks ends the scope wherever a warning's words reach: the turn itself is the sender's.)
      const turns = warned && k > 0 && CONSEQUENCE_ASK.test(clause);
      if (warned && k > 0 && (turns || NEW_REQUEST.test(clause) || EXCEPTION_TURN.test(clause))) {
        if (reach < 0) reach = matched ? warningReach(phrases, matched, sentence) : 0;
        if (turns || a - start >= reach) {
          warned = false;
          asksPast ||= warns;
        }
      }
      prevWarned ||= warned || narrating;
      list.push({ start: a, end: b, text: clause, warns: warned || narrating, sentence, sentenceStart: start });
    }
  }
  // (Only a text with a semicolon can hold a list, and one with no warning only under a heading naming tactics.)
  if (
    sentences.length > 2 &&
    (text.includes('；') || text.includes(';')) &&
    (anyWarning || LIST_HEADING.test(text) || NUMBERED_WARNING.test(text))
  )
    warnLists(text, sentences, list, tests);
  // (A broadcast warns over several sentences; a scam borrows one warning sentence before its request.)
  return { list, warningKinds: kinds?.size ?? 0, asksPast: asksPast && warningSentences === 1 && !kinds?.has(-1) };
}

/** A sentence going on with the tactic the last one told: a connective or the scammer as subject, then what they make
 *  the reader do ("随后让您…", "然后要求你…", "对方会让你…", "They then ask you to…", "It asks you to…"). */
const GOES_ON =
  /^(?:(?:随后|然后|接着|之后|紧接着|先|再|最后|接下来)[,]?(?:对方|他们|骗子|他|她)?|对方|他们|骗子)(?:会|还会|就会|又|便|就|再)?(?:让|要求|叫|要|诱导|引导|逼)(?:你|您)|^\s*(?:then |next |after that,? )?(?:it|they|the (?:caller|scammer|fraudster|text|message|site|page))(?: then| will| may| might| often| usually)? (?:asks?|tells?|wants?|urges?|directs?|pushes?) you\b/;

/** A sentence whose subject points back at the tactic the last one warned of ("Such codes move your money to the
 *  caller.", "These links lead to fake sites.", "此类链接会盗取您的银行卡信息。"): it tells what the tactic does, with no
 *  ask of its own (a should / must / please or 请 / 需 / 务必 anywhere in it is one: the scam's instruction). */
const TELLS_WHAT_IT_DOES =
  /^\s*(?:(?:such|these|those|this kind of|that kind of)\s+(?:codes?|calls?|links?|messages?|texts?|apps?|requests?|sites?|websites?|pages?|numbers?|callers?|schemes?|offers?|emails?)\b(?![^.!?]*\b(?:please|kindly|must|should|need to|needs to|have to|has to)\b)|(?:此类|这类|这些|该类|这种|那些|上述)(?:电话|来电|短信|链接|网址|app|软件|验证码|二维码|号码|网站|消息|信息|要求|代码|指令|操作)(?![^。！？]*(?:请|务必|需要|必须)))/;

/** Sentences joined by semicolons: the items of one list. */
const LIST_JOIN = /^[\s;；]*[;；][\s;；]*$/;
/** A list's heading naming what follows as tactics or warning signs ("高危信号请记牢：", "常见手法：", "Red flags:"). */
const LIST_HEADING = /(信号|话术|套路|手法|骗局|伎俩|red flags|warning signs|tactics)[^：:。]{0,8}[：:]/;
/** A warning's heading over a numbered list ("FBI warning (phantom hacker): 1) …", "反诈提醒：①…"; session 36). */
const NUMBERED_WARNING =
  /(warning|alert|advisory|提醒|提示|预警|警示)[^：:。\n]{0,30}[：:]\s*(?:1[).、]|[(（]1[)）]|①)/;
/** A list item told of a third party who moves the reader ("a fake helpdesk window has you …", "a caller tells
 *  you to …", "you are told to …", "对方要求您…", "骗子让你…"): the scam's step quoted, not the sender's own ask. */
const THIRD_PARTY_STEP =
  /\b(?:gets|tells|asks|urges|pressures|instructs|convinces|persuades|wants|says|claims|calls|texts|shows|offers|promises|demands|threatens)\b|\bthey (?:ask|tell|say|claim|call|get|urge|want|demand|offer)\b|\byou(?:'re| are) (?:told|asked|urged|pressured|promised|shown)\b|(?:对方|骗子|他们|不法分子|诈骗分子|自称|冒充|有人|所谓)|(?:让|要求|诱导|叫|引导|骗)(?:你|您)/;
/** A clause opening or closing a quotation: a request in quotation marks is a tactic quoted (“请把资金转到安全账户”). */
const IN_QUOTES = /^[\s"'“‘「『]|["”’」』]\s*$/;
/** A closing sentence pointing back at the list it follows ("出现其中任何一条，请立即挂断", "以上都是诈骗"). */
const POINTS_BACK =
  /^[^，,。]{0,8}(其中任何|其中一条|以上|上述|这些|此类|这类)|\b(any of (these|the above)|all of (these|the above))\b/;

/** … and naming them fraud or saying to hang up or report ("以上操作请勿告诉他人" is a scammer's secrecy). */
const CLOSING_NAMES_FRAUD = /诈骗|骗局|骗子|挂断|报警|110|\b(scams?|fraud|hang up|report)\b/;

/** A broadcast's scope over a list (scam-language.ts clauses): the items of a semicolon list under a heading naming
 *  them as tactics, or followed by a warning that points back at them, are the warning's, each item a tactic
 *  described ("要你转账到安全账户；让你下载陌生App；索要验证码。出现其中任何一条，请立即挂断") — unless an item
 *  turns to the reader with a request of its own (NEW_REQUEST: a scam borrowing a list's heading still asks). */
function warnLists(
  text: string,
  sentences: readonly number[],
  list: Clause[],
  tests: readonly (RegExp | null)[],
): void {
  for (let first = 0; first < sentences.length; first += 2) {
    let last = first;
    while (last + 2 < sentences.length && LIST_JOIN.test(text.slice(sentences[last + 1]!, sentences[last + 2]!)))
      last += 2;
    if (last - first < 2) continue;
    const start = sentences[first]!;
    const end = sentences[last + 1]!;
    const opening = text.slice(start, sentences[first + 1]!);
    const colon = opening.search(/[：:]/);
    // (Not a header that only warns, "反诈提醒：": scammers borrow those before their own list of steps.)
    const heading = colon >= 0 && LIST_HEADING.test(opening.slice(0, colon + 1));
    const after = last + 2 < sentences.length ? text.slice(sentences[last + 2]!, sentences[last + 3]!) : '';
    const closing =
      POINTS_BACK.test(after) && CLOSING_NAMES_FRAUD.test(after) && tests.some((re) => re?.test(after) === true);
    // A warning's numbered list whose every item tells a third party's step (session 36): the scam's steps quoted.
    const steps =
      !heading &&
      colon >= 0 &&
      NUMBERED_WARNING.test(opening) &&
      sentenceTexts(text, sentences, first, last, colon).every((item) => THIRD_PARTY_STEP.test(item));
    first = last;
    if (!heading && !closing && !steps) continue;
    const items = list.filter((c) => c.start >= start && c.end <= end);
    // (The first clause is the heading's when there is one; under a closing alone it is an item too.)
    if (items.some((c, k) => (k > 0 || !heading) && NEW_REQUEST.test(c.text) && !IN_QUOTES.test(c.text))) continue;
    for (const c of items) c.warns = true;
  }
}

/** The texts of sentences first..last (pair indices), the first read after its heading's colon at `colon`. */
function sentenceTexts(
  text: string,
  sentences: readonly number[],
  first: number,
  last: number,
  colon: number,
): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k += 2)
    out.push(text.slice(sentences[k]! + (k === first ? colon + 1 : 0), sentences[k + 1]!));
  return out;
}

/** Does this sentence (its words, numbers and links cut out) warn? The same test the clauses get, for readers of a
 *  single sentence (mentioned-numbers.ts). */
export function sentenceWarns(words: string, rules: LanguageRules): boolean {
  const text = normalizeMessage(words, rules.variants);
  if (reportsOwnCase(text)) return false;
  const possible = possibleWarnings(text, rules.phrases);
  return possible.some((i) => warningFor(rules.phrases, text, i)?.test(text) === true);
}

/** A clause, or a pair of neighbouring ones, compared with the example requests, and its best match. */
interface Window {
  text: string;
  sentence: string;
  match: RequestMatch;
}

/** The clauses that do not warn, and pairs of neighbouring ones (a request may run over a comma), each scored against
 *  the examples; those that match one are listed. A pair whose clauses alone share too few grams with every example to make a candidate together is
 *  not joined and scored (requests.ts pairMayMatch: it would match nothing); nor listed, as it would be skipped. */
function windows(list: readonly Clause[], index: RequestIndex, unquoted: string, mayGiveCode: boolean): Window[] {
  const out: Window[] = [];
  const reader = GramReader.for(index);
  const own: (number[] | undefined)[] = [];
  const match: (RequestMatch | undefined)[] = [];
  const most: number[] = [];
  // Quoted words are compared as blanks: a notice quoting "把钱转到安全账户" asks nothing.
  for (const c of list) {
    const skip = c.warns || c.text.length > MAX_CLAUSE || speakerOwn(c.text) || (mayGiveCode && handsCode(c));
    const g = skip ? undefined : reader.read(unquoted, c.start, c.end);
    own.push(g);
    match.push(g && matchGramIds(g, index));
    most.push(g ? mostInCommon() : 0);
  }
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const g = own[i];
    if (!g) continue;
    // Only windows that match an example are listed (the caller skips the others): a pair's joined text is made only
    // for a match.
    const m = match[i];
    if (m) out.push({ text: c.text, sentence: c.sentence, match: m });
    const next = list[i + 1];
    const ng = own[i + 1];
    if (!next || !ng || next.start - c.end > 2 || c.text.length + next.text.length >= MAX_CLAUSE) continue;
    if (!pairMayMatch(most[i]!, most[i + 1]!, index)) continue;
    const pair = matchGramIds(reader.union(g, ng), index);
    if (pair) out.push({ text: `${c.text},${next.text}`, sentence: c.sentence, match: pair });
  }
  return out;
}

export interface LanguageOptions {
  /** Every link in the message is official (clears rules marked `official_links_clear`). */
  officialLinksOnly: boolean;
  /** The message holds a link that is not official (the act on a link needs no pretext then: concepts.ts). */
  unofficialLink?: boolean;
  /** The brand's Chinese names (brand-index.ts unicodeAliases): no family words inside them. */
  names?: readonly string[];
  /** Every phone number is official or a public service line (ConceptOptions.serviceLines). */
  serviceLines?: boolean;
  /** A phone number is neither official nor a public service line (ConceptOptions.otherLines). */
  otherLines?: boolean;
  /** Filled with the normalised text and how many kinds of warning it holds (for the wording model). */
  reading?: LanguageReading;
  /** The words are of plain units alone (normalize.ts isPlain): their NFKC pass is skipped. */
  plain?: boolean;
}

export interface LanguageReading {
  text: string;
  warningKinds: number;
  /** Concept families in the sender's own words (concepts.ts), for the wording model. */
  families?: Set<string>;
  /** The sender's own words ask for money, a code, card details or the phone itself (a concept action that takes
   *  them, concepts.ts ActionDef.takes) in a message with no link: a warning beside them does not set them down
   *  (check.ts warnedWordsOnly). */
  takes?: boolean;
  /** The clauses and quoted spans of `text` (for asksAnything). */
  clauses?: readonly ConceptClause[];
  quoted?: readonly [number, number][];
  names?: readonly string[];
}

/** Does the read message ask the reader to do anything (concepts.ts asksAction)? Asked only of a message whose
 *  contacts are all official (rare), so the words are scanned again then rather than on every message. */
export function asksAnything(reading: LanguageReading, rules: LanguageRules, officialLinksOnly: boolean): boolean {
  if (!reading.clauses) return false;
  // A lever no notice of the brand pulls (money sent to an account, a code for the caller, an app that is not the
  // brand's, a charge to ring and stop): official-levers.ts.
  if (officialLever(reading.families, reading.text, reading.names)) return true;
  return asksAction(reading.text, reading.clauses, rules.concepts, {
    officialLinksOnly,
    quoted: reading.quoted ?? [],
    names: reading.names,
  });
}

/** A clause asking in the sender's own voice with no 请 / please to open it (session 33): a need whose subject is
 *  left out or the reader's item ("您的贷款已审批，需先缴纳保证金…", "…，需将余额转入…", "客服提醒：您的退款需先缴纳…"),
 *  or an English imperative that starts the clause and hands something to the sender or moves the reader's money ("read me the code", "reply with the code",
 *  "stay on the line and …", "withdraw …"). A broadcast's own sentences tell facts and send to official help ("如需
 *  帮助…", "call 96110"); a need put to the reader for a fee or a transfer, or an order to hand over, is a scam's ask. */
const OWN_ASK =
  /^[\s"'“‘「『【(（]*(?:[^,，。:：]{0,10}[:：])?(?:(?:您|你)的[^,，。需须]{1,8})?(?:现在|然后|接下来|另外)?(?:还)?(?:需|需要|须|必须)(?:先|立即|马上|尽快)?(?:缴纳|支付|交纳|交|付|转入|转账|汇入|汇款|将|把)|^\s*(?:so |now |then |just )?(?:read (?:me|us|out)|reply (?:with|to this)|stay on the line|withdraw|log ?in|sign in)\b/;

/** A code handed back to the sender ("回复短信中的验证码", "把验证码发给我", "read me the code", "reply with the code", "I
 *  need the passcode"): no genuine notice asks its own code back (an OTP message tells the code and says to keep it),
 *  so a code asked this way outside a broadcast's warnings is kept among its asks (session 33). */
const CODE_BACK =
  /回复[^,，。]{0,8}验证码|验证码[^,，。]{0,8}(?:发给|发送给|告诉|念给|报给)(?:我|我们)|(?:发给|告诉|念给|报给)(?:我|我们)[^,，。]{0,8}验证码|\b(?:read (?:me|us)|reply (?:to (?:this|the|our) (?:text|message|email|sms) )?with|send (?:me|us)|tell (?:me|us)|i need|we (?:only |just )?need)\b[^.!?]{0,40}\b(?:code|passcode|otp|pin|digits|password)\b/;

// (Screened with the phrase rules: a text without its strings — "验证码", or an English alternative's rarest word —
// has no clause it matches, and the clauses are not searched.)
const CODE_BACK_GATE = textGate(CODE_BACK);

/** Does the clause turn to the reader with a request of its own, with or without a 请 / please? */
const ownRequest = (clause: string): boolean =>
  NEW_REQUEST.test(clause) || OWN_ASK.test(clause) || CODE_BACK.test(clause);

/** Topics a request past a broadcast's warnings is read for (broadcastScope): money moved or paid. */
const BROADCAST_ASKS: ReadonlySet<TopicId> = new Set(['safe-account', 'upfront-fee', 'victim-next-steps']);

/** The clauses of a broadcast as its warnings reach them: every clause warned but, in a sentence that no warning or
 *  narration reaches, those from the first that turns to the reader with a request of its own (NEW_REQUEST, not in
 *  quotation marks) to the sentence's end ("凡是要求…的，请立即报警" keeps its tactic described). Undefined when no
 *  sentence asks: the broadcast is read as a whole warning. */
function broadcastScope(list: readonly Clause[]): Clause[] | undefined {
  const warned = new Set<number>();
  for (const c of list) if (c.warns) warned.add(c.sentenceStart);
  let asked = false;
  let from = -1;
  const out = list.map((c) => {
    if (c.warns || warned.has(c.sentenceStart)) return c;
    if (from !== c.sentenceStart && ownRequest(c.text) && !IN_QUOTES.test(c.text.trim())) from = c.sentenceStart;
    if (from === c.sentenceStart) {
      asked = true;
      return c;
    }
    return extend(c, { warns: true });
  });
  return asked ? out : undefined;
}

/** A phrase match counts outside the sentences that warn. (A function made here, not in the hot path's object
 *  literal, where the compiler's name-keeping wrapper would cost a property definition per message.) */
function acceptOutside(
  text: string,
  list: readonly Clause[],
  quoted: readonly [number, number][],
): (start: number, end: number) => boolean {
  const warns = list.some((s) => s.warns);
  // A match said in the passive ("已被远程控制") tells what happens to someone.
  const passive = text.includes('被') || text.includes('遭');
  if (!warns && !quoted.length && !passive) return () => true;
  return (start, end) =>
    !(passive && passiveBefore(text, start)) &&
    !mostlyQuoted(quoted, start, end) &&
    !startsInScript(quoted, start) &&
    !(warns && list.some((s) => s.warns && start >= s.start && start < s.end));
}

/** A notice saying the reader need do nothing. */
const NO_ACTION =
  /(无需|无须|不需要|不用)(您|你)?(进行)?任何(操作|处理|办理)|(无需|无须)(操作|处理|办理)|\bno (further )?action (is )?(needed|required)\b/;

/** The sentence holding position `at` ('' outside every clause). */
const sentenceAt = (list: readonly Clause[], at: number): string =>
  list.find((s) => at >= s.start && at < s.end)?.sentence ?? '';

/** The sentence after the one holding `at` when it opens by saying how to pay ("… customs charges of $24 to pay. Pay
 *  in the NZ Post app or at the counter"): where the fee just named is paid, read with the fee ('' otherwise). */
function paySentenceAfter(list: readonly Clause[], at: number): string {
  const k = list.findIndex((s) => at >= s.start && at < s.end);
  if (k < 0) return '';
  const next = list.find((s, i) => i > k && s.sentenceStart !== list[k]!.sentenceStart);
  return next && PAY_OPENING.test(next.sentence) ? next.sentence : '';
}
const PAY_OPENING = /^\s*(?:(?:please|you can|you may) )?(?:pay|payment can be made)\b/;

/** Does one of the exceptions written for the topic's phrase rules hold for the sentence? */
const excepted = (rules: LanguageRules, topic: TopicId, sentence: string, text?: string): boolean =>
  rules.phrases.unlessByTopic
    .get(topic)
    ?.some((u) => (text === undefined || mayExcept(rules.phrases, text, u)) && u.test(sentence)) === true;

/** Scam-language hits of a message's words (numbers and links already cut out), one per topic. */
export function findScamLanguage(words: string, rules: LanguageRules, options: LanguageOptions): PhraseMatch[] {
  const text = normalizeMessage(words, rules.variants, options.plain === true);
  const { list, warningKinds, asksPast } = clauses(text, rules.phrases);
  // (Fields set one by one: an Object.assign of a literal makes an object per message to copy from.)
  const reading = options.reading;
  if (reading) {
    reading.text = text;
    reading.warningKinds = warningKinds;
  }
  const quoted = quotedSpans(text);
  // (The concept grammar reads a quoted button label as the act: quoted.ts withoutButtons.)
  const conceptQuoted = withoutButtons(text, quoted);
  // (Read for a broadcast too: a message whose contacts are all official is vouched for only when it asks nothing
  // outside its warnings — scammers borrow "谨防诈骗，请认准官方客服…" before their request.)
  if (reading) {
    reading.clauses = list;
    reading.quoted = conceptQuoted;
    reading.names = options.names;
  }
  // (A clause asking past its warnings is read even beside two of them: "温馨提示：谨防诈骗，您需先缴纳保证金…" borrows
  // a broadcast's words; a broadcast that sorts tactics into fraud is never read.)
  // A broadcast's warnings reach only its own sentences: a sentence none of them reaches that turns to the reader with
  // a request of its own is asked ("反诈提醒：请勿向陌生人转账。您的账户涉嫌洗钱，请将资金转入安全账户"); the rest is read
  // as warned. (Scoped on a copy: the voucher's asksAnything reads the clauses as they are.)
  // (A message that talks a code's warning away is no broadcast, however many warnings it quotes to do so.)
  const dismissal = warningKinds > 0 ? dismissedCodeWarning(text, list, quoted, rules.phrases) : undefined;
  let read: readonly Clause[] = list;
  if (warningKinds >= BROADCAST_WARNINGS && !asksPast && dismissal === undefined) {
    const scoped = broadcastScope(list);
    if (!scoped) return [];
    read = scoped;
  }
  const hits = findPhrases(text, rules.phrases.rules, {
    accept: acceptOutside(text, read, quoted),
    officialLinksOnly: options.officialLinksOnly,
  });
  const phraseTopics = new Set(hits.map((h) => h.topic));
  const matched = windows(
    read,
    rules.requests,
    blankQuoted(text, quoted),
    mayHold(rules.phrases, text, CODE_GIVEN_GATE),
  );
  // (The topics' sets made only for a message whose words match an example request: few do.)
  const openers = matched.length ? addRequestHits(text, hits, matched, rules, options.officialLinksOnly) : undefined;
  // A screen-sharing hit the example requests alone made (no phrase rule read it; the concept grammar may back it).
  const likeScreen = hits.find(
    (h) => h.topic === 'screen-sharing' && h.severity === 'high' && !phraseTopics.has('screen-sharing'),
  );
  const conceptRead = { screenLicensed: false };
  // Every field of ConceptOptions in a literal (a spread of the options copies through V8's slow path: ~3 % of a
  // check); `satisfies` fails the typecheck when ConceptOptions gains a field this literal does not pass on.
  const conceptOptions: ConceptOptions = {
    officialLinksOnly: options.officialLinksOnly,
    mayNegate: mayHold(rules.phrases, text, NEGATION_GATE),
    negation: negationIn(rules.phrases, text),
    quoted: conceptQuoted,
    families: options.reading?.families,
    names: options.names,
    unofficialLink: options.unofficialLink,
    serviceLines: options.serviceLines,
    otherLines: options.otherLines,
    codeHanded: codeHanded(text, rules.phrases),
    read: conceptRead,
  } satisfies Record<keyof ConceptOptions, unknown>;
  for (const c of findConcepts(text, read, rules.concepts, conceptOptions)) {
    // The topic's exceptions hold for the sentence where the read starts and for the one where it ends: an object named
    // in one sentence and its verb in the next ("a customs fee of £8 is due. We have left a card to pay it") are read
    // across the two.
    if (
      excepted(rules, c.topic, sentenceAt(list, c.start), text) ||
      excepted(rules, c.topic, sentenceAt(list, c.end - 1), text) ||
      excepted(rules, c.topic, paySentenceAfter(list, c.end - 1), text)
    )
      continue;
    // (Not in a message with a link: the link is then where it is asked, judged by the link's own rules.)
    if (c.takes && reading && !options.unofficialLink && !options.officialLinksOnly) reading.takes = true;
    const earlier = hits.find((h) => h.topic === c.topic);
    if (earlier) {
      if (c.severity === 'high') earlier.severity = 'high';
      continue;
    }
    hits.push({ topic: c.topic, severity: c.severity, text: text.slice(c.start, c.end) });
  }
  // A code's warning talked away ("系统会发“请勿告诉他人”，那是给客服看的"): the code asked for, whatever warning wraps it.
  if (dismissal !== undefined && !hits.some((h) => h.topic === 'verification-code' && h.severity === 'high')) {
    const earlier = hits.find((h) => h.topic === 'verification-code');
    if (earlier) earlier.severity = 'high';
    else hits.push({ topic: 'verification-code', severity: 'high', text: dismissal });
    if (reading && !options.unofficialLink && !options.officialLinksOnly) reading.takes = true;
  }
  // A code handed back to the sender in a clause no warning reaches ("So reply to this text with the code", "请把验证码
  // 发给我们"): asked, whatever the example requests make of its wording (no genuine notice asks its own code back).
  if (
    !hits.some((h) => h.topic === 'verification-code' && h.severity === 'high') &&
    mayHold(rules.phrases, text, CODE_BACK_GATE)
  ) {
    const back = read.find((c) => !c.warns && CODE_BACK.test(c.text) && !mostlyQuoted(quoted, c.start, c.end));
    if (back) {
      const earlier = hits.find((h) => h.topic === 'verification-code');
      if (earlier) earlier.severity = 'high';
      else hits.push({ topic: 'verification-code', severity: 'high', text: back.text.trim() });
      if (reading && !options.unofficialLink && !options.officialLinksOnly) reading.takes = true;
    }
  }
  // A relative's code chat settled by the writer ("那个6位数是我这边用的，用完了。以后谁问你要都别给", settled-code.ts):
  // the code and its sentence are spoken of, not asked for.
  if (hits.length && settledOwnCode(text))
    for (let k = hits.length - 1; k >= 0; k--)
      if (hits[k]!.topic === 'verification-code' || CODE_WORDS_IN_HIT.test(hits[k]!.text)) hits.splice(k, 1);
  // A notice's scope: a scam's opening line ("您的账户存在异常登录") in a message that sends the reader to the sender's
  // own channel ("到网点或通过手机银行App解除", "in the app") is the notice itself, asking nothing of this message.
  // So is one that says the reader need do nothing ("到期后恢复原额度，无需任何操作"), with no link of anyone else's.
  if (openers && (options.reading?.families?.has('in-app') || (!options.unofficialLink && NO_ACTION.test(text))))
    for (const o of openers) if (o.severity === 'medium') hits.splice(hits.indexOf(o), 1);
  // Showing one's screen in a meeting is what work meetings ask ("飞书会议邀请 … 请主讲人提前测试屏幕共享" is near the
  // example "进入会议后点击共享屏幕"): a likeness alone, in a meeting message with nothing the concept grammar licenses
  // a screen share by (a pretext, a customer service, an account, money, a secret), is suspicious at most.
  if (likeScreen && !conceptRead.screenLicensed) likeScreen.severity = 'medium';
  // A share or remote help on the reader's own occasion at work or in class (an onboarding, an IT ticket, an
  // interview, a course) that names no money, code, bank or scam tool is the work's own (work-share.ts).
  if (hits.some((h) => h.topic === 'screen-sharing') && ownWorkShare(text))
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.topic === 'screen-sharing') hits.splice(k, 1);
  // In a broadcast, only money asked for survives its scope: a broadcast's own sentences ask for a code (its OTP) or an
  // app (the public one) as genuine notices do; none asks the reader to move money or pay.
  if (read === list) return hits;
  // (A code handed back to the sender in a sentence the broadcast's warnings do not reach stays asked.)
  const codeBack = mayHold(rules.phrases, text, CODE_BACK_GATE) && read.some((c) => !c.warns && CODE_BACK.test(c.text));
  return hits.filter((h) => BROADCAST_ASKS.has(h.topic) || (codeBack && h.topic === 'verification-code'));
}

/** The windows' matches as hits of their topics after the phrase hits (one per topic), each unless negated, reported,
 *  announced or excepted; a later high request raises an opener's medium hit of its topic. Returns the hits made from
 *  openers (medium examples). */
function addRequestHits(
  text: string,
  hits: PhraseMatch[],
  matched: readonly Window[],
  rules: LanguageRules,
  officialLinksOnly: boolean,
): PhraseMatch[] {
  const openers: PhraseMatch[] = [];
  const topics = new Set<TopicId>(hits.map((h) => h.topic));
  const phraseTopics = new Set(topics);
  if (officialLinksOnly) for (const r of rules.phrases.rules) if (r.officialLinksClear) topics.add(r.topic);
  const negation = negationFor(text);
  for (const w of matched) {
    const m = w.match;
    if (
      negation.test(w.text) ||
      narrowlyNegated(w.text, 0, w.text.length) ||
      REPORTED.test(w.text) ||
      ANNOUNCED.test(w.text) ||
      CONSEQUENCE.test(w.text)
    )
      continue;
    if (sendsToCounter(w.sentence)) continue;
    // The exceptions written for a topic's phrase rules hold for its examples too ("在App内申请理赔"), and for a pair
    // of clauses reaching into the next sentence by what that pair holds ("… at the depot. Bring this card or ID").
    if (
      excepted(rules, m.topic, w.sentence, text) ||
      (!w.sentence.includes(w.text) && excepted(rules, m.topic, w.text))
    )
      continue;
    const earlier = hits.find((h) => h.topic === m.topic);
    // An opener's medium hit is raised by a later request of the same topic.
    if (earlier && earlier.severity === 'medium' && m.severity === 'high' && !phraseTopics.has(m.topic))
      earlier.severity = 'high';
    if (topics.has(m.topic)) continue;
    topics.add(m.topic);
    const hit: PhraseMatch = { topic: m.topic, severity: m.severity, text: w.text.trim() };
    hits.push(hit);
    if (m.severity === 'medium') openers.push(hit);
  }
  return openers;
}
