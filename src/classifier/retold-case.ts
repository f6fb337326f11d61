// A case retold (session 41, issue 10): police appeals, banks' and schools' alerts and relatives' forwards tell what
// was done to someone else — "an 88-year-old man was told by 'police' to withdraw £3,300", "customers have told us
// about calls … asking them to move money", "好多留学生接到“使馆”电话说护照涉案、要交保证金" — and the request in
// them is the tactic described, made of that third party, not of the reader. scam-language.ts reads such a clause as
// narrated (as it reads a Chinese write-up opening on its subject, THIRD_PERSON_START) up to the first clause that turns
// to the reader. Strangers only (a, several, residents, 市民 …): a reader's own relative on a live call ("my mum got a
// call", "我妈接到电话") is the scam reported, read as it was (FIRST_PERSON_REPORT).
/** Someone else — a stranger or a group, never "your …" — who took a call, a text or a visit, was told or talked into
 *  something, or lost money to it; or reports of such calls (text as normalised: lower case). */
const RETOLD_EN =
  /(?<!\byour )\b(?:(?:an?|one|two|three|four|five|six|several|some|many|other|more|\d+|dozens of|hundreds of|a number of)\s+(?:[\w'-]+\s+){0,3}?(?:man|woman|men|women|lady|gentleman|person|people|couple|resident|residents|customer|customers|member|members|victim|victims|student|students|parent|parents|pensioner|pensioners|grandparents?|grandmother|grandfather|neighbou?rs?|colleagues?|retirees?|seniors?|parishioners?|tenants?|shoppers?|users?|employees?|families|pupils?|travell?ers?)|(?:^|[:;]\s*|\b(?:after|when|where|as)\s+)(?:residents|customers|members|victims|students|parents|pensioners|grandparents|people|seniors|parishioners|tenants|users|families|shoppers|employees|older people|elderly people)|\b(?:elderly|older) (?:man|woman|couple|resident|residents|people))\b[^.!?;]{0,60}?\b(?:got|get|gets|received?|receiving|had|have had|has had|took|answered|reported|report|told us about|complained about|(?:was|were|is|are|have been|has been|being) (?:called|phoned|rung|texted|emailed|messaged|contacted|approached|visited|told|asked|persuaded|talked into|tricked|conned|targeted|scammed|duped)|lost|fell for|handed over)\b|\breports of (?:scam |fake |bogus )?(?:calls|texts|emails|messages|callers)\b/;

/** … the same in Chinese, said within a sentence (a relative's or a class group's forward: "说最近好多中国留学生接到…电话
 *  说…"), where THIRD_PERSON_START reads only a sentence's opening subject. */
const RETOLD_ZH =
  /(?<![你您我])(?:有|多名|多位|不少|好多|很多|许多|一些|部分|个别|几名|几位|一名|一位|一个|有位|有个)(?:中国|本地|辖区|外地|在外)?(?:市民|居民|群众|老人|留学生|学生|同学|家长|客户|用户|网友|事主|男子|女子|阿姨|大爷|老太太?|街坊|婆婆|伯伯|民眾|旅客|老年人|员工|租客|业主|商户)[^，,。！？；]{0,12}?(?:接到|收到|遇到|反映|被骗|上当|报案|轉咗|接到咗|收到咗)/;

/** A retold case's clause, or the English "you" of the speech it reports ("callers claiming you missed jury duty",
 *  "who say your visa is cancelled"): the caller's words, not the sender turning to the reader. */
const REPORTED_YOU =
  /\b(?:say|says|said|saying|claim|claims|claimed|claiming|tell|tells|told|telling|warn|warns|warning) (?:that )?(?:you|your)\b|\bwe(?:'ve|'re| have| are| were)? (?:had|received|getting|seen|heard of) (?:several |many |some |more |a number of )?reports\b/g;

/** Does the text (or one clause of it) retell someone else's case (a stranger's or a group's, not the reader's
 *  relative)? Asked of the whole text first: a clause of a text that retells none cannot. */
export const retellsCase = (text: string): boolean => RETOLD_ZH.test(text) || RETOLD_EN.test(text);

/** A request made of "him" or "her" (FIRST_PERSON_REPORT reads it as a relative steered on a live call): in a
 *  stranger's case retold, the write-up's own account of the steering. */
const STEERED = /\b(?:told|asked|wanted) (?:her|him)\b|[让叫要][他她][把去]/g;

/** The sentence with its steering of a third party blanked, for the own-case test of a retold case. */
export const withoutSteered = (sentence: string): string => sentence.replace(STEERED, ' ');

/** A clause opening on an order with no "you" or "please" ("register at …", "add the mentor on WhatsApp", "点击链接…"):
 *  the sender turning to the reader after a testimonial ("many members received their payout today, register now"),
 *  which ends a retold case's narration as a "you" does. */
const TURNS =
  /^[\s"'“‘「『【(（]*(?:(?:now|so|then|just|simply) )?(?:click|tap|visit|join|register|sign up|add|pay|send|transfer|call|ring|text|reply|download|install|scan|contact|message|whatsapp|invest|deposit|claim|verify|confirm|log ?in|sign in|open|follow|apply|book|enter)\b|^[\s"“‘「『【(（]*(?:点击|点开|添加|加微信|加qq|联系|下载|扫码|注册|转账|私信|私聊|领取|申请|充值|投资)/;

/** Does a clause after a retold case turn to the reader with an order? */
export const turnsToReader = (clause: string): boolean => TURNS.test(clause);

/** The clause with the reader's "you" of reported speech blanked: what is left shows whether it turns to the reader. */
export const withoutReportedYou = (clause: string): string =>
  clause.includes('you') ? clause.replace(REPORTED_YOU, ' ') : clause;
