import type {
  AnalysisNewsArticleLeaf,
  AskPublicNewsArticleLeaf,
  BackgroundNewsArticleLeaf,
  Graph,
  MergeLeafTypes,
  NewsArticleLeaf,
  OpinionNewsArticleLeaf,
  ReportageNewsArticleLeaf,
  ReviewNewsArticleLeaf,
  Article as SchemaArticle,
  WithContext,
} from 'schema-dts'
import type { RendererOptions, RenderState, UnknownNodePolicy, UrlPolicy } from '../core/index.js'
import type { Problem } from '../core/problem.js'
import type { TrustPolicy } from '../model/trust.js'
import type { Article, Audio, AudioFile, Author, Correction, Image, LiveUpdate, Source } from '../model/types.js'

/**
 * The schema.org node of an article: one type, or for the `NewsArticle`
 * subtypes the subtype and `NewsArticle` together (`['ReportageNewsArticle', 'NewsArticle']`).
 */
export type JsonLdArticleNode =
  | SchemaArticle
  | MergeLeafTypes<[AnalysisNewsArticleLeaf, NewsArticleLeaf]>
  | MergeLeafTypes<[AskPublicNewsArticleLeaf, NewsArticleLeaf]>
  | MergeLeafTypes<[BackgroundNewsArticleLeaf, NewsArticleLeaf]>
  | MergeLeafTypes<[OpinionNewsArticleLeaf, NewsArticleLeaf]>
  | MergeLeafTypes<[ReportageNewsArticleLeaf, NewsArticleLeaf]>
  | MergeLeafTypes<[ReviewNewsArticleLeaf, NewsArticleLeaf]>

/** What {@link toJsonLd} returns: the article node with its `@context` (flat mode), or a `@graph` (graph mode). */
export type JsonLd = WithContext<JsonLdArticleNode> | Graph

/** The site the article is published on: the WebSite and Organization nodes, and the site's meta tags. */
export interface JsonLdSite extends Partial<Record<TrustPolicy, string>> {
  /** The site's (and its organization's) name. */
  name?: string
  /** The site's home page, absolute. The base of the `#website` and `#organization` ids. */
  url?: string
  /** The organization's logo: an image, or its URL. */
  logo?: Image | string
  /** The site's account on X, with or without the leading `@` (`twitter:site`). */
  xHandle?: string
  /** The site's language, a BCP 47 tag (the WebSite's `inLanguage`). */
  language?: string
}

/** One step of a breadcrumb trail, from the home page down to the article. */
export interface JsonLdBreadcrumb {
  name: string
  /** The step's page. May be left out for the last step (the article itself). */
  url?: string
}

/** An extra crop of the lead image, for the aspect ratios search engines ask for. */
export interface JsonLdImageCrop {
  url: string
  width?: number
  height?: number
}

/** A problem the JSON-LD or meta-tag renderer worked around, reported through `onWarning`. */
export interface JsonLdWarning extends Problem<'url_refused' | 'url_relative' | 'id_conflict' | 'node_without_text'> {
  /**
   * `url_refused`: a URL failed the URL policy, or is not `http:`/`https:`, and was left out.
   * `url_relative`: a relative URL could not be made absolute (the article has no usable `url`) and was left out.
   * `id_conflict`: in graph mode, a node would have taken the `@id` of a different entity (two authors
   * who share a URL, an author organization with the site's URL); it was written as its own node, without an `@id`.
   * `node_without_text`: an inline node without a handler has no text (no `children`, no string `value`) and was left out.
   */
  code: 'url_refused' | 'url_relative' | 'id_conflict' | 'node_without_text'
  /** Where, from the article root (or `['options', …]` for an option's URL). */
  path: (string | number)[]
  message: string
}

/**
 * What a JSON-LD handler returns: a schema.org node for the parts, text for
 * inline nodes (captions, the standfirst), or `undefined` to leave it out.
 */
export type JsonLdResult = JsonLdNode | string | undefined

/**
 * The parts of the output a JSON-LD handler can replace, beside the node
 * types, and the value each handler receives. Each returns a node, or
 * `undefined` to leave it out.
 */
export interface JsonLdParts {
  /** The `NewsArticle` node itself. */
  articleNode: Article
  /** One author, as a `Person` or `Organization`. */
  author: Author
  /** The publisher `Organization`, from the article's `publisher` or the `site` option. */
  publisher: Article
  /** An image, as an `ImageObject`. */
  imageObject: Image
  /** An audio file (the article's `audio` or an audio block), as an `AudioObject`. */
  audioObject: AudioFile | Audio
  /** One source, as a `CreativeWork`. */
  source: Source
  /** One correction, as a `CorrectionComment`. */
  correction: Correction
  /** One update of a live blog, as a `BlogPosting`. */
  liveBlogUpdate: LiveUpdate
  /** The `WebPage`. */
  webPage: Article
  /** The `WebSite` of graph mode. */
  webSite: Article
  /** The `breadcrumbs` option, as a `BreadcrumbList`. */
  breadcrumbList: readonly JsonLdBreadcrumb[]
}

/** Options of {@link toJsonLd}, {@link toJsonLdScript}, {@link toMetaTags} and {@link toMetaTagsHtml}. */
export interface JsonLdOptions extends RendererOptions<JsonLdResult, ResolvedJsonLdOptions, JsonLdParts> {
  /**
   * `'flat'`: one article node with everything nested in it. `'graph'`: a
   * `@graph` of linked nodes (Organization, WebSite, WebPage, the article,
   * its authors, the lead image, the breadcrumbs), each with a stable `@id`.
   * (default: `'flat'`)
   */
  mode?: 'flat' | 'graph'
  /** The site: its WebSite and Organization nodes, the publisher when the article has none, `og:site_name` and `twitter:site`. (default: none) */
  site?: JsonLdSite
  /** A breadcrumb trail for the article's page, as a BreadcrumbList. (default: none) */
  breadcrumbs?: readonly JsonLdBreadcrumb[]
  /** Emit `articleBody`: the story text, without furniture or captions. It can be long. (default: `false`) */
  includeBody?: boolean
  /** Emit `wordCount`, the words of the story text (the same count as `wordCount` of `articlekit/text`). (default: `true`) */
  wordCount?: boolean
  /** Extra crops of the lead image (1x1, 4x3, 16x9), added after it to `image`. (default: `[]`) */
  images?: readonly JsonLdImageCrop[]
  /**
   * CSS selector of the paywalled part of the page, for the `hasPart` of an
   * article with `isAccessibleForFree: false`. (default: `'.ak-body'`, the
   * class `toHtml` gives the body)
   */
  paywallSelector?: string
  /**
   * Decides whether each URL may be written; refused URLs are left out and
   * reported through `onWarning`. Only absolute `http:` and `https:` URLs are
   * written in any case. (default: `defaultUrlPolicy`)
   */
  urlPolicy?: UrlPolicy
  /** Receives each problem the renderer worked around. (default: none; problems are not reported) */
  onWarning?: (warning: JsonLdWarning) => void
  /**
   * What to do with an inline node that has no handler (a custom node in the
   * standfirst or a caption). The default renders the text of its `children`,
   * or its `value` if it is a string; a node with neither renders nothing and
   * is reported through `onWarning`. `'error'` throws a `RenderError`,
   * `'skip'` leaves the node out, a handler renders it.
   * (default: its text, as above)
   */
  unknownNode?: UnknownNodePolicy<JsonLdResult, ResolvedJsonLdOptions>
}

/** What handlers find in `state.options`: every option resolved. */
export interface ResolvedJsonLdOptions {
  mode: 'flat' | 'graph'
  site: JsonLdSite
  breadcrumbs: readonly JsonLdBreadcrumb[]
  includeBody: boolean
  wordCount: boolean
  images: readonly JsonLdImageCrop[]
  paywallSelector: string
  urlPolicy: UrlPolicy
  /** The `onWarning` option, or `undefined` when warnings are not wanted. */
  onWarning: ((warning: JsonLdWarning) => void) | undefined
  /** The article's canonical URL, if it passed the policy: the base of relative URLs and of the graph's ids. */
  canonical: string | undefined
  /** The site's home page (`site.url`), absolute, if it passed the policy. */
  siteUrl: string | undefined
  /** Per-render bookkeeping: graph nodes handlers add beside the article (graph mode). */
  graph: JsonLdNode[]
  /** Per-render bookkeeping: the `@id` of the publisher's node in the graph, once known. */
  publisherId: string | undefined
}

/** The state every JSON-LD handler receives. */
export type JsonLdState = RenderState<JsonLdResult, ResolvedJsonLdOptions>

/** A JSON-LD node as handlers build it, before it is typed. */
export type JsonLdNode = Record<string, unknown>
