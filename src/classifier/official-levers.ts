// The levers a scam wearing the platform pulls while naming only the platform's own hotline, site or sender (session
// 39, issue 10): a code read out when "our agent" calls, an app to install that is not the platform's own, a charge
// the reader must ring to stop; session 40 added a refund paid only through a call back, money moved out of the
// reader's account, and a fee or tax paid before the reader's own money arrives; session 41 a line said out of use with
// another number or a chat offered in its place, a fee for debt relief, an investment group or mentor, a payment in
// crypto or gift cards. (Money sent to an account the caller
// names is a destination, scam-concepts.yaml.)
// `official` vouches that the message asks nothing outside the genuine channel; a genuine notice of a lender pulls
// none of these (it tells of a repayment, a loan paid out, a limit raised, a code to keep, an update in the app store).
// Read on the concept families of the sender's own words (a warning's clauses are not among them: "we never ask you to
// move money" pulls nothing).

/** Which lever a message pulls, if any (asked only of a message whose contacts are all official: rare). */
export type OfficialLever =
  | 'code-on-call'
  | 'foreign-app'
  | 'charge-to-stop'
  | 'refund-by-call'
  | 'money-out'
  | 'fee-to-receive'
  | 'line-moved'
  | 'relief-fee'
  | 'invest-group'
  | 'odd-payment';

// An app's name in quotation marks, right before the word app ("下载“安心借安全”App", "install our 'X Secure' app").
const QUOTED_APP = /[“"「『'‘]([^”"」』'’]{2,24})[”"」』'’]\s*(?:app|应用|软件|客户端|application)/gi;
// The stores a genuine update sends its reader to: the app named there is the store's listing, not a file.
const STORE = /应用商店|应用市场|应用宝|app ?store|google play|play store|app gallery/i;

// A call asked to stop a charge ("如需关闭请拨打…", "to cancel, call …"), not a switch in the app.
const CALL_TO_STOP =
  /(?:关闭|取消|退订|停止|解除)[^。；;]{0,8}(?:拨打|致电|来电|联系客服|电话联系)|\b(?:cancel|stop|turn (?:it )?off|opt out)\b[^.!?]{0,30}\b(?:call|ring|phone|dial)\b|\b(?:call|ring|phone|dial)\b[^.!?]{0,30}\bto (?:cancel|stop|opt out)\b/i;

// The staff's call as the moment of the request ("when our agent calls", "客服来电时").
const ON_THE_CALL =
  /\b(?:when|while|once|after) (?:our|the|an?|your) (?:agent|advisor|adviser|staff|representative|officer|specialist|team|manager)\b[^.!?]{0,20}\bcalls?\b|(?:客服|专员|工作人员|经理)[^，。,]{0,6}(?:来电|致电您|给您打电话|打电话给您)(?:时|后)/i;

// A refund or compensation paid only through a call back (session 40): "提交申请后致电…，由专员回电为您办理到账",
// "claim it in the app, then call … so our agent can complete the refund". A genuine refund goes back to the card by
// itself ("原路退回，无需任何操作"); the call is where the refund script's screen share or loan starts.
const REFUND_BY_CALL =
  /(?:回电|回拨|专员来电|专员致电|致电[^。，,]{0,6}后)[^。！？]{0,12}(?:办理|完成|领取|到账|指引|指导)|(?:提交申请|领取|申请)后[^。，,]{0,4}(?:致电|回拨|拨打)|\b(?:call|ring|phone)\b[^.!?]{0,30}\b(?:so (?:that )?|and )(?:our|an|the) (?:refunds? )?(?:agent|adviser|advisor|team|specialist) (?:will|can) (?:complete|process|release|finish|walk you through|pay|issue|arrange)\b/i;

// The reader's money moved out of the account for a "check" (session 40): "按王经理指引将资金转出核验", "move your
// savings to …". A lender's notice never asks its borrower to move money out; one that has moved it reports it (已转出).
const MONEY_OUT =
  /(?:资金|余额|存款|钱款|款项)[^，。,]{0,4}(?<![已成功])(?:转出|转走|转移|取出)|\b(?:move|transfer|withdraw)\b (?:all )?(?:of )?(?:your|the) (?:money|funds|balance|savings)\b/i;

// A fee or tax paid before the reader's own money arrives (session 40): "提现需支付个人所得税800元，缴纳后即可到账",
// "pay the 5% release fee to receive your funds". A lender takes its fees from the loan or the repayments; a tax on a
// withdrawal is never collected by the platform up front. (Not a bill paid to restore a limit: 恢复 is not read.)
const PAY_TO_RECEIVE =
  /(?:缴纳|支付|交纳|充值|存入|缴清)[^。！？]{0,24}?(?:后|之后)(?:即可|才能|方可|便可|才可)(?:到账|提现|放款|领取|出款|解冻|退还|退回)|\bpay\b[^.!?]{0,40}\bto (?:receive|release|unlock|withdraw|claim|get) (?:your|the|it)\b/i;

// The platform's own line said out of use (session 41): the old hotline said stopped, retired or under maintenance —
// and another number or a chat offered in its place (a "new" service line, "call our new team on …"). A lender's line does not move by text; the fake "new
// official number" is the line the caller answers (fake customer-service scripts; police on 客服电话变更 texts). A
// genuine outage sends the reader to the app, not to a number the extractor did not read as the brand's.
const LINE_OUT =
  /(?:热线|客服(?:电话|号码|专线)?|专线|服务电话|官方电话)[^。！？]{0,12}(?:停用|停止(?:服务|使用|接听)|暂停(?:服务|使用|接听)|不再(?:受理|使用|接听|提供)|已(?:经)?(?:变更|更换|更改))|\b(?:old|previous|former|current) (?:number|line|helpline|hotline)\b[^.!?]{0,30}\b(?:no longer|not be answered|will not|won't|stop|closed|retired|out of (?:use|service))|\b(?:customer service|support|helpline|hotline|service) (?:number|line)?\s*(?:has|have) changed\b|\b(?:being retired|is retired|under maintenance|out of service)\b/i;
const LINE_ELSEWHERE =
  /改拨|新(?:的)?(?:专属)?(?:客服)?(?:电话|热线|专线|号码|号|客服)|更换为|变更为|更改为|微信|qq|whatsapp|telegram|\bline\s*[:：@]|\bnew (?:number|line|helpline|hotline|team|support)\b|\b(?:now|instead)\b[^.!?]{0,30}\bon \+?\d|\bphone only on\b/i;
// (Not the app: "客服热线维护期间暂停服务，请使用App在线客服" sends the reader to the platform's own place.)
const LINE_TO_APP =
  /\bin (?:the|our) app\b|\bapp\b[^.!?]{0,12}\bchat\b|(?:app|官网|官方)[^。，,]{0,6}(?:在线客服|客服)|在线客服/i;

// A fee paid up front for debt relief (session 41): "停息挂账需先缴纳协商服务费800元", "cut your balance by 60% for a
// one-off negotiation fee" — the debt-negotiation agent's charge; a lender that agrees a plan takes no fee for it.
// (Not a fee waived, "为您减免逾期手续费", nor an instalment's own fee: 分期 is not read.)
const RELIEF_FEE =
  /(?:停息挂账|协商|债务优化|债务重组|减免)[^。！？]{0,24}(?:先|需|须)(?:缴纳|支付|交|付)[^。！？]{0,8}(?:费|金)|\b(?:negotiation|settlement|relief|hardship|reduction|restructuring) fee\b|\b(?:cut|reduce|lower|halve) your (?:balance|debt|arrears)\b[^.!?]{0,40}\bfee\b/i;
// An investment group, a mentor's picks or a return promised (session 41): "资深导师每日带单，稳赚不赔", "our mentor
// shares daily stock picks with guaranteed returns" — the investment scam's group; a lender runs no such thing.
const INVEST_GROUP =
  /带单|荐股|稳赚|保本高收益|收益翻倍|理财群|投资群|炒股群|导师|\bstock picks?\b|\bguaranteed (?:returns?|profits?|income)\b|\b(?:trading|investment|crypto) (?:mentor|teacher|group|signals?|club)\b|\bmentor\b/i;
// A repayment or fee paid in crypto or gift cards (session 41): "repay in USDT for a discount", "clear your balance with
// Apple gift cards" — money no lender takes and no one can reverse.
const ODD_PAYMENT =
  /\b(?:usdt|bitcoin|btc|crypto(?:currency)?|wallet address|gift ?cards?|itunes cards?|google play cards?|steam cards?|prepaid cards?)\b|泰达币|比特币|虚拟币|钱包地址|礼品卡|购物卡|游戏卡|充值卡/i;
// A warning's own clause names them to refuse them ("我们没有理财带单群", "we never take gift cards"): not the lever.
// (稳赚不赔 and 不亏 promise, not refuse.)
const CLAUSE_NEGATED = /不(?![赔亏])|没有|从未|绝不|无需|\b(?:never|not|no|don't|doesn't|won't|nor)\b/i;
const SCAM_NAMED = /诈骗|骗局|骗子|\b(?:scams?|scammers?|fraud|fraudsters?)\b/i;
function saidInOwnClause(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  const clause = before.slice(
    Math.max(...['，', '。', ',', '.', '!', '?', '；', ';', '！', '？'].map((c) => before.lastIndexOf(c))) + 1,
  );
  if (CLAUSE_NEGATED.test(clause + m[0])) return false;
  // (Nor a sentence that calls what it names a scam: "自称导师拉您进投资群的都是诈骗".)
  const end = text.slice(m.index).search(/[。！？!?]|\.(?:\s|$)/);
  const sentence = text.slice(
    Math.max(...['。', '！', '？', '!', '?', '. '].map((c) => before.lastIndexOf(c))) + 1,
    end < 0 ? text.length : m.index + end,
  );
  return !SCAM_NAMED.test(sentence);
}

/** Does the message ask the reader to install an app named something other than the brand? */
function foreignApp(text: string, names: readonly string[]): boolean {
  if (STORE.test(text)) return false;
  for (const m of text.matchAll(QUOTED_APP)) if (!names.includes(m[1]!.trim())) return true;
  return false;
}

export function officialLever(
  families: ReadonlySet<string> | undefined,
  text: string,
  names: readonly string[] = [],
): OfficialLever | undefined {
  if (!families) return undefined;
  const f = (name: string) => families.has(name);
  // A code beside the staff's call ("enter the code we send you when our agent calls"): the code is for the caller.
  // (Not the staff's hotline given beside a password-change notice, for the reader to call if it was not them.)
  if (f('secret') && (f('promised-call') || ON_THE_CALL.test(text))) return 'code-on-call';
  // An app to install named otherwise than the brand ("“安心借安全”App", "“安心借金融”APP").
  if (f('install') && f('app') && foreignApp(text, names)) return 'foreign-app';
  // A charge announced and a call to stop it ("自动扣费每月800元，如需关闭请拨打…"): a genuine renewal is turned off in
  // the app; the call is where the refund-for-cancellation script starts.
  if (f('auto-renewal') && CALL_TO_STOP.test(text)) return 'charge-to-stop';
  // A refund or compensation that arrives only through a call back with the staff.
  if ((f('reason-refund') || f('reason-prize') || f('money') || f('staff')) && f('call') && REFUND_BY_CALL.test(text))
    return 'refund-by-call';
  // Money moved out of the reader's account at the sender's word (a report of it moved carries 已, not read).
  if (f('transfer') && f('money') && MONEY_OUT.test(text)) return 'money-out';
  // A fee or a tax paid before the reader's own money arrives.
  if (f('pay') && PAY_TO_RECEIVE.test(text)) return 'fee-to-receive';
  // The platform's line said out of use, with another number or a chat offered in its place.
  if (LINE_OUT.test(text) && LINE_ELSEWHERE.test(text) && !LINE_TO_APP.test(text)) return 'line-moved';
  // A fee for debt relief, an investment group or mentor, a payment in crypto or gift cards.
  if (saidInOwnClause(RELIEF_FEE, text)) return 'relief-fee';
  if (saidInOwnClause(INVEST_GROUP, text)) return 'invest-group';
  if (saidInOwnClause(ODD_PAYMENT, text)) return 'odd-payment';
  return undefined;
}
