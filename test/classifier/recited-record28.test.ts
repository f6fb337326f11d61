// A caller reading the reader's own record back (session 28): "我这边看到您上月在网上买了…，收货地址是…", "您是不是毕业于…、
// 住在…？", "I can see here that you …", "I have your ID number on my screen". Leaked data recited so that the call seems
// official is the opener of the fake customer-service, fake lender and fake bank scripts — Taiwan's 165, mainland
// police and banks in Bangladesh, Kenya and the UK warn that a caller who knows your order, address or ID proves
// nothing. The recital is the `guided` lever (as an ID number read out with 对吗 already is). Every form judged by the
// rules alone, zh and en (traditional forms through the normaliser). Counter-sentences: a shop's own dispatch notice,
// a courier, a statement, an estate agent. Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['您好，', ''],
  [
    '我这边看到您上个月在网上买了一台吹风机，收货地址是XX路88号，',
    '我们这边查到您是XX大学毕业的，',
    '您是不是毕业于某某职业学院、现在住在XX花园？',
    '我这边显示您上周在某平台买过一双鞋，',
  ],
  ['您的订单被误设成了每月自动扣款。', '您在我们平台还有一笔学生贷款记录需要核实。', '您的借款账户有异常需要处理。'],
);
const TRADITIONAL = [
  '我這邊看到您上月在網購平台買了保健品，訂單被誤設為分期扣款。',
  '您是不是住在XX新村？我們這邊查到您有一筆借款紀錄要核實。',
];
const EN = combos(
  ['Hello, ', ''],
  [
    'I can see here that you ordered a hair dryer last month and live at 12 Hill Road. ',
    'I have your ID number and address on my screen. ',
    'I can see on my system that you bought shoes from our store. ',
  ],
  [
    'Your order was set up as a monthly subscription by mistake.',
    'There is a loan record under your name we need to verify.',
    'Your account shows a withdrawal we need to confirm with you.',
  ],
);

const GENUINE = [
  '您在XX商城购买的吹风机已发货，收货地址：XX路88号，预计明天送达。',
  '您好，我这边是快递员，您的快递放在小区门口驿站了，记得取。',
  '您好，您本月账单已出，应还金额1,250元，请在App内还款。',
  '我这边看到您的快递已经签收了，有问题随时找我。',
  'Your order #5521 has shipped to 12 Hill Road. Track it in the app.',
  'I can see you are interested in the flat on Hill Road. When would you like a viewing?',
  'Your statement is ready. Log in to the app to see your balance.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a caller reading the reader's record back (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
