// A sender's own line abroad in the place its message names (session 40, genuine-forms40b `place-line`): a consulate,
// a school, a clinic, a tour office, a venue, a depot, or a relative's host gives its landline in the place the message
// is about ("领事保护与协助电话：+61 2 …" in a Sydney notice, "School office: +1 604 …" from Vancouver, "her landline is
// +353 1 …" from Dublin). travel-line.ts reads this of a booking; this reads it of any sender, so it is asked more:
// besides a message that asks nothing (no scam-language hit, nothing taken) and names no money, code, card, link, chat
// or traveller's trouble (travel-line.ts TROUBLE), check.ts asks it only of a message with no scam's pretext, no request
// named, no warning, no service role, no call received and no brand (check.ts quietAbroad), and no authority asking
// to be called (`authorityCallsBack`). Counters: the fake consulate's "涉及案件", the fake hotel's card, the stranded
// relative's money, the stranger's number with no place. Pure.
import type { Extracted } from './extract.ts';
import { AUTHORITY } from './local-report-line.ts';
import type { Places } from './places.ts';
import { lineInNamedPlace, SERVICE_TYPES } from './travel-line.ts';

/** The number named as a place's line just before it: a phone word or the place of a line (an office, a desk, a
 *  reception, a landline, a ward), "…电话", "座机", "前台", "联络处", "请打". */
const LINE_BEFORE =
  /(热线|熱線|专线|專線|电话|電話|座机|座機|前台|櫃檯|柜台|联络|聯絡|联系|聯繫|咨询|諮詢|请打|請打|致电|致電|拨打|撥打|\b(call|phone|tel|line|landline|number|desk|office|reception|depot|branch|ward|emergencies|contact)\b)[^\d+]{0,30}$/i;

/** A landline or service number by libphonenumber's type; a number its plan cannot tell from a mobile (the US's,
 *  Canada's) too: the guards around it (no pretext, no request, no trouble) are what a desk's mobile fails. */
const PLACE_TYPES: ReadonlySet<string> = new Set([...SERVICE_TYPES, 'FIXED_LINE_OR_MOBILE']);

/** Is the overseas number `f` (E.164 `normalized`) given as a line in the place the message names? */
export function placeLine(text: string, f: Extracted, normalized: string, places: Places): boolean {
  return lineInNamedPlace(text, f, normalized, LINE_BEFORE, PLACE_TYPES, places);
}

/** An embassy, a police force or a government office that asks to be called ("驻英国使馆通知：请致电 +44 …", "British
 *  Embassy: please ring our office on …"): the fake consulate's call-back, the form China's MFA warns of, even with no
 *  pretext said yet. A real consulate's notice gives its line for emergencies beside its advice, and keeps its place. */
export function authorityCallsBack(text: string, families: ReadonlySet<string> | undefined): boolean {
  return !!families?.has('call') && (families.has('authority') || AUTHORITY.test(text));
}
