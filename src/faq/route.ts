// Routing before ranking: small talk and ordinary account/loan questions never reach the fraud FAQ. A "谢谢" gets a
// friendly line and the menu (not the fallback, not "missing content"); "can I repay early?" gets the official
// channels, never a scam answer. The phrases and replies are content (content/routes.yaml, zh and en).
import { z } from 'zod';
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { localizedSchema } from '../content/schema-common.ts';
import { normalizeQuestion, phraseAlternation } from './normalize.ts';

export type FaqRoute = 'fraud' | 'product' | 'smalltalk';
export const FAQ_ROUTES: readonly FaqRoute[] = ['fraud', 'product', 'smalltalk'];

const phrases = z.strictObject({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });

export const routesSchema = z.strictObject({
  smalltalk: z.strictObject({ phrases, reply: localizedSchema }),
  product: z.strictObject({ cues: phrases, examples: phrases.optional(), scam_cues: phrases, reply: localizedSchema }),
});
export type FaqRoutes = z.output<typeof routesSchema>;

export interface Router {
  routes: FaqRoutes;
  /** The whole message made of small-talk phrases (and spaces). */
  smalltalk: RegExp;
  product: RegExp;
  scam: RegExp;
  brand: RegExp | undefined;
}

/** Phrases normalised like the text they are matched in ("谢谢你" is tried before "谢谢"). */
const alternation = (list: readonly string[], normalize: (s: string) => string) =>
  phraseAlternation(list.map(normalize));

const plain = (s: string) => stripPunctuation(normalizeText(s));

export function buildRouter(routes: FaqRoutes, brand?: RegExp): Router {
  // Cues go through the matcher's own normalisation, so 繁體, synonyms and the concept lexicon meet them alike.
  const cue = (s: string) => normalizeQuestion(s, { keepFillers: true });
  const small = alternation([...routes.smalltalk.phrases.zh, ...routes.smalltalk.phrases.en], plain);
  return {
    routes,
    smalltalk: new RegExp(`^(?:\\s*(?:${small}))+\\s*$`),
    product: new RegExp(alternation([...routes.product.cues.zh, ...routes.product.cues.en], cue)),
    scam: new RegExp(alternation([...routes.product.scam_cues.zh, ...routes.product.scam_cues.en], cue)),
    brand,
  };
}

export interface RouteDecision {
  route: FaqRoute;
  /** The product cue that decided a product route (for tests and the bench). */
  cue?: string;
  /** The question holds a scam cue (then it is never a product question). */
  scamCue: boolean;
}

/** Which way a message goes. Pure; ~µs per message. */
export function routeQuestion(router: Router, question: string): RouteDecision {
  let text = plain(question);
  if (router.brand) text = text.replace(router.brand, ' ').replace(/\s+/g, ' ').trim();
  if (!text || router.smalltalk.test(text)) return { route: 'smalltalk', scamCue: false };
  const normalized = normalizeQuestion(question, {
    keepFillers: true,
    ...(router.brand ? { brand: router.brand } : {}),
  });
  const cue = router.product.exec(normalized)?.[0];
  const scamCue = router.scam.test(normalized);
  if (cue && !scamCue) return { route: 'product', cue, scamCue };
  return { route: 'fraud', scamCue };
}
