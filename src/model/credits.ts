// The roles people and organizations are credited with beside the authors:
// the one list the schema, the types, the label packs and every renderer
// read, so a role is added here and the compiler points at the rest.

/**
 * The roles a contributor can have, in the order renderers list them:
 * `additionalReporting` joins the byline; the others are credit lines
 * ("Edited by", "Translated by", …). `other` is a role the list does not
 * name, told by the contributor's own `label` ("Graphics", "Research").
 */
export const CONTRIBUTOR_ROLES = [
  'additionalReporting',
  'editor',
  'translator',
  'photographer',
  'illustrator',
  'factChecker',
  'other',
] as const

/** One of {@link CONTRIBUTOR_ROLES}. */
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number]

/**
 * The roles of the person or organization who made an image (its `creator`):
 * a photograph or an illustration (drawings, charts and maps included). They
 * are contributor roles too, so an image's maker and the article's credits
 * speak of the same work in the same words.
 */
export const IMAGE_CREATOR_ROLES = ['photographer', 'illustrator'] as const satisfies readonly ContributorRole[]

/** One of {@link IMAGE_CREATOR_ROLES}. */
export type ImageCreatorRole = (typeof IMAGE_CREATOR_ROLES)[number]

/**
 * The words a label pack has for each role: for a named role, the phrase
 * before the names ("Additional reporting by", "Edited by"); for `other`, a
 * template in which `{label}` is the contributor's own label ("{label}:").
 */
export type RoleLabels = Record<ContributorRole, string>

/**
 * The words a label pack has before the name of an image's creator when the
 * image has no `credit` line of its own: `photographerCredit` ("Photo:") and
 * `illustratorCredit` ("Illustration:").
 */
export type ImageCreatorLabels = Record<`${ImageCreatorRole}Credit`, string>
