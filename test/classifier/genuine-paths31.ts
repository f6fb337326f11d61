// Session 31 (issue 10, precision by mechanism): genuine notices that reached `dangerous` by one PATH, and the scams
// that share their words and must keep their verdict. Path "own-site wording": a sign-in / account / identity notice
// signed with a service's name whose only contact is that service's own site ("PayPal: … log in at paypal.com …"),
// raised to dangerous by the wording model alone (no scam-language hit of the rules; check.ts ownSiteOnly). Every line
// was written afresh for this table after the public source named in its group (`source`); none comes from the field
// corpus. The counters are phishing texts as the warnings quote them: a lookalike or unsigned link, or a phone or chat
// channel beside the genuine site.
import type { GenuineForm } from './genuine-forms24.ts';

const g = (kind: GenuineForm['kind'], source: string, ...texts: string[]): GenuineForm[] =>
  texts.map((text) => ({ kind, text, source }));

/** Genuine notices on the own-site path: the en lines reached `dangerous` before session 31 (the wording model's raise
 *  beside a request); the zh lines are the same notices in Chinese, which the path never raised. None is dangerous. */
export const OWN_SITE_NOTICES_31: readonly GenuineForm[] = [
  ...g(
    'shop',
    "PayPal's 'Is that email really from PayPal?' page (paypal.com/…/security/suspicious-activity) and scam checkers' advice to sign in by typing paypal.com yourself (isthisscam.app, hoax-slayer): a real limitation is resolved on paypal.com",
    'PayPal: We\'ve limited your account. Log in at paypal.com to confirm your information and lift the limitation.',
    'PayPal: Your account has been limited. Log in at paypal.com to confirm your information and restore access.',
    '【PayPal】您的账户已受限，请登录 paypal.com 确认您的信息以解除限制。',
  ),
  ...g(
    'shop',
    "platforms' security and sign-in notices as their help pages describe them (Instagram's 'Emails from Instagram' log, Android Police 2021 on Instagram's reset emails; Dropbox, Discord, Spotify help on new sign-ins)",
    'Instagram: Someone tried to log in to your account. If this wasn\'t you, go to instagram.com/accounts/password/reset to secure your account.',
    'Discord: We\'ve locked your account after suspicious activity. Go to discord.com to reset your password and secure your account.',
    'Dropbox: We noticed a new sign-in. If this wasn\'t you, log in at dropbox.com to secure your account.',
    'Spotify: We\'ve reset your password to protect your account. Log in at spotify.com to set a new one.',
  ),
  ...g(
    'shop',
    "marketplaces' and platforms' identity checks (eBay, Amazon, Airbnb, Booking.com, Uber help pages on account holds and identity verification)",
    'eBay: We need a bit more information to keep your account secure. Log in at ebay.com to verify your identity.',
    'Amazon: We\'ve put a hold on your account. Sign in at amazon.com to verify your identity and restore access.',
    'Airbnb: To keep your account secure, please confirm your identity at airbnb.com before your next booking.',
    'Booking.com: Please confirm your account details to keep your reservations. Sign in at booking.com to review them.',
    'Uber: Your account has been temporarily suspended. Sign in at uber.com to verify your identity and reactivate it.',
    '【Airbnb】为保障账户安全，请在下次预订前登录 airbnb.com 验证您的身份。',
    '【Uber】您的账号已被暂时停用，请登录 uber.com 验证身份后重新启用。',
  ),
  ...g(
    'bank',
    "payment firms' routine restrictions (Wise help 'Why is my account restricted?' and its 2020 verification notice on wise.com; Coinbase, Revolut, Venmo help on identity checks): the customer is sent to sign in to the firm's own site",
    'Wise: Please verify your identity to keep using your account. Log in at wise.com and upload your ID.',
    'Coinbase: Your account is restricted until you verify your identity. Log in at coinbase.com to finish verification.',
    'Revolut: Your account is temporarily restricted. Log in at revolut.com to confirm your details and restore access.',
    'Venmo: Your account is locked for your protection. Log in at venmo.com to confirm your identity.',
    '【Coinbase】您的账户已被限制，请登录 coinbase.com 完成身份验证后恢复使用。',
    '【Revolut】您的账户暂时受限，请登录 revolut.com 确认资料以恢复访问。',
  ),
];

/** Phishing texts sharing the notices' words, as PayPal / platform smishing warnings quote them (verified.org and
 *  2-spyware on "PayPal: we've permanently limited your account" texts, Online Threat Alerts, cypac): all dangerous. */
export const OWN_SITE_COUNTERS_31: readonly { text: string; dangerous: boolean }[] = [
  'PayPal: Your account has been limited. Log in at paypal-resolution-centre.com to confirm your information and restore access.',
  'PayPal: We\'ve limited your account. Call our security team on +1 888 555 0199 now and log in at paypal.com while we verify your card.',
  'Amazon: We\'ve put a hold on your account. Verify your identity at amazon-account-verify.top within 24 hours.',
  'Instagram: Your account will be deleted for copyright violation. Verify at instagram-appeal-center.net to keep it.',
  'Your account has been limited. Log in at secure-resolution-portal.net to confirm your card details and restore access.',
  'Netflix: Your payment failed. Update your card at netflix-billing-update.com or your membership ends today.',
  'Coinbase: Unusual withdrawal detected. To cancel it, log in at coinbase-secure-login.com and enter the code we send you.',
  '【支付宝】您的账户存在风险已被限制，请登录 alipay-aq.top 验证身份并解除限制。',
  '【Apple】您的 Apple ID 已被锁定，请立即登录 appleid-unlock.cn 输入银行卡信息解锁。',
  '【PayPal】您的账户已受限，请登录 paypal-verify.xyz 填写银行卡号和密码以恢复。',
  'Wise: Your transfer is on hold. Log in at wise.com and also send the 6-digit code we texted to our agent on WhatsApp +44 7700 900123.',
  'Uber: Your account is suspended. Pay the reactivation fee of $30 at uber-reactivate.com to continue driving.',
  'Venmo: Your account is locked. Send $1 to our verification team at venmo-secure.help to confirm your identity.',
  'eBay: Your account has been suspended. Verify your identity at ebay-secure-check.com and enter your card details.',
].map((text) => ({ text, dangerous: true }));
