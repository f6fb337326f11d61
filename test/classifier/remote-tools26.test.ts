// The sender's technician let into the reader's computer or phone (session 26): "install the scanner tool I'm sending
// you so we can clean your computer remotely", the remote tools consumer warnings name (RustDesk, UltraViewer,
// AirDroid …), 远程连接 / 远程杀毒 in Chinese. Control of the reader's device is asked by no genuine sender: dangerous
// by the rules alone. Counter-sentences: the reader's own lost-device service ("lock or erase your phone remotely"),
// remote work, a card locked remotely in the bank's app, a warning that names the tools. Both brands; texts written
// for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itIsNeverDangerous, itJudgesForms, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['Bank security here: your e-banking is infected. ', 'Tech support: we detected a virus on your device. ', 'Internet provider: your router was hacked. ']),
    pick(['Install the scanner tool ', 'Download the security tool ', 'Install RustDesk ', 'Open UltraViewer ']),
    pick(["I'm sending you ", 'from our page ', '']),
    pick(['so we can clean your computer remotely.', 'so we can fix your computer remotely.', 'so our engineer can connect to your phone remotely.', 'and we will take control of your computer to remove it.']),
  )
  .map((parts) => parts.join(''));
const ZH = fc
  .tuple(
    pick(['您好，我是银行安全中心的，', '网络安全中心提醒：您的电脑中了病毒，', '客服：您的手机存在风险，']),
    pick(['请下载', '请安装', '麻烦打开']),
    pick(['这个软件，我们远程杀毒。', '瑞友，我们远程连接帮您处理。', '我发给你的软件，方便远程清理。']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'Find My Device: open the app to lock or erase your phone remotely.',
  'Lost your card? Open the app to lock it remotely in seconds.',
  'Starting Monday the whole team will work remotely; open the calendar for the new schedule.',
  'Banks never ask you to install RustDesk, UltraViewer or AnyDesk. Hang up if a caller does.',
  '公司通知：下周起远程办公，请打开邮箱查看排班。',
  '警方提醒：凡是要求下载远程软件、远程控制手机的都是诈骗。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`the sender into the reader's device (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a tool installed for a remote clean-up (en)', EN],
        ['远程连接、远程杀毒 (zh)', ZH],
      ],
      'dangerous',
      30,
    );
  });
}
describe('the reader\'s own remote services and warnings', () => {
  itIsNeverDangerous(GENUINE);
});
