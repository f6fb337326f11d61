// A screen shared or a laptop set up on an occasion the reader has at work or in class (session 38, genuine-forms38
// `work-meeting`): an onboarding's first day, an IT ticket the reader opened, an interview, a course, a team's call
// "as agreed". Such a message asks the reader to share their screen or accept the IT desk's remote help, as remote
// access scams do; what the scams add is what this leaves out: money, a bank or loan, a refund, a code, the police,
// a virus, or a consumer remote tool (AnyDesk, TeamViewer, 向日葵 …). Sentences that negate ("they will never ask for
// your password", "不要告诉任何人") are advice and are not searched for those words. Reads the normalised text.
const OCCASION =
  /\b(onboarding|first day|new (starter|hire|joiner|laptop)|work laptop|your ticket|ticket (no\.? ?|#)?[a-z]{0,4}\d{4,}|interview|class|lesson|lecture|tutor|course|webinar|stand-?up|sprint|as agreed|as discussed|team (call|meeting)|(sales|project|quarterly|design|code) review)\b|入职|新员工|新同事|工单|报修|面试|上课|课堂|网课|培训|家长会|班会|复盘|例会|周会|答辩/;
const DANGER =
  /\b(bank|banking|loan|refund|money|transfer|payment|pay|fee|deposit|wallet|crypto|bitcoin|usdt|invest\w*|trading|profit|police|officer|virus|infected|hacked|compromised|anydesk|teamviewer|rustdesk|ultraviewer|codes?|otp|pin|card)\b|银行|贷款|借款|网贷|退款|理赔|转账|汇款|付款|缴费|费用|资金|冻结|解冻|征信|公安|警察|民警|法院|病毒|中毒|被黑|向日葵|todesk|验证码|卡号|客服/;
// A sentence that negates or warns is advice: its words are not what the message asks.
const ADVICE = /\b(never|not|don'?t|won'?t)\b|不会|不要|切勿|请勿|不得|谨防/;
const SENTENCES = /[^.!?。！？\n]+/g;
// The bank an employer names for the salary card ("工资卡办招商银行的", "open a salary account at …") is HR's routine.
const SALARY_BANK =
  /工资卡[^，,。]{0,8}银行|银行[^，,。]{0,6}工资卡|\b(salary|payroll) account (at|with)\b[^.,]{0,30}/g;

/** Is the message's screen share or remote help the reader's own work's or class's (no money, code or scam tool)? */
export function ownWorkShare(text: string): boolean {
  if (!OCCASION.test(text)) return false;
  for (const s of text.replace(SALARY_BANK, ' ').match(SENTENCES) ?? [])
    if (!ADVICE.test(s) && DANGER.test(s)) return false;
  return true;
}
