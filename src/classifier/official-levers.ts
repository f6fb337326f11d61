// The levers a scam wearing the platform pulls while naming only the platform's own hotline, site or sender (session
// 39, issue 10): a code read out when "our agent" calls, an app to install that is not the platform's own, a charge
// the reader must ring to stop. (Money sent to an account the caller names is a destination, scam-concepts.yaml.)
// `official` vouches that the message asks nothing outside the genuine channel; a genuine notice of a lender pulls
// none of these (it tells of a repayment, a loan paid out, a limit raised, a code to keep, an update in the app store).
// Read on the concept families of the sender's own words (a warning's clauses are not among them: "we never ask you to
// move money" pulls nothing).

/** Which lever a message pulls, if any (asked only of a message whose contacts are all official: rare). */
export type OfficialLever = 'code-on-call' | 'foreign-app' | 'charge-to-stop';

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
  return undefined;
}
