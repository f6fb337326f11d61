// The fixed topic taxonomy (content/topics.yaml, a copy of the team's shared/topics.yaml).
// Kept as a literal tuple so topic ids are a typed union; a test checks this list against the YAML file.
export const TOPIC_IDS = [
  'overseas-number',
  'official-channels',
  'legit-contact',
  'verification-code',
  'upfront-fee',
  'credit-repair',
  'account-cancellation',
  'limit-boost',
  'screen-sharing',
  'safe-account',
  'refund-scam',
  'impersonating-authorities',
  'debt-collection-impersonation',
  'phishing-link',
  'fake-app',
  'task-scam',
  'personal-data-leak',
  'victim-next-steps',
  'report-fraud',
  'account-security',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string in both shipped languages. */
export type Localized = Record<Locale, string>;
