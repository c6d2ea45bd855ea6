// The schema.org article types an article can declare: the one list the
// schema, the types, JSON-LD and the docs take them from.

/**
 * The schema.org types an article's `type` may be. The news genres
 * (`OpinionNewsArticle`, `AnalysisNewsArticle`, …) are `NewsArticle`'s
 * subtypes, as their names say; JSON-LD writes them beside `NewsArticle`.
 *
 * @example
 * ARTICLE_TYPES.includes('OpinionNewsArticle') // true
 */
export const ARTICLE_TYPES = [
  'Article',
  'NewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'LiveBlogPosting',
] as const

/** One of {@link ARTICLE_TYPES}. */
export type ArticleType = (typeof ARTICLE_TYPES)[number]

/** Whether `type` is one of {@link ARTICLE_TYPES}. */
export function isArticleType(type: unknown): type is ArticleType {
  return (ARTICLE_TYPES as readonly unknown[]).includes(type)
}

/** Whether `type` is `NewsArticle` or one of its subtypes in {@link ARTICLE_TYPES}. */
export function isNewsType(type: unknown): boolean {
  return isArticleType(type) && type.endsWith('NewsArticle')
}
