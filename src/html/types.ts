import type { ArticleParts, ArticleSection, RendererOptions, RenderState, UrlPolicy } from '../core/index.js'
import type { Problem } from '../core/problem.js'
import type { JsonLdOptions, JsonLdWarning } from '../json-ld/types.js'
import type { Article } from '../model/types.js'
import type { EmbedProvider } from './embeds.js'
import type { HtmlLabels } from './labels.js'

/** The parts of an article `toHtml` can render: the same as every renderer's. */
export type HtmlSection = ArticleSection

/** A problem the renderer worked around, reported through `onWarning`. */
export interface HtmlWarning extends Problem<'url_refused' | 'raw_html_escaped' | JsonLdWarning['code']> {
  /**
   * `url_refused`: a URL failed the URL policy and was left out (its text is
   * kept). `raw_html_escaped`: `rawHtml` wrote markup as text because
   * `allowDangerousHtml` is off. In `toHtmlDocument`, the head tags and the
   * JSON-LD script add their own codes (see `JsonLdWarning`), such as
   * `url_relative` for a relative URL they could not make absolute.
   */
  code: 'url_refused' | 'raw_html_escaped' | JsonLdWarning['code']
  /** Where, from the article root. */
  path: (string | number)[]
  message: string
}

/** The article's parts an HTML handler can replace: those of every renderer, and the table of contents. */
export interface HtmlParts extends ArticleParts {
  /** The table of contents of the body's headings. */
  tableOfContents: Article
}

/** Options of `toHtml` (and of `toHtmlDocument`, which adds `jsonLd`). */
export interface HtmlOptions extends RendererOptions<string, ResolvedHtmlOptions, HtmlParts> {
  /**
   * Removed: `toHtml` writes the `<article>` fragment only. Call
   * `toHtmlDocument` for a whole page; `toHtml` throws a `TypeError` when
   * this is set.
   *
   * @deprecated Use `toHtmlDocument(article, options)`.
   */
  document?: never
  /**
   * Added to every heading level, for pages where the article is not the top
   * of the outline: with `1`, the headline is `<h2>` and body headings shift
   * one level down. Levels stop at 6. (default: `0`)
   */
  headingOffset?: number
  /** Prefix of every class name the renderer adds (see `docs/html.md`). (default: `'ak-'`) */
  classPrefix?: string
  /** `target` of links to other sites, such as `'_blank'`. (default: none) */
  linkTarget?: string
  /**
   * `rel` of links to other sites. Whenever `linkTarget` is set it always
   * includes `noopener noreferrer`. (default: none, or `'noopener noreferrer'` with a target)
   */
  linkRel?: string
  /**
   * Decides at render time whether each URL may be written; refused URLs are
   * left out and reported through `onWarning`. (default: `defaultUrlPolicy`,
   * the model's own scheme allowlist)
   */
  urlPolicy?: UrlPolicy
  /** `loading` of images in the body. The lead image is always `eager`. (default: `'lazy'`) */
  imageLoading?: 'lazy' | 'eager'
  /** Resolve relative URLs against `article.url`, for output read away from the site (feeds, e-mail). (default: `false`) */
  resolveUrl?: boolean
  /**
   * Providers whose players may appear in an `<iframe>` (sandboxed, lazy,
   * titled, with a referrer policy) above an embed's link card, such as
   * `[youtube, vimeo]` or `embedProviders` for every built-in one. Embeds of
   * other providers stay link cards. (default: `[]`, link cards only)
   */
  embeds?: readonly EmbedProvider[]
  /**
   * Render a table of contents (`<nav class="ak-toc">`) of the body's
   * headings between the lead image and the body: `true` for levels 2 and 3,
   * or `{ maxLevel }` to go deeper or stay at level 2. (default: `false`)
   */
  tableOfContents?: boolean | { maxLevel?: number }
  /**
   * Let `rawHtml(state, html)` in a custom handler write markup as it is.
   * The model has no raw HTML node, and every default handler escapes what
   * it writes; only a custom handler can pass markup through, and only with
   * this option set. Without it, `rawHtml` escapes the markup as text and
   * reports `raw_html_escaped`. (default: `false`)
   */
  allowDangerousHtml?: boolean
  /**
   * Which parts to render (`header`, `leadImage`, `body`, `backstory`,
   * `corrections`, `sources`, `related`); omitted ones are rendered. Without `sources`,
   * citation markers are left out too. (default: all)
   */
  sections?: Partial<Record<HtmlSection, boolean>>
  /** Words the renderer adds by itself; missing ones are English. (default: `englishLabels`) */
  labels?: Partial<HtmlLabels>
  /** Locale for dates. (default: `article.language`, else `'en'`) */
  locale?: string
  /** Receives each problem the renderer worked around. (default: none; problems are not reported) */
  onWarning?: (warning: HtmlWarning) => void
}

/**
 * Options of `toHtmlDocument`: those of `toHtml`, which shape the `<article>`
 * in the page's body, and the options of its head.
 */
export interface HtmlDocumentOptions extends HtmlOptions {
  /**
   * The options of the head tags and the JSON-LD script, such as `site` or
   * `mode: 'graph'` (see `JsonLdOptions`); `urlPolicy` and `onWarning` come
   * from these options unless given here. `false` leaves the JSON-LD script
   * out and keeps the head tags. (default: `{}`)
   */
  jsonLd?: JsonLdOptions | false
  /**
   * Stylesheets the page links to, in order, such as the package's own
   * `articlekit/html/article.css` copied next to the page. Each URL is written
   * escaped as it is given (default: none)
   */
  stylesheets?: readonly string[]
  /**
   * The `<title>`: `%s` stands for the headline, as in `'%s · The Courier'`.
   * The result is escaped; `og:title` stays the headline. (default: `'%s'`)
   */
  titleTemplate?: string
  /**
   * Markup added as it is at the end of `<head>`, for analytics, fonts or
   * icons. It is not escaped: never put untrusted text in it. (default: none)
   */
  headHtml?: string
}

/** What handlers find in `state.options`: every option resolved, plus the render's own bookkeeping. */
export interface ResolvedHtmlOptions {
  headingOffset: number
  classPrefix: string
  linkTarget: string | undefined
  linkRel: string | undefined
  urlPolicy: UrlPolicy
  imageLoading: 'lazy' | 'eager'
  resolveUrl: boolean
  embeds: readonly EmbedProvider[]
  /** Deepest heading level in the table of contents; `0` for none. */
  tableOfContents: number
  allowDangerousHtml: boolean
  sections: Record<HtmlSection, boolean>
  labels: HtmlLabels
  locale: string
  /** The `onWarning` option, or `undefined` when warnings are not wanted. */
  onWarning: ((warning: HtmlWarning) => void) | undefined
  /**
   * Bookkeeping of the built-in handlers for this render. Not part of the
   * API: it may change in any release. Keep data of your own in `state.data`.
   *
   * @internal
   */
  scratch: HtmlScratch
}

/** Per-render bookkeeping: heading ids handed out, citations met. */
export interface HtmlScratch {
  /** Element ids already used, so each heading id is unique. */
  ids: Set<string>
  /** For each id asked for more than once, the suffix to try next, so repeats cost no more than the first. */
  suffixes: Map<string, number>
  /** For each source number, the anchor id of its first citation (for the back-link). */
  firstCitation: Map<number, string>
  /** Citations rendered so far. */
  citations: number
  /** How many links we are inside: HTML cannot nest `<a>`, so nothing inside a link becomes one. */
  inLink: number
  /** The origin of `article.url`, to tell external links from internal ones. */
  origin: string | undefined
  /** The body's top-level headings rendered so far, down to the contents' depth, for the table of contents. */
  headings: { level: number; id: string; text: string }[]
}

/** The state every HTML handler receives. */
export type HtmlState = RenderState<string, ResolvedHtmlOptions>
