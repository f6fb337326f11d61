// A "new official channel" that is a chat account (session 28): "原客服热线已停用，请以后通过微信号…联系", "our hotline is no
// longer in service, please contact us on WhatsApp". The fake customer service and the fake consulate plant their own
// chat as the official line — police, banks and consulates in China, Taiwan, Malaysia, Kenya and the UK warn that a
// service never moves its business to a private chat account. A channel said to have moved (reason-channel) and a chat
// account named beside it are the move to a private chat itself. Every form judged by the rules alone, zh and en
// (traditional forms through the normaliser). Counter-sentences: a hotline upgraded to another hotline, a bank's
// WeChat official account, a brand's broadcast channel, a warning quoting the tactic, an app retired for the store's.
// Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['【某某银行】', '【领事服务】', ''],
  ['原客服热线已停用，', '官方App已停止使用，', '客服电话已变更，'],
  [
    '请以后通过微信号 kefu_2266 联系我们。',
    '请加入官方LINE @svc-8821 办理业务。',
    '请添加客服WhatsApp +60 11-5550 2231 获取服务。',
    '后续业务请在Telegram联系 @help_desk_88。',
  ],
);
const TRADITIONAL = [
  '原熱線已停用，請加入官方LINE @svc-8821 取得協助。',
  '舊的客服電話已停用，以後請用微信號 kefu_2266 聯絡。',
];
const EN = combos(
  ['Notice: ', 'Consular services: ', ''],
  [
    'our old hotline is no longer in service. ',
    'our app has been discontinued. ',
    'our customer care number has changed. ',
  ],
  [
    'Please contact us on WhatsApp at +254 700 555 123.',
    'Add our official Telegram @care_desk for help.',
    'Message our support on Viber from now on.',
  ],
);

const GENUINE = [
  '客服热线已升级为95588，App内在线客服不变。',
  '欢迎关注我行官方微信公众号，查询账单更方便。',
  '警方提醒：自称“客服热线已停用、请加微信”的，都是假客服，请拨打官方热线核实。',
  'Our WhatsApp channel is now live! Follow us for news and offers.',
  'Our old app will stop working on 1 June. Download the new version from the App Store.',
  'For questions about your order, call 400-800-1234 or chat with us in the app.',
  '客服热线已变更为 400-888-1234，也可在App内联系在线客服。',
  'Our hotline number has changed. Follow our WhatsApp channel @brandnews for updates.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a new official channel that is a chat account (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
