// The Trust Project's publisher policies, as schema.org names them: the one
// list the schema, the types, JSON-LD and the docs take them from.

/**
 * The publisher's policy pages a reader (and a search engine) can check the
 * article against, by their schema.org property names. Each is the URL of a
 * page on the publisher's site.
 */
export const TRUST_POLICIES = [
  'publishingPrinciples',
  'correctionsPolicy',
  'ethicsPolicy',
  'masthead',
  'diversityPolicy',
  'actionableFeedbackPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'noBylinesPolicy',
] as const

/** One of {@link TRUST_POLICIES}. */
export type TrustPolicy = (typeof TRUST_POLICIES)[number]
