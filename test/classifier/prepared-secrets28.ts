// A code, password or code card made ready for a caller (session 28): "a supervisor will guide you by phone; have your
// PIN and code card ready", "稍后专员来电指导，请提前准备好银行卡密码和验证码". The caller who says to have them at hand
// asks for them next (bank and police warnings in Chile, Spain, the UK and China: no bank calls you to walk you through
// your keys, and none asks for them). Every text is written for this table, each scam a pretext × a caller × the
// secrets readied; the genuine counters are phone-banking and courier notices with no pretext, and warnings.
const combine = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);

export const SCAM_EN = combine(
  ['Fraud department: we detected irregular transfers from your account. ', 'Your card has been blocked for suspicious activity. '],
  ['An adviser will guide you by phone in ten minutes; ', 'Our security officer will call you shortly, so ', 'Stay on the line and '],
  ['have your online banking password and code card ready.', 'please have your card PIN and the codes we send you ready.', 'have the one-time password at hand when we call.'],
);

export const SCAM_ZH = combine(
  ['您的账户出现异常交易，', '您的银行卡涉嫌被盗刷，'],
  ['稍后专员会来电一步步指导您，', '我是银行安全中心的，稍后专员会来电，'],
  ['请提前准备好银行卡密码和验证码。', '请把网银登录名和口令卡备好。', '请把手机收到的验证码准备好，一会儿报给专员。'],
);

export const GENUINE = [
  'To use telephone banking, call 0800 555 0100 and have your card ready.',
  'Your parcel arrives today. Please have your delivery code ready for the driver.',
  'Before you call us, please have your account number and a recent statement ready.',
  'Never have your PIN written on your card, and never read it to anyone who calls.',
  "Hi, I'm your delivery driver, I'll call when I'm outside. Please have your delivery OTP ready.",
  '我是快递员，到了给您打电话，请准备好取件码。',
  '办理业务请准备好身份证和银行卡，到就近网点柜台办理。',
  '银行提醒：任何来电要求您准备好验证码、密码的，都是诈骗，请立即挂断。',
];
