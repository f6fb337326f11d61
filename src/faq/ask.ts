// Who asks whom for what. A product question and a scam story share their words (a fee, a refund, a freeze, a
// code, 征信, a link, verify); what tells them apart is the ask: in a scam someone else asks the user for money, a
// code, a transfer, an install or a call; in an account question the platform acts on the user's own account (it
// blocked the card, moved the loan, asks for a document in its own app) or the user is told to act in the official
// channel ("让我在app里还", "told me to pay in the app"). This reads each ask's asker and place from the words around
// it (content/routes.yaml product.platform, .directive, .channel) instead of a list of whole questions; a contact word
// may also be the user's own party — their family speaking, the platform's own medium, an official body the user
// reaches (product.kin … .bodies: ownParty).
import type { CueFamily, CueList, CueReading, Router } from './route.ts';

interface Hit {
  start: number;
  end: number;
}

const GLOBAL = new WeakMap<CueList, RegExp>();
/** Every match of a cue list in a text, left to right. */
export function allHits(list: CueList, text: string): Hit[] {
  let re = GLOBAL.get(list);
  if (!re) {
    re = new RegExp(list.pattern.source, 'g');
    GLOBAL.set(list, re);
  }
  const out: Hit[] = [];
  for (const m of text.matchAll(re)) if (m[0]) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** How far apart two places in a text are: Chinese characters and Latin words counted alike. */
export function unitsBetween(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  return (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) + (s.match(/[a-z0-9]+/g)?.length ?? 0);
}

/** An actor or a place further than this from an ask (characters or words) is in another clause. */
const NEAR = 10;
const OBJECT = /[卡账帐号]/;
const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

interface Scene {
  text: string;
  /** The platform's own names (product.platform). */
  platform: Hit[];
  /** The user's own call to the platform's hotline (product.official): who answers it is the platform. */
  official: Hit[];
  /** Anyone who could be the one asking: a contact cue or a person (product.person). */
  people: Hit[];
  contact: Hit[];
  says: Hit[];
  me: Hit[];
  directive: Hit[];
  channel: Hit[];
  request: Hit[];
  saysOnly: RegExp;
  /** product.kin, .media, .reach, .bodies: read on the first contact the platform's words do not explain. */
  parties?: { kin: Hit[]; media: Hit[]; reach: Hit[]; bodies: Hit[]; calls: Hit[] };
}

function scene(router: Router, text: string): Scene | undefined {
  const asks = router.asks;
  if (!asks) return undefined;
  const contact = allHits(router.fraud.contact, text);
  return {
    text,
    // "银行卡", "平台账户": the platform's name as part of an object, not an actor.
    platform: allHits(asks.platform, text).filter((h) => !OBJECT.test(text.slice(h.end, h.end + 1))),
    official: router.official ? allHits(router.official, text) : [],
    people: [...contact, ...allHits(asks.person, text)],
    contact,
    says: allHits(asks.says, text),
    me: allHits(asks.me, text),
    directive: allHits(asks.directive, text),
    channel: allHits(asks.channel, text),
    request: allHits(router.fraud.request, text),
    saysOnly: asks.saysOnly,
  };
}

/** The nearest platform name shortly before a hit with no person in between, or undefined. */
function platformBefore(s: Scene, h: Hit): Hit | undefined {
  // (A loop, not findLast with a named closure: tsx's keepNames defines a property on each closure made.)
  let actor: Hit | undefined;
  for (let i = s.platform.length - 1; i >= 0 && !actor; i--) {
    const a = s.platform[i]!;
    if (a.end <= h.start && unitsBetween(s.text, a.end, h.start) <= NEAR) actor = a;
  }
  if (!actor) return undefined;
  return s.people.some((q) => !overlaps(q, h) && q.start >= actor.end && q.end <= h.start) ? undefined : actor;
}

/** Right after the user's own call to the platform's hotline: the one who answered ("…打电话，对方让我…"). */
const callee = (s: Scene, h: Hit) =>
  s.official.some((o) => o.end <= h.start && unitsBetween(s.text, o.end, h.start) <= 3);

/**
 * The platform as the one behind a hit: its name shortly before with no person in between ("银行说是…", "the lender's
 * app says … and asks me"), or the user's own call to its hotline just before. A contact cue is the platform's only
 * as its bare words ("说是"), never a person of it ("银行的工作人员说").
 */
function byPlatform(s: Scene, h: Hit, contact: boolean): boolean {
  if (callee(s, h)) return true;
  if (contact && !s.saysOnly.test(s.text.slice(h.start, h.end))) return false;
  return platformBefore(s, h) !== undefined;
}

/** A directive whose place follows it: the user is told to act in the official channel, nothing asked in between. */
function toChannel(s: Scene, d: Hit): boolean {
  const place = s.channel.find((c) => c.start >= d.end && unitsBetween(s.text, d.end, c.start) <= NEAR);
  if (!place) return false;
  return !s.request.some((r) => !overlaps(r, d) && r.start >= d.end && r.start < place.start);
}

const platformDirective = (s: Scene, d: Hit) => byPlatform(s, d, false) || toChannel(s, d);
const inDirective = (s: Scene, h: Hit) => s.directive.some((d) => overlaps(d, h));

/** The user moving their own money ("我自己转给我妈"): "I" right before the request word, not inside a directive. */
const selfActed = (s: Scene, r: Hit) =>
  s.me.some((m) => m.end <= r.start && unitsBetween(s.text, m.end, r.start) === 0 && !inDirective(s, m));

/**
 * The platform doing it itself ("贷款平台把我的借款转给了…", "借款被平台转给了…"): its name as the agent of a 把 or 被
 * clause before the request word, no directive between. (A name merely before a request word is not enough: "银行卡
 * 被冻结了，点链接…" is a text asking.)
 */
function platformDid(s: Scene, r: Hit): boolean {
  const actor = platformBefore(s, r);
  if (!actor || s.directive.some((d) => d.start >= actor.end && d.end <= r.start)) return false;
  return s.text[actor.end] === '把' || s.text[actor.start - 1] === '被';
}

/** `a` ends at most one unit before `b` starts ("找" + "人民银行", "complain to the" + "regulator"). */
const right = (s: Scene, a: Hit, b: Hit) => a.end <= b.start && unitsBetween(s.text, a.end, b.start) <= 1;

/** Within this many units of each other, two words are one phrase ("my bank s official whatsapp", "银行的公众号"). */
const BESIDE = 2;

/**
 * A contact word that is no third party (content/routes.yaml product.kin … .bodies): the platform's own medium
 * ("my bank's WhatsApp", "平台的公众号"), the user's own family speaking (a pronoun whose nearest actor before it is
 * "我爸", "my mum"), or an official body the user reaches themselves ("找人民银行征信中心", "complain to the
 * ombudsman"). Read only for a contact the platform's own words do not explain.
 */
function ownParty(router: Router, s: Scene, c: Hit): 'platform' | 'own' | undefined {
  const p = router.asks?.parties;
  if (!p) return undefined;
  if (!s.parties) {
    const all = (list: CueList) => allHits(list, s.text);
    const calls = all(router.fraud.context);
    s.parties = { kin: all(p.kin), media: all(p.media), reach: all(p.reach), bodies: all(p.bodies), calls };
  }
  const { kin, media, reach, bodies, calls } = s.parties;
  const before = (a: Hit, limit: number) => a.end <= c.start && unitsBetween(s.text, a.end, c.start) <= limit;
  const noPerson = (a: Hit) => !s.people.some((q) => !overlaps(q, c) && q.start >= a.end && q.end <= c.start);
  if (media.some((m) => overlaps(m, c)) && s.platform.some((a) => before(a, BESIDE) && noPerson(a))) return 'platform';
  if (p.pronoun.test(s.text.slice(c.start, c.end))) {
    // The nearest actor before the pronoun: the user's family, not a person, the platform, or a call or a text (whose
    // sender the pronoun may be: "我妈说有个男的打电话来，他说…").
    const others = [...s.people, ...calls].filter((q) => !overlaps(q, c));
    const actors = [...kin, ...others, ...s.platform].filter((a) => before(a, NEAR));
    const nearest = actors.reduce<Hit | undefined>((n, a) => (!n || a.end > n.end ? a : n), undefined);
    if (nearest && kin.includes(nearest)) return 'own';
  }
  // An official body right after the user's own reach, no one telling them to ("他让我找…" is someone asking).
  const body = bodies.find((b) => overlaps(b, c));
  const reached = body && reach.some((r) => right(s, r, body) && !s.directive.some((d) => right(s, d, r)));
  return reached ? 'own' : undefined;
}

/** The platform's own words right after its name ("my bank says…", "银行通知…"). */
const platformSays = (s: Scene) =>
  s.says.some((w) => s.platform.some((p) => p.end <= w.start && unitsBetween(s.text, p.end, w.start) <= 1));

export interface AskReading {
  /** An ask from anyone but the platform, or one that does not land in the official channel. */
  thirdParty: boolean;
  /** At least one ask, claim, act or notice read as the platform's own or as pointing to the official channel. */
  platformActs: boolean;
  /** Every contact word is the platform's or the user's own party, or the user was told to act in the official channel. */
  contactsExplained: boolean;
  /** A contact word read as the user's own family speaking or an official body the user reaches (ownParty). */
  ownParty: boolean;
}

/** Who asks in a question (the fraud-side text: router frames removed). Undefined without the lists. */
export function readAsks(router: Router, text: string): AskReading | undefined {
  const s = scene(router, text);
  if (!s) return undefined;
  const benign = s.directive.filter((d) => platformDirective(s, d));
  // A request word is benign as a directive the platform gives or one that sends the user to the channel, as the
  // user's own move or as the platform's own act: a transfer, a code, an install, a link or a call asked of the
  // user by anyone else is someone asking.
  const own = s.request.filter((r) => !inDirective(s, r) && (selfActed(s, r) || platformDid(s, r)));
  const channelled = s.directive.some((d) => toChannel(s, d));
  let platformContacts = 0;
  const ownContacts: Hit[] = [];
  for (const c of s.contact) {
    const party = byPlatform(s, c, true) ? 'platform' : ownParty(router, s, c);
    if (party === 'platform') platformContacts++;
    else if (party === 'own') ownContacts.push(c);
  }
  // A request word inside the words of the user's own family speaking ("my mother … she wants me to make the
  // repayments": "she wants" / "wants me") is their wish, not a third party's ask; any other request word still is.
  const family = (r: Hit) => ownContacts.some((c) => overlaps(c, r));
  const thirdParty = s.request.some((r) => !benign.some((d) => overlaps(d, r)) && !own.includes(r) && !family(r));
  return {
    thirdParty,
    platformActs: benign.length > 0 || platformContacts > 0 || own.some((r) => platformDid(s, r)) || platformSays(s),
    contactsExplained: channelled || platformContacts + ownContacts.length === s.contact.length,
    ownParty: ownContacts.length > 0,
  };
}

/** Some platform name, hotline call or official channel in the text (one of them is where each `platformActs` of
 *  readAsks starts: byPlatform, toChannel, platformDid, platformSays), or a family word or an official body (where
 *  each `ownParty` starts: the user's own family speaking, a body the user reaches). */
function namesPlatformSide(router: Router, side: CueReading): boolean {
  const asks = router.asks;
  if (!asks) return false;
  if (side.find(asks.platform) !== undefined || side.find(asks.channel) !== undefined) return true;
  if (asks.parties && (side.find(asks.parties.kin) !== undefined || side.find(asks.parties.bodies) !== undefined)) {
    return true;
  }
  return router.official !== undefined && side.find(router.official) !== undefined;
}

const DECIDES: ReadonlySet<CueFamily> = new Set(['risk', 'offer']);
const ACCOUNT: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official']);

/**
 * An own-account question in which the platform acts and nobody else asks: the user's own account, loan, card or
 * app (an account cue, or the platform named as the actor), every ask the platform's or pointing to the official
 * channel, every caller the platform, the user's own party or one who sent the user to the channel, and no risk, no
 * offer, no loss. Its
 * scam words are the account's own; the product reply with its caution line is safe for both readings.
 */
export function platformActs(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  if (families.some((f) => DECIDES.has(f))) return false;
  const side = cues.fraudSide(router);
  if (router.loss && side.find(router.loss) !== undefined) return false;
  // Every way readAsks finds the platform acting starts from a platform name, the user's own call to its hotline or
  // the official channel: a question naming none of them is settled without reading its asks.
  if (!namesPlatformSide(router, side)) return false;
  const ask = readAsks(router, side.text);
  if (!ask || ask.thirdParty || !(ask.platformActs || ask.ownParty) || !ask.contactsExplained) return false;
  return (
    families.some((f) => ACCOUNT.has(f)) || (router.asks !== undefined && cues.find(router.asks.platform) !== undefined)
  );
}
