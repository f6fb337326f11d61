// The route decision with the statistical layer: the rules (route.ts) name cues someone wrote down, the model
// (model.ts) reads wording nobody listed. Where they disagree the decision leans to `product` — a product question
// answered as a scam alarms a customer who only asked about their loan, while a scam question routed to product
// still gets the official channels. Thresholds are config knobs chosen on cross-validated predictions.
import type { FaqConfig } from './config.ts';
import type { ModelPrediction } from './model.ts';
import type { FaqRoute, RouteDecision } from './route.ts';

export function combineRoute(
  rule: RouteDecision,
  model: ModelPrediction | undefined,
  config: Readonly<FaqConfig>,
): FaqRoute {
  if (!model || rule.route === 'smalltalk' || rule.route === 'product') return rule.route;
  if (rule.route === 'fraud') return model.product >= config.modelProductOverCue ? 'product' : 'fraud';
  // No cue either way.
  return model.product >= config.modelProductUncued ? 'product' : 'other';
}
