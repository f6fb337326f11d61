// OpenAPI 3 description of the HTTP API (served at /api/openapi.json). Kept beside the code it documents.
const reply = {
  type: 'object',
  required: ['type', 'text', 'role', 'kind', 'simulation'],
  properties: {
    type: { const: 'message' },
    text: { type: 'string', description: 'Plain text (render as text, never as HTML)' },
    role: { const: 'bot' },
    kind: {
      type: 'string',
      enum: ['welcome', 'menu', 'picker', 'check', 'faq', 'fallback', 'drill', 'lang', 'info', 'error'],
      description: 'picker: a list to choose from (the drills); a check comes as two replies, the verdict then details',
    },
    simulation: { type: 'boolean', description: 'true for every practice-drill message: show it as a simulation' },
    quickReplies: {
      type: 'array',
      description: 'Answers the user can tap: show `label` (and `note`, e.g. a drill level), send `value` back',
      items: {
        type: 'object',
        required: ['label', 'value'],
        properties: { label: { type: 'string' }, value: { type: 'string' }, note: { type: 'string' } },
      },
    },
    answer: { const: true, description: "The turn's answer (check, FAQ or fallback): ask the user whether it helped" },
    locale: { enum: ['zh', 'en'], description: 'lang replies: the language the user switched to' },
    check: { $ref: '#/components/schemas/CheckResult' },
    faq: {
      type: ['object', 'null'],
      properties: {
        id: { type: 'string' },
        topics: { type: 'array', items: { type: 'string' } },
        score: { type: 'number' },
      },
    },
    drill: {
      type: 'object',
      properties: { scenario: { type: 'string' }, node: { type: 'string' }, kind: { type: 'string' } },
    },
  },
} as const;

const error = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string' },
    message: { type: 'string' },
    issues: { type: 'array', items: { type: 'object' } },
  },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'scam-coach HTTP API',
    version: '0.1.0',
    description: 'Anti-fraud education bot: in-app channel (signed webhook), number/link checks, health and metrics.',
  },
  paths: {
    '/api/app/messages': {
      post: {
        summary: 'In-app support channel: one user message in, the bot replies out',
        description:
          'Sign the raw body: X-Signature: sha256=<hex HMAC-SHA256(body, APP_WEBHOOK_SECRET)>. A messageId seen before returns the first replies again (replayed: true) without running the turn twice; numbers the user pasted are masked in them (nothing pasted is kept in the clear). sentAt is required: requests older or newer than 5 minutes are refused (401 stale_request), so a captured request cannot be replayed later. A messageId reused with a different text is refused (409). Limited per userId, not per IP (429 with Retry-After).',
        parameters: [
          {
            name: 'X-Signature',
            in: 'header',
            required: true,
            schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['userId', 'text', 'messageId', 'sentAt'],
                properties: {
                  userId: { type: 'string', maxLength: 128 },
                  text: { type: 'string', maxLength: 2000 },
                  messageId: { type: 'string', maxLength: 128 },
                  locale: { type: 'string', enum: ['zh', 'en'] },
                  sentAt: {
                    oneOf: [
                      { type: 'string', format: 'date-time' },
                      { type: 'integer', description: 'epoch ms' },
                    ],
                  },
                  session: { type: 'string', maxLength: 64, description: 'training cohort id' },
                },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Replies',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['replies'],
                  properties: { replies: { type: 'array', items: reply }, replayed: { type: 'boolean' } },
                },
              },
            },
          },
          400: { description: 'Malformed JSON or invalid fields', content: { 'application/json': { schema: error } } },
          401: { description: 'Bad signature or stale sentAt', content: { 'application/json': { schema: error } } },
          409: {
            description: 'This messageId was already used for a different text',
            content: { 'application/json': { schema: error } },
          },
          413: { description: 'Body too large', content: { 'application/json': { schema: error } } },
          429: {
            description: 'Too many messages for this userId: wait Retry-After seconds',
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: error } },
          },
          500: {
            description: 'The turn failed (e.g. store unreachable): retry with the same messageId',
            content: { 'application/json': { schema: error } },
          },
          503: { description: 'APP_WEBHOOK_SECRET not configured', content: { 'application/json': { schema: error } } },
        },
      },
    },
    '/api/check': {
      post: {
        summary: 'Check a phone number, a link or a whole message',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: { text: { type: 'string' }, lang: { type: 'string', enum: ['zh', 'en'] } },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Verdict',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CheckResult' } } },
          },
          400: { description: 'Invalid body', content: { 'application/json': { schema: error } } },
        },
      },
    },
    '/api/widget/session': {
      get: {
        summary: 'Issue a signed widget identity {userId, token}',
        responses: { 200: { description: 'Identity' } },
      },
    },
    '/healthz': {
      get: {
        summary: 'Liveness and store reachability',
        responses: { 200: { description: 'ok' }, 503: { description: 'store unreachable' } },
      },
    },
    '/metrics': {
      get: { summary: 'Prometheus metrics', responses: { 200: { description: 'text exposition format' } } },
    },
  },
  components: {
    schemas: {
      CheckResult: {
        type: 'object',
        required: ['input', 'verdict', 'items', 'phrases', 'advice'],
        properties: {
          input: { type: 'string', description: 'The input with codes, card and ID numbers redacted' },
          verdict: { type: 'string', enum: ['official', 'unknown', 'suspicious', 'dangerous'] },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                kind: { type: 'string', enum: ['phone', 'url'] },
                raw: { type: 'string' },
                normalized: { type: 'string' },
                verdict: { type: 'string', enum: ['official', 'unknown', 'suspicious', 'dangerous'] },
                reasons: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      code: { type: 'string' },
                      severity: { type: 'string', enum: ['info', 'low', 'medium', 'high'] },
                      message: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
          phrases: {
            type: 'array',
            items: { type: 'object', properties: { topic: { type: 'string' }, text: { type: 'string' } } },
          },
          reasons: {
            type: 'array',
            description: 'Reasons about the whole message (the wording model); present only when there are some',
            items: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                severity: { type: 'string', enum: ['info', 'low', 'medium', 'high'] },
                message: { type: 'string' },
              },
            },
          },
          advice: { type: 'string' },
        },
      },
    },
  },
} as const;
