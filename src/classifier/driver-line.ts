// A delivery driver's line (session 36): a courier's or delivery app's notice of a delivery under way names the driver
// and gives their number ("正在派送中，派送员赵师傅，电话170 …", "骑手郑师傅正在配送您的订单，骑手电话 170 …"). Couriers
// and platforms hand drivers relay numbers on the virtual-operator segments (170 / 171), which phone.ts flags as the
// segments scams favour; a number the notice gives as the driver's, in a delivery going to plan, is the driver's.
// Read only in a message that asks nothing (check.ts): the scam's courier notice has a delivery gone wrong (lost,
// held, intercepted, a wrong address), a fee, a code, a link or a chat to add, or a threat. Pure.
import type { Extracted } from './extract.ts';

/** The driver named just before the number ("派送员赵师傅，电话", "快递员冯师傅电话：", "骑手电话 "). */
const DRIVER_BEFORE =
  /(派送员|快递员|配送员|投递员|送货员|骑手|快递小哥)[\p{Script=Han}]{0,4}[,，:：]?\s*(联系)?(电话|手机|手机号)?\s*[:：]?\s*$/u;
const DRIVER_REACH = 16;

/** A delivery under way. */
const UNDER_WAY = /正在(为您)?(派送|配送|投递)|(派送|配送|投递)中/;

/** A delivery gone wrong, or anything a scam's courier notice goes on to: then the number is no driver's. */
const TROUBLE =
  /异常|丢失|丢件|破损|理赔|赔偿|退款|退费|拦截|滞留|错误|无法|违禁|涉嫌|警方|费|付款|支付|转账|扫码|微信|qq|链接|网址|验证码|加他|添加|改约|点击|http|www/i;

/** Is the number `f` the delivery driver's, given in a notice of a delivery under way? */
export function driverLine(text: string, f: Extracted): boolean {
  if (!UNDER_WAY.test(text) || TROUBLE.test(text)) return false;
  return DRIVER_BEFORE.test(text.slice(Math.max(0, f.start - DRIVER_REACH), f.start));
}
