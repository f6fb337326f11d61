// The form of a text: a pasted message (a quoted notice, a sender tag, wording addressed to the reader) or a
// question (first person, a question mark). In the bot an FAQ answer to a pasted message takes the place of the
// classifier's check, so the calibration (calibrate.ts, search.ts) reads these three signals beside the ranking's:
// it can keep a pasted message out of the FAQ without lowering every question's confidence. Pure; cues in
// lexicon.ts FORM_CUES.
import { normalizeText } from '../content/normalize.ts';
import { FORM_CUES } from './lexicon.ts';
import { phraseAlternation } from './normalize.ts';

export interface TextForm {
  /** 1: shaped like a notice or marketing text (a 【sender】 tag, "尊敬的", "reply STOP"). */
  notice: number;
  /** 1: addressed to the reader (您, please, your account, a deadline or a threat). */
  addressed: number;
  /** 1: a first-person question (我, I, my, a question mark). */
  asks: number;
}

const NOTICE = new RegExp(`${phraseAlternation(FORM_CUES.notice)}|^\\s*[【\\[]|【[^】]{1,16}】`);
const ADDRESSED = new RegExp(phraseAlternation(FORM_CUES.addressed));
// "我们" / "我司" / "我行" are how a sender names itself, not a user asking.
const ASKS = new RegExp(`${phraseAlternation(FORM_CUES.asks.filter((c) => c !== '我'))}|我(?![们司行])|[?？]`);

/** `s`: normalizeText(question), when the caller has it (search.ts QuestionForms.text). */
export function textForm(question: string, s: string = normalizeText(question)): TextForm {
  return { notice: NOTICE.test(s) ? 1 : 0, addressed: ADDRESSED.test(s) ? 1 : 0, asks: ASKS.test(s) ? 1 : 0 };
}
