// A login or a code asked in words the grammar missed (session 26): online banking's login, id or password and the
// code cards banks sign with are secrets, told as surely as a one-time code ("read me your online banking ID", "give
// us your online office login", 口令卡); the polite imperative of English-speaking Africa and South Asia ("kindly send
// the code you received") and Spanish and Portuguese telling toward the sender ("dicta el código", "me passa a
// senha"); the reader's online banking logged into while the caller stays on the line; and card or bank details
// asked under a recovery pitch beside the word "scammers" (the object is identity and card details at once: the
// action that takes still takes, and the warning word does not set it down); a list of details whose last item is the
// code, reached over the items before it ("reply with your ID number, your mother's name and your wallet PIN").
// Counter-sentences: one-time-code notices that say never share it, in the same languages; a statement notice; a
// warning that quotes the login on a call; feedback asked kindly; a postal code or a coupon's code asked in Spanish and
// Portuguese (no secret: other words). Both brands, the rules alone (and never dangerous with the model); texts
// written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itIsNeverDangerous, itJudgesForms, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const LOGIN = fc
  .tuple(
    pick(['Bank security here. ', 'Cyber security centre: your phone is infected. ', 'Mobile operator: we will reissue your SIM. ']),
    pick(['Please read me your ', 'Give us your ', 'I just need your ', 'Reply with your ']),
    pick(['online banking ID', 'online banking password', 'internet banking login', 'e-banking password', 'coordinate card']),
    pick([' so we can protect it.', '.', ' right now.']),
  )
  .map((parts) => parts.join(''));
const LOGIN_ZH = fc
  .tuple(
    pick(['我是银行安全中心的，', '您的账户存在风险，', '']),
    pick(['麻烦把', '请把', '辛苦您把']),
    pick(['网银登录名和密码', '口令卡上的数字', '令牌上的数字', '网银用户名']),
    pick(['报给我。', '发给我核对一下。', '念给我听。']),
  )
  .map((parts) => parts.join(''));
const KINDLY = fc
  .tuple(
    pick(['Dear customer, ', 'Hello, this is the reversal desk. ', '']),
    pick(['kindly send ', 'kindly forward ', 'pls send ', 'kindly share ']),
    pick(['the 6 digit code you just received', 'the OTP sent to your phone', 'the PIN we texted you']),
    pick([' so we can stop the debit.', ' to complete your refund.', '.']),
  )
  .map((parts) => parts.join(''));
const IBERIAN = fc
  .tuple(
    pick(['Tu cuenta ha sido bloqueada. ', 'Hola, te llamo del banco. ', 'Olá, aqui é do banco. ']),
    pick(['Dicta el código que te llegó por SMS', 'Pásame la clave que te llegó', 'Me passa o código que chegou por SMS', 'Me manda a senha do aplicativo']),
    pick([' para cancelar la compra.', ' para desbloquearla.', ' para cancelar a compra.']),
  )
  .map((parts) => parts.join(''));
const WATCHED = fc
  .tuple(
    pick(['This is the fraud helpdesk. ', 'Bank security team: someone is moving money from your account. ', '工作人员：您的账户有风险，', '我是反诈中心的，']),
    pick(['Please log in to your online banking now', 'Log in to your banking app', '现在登录手机银行', '请打开网银']),
    pick([' while I stay on the line.', " and don't hang up.", '，电话不要挂。', '，保持通话，我一步步教您。']),
  )
  .map((parts) => parts.join(''));
const RECOVERY = fc
  .tuple(
    pick(['Recovery desk: ', 'Asset recovery team: ']),
    pick(['we can recover your losses and shut the scammers down. ', 'we track down scammers and recover your funds. ']),
    pick(['Reply with your bank details', 'Send us your bank details', 'Provide your bank details']),
    pick([' and the retainer will be invoiced.', ' to start.', '.']),
  )
  .map((parts) => parts.join(''));

const LISTED = fc
  .tuple(
    pick(['Support Programme: your payment is ready. ', 'Wallet team: your account will be closed today. ']),
    pick(['Reply with ', 'Send us ', 'Kindly send ']),
    pick(['your ID card number, your mother\'s name and your mobile wallet PIN', 'your full name, date of birth, home address and the one-time code', 'your national ID number, your date of birth and your card PIN']),
    pick([' to release it.', '.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'We will never ask for your name, date of birth, home address or your PIN by text.',
  'Please check that your name, address and phone number are correct in the app. Never share your PIN.',
  'Your one-time code is 482913. Never share it with anyone, not even bank staff.',
  'Log in to your online banking to view your new statement.',
  'Your online banking password was changed. If this was not you, call the number on the back of your card.',
  'We will never ask for your online banking login, PIN or one-time codes by phone, text or email.',
  'Never log in to your online banking while a caller stays on the line: that is how remote-access scams work.',
  '您正在登录手机银行，验证码482913，请勿告诉任何人。',
  '银行不会索要您的网银密码和口令卡上的数字，请勿告诉他人。',
  'Tu código de verificación es 482913. No lo compartas con nadie; el banco nunca te lo pedirá.',
  'Seu código de acesso é 482913. Não compartilhe com ninguém, nem com funcionários do banco.',
  'Kindly share your feedback about our service today.',
  'Mándame el código postal de tu casa para enviarte la invitación.',
  'Me passa o código do cupom de desconto, por favor.',
  'Kindly send the signed form to your branch by Friday.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a login or a code asked in other words (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['online banking logins and code cards (en)', LOGIN],
        ['网银登录名、口令卡 (zh)', LOGIN_ZH],
        ['kindly / pls imperatives', KINDLY],
        ['Spanish and Portuguese telling', IBERIAN],
        ['a login while the caller stays on the line', WATCHED],
        ['bank details under a recovery pitch naming scammers', RECOVERY],
        ['a list of details ending in a code', LISTED],
      ],
      'dangerous',
      30,
    );
  });
}
describe('genuine notices about logins and codes', () => {
  itIsNeverDangerous(GENUINE);
});
