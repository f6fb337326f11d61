// A relative's code chat settled (session 36): a message to a parent or grandparent about a code on their phone that
// the writer used themselves or that will never reach them ("你手机收到的那个6位数是我这边用的，用完了", "the code that
// came to your phone was mine, all done", "验证码只会发到我自己手机上"), ending with advice to give such codes to no one
// who asks ("以后谁问你要都别给", "if anyone asks you for a code, never give it"). The code is spoken of, not asked for.
// The "Hi mum" scam that shares these words asks for the code now — sent, read out, screenshotted, "what is it" —
// and keeps its reading. Pure; reads the normalised text (normalize-message.ts: simplified, half-width, lower case).

/** The chat opens by addressing a parent, grandparent or partner. */
const FAMILY_OPEN =
  /^\s*(?:(?:hi|hey|hello)\s+)?(?:妈妈?|老妈|爸爸?|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老公|老婆|mum|mom|mummy|mommy|dad|daddy|grandma|granny|grandpa|grandad|nan|nana)(?![a-z])/;

/** Advice to give such codes to no one who asks. */
const NEVER_GIVE =
  /(?:谁|有人|任何人|别人|其他人|陌生人)[^。.!?！？]{0,16}(?:要|问|索要|找)[^。.!?！？]{0,14}(?:别给|不要给|不能给|千万别|别告诉|不要告诉|别说|不要说)|\b(?:anyone|anybody|someone|somebody|whoever)\b[^.!?]{0,40}\b(?:asks?|calls?|phones?|rings?|texts?)\b[^.!?]{0,40}\b(?:don'?t|do not|never)\b[^.!?]{0,10}\b(?:give|tell|share|read)\b|\bnever (?:give|share|tell) (?:those|these|such|any|a|the)? ?codes?\b[^.!?]{0,30}\b(?:anyone|anybody)\b/;

/** The code handed to the writer, replied, put into a link or page, or asked what it is: the scam's ask. */
const HANDED_BACK =
  /回复|回给我|发来|链接|网址|网页|页面|\b(?:reply|respond)\b|\b(?:link|page|site|website)\b|发给我|发我(?:一下|下|吧|呗|啊|[,，.。!?！？]|$)|告诉我|念给我|报给我|读给我|截图给我|截图发|给我看|转给我|转发给我|拍给我|发过来|发一下|念一下|报一下|读一下|是多少|是什么|是几|\b(?:send|text|tell|read|forward|give|pass)\b (?:it |them |the code |that code |the number |the digits )?(?:back )?(?:to )?(?:me|us)\b|\bwhat(?:'s| is| was) (?:the|that) code\b|\bread it (?:back|out)\b/;

/** Is the text a relative's code chat settled by the writer, asking nothing back? */
export function settledOwnCode(text: string): boolean {
  return FAMILY_OPEN.test(text) && NEVER_GIVE.test(text) && !HANDED_BACK.test(text);
}

/** A hit read off the code's own words (its topic, or a code word in its text). */
export const CODE_WORDS_IN_HIT = /验证码|校验码|动态码|短信码|位数|数字|\b(?:code|codes|otp|passcode)\b/;
