// A code's warning talked away: the code's own text says "请勿告诉他人" / "do not share this code", and the caller says
// the warning is not meant for them ("那是给客服看的", "客服不算他人", "that warning is just the system default", "it
// doesn't apply to us"). No genuine sender argues with its own warning; beside a code named, the dismissal is the code
// asked for, however the asking is worded.
import { type PhraseRules, possibleWarnings, warningFor } from './phrases.ts';
import { blankQuoted } from './quoted.ts';

/** The dismissal: the warning said to be for someone else, automatic, or to be ignored (normalised text). */
const DISMISSAL =
  /(?:是|只是)?给(?:客服|我们|工作人员|专员|银行)看的|(?:客服|我们|我|工作人员|专员)(?:不算|不属于|不是)(?:他人|外人|别人|任何人|陌生人)|不(?:包括|针对|是说)(?:客服|我们|工作人员|专员)|(?:提示|提醒|警告|那句|这句|那条|那段)[^，,。]{0,6}(?:是)?系统(?:默认|自动)|系统(?:默认|自动)(?:的|加的|发的|生成的)?(?:提示|提醒|警告|那句|这句)|(?:那句|这句|那个提示|这个提示|提示语|那段话|那条提示)[^，,。]{0,4}(?:不用管|不用理|不用在意|别管|别理|可以忽略)|(?:不用管|不用理会|不用理|别管|别理|不用在意)(?:那句|这句|那个提示|这个提示|那段|那条提示)|\bignore (?:the|that|this) (?:warning|part|line|bit|note)\b|\b(?:that|the|this) (?:warning|line|part|note) (?:is|'s) (?:just )?(?:automatic|standard|boilerplate|(?:the|a) (?:system )?default)\b|\b(?:doesn't|does not|don't|do not) apply to (?:us|me|our staff|bank staff)\b|\bnot meant for (?:us|me|our staff|bank staff)\b|\b(?:we are|we're|i am|i'm) not (?:anyone|a stranger|others)\b/;
/** A code, or what stands for one ("那串数字", "the digits", the text that carries it: "短信"). */
const CODE_NAMED = /验证码|校验码|动态码|短信|密码|口令|那串数|数字|\b(?:code|otp|pin|passcode|digits|sms)\b/;

/** The warning as the code's text carries it: in quotation marks, or retold as what the text says ("提示说不要泄露",
 *  "the message says never share it") up to the clause's end. */
const QUOTED_OR_RETOLD =
  /[“"「『‘][^”"」』’]{1,80}[”"」』’]|(?:提示|短信|信息|消息|上面|里面)[^，,。]{0,4}(?:说|写着|会写|写的|显示)[^，,。;]*|\b(?:message|text|sms|it|the code) (?:says|will say|reads|tells you)\b[^,.;]*/g;
const blank = (s: string) => s.replace(QUOTED_OR_RETOLD, (q) => ' '.repeat(q.length));

interface Sentence {
  sentence: string;
  sentenceStart: number;
}

/** The dismissal in a message naming a code, in a sentence that warns only where it quotes or retells the code's
 *  text (the warning brought up to be talked away): its words, or undefined. A warning that retells the move ("骗子会说提示是系统默认的")
 *  warns outside quotes and is no dismissal. */
export function dismissedCodeWarning(
  text: string,
  list: readonly Sentence[],
  quoted: readonly [number, number][],
  phrases: PhraseRules,
): string | undefined {
  // (The code named first: the smaller pattern turns most warning texts away before the dismissal's large one.)
  if (!CODE_NAMED.test(text)) return undefined;
  const m = DISMISSAL.exec(text);
  if (!m) return undefined;
  const s = list.find((c) => m.index >= c.sentenceStart && m.index < c.sentenceStart + c.sentence.length);
  if (!s) return undefined;
  const own = blank(blankQuoted(text, quoted).slice(s.sentenceStart, s.sentenceStart + s.sentence.length));
  const warns = possibleWarnings(own, phrases).some((i) => warningFor(phrases, own, i)?.test(own) === true);
  return warns ? undefined : m[0];
}
