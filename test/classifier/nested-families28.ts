// Own sentences in the forms each pruned nesting pair reaches (content/concept-nesting.yaml `reads`): scams and
// genuine texts, zh and en, written for session 28 from the scripts public warnings describe — never from the corpus.
// Run under START28 and the branch (session 28's report): no scam lower, no genuine higher. (Three sentences written
// for it were read wrongly on START28 already and are left out: reported to the lead, not this table's business.)
export const NESTED_ROWS: readonly (readonly [string, 'scam' | 'genuine', string])[] = [
  // loan-fee words are fees
  ['您的贷款已审批通过，放款前需先缴纳解冻费800元，缴纳后立即到账', 'scam', 'loan-fee:fee'],
  ['额度已批，请先交工本费和审核费共600元到下面账户，否则无法放款', 'scam', 'loan-fee:fee'],
  [
    'Your loan is approved. Pay the activation fee of 150 dollars first and the money will be released today.',
    'scam',
    'loan-fee:fee',
  ],
  ['正规平台放款前不收取任何解冻费、审核费，凡是要求先交费的都是诈骗', 'genuine', 'loan-fee:fee'],
  [
    'We never charge a processing fee before you receive your loan. Anyone asking for one is not us.',
    'genuine',
    'loan-fee:fee',
  ],
  // a safe, designated or supervised account is an account; a fund check holds the money
  ['你名下账户涉嫌洗钱，请立即把资金转入安全账户配合调查，不要告诉家人', 'scam', 'destination:account'],
  ['配合资金清查，把存款全部转到监管账户，查完原路退回', 'scam', 'destination:money'],
  ['还款请转到我们的指定账户，今天不处理就上报征信', 'scam', 'their-account:account'],
  [
    'Move your savings into the safe account we set up for you, the bank staff are involved.',
    'scam',
    'destination:account',
  ],
  ['Please repay to the designated account below today to avoid legal action.', 'scam', 'their-account:account'],
  ['公安机关没有所谓的安全账户，任何要求转账到安全账户的都是诈骗', 'genuine', 'destination:account'],
  ['还款只能在App内完成，我们不会让你转到任何个人账户', 'genuine', 'their-account:account'],
  [
    'There is no such thing as a safe account. Police will never ask you to move money.',
    'genuine',
    'destination:account',
  ],
  // card details hold the account
  ['为核实身份，请把银行卡号和密码发给我，审核后马上放款', 'scam', 'card-details:account'],
  ['Reply with your card number and the PIN so we can verify your identity.', 'scam', 'identity:account'],
  ['您尾号6621的银行卡信息已更新成功，如非本人操作请通过官方App查询', 'genuine', 'identity:account'],
  [
    'Your card number ending 4410 was added to your wallet. If this was not you, call the number on the back of your card.',
    'genuine',
    'identity:account',
  ],
  // a telling phrase holds its object and its "to me"
  ['我是平台客服，把收到的短信验证码拍给我，马上帮你退款', 'scam', 'tell:to-me'],
  ['核实身份需要你报卡号和卡背面三位数，报完就给你解冻', 'scam', 'tell:account'],
  ['Send it to me now, the code we just texted you, or the refund is cancelled.', 'scam', 'tell:to-me'],
  ['Got the invoice? Send it to me when you can and I will file it with the others.', 'genuine', 'tell:to-me'],
  // a card handed over or posted is a transfer of the account
  ['您的银行卡涉案需要冻结，请把银行卡邮寄到以下地址，我们核查后寄回', 'scam', 'transfer:account'],
  [
    'A courier will collect your bank card this afternoon for safekeeping, hand it over in a sealed envelope.',
    'scam',
    'transfer:account',
  ],
  ['新卡已寄出，请注意查收，收到后请在App内激活', 'genuine', 'transfer:account'],
  [
    'Never hand over your card to anyone who comes to your door, even if they say they are from the bank.',
    'genuine',
    'transfer:account',
  ],
  // a transfer phrase holds the money it moves
  ['Send money to this number today or the police will come to your house.', 'scam', 'transfer:money'],
  ['银行卡涉嫌洗钱，把钱取出现金交给上门的工作人员保管', 'scam', 'transfer:money'],
  ['Can you send money for the groceries? I will pay you back on Friday.', 'genuine', 'transfer:money'],
  // a credit repair holds the credit record; closing a student account holds the account
  ['我们可以帮你做征信修复，先交500元服务费就能删除逾期记录', 'scam', 'reason-credit:reason-record'],
  ['您的学生账户需要注销，否则影响征信，请按我说的操作转账', 'scam', 'reason-cancel:account'],
  ['征信修复都是骗局，个人征信只能通过人民银行征信中心查询', 'genuine', 'reason-credit:reason-record'],
  ['如需关闭账户，请在App设置中自助办理，无需联系任何人', 'genuine', 'reason-cancel:account'],
  // a lure or a new number holds the private chat it moves to
  ['详情加我微信聊，日赚三百，名额有限', 'scam', 'lure:private-channel'],
  ['妈，我换微信了，先加这个新微信，急用钱帮我转一下', 'scam', 'family:private-channel'],
  [
    'Message me on WhatsApp for details, earn 500 a day from home, only three places left.',
    'scam',
    'reason-channel:private-channel',
  ],
  ['我换微信了，新号发你了，周末聚会的事在新号上说', 'genuine', 'family:private-channel'],
  // a fee to unfreeze, a release, a membership to pay: pairs left unreviewed (a warning naming 解冻金 was raised), kept
  // here as sentences of the fee forms
  ['Pay the unfreeze fee now to unlock your loan today.', 'scam', 'release:reason-loan'],
  ['开通VIP会员后才能提现，先交会员费', 'scam', 'advance:fee'],
  ['您的借款已放款到账。我们不会以任何名义收取解冻金或会员费。', 'genuine', 'loan-fee:redeem'],
  ['Your loan has been paid into your account. We never ask for an unfreeze fee.', 'genuine', 'release:reason-loan'],
];
