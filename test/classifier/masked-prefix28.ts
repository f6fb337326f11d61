// A call reported from a calling code without its number, the brand's staff claimed (session 28): "+855 来电，自称{brand}
// 客服", "a call from a +63 number saying they are {brand_en} customer care", "+886 9xx". Police, operators and lenders
// (China's 00 / + 开头境外来电 warnings, Taiwan's 165 on +886 spoofing, the Philippines' and Cambodia's call-centre
// raids) say a domestic platform's customer service never calls from abroad; the country code is the evidence whether
// the rest of the number is shown or not. Each scam is a caller × a claim × what followed; {brand} / {brand_en} are
// filled with each test brand's names. The genuine counters: the brand's and operators' warnings naming the prefixes,
// the reader's own number abroad, a dial-in, the brand's +86 hotline for callers abroad.
const combine = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);

export const SCAM_ZH = combine(
  ['刚接到+855来电，', '【境外来电】+63 9xx ', '有个00852的号码打来，', '+855 '],
  ['自称{brand}客服，', '说是{brand}贷后部门的，'],
  ['说我的账户要核实。', '让我保持手机畅通等专员联系。'],
);

export const SCAM_EN = combine(
  ['Got a call from a +855 number ', 'Missed call from +63 9xx xxx, then a voicemail ', 'Call from +234 *** this morning, ', 'A call from (+855) 12… '],
  ['saying they are {brand_en} customer care ', 'claiming to be from {brand_en} collections '],
  ['and my account needs verifying.', 'about an unpaid record. They keep calling.'],
);

export const GENUINE = [
  '【{brand}】提醒：+855、+63开头的来电自称{brand}客服的都是诈骗，请直接挂断。',
  '【反诈提醒】“00852”“+63”等开头的来电几乎都是诈骗，自称{brand}客服的更要挂断。',
  'I am working in Dubai now. Can I still repay {brand_en} from my +971 number?',
  '我用+852电话联系{brand}客服可以吗？',
  '+86 是中国大陆的国家代码；00852、+63 开头的来电不是{brand}。',
  '+855 numbers calling about {brand_en} are not us.',
  '{brand_en} reminder: we never call from +855 or other overseas numbers. If one calls, hang up.',
  '{brand}提醒：身在境外的用户可通过App内在线客服联系我们，我们不会用+855等境外号码来电。',
  '【中国电信】您已开通国际来电拦截，00开头及+开头的境外来电将被拦截。',
];
