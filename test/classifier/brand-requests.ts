// Parts of a scam that wears the brand, written for the `official` property (official-never-scam.test.ts): what makes
// it look like the brand's (its sender tag, its name, its hotline, its domain) and what it asks of the reader, one
// request family at a time (a code, money moved, a screen shared, an app installed, a new contact added, another
// number called, a fee), in the reader's words and the forms police notices quote. `{brand}`, `{brand_en}`,
// `{hotline}`, `{domain}` and `{sender}` are filled per brand.

/** The brand worn at the head of the message. */
/** (The brand's own civil step, `我司已向法院提起诉讼`, is official alone: worn, it vouches for no request.) */
export const ZH_WEAR: readonly string[] = ['【{brand}】', '{sender}【{brand}】', '{brand}客服：', '{brand}官方通知：', '【{brand}】我司已向法院提起诉讼，', ''];
export const EN_WEAR: readonly string[] = ['[{brand_en}] ', '{brand_en}: ', '{sender} {brand_en} alert: ', ''];

/** The brand's own channels, quoted beside the request. */
export const ZH_CHANNEL: readonly string[] = ['客服热线{hotline}', '官网{domain}', '详询{hotline}，官网 {domain}', '如有疑问请致电{hotline}'];
export const EN_CHANNEL: readonly string[] = ['Helpline {hotline}.', 'Official site {domain}.', 'Questions: {hotline} or {domain}.'];

/** Requests by family. */
export const ZH_REQUEST_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  code: ['请将收到的短信验证码告知客服', '请回复您收到的6位动态码完成核验', '请把刚收到的校验码报给来电的工作人员'],
  transfer: ['请将账户余额转入指定的安全账户', '请先把资金转到监管账户进行验资', '请通过手机银行向专员提供的账户汇款'],
  screen: ['请打开屏幕共享配合客服操作', '请下载会议软件并开启共享屏幕', '请按工作人员指引开启屏幕共享'],
  download: ['请下载客服发来的App完成身份核验', '请安装客服发送的安装包解除限制', '请扫码下载安全助手App办理'],
  contact: ['请添加专属客服微信办理', '请加入官方QQ群领取补偿', '请添加企业微信专员跟进退款'],
  call: ['请用其他号码回拨客服专员', '请联系专员的私人手机号办理', '稍后专员会用新号码联系您，请按其指引操作'],
  fee: ['办理注销需先缴纳手续费200元', '放款前需支付保证金500元', '解冻账户需缴纳解冻金1000元'],
  lever: ['请勿告诉家人，否则影响征信', '否则将把欠款信息发给您的通讯录联系人', '您涉嫌洗钱需配合调查，请保密'],
};
export const EN_REQUEST_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  code: ['Please tell the agent the one-time code we just sent you.', 'Reply with the 6-digit passcode to confirm your identity.'],
  transfer: ['Move your balance to the safe account our officer gives you.', 'Transfer the funds to a holding account for verification.'],
  screen: ['Please share your screen with our support agent.', 'Install the remote support app and share your screen.'],
  download: ['Download our security app from the link we will text you.', 'Install the verification APK to unlock your account.'],
  contact: ['Add our account manager on WhatsApp to continue.', 'Message our agent on Telegram to claim your refund.'],
  call: ['Call our specialist on his personal mobile instead.', 'A specialist will call you from another number; follow their instructions.'],
  // (Session 20: a lender's fee stays a request when the next sentence names the sender's own app or site to pay it in.)
  fee: [
    'A processing fee of $99 must be paid before release.',
    'Pay a refundable deposit of $200 to unlock the loan.',
    'A release fee of $99 is due on your loan. Pay it on the {brand_en} website before release.',
    'Your loan is approved. A processing fee of $99 is due. Pay in the {brand_en} app to release the loan.',
  ],
  lever: ['Do not tell your family or your credit score will suffer.', 'Stay on the line and follow the agent\'s instructions step by step.'],
};
export const ZH_REQUESTS = Object.values(ZH_REQUEST_FAMILIES).flat();
export const EN_REQUESTS = Object.values(EN_REQUEST_FAMILIES).flat();
