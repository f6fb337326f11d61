// Hosts written in Chinese, in text without spaces: where a Chinese first label starts (after a link cue such as
// 登录/点击), and links under Chinese top-level domains (.中国 .公司 .网址 …) written without a scheme. Used by extract.ts.
import { parse as parseDomain } from 'tldts';

// Host letters: ASCII plus the Latin, Greek and Cyrillic ranges lookalike domains use — not CJK, so a link glued to
// Chinese text ("请点击anxin-kefu.top") starts where the Latin letters do.
export const H = 'a-z0-9\\u00a1-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
// A label is all Latin-like or all Chinese (an IDN such as 安心借客服.cn), never both glued together.
export const LABEL = `(?:[\\u3400-\\u9fff]{1,30}|[${H}](?:[${H}-]{0,62}))`;

// Links whose top-level domain is Chinese (安心借客服.中国, anxinjie.公司, 安心借.网址: IDN TLDs of the Public Suffix
// List, which tldts knows in Unicode and punycode alike). Chinese has no spaces, so the host's first label can be
// glued to the words before it, and the TLD to the words after it. The rule, and its trade-off:
// - only an ASCII dot (or the full-width one, via NFKC) separates labels: "。" between Chinese characters ends a
//   sentence (browsers would take it as a dot, text almost never means it as one);
// - the TLD must be an ICANN suffix in tldts, and the label left of the public suffix at least two characters and
//   not all digits ("1.中国", "A.公司" are list items, not links);
// - a Latin first label starts where its letters do (as for other bare links); a Chinese one starts right after the
//   last link cue in it (访问, 登录, 点击, 打开, 网址, 链接 …: "请登录安心借客服.中国"), otherwise it must follow the
//   start of the text, whitespace, a bracket or quote, or a colon ("【安心借】安心借客服.中国") — a Chinese word
//   after a comma or inside a sentence is not taken as a host;
// - after the TLD comes the end, whitespace, punctuation or a port/path (which stops at Chinese text); Chinese text
//   glued right after the TLD is cut off only when a cue stands right before the host ("点击安心借.网址查看").
// So "我在中国.公司很好" and "价格是3.5元" stay prose. The price: an uncued host glued to Chinese text on both sides, or
// one right after a comma ("…异常，安心借.中国"), is missed (pasted alone it is found); an uncued sentence such as
// "我在中国.公司" on its own does become a link (a half-width dot between Chinese words is rare in prose).
const HAN = '\\u3400-\\u9fff';
export const IDN_TLD_HOST = new RegExp(`(?<![@\\w.-])(?:${LABEL}\\.)+(?=[${HAN}])`, 'gi');
export const HAN_AFTER_DOT = new RegExp(`\\.[${HAN}]`);
export const HAN_CHAR = new RegExp(`[${HAN}]`);
/** Longest Chinese TLD in the PSL is 5 characters (嘉里大酒店); a little headroom for new ones. */
const MAX_HAN_TLD = 8;
const LINK_CUES = [
  '访问|登录|登陆|登入|点击|点开|打开|进入|前往|浏览|输入|复制|网址|网站|官网|链接|地址|域名|入口|详见',
  '訪問|登錄|登陸|點擊|點開|打開|進入|瀏覽|輸入|複製|網址|網站|官網|鏈接|連結|詳見',
].join('|');
const CUE = new RegExp(LINK_CUES, 'g');
const CUE_BEFORE = new RegExp(`(?:${LINK_CUES})[\\s:：]*$`);
const OPENS_HOST = /[\s([{<«"'“”‘’「」『』【】《》〈〉（）［］｛｝:：)\]}>»]/;
const PORT_PATH = /(?::\d{2,5})?(?:[/?#][^\s<>"'，。！？、；：（）【】《》\u3400-\u9fff]*)?/y;
const LABEL_CHAR = new RegExp(`[${H}_-]`, 'i');

/** Length of the longest ICANN top-level domain written in Chinese at text[at] ("中国", "公司" …), 0 if none. */
export function hanTldLength(text: string, at: number): number {
  let run = 0;
  while (run < MAX_HAN_TLD && at + run < text.length && HAN_CHAR.test(text[at + run]!)) run++;
  for (let n = run; n > 0; n--) {
    const tld = text.slice(at, at + n);
    const info = parseDomain(`x.${tld}`, { extractHostname: false });
    if (info.isIcann && info.publicSuffix === tld) return n;
  }
  return 0;
}

/** End of an optional port and path at text[at] (the path stops at Chinese text and punctuation). */
export function portPathEnd(text: string, at: number): number {
  PORT_PATH.lastIndex = at;
  return PORT_PATH.exec(text) ? PORT_PATH.lastIndex : at;
}

/** Where a host whose first label is Chinese (matched as text[at, labelEnd)) starts: right after the last link cue in
 * the run of Chinese characters holding it ("请登录安心借客服" → "安心借客服"; the regex may have started inside the cue,
 * as in "3.5点击…"); else at the start of that run (cued: false), where `opened` says whether the text before it can
 * open a host. */
export function hanHostStart(
  text: string,
  at: number,
  labelEnd: number,
): { start: number; cued: boolean; opened: boolean } {
  let run = at;
  while (run > 0 && at - run < 30 && HAN_CHAR.test(text[run - 1]!)) run--;
  let cut = -1;
  for (const m of text.slice(run, labelEnd).matchAll(CUE)) {
    if (run + m.index + m[0].length < labelEnd) cut = run + m.index + m[0].length;
  }
  if (cut >= 0) return { start: cut, cued: true, opened: true };
  return { start: run, cued: false, opened: run === 0 || OPENS_HOST.test(text[run - 1]!) };
}

/** A bare link ending in a Chinese TLD, whose labels (and dot) text[at, tldAt) matched IDN_TLD_HOST; see the rule
 * above IDN_TLD_HOST. Returns its span, or undefined for prose. */
export function idnTldLink(text: string, at: number, tldAt: number): { start: number; end: number } | undefined {
  const tld = hanTldLength(text, tldAt);
  if (!tld) return undefined;
  let start = at;
  if (HAN_CHAR.test(text[at]!)) {
    const host = hanHostStart(text, at, text.indexOf('.', at));
    if (!host.opened) return undefined;
    start = host.start;
  }
  const tldEnd = tldAt + tld;
  const next = text[tldEnd] ?? '';
  if (HAN_CHAR.test(next)) {
    // Glued to the words after it: a link only right after a cue ("点击安心借.网址查看"), not "我在中国.公司很好".
    if (!CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  } else if (LABEL_CHAR.test(next) || (next === '.' && LABEL_CHAR.test(text[tldEnd + 1] ?? ''))) {
    return undefined; // "安心借.中国.top", "安心借.中国abc": another host, or none
  }
  const info = parseDomain(text.slice(start, tldEnd), { extractHostname: false });
  const name = info.domainWithoutSuffix ?? '';
  if (!info.isIcann || name.length < 2 || /^\d+$/.test(name)) return undefined;
  return { start, end: HAN_CHAR.test(next) ? tldEnd : portPathEnd(text, tldEnd) };
}
