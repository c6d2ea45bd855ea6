// `@mergeModuleWith <project>`: the site shows this entry's exports on the
// project's own pages, so that `articlekit` is listed once, not as the
// project and again as a module holding every other entry.
/**
 * The article model, validation and shared types.
 *
 * @module articlekit
 * @mergeModuleWith <project>
 */

export { formatPath, type IssuePath } from './core/path.js'
export type { Problem } from './core/problem.js'
export { type Visit, type VisitedNode, visitNodes } from './core/visit.js'
export { ARTICLE_TYPES, type ArticleType } from './model/article-types.js'
export {
  CONTRIBUTOR_ROLES,
  type ContributorRole,
  IMAGE_CREATOR_ROLES,
  type ImageCreatorLabels,
  type ImageCreatorRole,
  type RoleLabels,
} from './model/credits.js'
export { hasTimeZone, isIsoInstant, isValidIsoDate } from './model/date.js'
export { LIMITS } from './model/limits.js'
export { BLOCK_TYPES, type FieldContent, INLINE_TYPES, NODE_TABLE, type NodeSpec } from './model/node-types.js'
export type { BlockSchema, CustomBlocks, ModelSchemas } from './model/schemas.js'
export { normalizeText } from './model/text.js'
export { TRUST_POLICIES, type TrustPolicy } from './model/trust.js'
export type * from './model/types.js'
export { ALLOWED_URL_SCHEMES, checkUrl, type UrlProblem } from './model/url.js'
export {
  type ArticleModel,
  type CustomBlockInputOf,
  type CustomBlockOf,
  type DefineArticleSchemaOptions,
  defineArticleSchema,
  type SafeParseResult,
} from './validate/define.js'
export {
  ArticleValidationError,
  type CustomIssueCode,
  formatIssue,
  isArticleValidationError,
  type ValidationCode,
  type ValidationIssue,
} from './validate/errors.js'
export { type Diagnostic, LINT_RULES, type LintCode, lintArticle, type Severity } from './validate/lint.js'
export { articleJsonSchema, parseArticle, safeParseArticle } from './validate/parse.js'
export { closest } from './validate/suggest.js'
