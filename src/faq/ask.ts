// Who asks whom for what. A product question and a scam story share their words (a fee, a refund, a freeze, a
// code, 征信, a link, verify); what tells them apart is the ask: in a scam someone else asks the user for money, a
// code, a transfer, an install or a call; in an account question the platform acts on the user's own account (it
// blocked the card, moved the loan, asks for a document in its own app) or the user is told to act in the official
// channel ("让我在app里还", "told me to pay in the app"). This reads each ask's asker and place from the words around
// it (content/routes.yaml product.platform, .directive, .channel) instead of a list of whole questions.
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
export function distance(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  return (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) + (s.match(/[a-z0-9]+/g)?.length ?? 0);
}

/** An actor or a place further than this from an ask (characters or words) is in another clause. */
const NEAR = 10;
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
  directive: Hit[];
  channel: Hit[];
  request: Hit[];
  says: RegExp;
}

function scene(router: Router, text: string): Scene | undefined {
  const asks = router.asks;
  if (!asks) return undefined;
  const contact = allHits(router.fraud.contact, text);
  return {
    text,
    platform: allHits(asks.platform, text),
    official: router.official ? allHits(router.official, text) : [],
    people: [...contact, ...allHits(asks.person, text)],
    contact,
    directive: allHits(asks.directive, text),
    channel: allHits(asks.channel, text),
    request: allHits(router.fraud.request, text),
    says: asks.says,
  };
}

/**
 * The platform as the one behind a hit: its name shortly before with no person in between ("银行说是…", "the lender's
 * app says … and asks me"), or the user's own call to its hotline just before ("我给客服热线打电话，对方让我…"). A
 * contact cue is the platform's only as its bare words ("说是"), never a person of it ("银行的工作人员说").
 */
function byPlatform(s: Scene, h: Hit, contact: boolean): boolean {
  if (s.official.some((o) => o.end <= h.start && distance(s.text, o.end, h.start) <= 1)) return true;
  if (contact && !s.says.test(s.text.slice(h.start, h.end))) return false;
  const actor = s.platform.findLast((p) => p.end <= h.start && distance(s.text, p.end, h.start) <= NEAR);
  if (!actor) return false;
  return !s.people.some((q) => !overlaps(q, h) && q.start >= actor.end && q.end <= h.start);
}

/** A directive whose place follows it: the user is told to act in the official channel, nothing asked in between. */
function toChannel(s: Scene, d: Hit): boolean {
  const place = s.channel.find((c) => c.start >= d.end && distance(s.text, d.end, c.start) <= NEAR);
  if (!place) return false;
  return !s.request.some((r) => !overlaps(r, d) && r.start >= d.end && r.start < place.start);
}

const platformDirective = (s: Scene, d: Hit) => byPlatform(s, d, false) || toChannel(s, d);

export interface AskReading {
  /** An ask from anyone but the platform, or one that does not land in the official channel. */
  thirdParty: boolean;
  /** At least one ask, claim or call read as the platform's own or as pointing to the official channel. */
  platformActs: boolean;
  /** Every contact word is the platform's, or the user was told to act in the official channel. */
  contactsExplained: boolean;
}

/** Who asks in a question (the fraud-side text: router frames removed). Undefined without the lists. */
export function readAsks(router: Router, text: string): AskReading | undefined {
  const s = scene(router, text);
  if (!s) return undefined;
  const benign = s.directive.filter((d) => platformDirective(s, d));
  // A request word is benign only as a directive the platform gives or one that sends the user to the channel:
  // a transfer, a code, an install, a link or a call named outright is someone asking.
  const thirdParty = s.request.some((r) => !benign.some((d) => overlaps(d, r)));
  const channelled = s.directive.some((d) => toChannel(s, d));
  const platformContacts = s.contact.filter((c) => byPlatform(s, c, true));
  return {
    thirdParty,
    platformActs: benign.length > 0 || platformContacts.length > 0,
    contactsExplained: channelled || platformContacts.length === s.contact.length,
  };
}

const DECIDES: ReadonlySet<CueFamily> = new Set(['risk', 'offer']);
const ACCOUNT: ReadonlySet<CueFamily> = new Set(['product', 'own', 'official']);

/**
 * An own-account question in which the platform acts and nobody else asks: the user's own account, loan, card or
 * app (an account cue, or the platform named as the actor), every ask the platform's or pointing to the official
 * channel, every caller the platform or one who sent the user to the channel, and no risk, no offer, no loss. Its
 * scam words are the account's own; the product reply with its caution line is safe for both readings.
 */
export function platformActs(router: Router, families: readonly CueFamily[], cues: CueReading): boolean {
  if (families.some((f) => DECIDES.has(f))) return false;
  const side = cues.fraudSide(router);
  if (router.loss && side.find(router.loss) !== undefined) return false;
  const ask = readAsks(router, side.text);
  if (!ask || ask.thirdParty || !ask.platformActs || !ask.contactsExplained) return false;
  return families.some((f) => ACCOUNT.has(f)) || (router.asks !== undefined && cues.find(router.asks.platform) !== undefined);
}
