// A number can be named without being given: an anti-fraud broadcast or a piece of advice names the numbers to
// distrust ("来电显示+86 10 96110的，请立即挂断", "骗子常用改号软件把来电显示改成110"), and such a number is an example,
// not a contact. It keeps its own reasons (the number IS fake), but it does not count toward the message's verdict —
// as a warning's scam words count against a verdict in the language path. A number the sentence gives to call or
// add is a contact however the sentence is worded ("谨防诈骗，请认准官方客服 00852 …").
import type { Extracted } from './extract.ts';
import { type LanguageRules, sentenceWarns } from './scam-language.ts';

// Sentences end where the language reader's do (scam-language.ts).
const SENTENCE_END = /[。！？!?;；\n]/;
const isSentenceEnd = (text: string, i: number) =>
  SENTENCE_END.test(text[i]!) || (text[i] === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!)));

/** Words just before a number that give it as one to call, text or add (a role may stand between: "联系专员 …"): a
 *  contact, never a mere mention. */
const CONTACT_BEFORE =
  /(拨打|撥打|请拨|請撥|致电|致電|回拨|回电|联系|聯繫|聯絡|咨询|热线|客服|专线|电话是?|加|添加|微信|qq|whatsapp|telegram|\bcall\b|\bdial\b|\bring\b|\btext\b|\bcontact\b|\breach\b|\bphone\b|\bhotline\b)\s*(专员|專員|经理|經理|工作人员|工作人員)?\s*[:：]?\s*(号码)?\s*(是|为|is)?\s*["“]?\s*$/i;
const CONTACT_REACH = 10;

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isSentenceEnd(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !isSentenceEnd(text, b)) b++;
  return [a, b];
}

/** The words of text[a, b) with every found item cut out (a number or link is no word of a warning). */
function wordsBetween(text: string, a: number, b: number, found: readonly Extracted[]): string {
  let out = '';
  let at = a;
  for (const f of found) {
    const fEnd = f.start + f.raw.length;
    if (fEnd <= a || f.start >= b) continue;
    out += `${text.slice(at, Math.max(at, f.start))} `;
    at = Math.max(at, fEnd);
  }
  return out + text.slice(at, b);
}

/**
 * Is the found number `f` mentioned rather than given? It is when the words before it do not give it as a contact
 * and either its sentence warns or the whole message is an anti-fraud broadcast (`broadcast`: two kinds of warning).
 */
export function mentionedNumber(
  text: string,
  f: Extracted,
  found: readonly Extracted[],
  rules: LanguageRules,
  broadcast: boolean,
): boolean {
  if (CONTACT_BEFORE.test(text.slice(Math.max(0, f.start - CONTACT_REACH), f.start))) return false;
  if (broadcast) return true;
  const [a, b] = sentenceAround(text, f.start, f.start + f.raw.length);
  return sentenceWarns(wordsBetween(text, a, b, found), rules);
}
