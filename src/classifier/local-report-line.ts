// A local authority's own line in international form (session 36): a police force, government office or embassy abroad
// warns in its header's name ("某国警察总署提示：", "X-land Police notice:", "驻某国使馆提醒：") and
// gives its own number only to report or check ("可疑情况拨打 +377 …", "report suspicious calls to +65 …", "请挂断后拨打
// 使馆领保电话 +44 … 核实"). The overseas rule (phone.ts) holds for a domestic platform's service; a number whose calling
// code is the country the authority names is that authority's own line. Read only of a message that warns and asks
// nothing else (check.ts): a fake fraud desk or police notice abroad asks ("ring … or face a warrant", "… 解冻"), names
// a bank's team rather than an authority, or carries no warning. Pure.
import type { Extracted } from './extract.ts';
import { leadingCallingCode } from './phone-parse.ts';
import metadataJson from 'libphonenumber-js/max/metadata';
import type { Places } from './places.ts';

/** The header a sender names itself in: the message's first characters. */
const HEADER_CHARS = 40;

/** An authority's word in the header: police, a government office, an embassy or consulate. Not a bank or a
 *  company's "fraud desk": those are the forms the scam copies. */
export const AUTHORITY =
  /(警|公安|治安|安全局|政府|使馆|领馆|領館|使館|大使|总领|總領|police|garda|gendarmerie|public security|government|ministry|embassy|consulate|council)/i;

/** A report or check in the number's sentence: the line is given to report to, or to check a call on. */
const REPORT =
  /(举报|舉報|报警|報警|报案|報案|核实|核實|查询|查詢|可疑|如有疑问|如有怀疑|如有懷疑|\breport|\bverify|\bcheck\b|suspicious|if in doubt|unsure)/i;

const LOCALES = ['en', 'zh', 'zh-Hant'] as const;
let displayNames: Intl.DisplayNames[] | undefined;
const regionsOf = (metadataJson as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
/** Per table of places (one per loaded content): the names of each calling code's regions, made as codes are read. */
const namesByTable = new WeakMap<Places, Map<string, readonly string[]>>();

/** The names of the regions a calling code serves, in English and Chinese (Intl.DisplayNames: no table of our own
 *  but the short forms people write, content/places.yaml `short_names`), made once per code. */
function placeNames(code: string, places: Places): readonly string[] {
  let namesByCode = namesByTable.get(places);
  if (!namesByCode) {
    namesByCode = new Map();
    namesByTable.set(places, namesByCode);
  }
  let names = namesByCode.get(code);
  if (names) return names;
  displayNames ??= LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const out: string[] = [];
  for (const region of regionsOf[code] ?? []) {
    for (const d of displayNames) {
      const name = d.of(region);
      if (name && name !== region) out.push(name.replace(/\s*\(.*\)$/, ''));
    }
    out.push(...(places.shortNames.get(region) ?? []));
  }
  names = out.filter((n) => n.length >= 2);
  namesByCode.set(code, names);
  return names;
}

/** Does `header` name `place` (an English name as a whole word)? */
function names(header: string, place: string): boolean {
  if (/[\u3400-\u9fff]/.test(place)) return header.includes(place);
  const at = header.toLowerCase().indexOf(place.toLowerCase());
  return at >= 0 && !/[a-z]/i.test(header[at - 1] ?? '') && !/[a-z]/i.test(header[at + place.length] ?? '');
}

// Sentences end where the language reader's do (mentioned-numbers.ts).
const SENTENCE_END = /[。！？!?;；\n]/;
const endsAt = (text: string, i: number) =>
  SENTENCE_END.test(text[i]!) || (text[i] === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!)));

/** Does `text` name a region the calling code serves, or one of its cities (content/places.yaml; the whole text, as
 *  the writer's place)? */
export function placeNamed(text: string, code: string, places: Places): boolean {
  if (placeNames(code, places).some((p) => names(text, p))) return true;
  return (regionsOf[code] ?? []).some((r) => (places.cities.get(r) ?? []).some((c) => names(text, c)));
}

/** Is the overseas number `f` (its E.164 form `normalized`, "+377…") the line of an authority the text's header names
 *  (`places`: the short names people write, content/places.yaml), given to report or check? */
export function localReportLine(text: string, f: Extracted, normalized: string, places: Places): boolean {
  const header = text.slice(0, HEADER_CHARS);
  if (!normalized.startsWith('+') || !AUTHORITY.test(header)) return false;
  const code = leadingCallingCode(normalized.slice(1));
  if (code === undefined || !placeNames(code, places).some((p) => names(header, p))) return false;
  let a = f.start;
  while (a > 0 && !endsAt(text, a - 1)) a--;
  let b = f.start + f.raw.length;
  while (b < text.length && !endsAt(text, b)) b++;
  return REPORT.test(text.slice(a, b));
}
