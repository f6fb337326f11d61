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

/** The header a sender names itself in: the message's first characters. */
const HEADER_CHARS = 40;

/** An authority's word in the header: police, a government office, an embassy or consulate. Not a bank or a
 *  company's "fraud desk": those are the forms the scam copies. */
export const AUTHORITY =
  /(警|公安|治安|安全局|政府|使馆|领馆|領館|使館|大使|总领|總領|police|garda|gendarmerie|public security|government|ministry|embassy|consulate|council)/i;

/** A report or check in the number's sentence: the line is given to report to, or to check a call on. */
const REPORT =
  /(举报|舉報|报警|報警|报案|報案|核实|核實|查询|查詢|可疑|如有疑问|如有怀疑|如有懷疑|\breport|\bverify|\bcheck\b|suspicious|if in doubt|unsure)/i;

/** Short English names people write for a few regions whose display names are long ("UK", "USA", "UAE"). */
const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  GB: ['UK', 'U.K.', 'Britain', 'British'],
  US: ['USA', 'U.S.', 'US'],
  AE: ['UAE'],
  HK: ['Hong Kong', '香港'],
  MO: ['Macao', 'Macau', '澳门', '澳門'],
};

const LOCALES = ['en', 'zh', 'zh-Hant'] as const;
let displayNames: Intl.DisplayNames[] | undefined;
const regionsOf = (metadataJson as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
const namesByCode = new Map<string, readonly string[]>();

/** The names of the regions a calling code serves, in English and Chinese (Intl.DisplayNames: no table of our own
 *  but the few short forms above), made once per code. */
function placeNames(code: string): readonly string[] {
  let names = namesByCode.get(code);
  if (names) return names;
  displayNames ??= LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const out: string[] = [];
  for (const region of regionsOf[code] ?? []) {
    for (const d of displayNames) {
      const name = d.of(region);
      if (name && name !== region) out.push(name.replace(/\s*\(.*\)$/, ''));
    }
    out.push(...(SHORT_NAMES[region] ?? []));
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

// A few cities people name for where they are, by region (the writer's place, own-line-abroad.ts): Intl names
// countries only.
const CITIES: Readonly<Record<string, readonly string[]>> = {
  AU: [
    'Sydney',
    'Melbourne',
    'Brisbane',
    'Perth',
    '悉尼',
    '墨尔本',
    '墨爾本',
    '雪梨',
    '布里斯班',
    '珀斯',
    'Adelaide',
    'Canberra',
    'Gold Coast',
    '阿德莱德',
    '堪培拉',
    '黄金海岸',
  ],
  GB: [
    'London',
    'Manchester',
    'Edinburgh',
    '伦敦',
    '倫敦',
    '曼彻斯特',
    '爱丁堡',
    'Birmingham',
    'Glasgow',
    'Liverpool',
    'Oxford',
    'Cambridge',
    '伯明翰',
    '格拉斯哥',
    '利物浦',
    '牛津',
    '剑桥',
    '劍橋',
  ],
  AE: ['Dubai', 'Abu Dhabi', '迪拜', '杜拜', '阿布扎比'],
  JP: [
    'Tokyo',
    'Osaka',
    '东京',
    '東京',
    '大阪',
    'Kyoto',
    'Sapporo',
    'Fukuoka',
    'Nagoya',
    'Okinawa',
    'Hokkaido',
    '京都',
    '札幌',
    '福冈',
    '福岡',
    '名古屋',
    '冲绳',
    '沖繩',
    '北海道',
  ],
  US: [
    'New York',
    'Los Angeles',
    'San Francisco',
    '纽约',
    '紐約',
    '洛杉矶',
    '旧金山',
    'Chicago',
    'Boston',
    'Seattle',
    'Honolulu',
    '芝加哥',
    '波士顿',
    '西雅图',
    '檀香山',
  ],
  CA: [
    'Toronto',
    'Vancouver',
    'Montreal',
    '多伦多',
    '多倫多',
    '温哥华',
    '溫哥華',
    '蒙特利尔',
    'Calgary',
    'Ottawa',
    '卡尔加里',
    '渥太华',
  ],
  FR: ['Paris', '巴黎'],
  ES: ['Madrid', 'Barcelona', '马德里', '巴塞罗那', 'Seville', 'Valencia', '塞维利亚', '瓦伦西亚'],
  DE: ['Berlin', 'Munich', 'Frankfurt', '柏林', '慕尼黑', '法兰克福'],
  TH: ['Bangkok', '曼谷', 'Chiang Mai', 'Phuket', 'Pattaya', '清迈', '清邁', '普吉', '芭提雅'],
  MY: ['Kuala Lumpur', '吉隆坡', 'Penang', '槟城', '檳城'],
  NZ: ['Auckland', 'Wellington', '奥克兰', '惠灵顿', 'Queenstown', 'Christchurch', '皇后镇', '基督城'],
  KR: ['Seoul', '首尔', '首爾', 'Busan', 'Jeju', '釜山', '济州', '濟州'],
  TW: ['Taipei', 'Kaohsiung', '台北', '臺北', '高雄', 'Taichung', 'Tainan', '台中', '臺中', '台南', '臺南'],
  TR: ['Istanbul', 'Ankara', '伊斯坦布尔', '伊斯坦堡'],
  IT: ['Rome', 'Milan', '罗马', '羅馬', '米兰', '米蘭', 'Florence', 'Venice', '佛罗伦萨', '威尼斯'],
  NL: ['Amsterdam', '阿姆斯特丹'],
  // Session 40 (place-line.ts): the cities above widened, and these regions', where visitors book, study or stay.
  PT: ['Lisbon', 'Porto', '里斯本', '波尔图'],
  IE: ['Dublin', '都柏林'],
  CZ: ['Prague', '布拉格'],
  GR: ['Athens', '雅典'],
  ZA: ['Cape Town', 'Johannesburg', '开普敦', '開普敦', '约翰内斯堡'],
  IS: ['Reykjavik', '雷克雅未克'],
  AT: ['Vienna', '维也纳', '維也納'],
  CH: ['Zurich', 'Geneva', '苏黎世', '日内瓦'],
  ID: ['Bali', 'Jakarta', '巴厘岛', '峇里島', '雅加达'],
  PH: ['Manila', 'Cebu', '马尼拉', '馬尼拉', '宿务'],
  VN: ['Hanoi', 'Ho Chi Minh City', 'Saigon', '河内', '胡志明市'],
  KH: ['Phnom Penh', 'Siem Reap', '金边', '暹粒', '吴哥'],
};

/** Does `text` name a region the calling code serves, or one of its cities (the whole text, as the writer's place)? */
export function placeNamed(text: string, code: string): boolean {
  if (placeNames(code).some((p) => names(text, p))) return true;
  return (regionsOf[code] ?? []).some((r) => (CITIES[r] ?? []).some((c) => names(text, c)));
}

/** Is the overseas number `f` (its E.164 form `normalized`, "+377…") the line of an authority the text's header names,
 *  given to report or check? */
export function localReportLine(text: string, f: Extracted, normalized: string): boolean {
  const header = text.slice(0, HEADER_CHARS);
  if (!normalized.startsWith('+') || !AUTHORITY.test(header)) return false;
  const code = leadingCallingCode(normalized.slice(1));
  if (code === undefined || !placeNames(code).some((p) => names(header, p))) return false;
  let a = f.start;
  while (a > 0 && !endsAt(text, a - 1)) a--;
  let b = f.start + f.raw.length;
  while (b < text.length && !endsAt(text, b)) b++;
  return REPORT.test(text.slice(a, b));
}
