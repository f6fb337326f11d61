// Data tables for link checks, kept apart from the logic (as Chromium keeps its lookalike tables).

/** Link shorteners seen in Chinese and international SMS: the real destination is hidden. */
export const SHORTENER_DOMAINS = new Set([
  't.cn',
  'url.cn',
  'dwz.cn',
  'suo.im',
  'suo.nz',
  'tb.cn',
  'sohu.gg',
  'mrw.so',
  'kks.me',
  '0x3.me',
  'reurl.cc',
  'ppt.cc',
  'bit.ly',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'is.gd',
  'ow.ly',
  'rebrand.ly',
  'cutt.ly',
  's.id',
  'shorturl.at',
  'rb.gy',
  'v.gd',
  'tiny.cc',
  'lnkd.in',
  'buff.ly',
  'surl.li',
  'u.nu',
  '3.cn',
  'c.tb.cn',
  'j.mp',
]);

/** Top-level domains over-represented in phishing reports (cheap, lax registration). */
export const ABUSED_TLDS = new Set([
  'xyz',
  'top',
  'cc',
  'site',
  'online',
  'wang',
  'work',
  'vip',
  'club',
  'icu',
  'buzz',
  'shop',
  'fun',
  'live',
  'ltd',
  'link',
  'click',
  'rest',
  'cyou',
  'sbs',
  'cfd',
  'bond',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'pw',
  'ren',
  'kim',
  'loan',
  'win',
  'bid',
  'date',
  'racing',
  'download',
  'stream',
  'monster',
  'quest',
  'asia',
  'life',
  'store',
  'tech',
  'info',
]);

/** Top-level domains reserved for examples and tests (RFC 2606 / 6761): no ICANN suffix, but a host written with one
 *  stands for any real host ("pay at evri-redeliver.example/pay" is a link, as the brand's own anxinjie.example is). */
export const RESERVED_TLDS = new Set(['example', 'test', 'invalid']);

/** Words scammers glue to a brand name to make a plausible domain ("anxinjie-kefu", "login-anxin"). */
export const COMBO_KEYWORDS = [
  'kefu',
  'kf',
  'login',
  'signin',
  'service',
  'services',
  'secure',
  'security',
  'account',
  'accounts',
  'help',
  'support',
  'vip',
  'app',
  'apps',
  'pay',
  'loan',
  'loans',
  'cs',
  'verify',
  'verification',
  'official',
  'gw',
  'guanwang',
  'online',
  'web',
  'www',
  'my',
  'center',
  'zhongxin',
  'jiedong',
  'tuikuan',
  'refund',
  'credit',
  'zhengxin',
  'cn',
  'china',
  'hk',
  'update',
  'auth',
  'portal',
  'bank',
  'wallet',
  'card',
  'download',
  'xiazai',
  'm',
  'h5',
  'fuwu',
  'kehu',
  'user',
];

/** Words a sender's header starts with that name no one ("Security Alert:", "Delivery Notice:", "Your …"): such a first
 *  word is not read as the sender's name inside a host (sender-domain.ts headerNames). The combo keywords above too. */
export const HEADER_GENERIC_WORDS = [
  'alert',
  'alerts',
  'notice',
  'notification',
  'notifications',
  'delivery',
  'parcel',
  'package',
  'post',
  'mail',
  'reminder',
  'important',
  'urgent',
  'final',
  'message',
  'team',
  'your',
  'the',
  'dear',
  'hello',
  'hi',
  'tax',
  'police',
  'government',
  'gov',
  'state',
  'city',
  'national',
  'federal',
  'traffic',
  'toll',
  'tolls',
  'fine',
  'fines',
  'court',
  'customer',
  'customs',
  'new',
  'info',
  'order',
  'billing',
  'payment',
  'mobile',
  'scam',
  'fraud',
  'warning',
  'public',
  'health',
  'energy',
];

export const APP_DOWNLOAD_PATH = /\.(apk|ipa|xapk|apks|mobileprovision|exe)(?:$|[?#/])/i;
export const SAFE_SCHEMES = new Set(['http:', 'https:']);
export const LONG_URL_LENGTH = 100;
export const DEEP_SUBDOMAIN_LABELS = 3;

/**
 * Thresholds of the lookalike-domain heuristics (lookalike.ts), named and documented in one place as Chromium keeps
 * its lookalike heuristics apart from the code that applies them.
 */
export const LOOKALIKE_THRESHOLDS = {
  /** An ASCII alias this long counts anywhere inside a label; shorter ones ("axj", "anxin") only as a whole token
   *  or glued to a keyword, so "lanxin" and "taxjob" are not the brand. */
  aliasInsideMinLength: 6,
  /** An official label this long tolerates two edits; shorter ones one (a length-scaled threshold, like Chromium's). */
  twoEditsMinLength: 8,
  /** Edits tolerated by a short official label. */
  shortLabelEdits: 1,
  /** Edits tolerated by a long official label. */
  longLabelEdits: 2,
  /** A candidate label shorter than this is never an edit-distance lookalike (too many short names are one edit
   *  from any short brand). */
  editCandidateMinLength: 4,
} as const;

/**
 * Public suffixes whose registries register only government bodies (irs.gov, gov.uk, gov.cn, gov.au, gouv.fr, go.jp,
 * gob.mx, gc.ca …): a domain under one is a government's own site, which no scammer can hold (they register
 * gov-uk-refund.com or irs-gov.top instead, other registrable domains).
 */
export const GOVERNMENT_SUFFIX = /^(?:gov|mil|gc\.ca|(?:gov|gob|gouv|govt|go|gv|mil)\.[a-z]{2})$/;
