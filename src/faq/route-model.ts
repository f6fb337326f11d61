// The route decision with the statistical layers: the rules (route.ts) name cues someone wrote down, the models read
// wording nobody listed. A question the rules would rank as fraud is decided by the fitted product/fraud decision
// (route-decision.ts) when the index has one — product, unsure (the product reply with a caution line) or fraud —
// else by the multinomial layer's P(product) (config.modelProductOverCue); a fraud call against that layer's
// confident product reading is unsure (a scam answer needs both layers to read fraud). A question with no cue either
// way goes to product when the multinomial layer says so (config.modelProductUncued), or when the fitted decision is
// confident and the multinomial layer reads it as in the domain (config.modelOtherCeiling). Where they disagree the
// decision leans to product: a product question answered as a scam alarms a customer who only asked about their loan,
// while a scam question routed to product still gets the official channels.
import type { FaqConfig } from './config.ts';
import type { ModelPrediction } from './model.ts';
import type { ProductCall } from './route-decision.ts';
import { type FaqRoute, lossStands, type RouteDecision } from './route.ts';

/** A route, or `unsure`: between product and fraud, answered with the product reply and its caution line. */
export type CombinedRoute = FaqRoute | 'unsure';

export function combineRoute(
  rule: RouteDecision,
  model: ModelPrediction | undefined,
  config: Readonly<FaqConfig>,
  call?: ProductCall,
  chat = false,
  stands = lossStands(rule),
): CombinedRoute {
  if (rule.route === 'smalltalk' || rule.route === 'product') return rule.route;
  // Money or a code already gone, no own account matter named (route.ts fraud.loss), or a never-do question
  // (fraud.never; `stands`: route.ts ruleStands): neither layer moves a victim or that question.
  if (stands) return 'fraud';
  if (rule.route === 'fraud') {
    const modelProduct = model !== undefined && model.product >= config.modelProductOverCue;
    // The layers disagree (the decision reads fraud, the multinomial layer product with confidence): the reply that
    // is safe for both, never a scam answer on one layer's word.
    if (call === 'fraud' && modelProduct) return 'unsure';
    return call ?? (modelProduct ? 'product' : 'fraud');
  }
  // No cue either way, and the multinomial layer reads small talk: a thanks or a greeting the phrase list lacks
  // (config.modelSmalltalkUncued). Only here, and only for `chat` — a small-talk word in it and no pasted-message
  // shape (answer.ts): a message holding any cue is never moved to small talk, nor a pasted notice or a string of
  // unknown letters (the layer reads short unknown text as small talk).
  if (chat && model && model.smalltalk >= config.modelSmalltalkUncued) return 'smalltalk';
  // No cue either way. The fitted decision was fitted on product and fraud questions only ("how do i make egg fried
  // rice" reads P(product) 0.998): it moves such a question only when confident and when the multinomial layer reads
  // it as in the domain at all (P(other) below config.modelOtherCeiling). In its unsure band such a question gets the
  // cautious product reply too: with no cue either way, "did you mean <a scam entry>" is what a customer asking about
  // a fee on their own loan must not read.
  if ((call === 'product' || call === 'unsure') && model && model.other < config.modelOtherCeiling) return call;
  return model && model.product >= config.modelProductUncued ? 'product' : 'other';
}
