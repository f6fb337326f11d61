// Prometheus metrics (prom-client), one registry per server so tests can run several servers in one process.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    messages: new Counter({
      name: 'scam_coach_messages_total',
      help: 'User messages by channel',
      labelNames: ['channel'],
      registers: [registry],
    }),
    checks: new Counter({
      name: 'scam_coach_checks_total',
      help: 'Classifier checks by verdict',
      labelNames: ['verdict', 'channel'],
      registers: [registry],
    }),
    faq: new Counter({
      name: 'scam_coach_faq_answers_total',
      help: 'FAQ answers: matched, fallback, or routed (smalltalk, product)',
      labelNames: ['result'],
      registers: [registry],
    }),
    drills: new Counter({
      name: 'scam_coach_drills_total',
      help: 'Drills started / passed / failed / incomplete',
      labelNames: ['event', 'scenario'],
      registers: [registry],
    }),
    turnSeconds: new Histogram({
      name: 'scam_coach_turn_duration_seconds',
      help: 'Time to answer one user message (lock + state + brain + store)',
      labelNames: ['channel'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    wsConnections: new Counter({
      name: 'scam_coach_ws_connections_total',
      help: 'Widget connections accepted / rejected',
      labelNames: ['result'],
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
